# Agenda MMM — Türkçe.
# { $… } içindeki değişkenler Telegram HTML'i için zaten kaçışlanmıştır.

language-name = Türkçe

## Telegram'ın /start öncesinde gösterdikleri

bot-description = Birlikte daha iyi yaşamak için Agenda MMM, anneleri mahalle istişaresinin merkezine koyar: mahallede gerginliğin arttığı anları bildirin, polis, okul, sosyal hizmet çalışanları ve seçilmiş temsilcilerle eşit koşullarda bir araya gelin, çözümleri takip edin. Şehrinizin davetiyle.
bot-short-description = Mahalle istişaresinin merkezinde anneler.

## Komut açıklamaları (Telegram'ın "/" menüsü)

cmd-start = Başla ya da bir kodla katıl
cmd-help = Neler yapabilirsiniz
cmd-language = Dili değiştir
cmd-settings = Ayarlarınız
cmd-cancel = Devam eden işlemi durdur
cmd-privacy = Kim neyi görür, haklarınız
cmd-invite = Davet oluştur
cmd-members = Bir mahallenin üyeleri
cmd-revoke = Bir daveti iptal et
cmd-newquartier = Mahalle oluştur
cmd-newcity = Şehir oluştur
cmd-linkgroup = Bu grubu bir mahalleye bağla

## Roller

role-mother = anne
role-relay = aracı anne
role-facilitator = anne atölyeleri yürütücüsü
role-actor = yerel paydaş
role-coordinator = koordinatör
role-elected = seçilmiş temsilci

## Hatalar ve genel yanıtlar

error-generic = Eyvah, bizim tarafımızda bir şey ters gitti. Hiçbir şey kaybolmadı: biraz sonra yeniden deneyin.
error-not-allowed = Bunu yapma izniniz yok.
error-stale-button = Bu düğme artık geçerli değil. Menüden yeniden başlayın.
error-not-registered = Merhaba! Başlamak için /start gönderin.
error-private-only = Bu komut benimle özel bir sohbette kullanılır.
error-group-only = Bu komut mahallenin Telegram grubunda kullanılır.
error-unknown-command = Bu komutu tanımıyorum. Neler yapabileceğinizi görmek için /help gönderin.
error-expected-text = Burada yazılı bir mesaj bekliyorum.
error-expected-choice = Yukarıdaki düğmelerle bir cevap seçin ya da durdurmak için /cancel gönderin.
error-empty-text = Bu metin boş.
error-text-too-long = Bu çok uzun: en fazla { $max } karakter olabilir.
error-bad-characters = Bu metinde kullanamadığım karakterler var.
error-bad-prefix = Bir mahallenin kısaltması 2 ila 4 harften oluşur, örneğin BEL.
error-bad-timezone = Bu saat dilimini tanımıyorum. Örnek: Europe/Paris.
error-unknown-language = Bu dili tanımıyorum.
error-unknown-role = Bu rolü tanımıyorum.
error-edited = Düzenlenen mesajları okumuyorum: bunun yerine yeni bir mesaj gönderin.
dialogue-expired = Önceki sohbetiniz { $hours } saat boyunca yarım kaldı, bu yüzden onu sildim. İstediğiniz zaman yeniden başlayabilirsiniz.
cancelled = İptal edildi. Hiçbir şey kaydedilmedi.
nothing-to-cancel = Devam eden bir işlem yok.

## Düğmeler

button-continue = ✅ Devam et
button-skip = ⏭ Geç
button-discreet-on = 🤫 Evet, gizli mod
button-discreet-off = 👁 Hayır, teşekkürler
button-revoke = 🚫 Bu daveti iptal et
button-end-role = ✖️ Rolü sonlandır
button-change-role = 🔁 Rolü değiştir
button-toggle-discreet = 🤫 Gizli mod: değiştir
button-change-name = ✏️ Adımı değiştir
button-remove-name = 🗑 Adımı sil
button-change-language = 🌐 Dili değiştir

## Ana menü (klavye)

menu-help = ❓ Yardım
menu-settings = ⚙️ Ayarlar
menu-language = 🌐 Dil
menu-privacy = 🔐 Gizlilik
menu-invite = ✉️ Davet et
menu-members = 👥 Üyeler
menu-new-quartier = 🏘 Yeni mahalle
menu-new-city = 🏙 Yeni şehir
menu-shown = İşte menü.

## Kayıt

onboarding-choose-language = Hoş geldiniz! Burası <b>Birlikte daha iyi yaşamak için Agenda MMM</b>. Dilinizi seçin:
onboarding-notice =
    <b>Başlamadan önce</b>
    • Bildirdiklerinizi şehrinizin koordinatörü okur; mahallenizin aracı anneleri ve atölye yürütücüleri ise yalnızca siz isterseniz okur. Polis, okul, diğer ortaklar ve seçilmiş temsilciler adınızı asla görmez.
    • Dilinizi, mahallenizi ve rolünüzü saklarız; adınızı ise yalnızca verirseniz.
    • Yarım bırakılan bir sohbet { $hours } saat sonra silinir.
    • Her şeyi istediğiniz zaman görebilir ve silebilirsiniz.
onboarding-ask-code = Size verilen davet kodunu gönderin (12 harf ve rakam, örneğin <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = Size nasıl hitap edelim? Adınızı vermek <b>isteğe bağlıdır</b>: adınız yalnızca bildirdiklerinizi okuyan kişilere ve yalnızca siz istediğinizde gösterilir. Bu adımı geçebilirsiniz.
onboarding-ask-discreet =
    <b>Gizli mod</b>
    Telefonunuza başka biri bakabiliyorsa: bildirdikleriniz gönderildikten sonra bu sohbetten silinir ve mesajlarım içerikleri hakkında hiçbir şey söylemez. Açmak ister misiniz? Bunu daha sonra /settings ile değiştirebilirsiniz.
onboarding-welcome = Hoş geldiniz! <b>{ $place }</b> için <b>{ $role }</b> olarak katıldınız.
onboarding-welcome-admin = Hoş geldiniz! Bu botun operatörüsünüz. İşe /newcity ile bir şehir oluşturarak başlayın.
onboarding-privacy-guide =
    <b>Telegram'da kendinizi koruyun</b>
    • Numaranızı gizleyin: Ayarlar → Gizlilik ve Güvenlik → Telefon Numarası → "Hiç kimse".
    • Telegram'ı bir kodla kilitleyin: Ayarlar → Gizlilik ve Güvenlik → Şifre Kilidi.
    • Benimle yazışmalarınız yalnızca bu sohbette görünür: istediğiniz zaman silebilirsiniz.
onboarding-already-member = Zaten kayıtlısınız.
joined-new-role = Tamam: artık <b>{ $place }</b> için <b>{ $role }</b> rolündesiniz.
joined-already = <b>{ $place }</b> için bu role zaten sahipsiniz.
inviter-joined-named = Davetiniz sayesinde <b>{ $name }</b>, { $place } için { $role } olarak katıldı.
inviter-joined-unnamed = Davetiniz sayesinde yeni bir kişi { $place } için { $role } olarak katıldı.

## Reddedilen davetler

invite-problem-unknown = Böyle bir davet kodu yok. Kodu kontrol edin ya da yeni bir kod isteyin.
invite-problem-expired = Bu davetin süresi doldu. Daveti size veren kişiden yenisini isteyin.
invite-problem-used-up = Bu davet öngörülen sayıda kullanıldı. Yenisini isteyin.
invite-problem-revoked = Bu davet iptal edildi. Yenisini isteyin.

## Yardım

help-intro = <b>Agenda MMM</b> — neler yapabilirsiniz:
help-everyone =
    /language — dili değiştir
    /settings — ayarlarınız (gizli mod, ad)
    /privacy — kim neyi görür, haklarınız
    /mydata — verilerinizi gör ve indir
    /forget — hesabınızı ve verilerinizi sil
    /cancel — devam eden işlemi durdur
help-inviter = /invite — mahallenizden bir anneyi davet et
help-coordinator =
    /invite — bir anneyi, aracı anneyi, atölye yürütücüsünü, yerel paydaşı ya da seçilmiş temsilciyi davet et
    /members — bir mahallenin üyelerini gör, bir rolü değiştir ya da sonlandır
    /revoke — bir daveti iptal et
    /newquartier — mahalle oluştur
    /linkgroup — (bir mahallenin Telegram grubunda) grubu mahalleye bağla
help-admin =
    /newcity — şehir oluştur
    /newquartier — mahalle oluştur
    /invite — koordinatör ata
help-not-member = Henüz hiçbir mahallenin üyesi değilsiniz: /start ve ardından davet kodunuzu gönderin.

## Dil ve ayarlar

language-choose = Dilinizi seçin:
language-changed = Tamam: artık sizinle Türkçe konuşuyorum.
settings-summary =
    <b>Ayarlarınız</b>
    Dil: { $language }
    Ad: { $name }
    Gizli mod: { $discreet }
settings-name-none = (yok)
settings-on = açık
settings-off = kapalı
settings-discreet-changed = Gizli mod: { $state }.
settings-ask-name = Kullanılacak adı gönderin.
settings-name-saved = Ad kaydedildi.
settings-name-removed = Ad silindi.

## Gizlilik


## Şehirler ve mahalleler

newcity-ask = Şehrin adını gönderin; saat dilimi Europe/Paris değilse ardından saat dilimini de ekleyin. Örnek: <code>Roubaix</code> ya da <code>Cayenne America/Cayenne</code>
newcity-created = <b>{ $city }</b> şehri oluşturuldu (saat dilimi: { $tz }). Koordinatörünü /invite ile atayın.
newcity-duplicate = Bu adda bir şehir zaten var.
newquartier-ask = Mahallenin kısaltmasını (2 ila 4 harf, sonradan değiştirilemez) ve ardından adını gönderin. Örnek: <code>BEL Belleville</code>
newquartier-choose-city = Hangi şehirde?
newquartier-created = <b>{ $quartier }</b> mahallesi ({ $prefix }) oluşturuldu. Şehir: { $city }. Üyelerini /invite ile davet edin.
newquartier-duplicate = { $prefix } kısaltması bu şehirde zaten kullanılıyor.
no-city-yet = Bunu yapabileceğiniz bir şehir henüz yok.

## Davetler

invite-choose-role = Bu davet hangi rol için?
invite-choose-place = Hangi mahalle ya da şehir için?
invite-nothing-to-grant = Şu an kimseyi davet edemezsiniz.
invite-created =
    <b>Davet: { $role }</b> — { $place }
    Kod: <code>{ $code }</code>
    Bağlantı: { $link }
    Son geçerlilik: { $until }, { $uses ->
        [one] bir kişi için.
       *[other] { $uses } kişi için.
    }
invite-qr-caption = Agenda MMM — { $place }: katılmak için bu kodu tarayın. Ya da bota /start { $code } gönderin.
invite-revoked = <code>{ $code }</code> daveti iptal edildi: artık kullanılamaz.
invite-already-revoked = Bu davet zaten iptal edilmişti.
invite-list = Hâlâ geçerli olan davetleriniz:
invite-list-entry = <code>{ $code }</code> — { $role }, { $place } ({ $used }/{ $max })
invite-list-empty = Geçerli davetiniz yok.

## Üyeler

members-choose-quartier = Hangi mahallenin üyeleri?
members-header =
    <b>{ $place }</b> — { $count ->
        [0] hiç üye yok
        [one] bir üye
       *[other] { $count } üye
    }
members-entry = { $n }. { $name } — { $role }
members-unnamed = Üye no. { $id }
members-choose-new-role = { $name } için yeni rol?
members-role-ended = { $name } için “{ $role }” rolü sona erdi.
members-role-changed = { $name } için yeni rol: { $role }.
members-role-already-ended = Bu rol zaten sona ermişti.
member-notice-ended = { $place } için { $role } rolünüz sona erdi. Emeğiniz için teşekkür ederiz!
member-notice-changed = { $place } için rolünüz artık: { $role }.

## Mahallelerin Telegram grupları

linkgroup-usage = Mahallenin Telegram grubunda /linkgroup ve ardından mahallenin kısaltmasını gönderin, örneğin <code>/linkgroup BEL</code>.
linkgroup-done = Bu grup artık <b>{ $quartier }</b> mahallesine bağlı. Mahalle duyuruları burada yayınlanabilecek; annelerin bildirdikleri ise asla.
linkgroup-unknown-prefix = Şehirlerinizdeki hiçbir mahallenin kısaltması { $prefix } değil.

## Bildirimler: komutlar, menü, yardım

cmd-report = Mahallede gerginlik yaşanan bir anı bildir
cmd-myreports = Bildirdikleriniz
menu-report = 📝 Bildir
menu-myreports = 📋 Bildirdiklerim
help-reporter =
    /report — mahallede gerginliğin arttığı bir anı ya da yeri bildir
    /myreports — bildirdikleriniz ve ne durumda oldukları

## Bildirimler: tehlike

report-danger =
    <b>Tehlike varsa hemen arayın:</b>
    📞 <b>17</b> polis · <b>112</b> acil yardım
    ✉️ <b>114</b> konuşamıyorsanız SMS ile
    🧒 <b>119</b> tehlikedeki bir çocuk
    🟣 <b>3919</b> kadına yönelik şiddet
    Bu bot bir acil yardım hattı değildir.
button-danger-now = 🆘 Şu anda biri tehlikede
report-danger-alerted = Bu numaraları hemen arayın: gece gündüz cevap veriyorlar. Şehrinizin koordinatörüne de haber verdim.
alert-danger = 🆘 { $quartier } mahallesinden biri “şu anda biri tehlikede” düğmesine bastı. Acil yardım numaraları kendisine gönderildi.
report-not-member = Bildirmek için bir mahallenin üyesi olmanız gerekir. Koordinatörünüzden bir davet isteyin.

## Bildirimler: adımlar

report-choose-quartier = Hangi mahallede?
report-choose-category = Konu nedir?
category-neighbours = 🏘 Komşular arasında gerginlik
category-school-run = 🏫 Okul çıkışları ve okul yolu
category-harassment = 🗣 Sokakta taciz ya da hakaret
category-youth-conflict = 👊 Gençler arasında kavga ya da çatışma
category-insecurity = ⚠️ Uyuşturucu ticareti, güvensizlik hissi
category-incivility = 🗑 Saygısız davranışlar (gürültü, çöp, tahribat)
category-public-space = 💡 Ortak alanlar (aydınlatma, bozuk ekipman)
category-vulnerable-person = 🧓 Yalnız kalmış, korunmasız bir kişi
category-discrimination = ✋ Ayrımcılık
category-other = ❔ Başka bir şey
report-ask-when = Bu ne zaman oluyor?
button-when-now = ⏱ Şimdi
button-when-earlier = 🕘 Bugün, daha önce
button-when-regularly = 🔁 Sık sık oluyor
report-ask-slot = Günün hangi saatinde?
slot-early-morning = 🌅 Sabah erken (06.00–09.00)
slot-morning = ☀️ Sabah (09.00–12.00)
slot-midday = 🍽 Öğle (12.00–14.00)
slot-afternoon = 🌤 Öğleden sonra (14.00–16.00)
slot-school-exit = 🎒 Okul çıkışı (16.00–18.00)
slot-evening = 🌆 Akşam (18.00–21.00)
slot-night = 🌙 Gece (21.00–06.00)
report-ask-weekdays = Hangi günler? Günlere dokunun, sonra “Onayla”ya dokunun.
weekday-mon = Pazartesi
weekday-tue = Salı
weekday-wed = Çarşamba
weekday-thu = Perşembe
weekday-fri = Cuma
weekday-sat = Cumartesi
weekday-sun = Pazar
button-done = ✅ Onayla
report-ask-place = Nerede? Yeri yazın (bir sokak, bir otobüs durağı, bir okulun girişi…) ya da 📎 ile bir konum paylaşın. Bu adımı geçebilirsiniz.
report-ask-content = Neler olduğunu anlatın: <b>kişileri değil, yeri ve zamanı anlatın</b> — isim yazmayın, yüz göstermeyin. Yazın, sesli mesaj 🎤 ya da fotoğraf gönderin. Bu adımı geçebilirsiniz.
report-photos-added =
    { $count ->
        [one] Fotoğraf eklendi.
       *[other] { $count } fotoğraf eklendi.
    } Daha fazla gönderin ya da devam edin.
report-photo-cap-reached = Bu kadar: bir bildirim en fazla { $max } fotoğraf tutar. Hazır olduğunuzda devam edin.
report-photos-not-taken =
    { $count ->
        [one] Bir fotoğraf eklenmedi
       *[other] { $count } fotoğraf eklenmedi
    }: bir bildirim en fazla { $max } fotoğraf tutar.
report-ask-audience = Bildiriminizi kimler okuyabilir?
button-audience-coordinator = 🔒 Yalnızca koordinatör
button-audience-relays = 👥 Koordinatör ve mahallemin aracı anneleri
report-ask-identity = Bildiriminizi okuyacak kişilere adınız gösterilebilir mi?
button-named = 🙋 Evet, adımla
button-anonymous = 🕶 Hayır, isimsiz
report-anonymous-warning = ⚠️ İsimsiz kalıyorsunuz: botta kimse adınızı görmeyecek. Ama bir ses, bir fotoğraf ya da tam bir konum sizin tanınmanıza yol açabilir. Ne yapmak istersiniz?
button-keep-media = Kalsınlar
button-drop-media = 🗑 Çıkar

## Bildirimler: özet ve gönderme

report-summary =
    <b>Bildiriminiz</b>
    Mahalle: { $quartier }
    Konu: { $category }
    Ne zaman: { $when }
    Nerede: { $place }
    Ne oldu: { $content }
    Kimler okur: { $audience }
    Ad: { $identity }
report-when-now = şimdi
report-when-earlier = bugün — { $slot }
report-when-regularly = sık sık — { $days } — { $slot }
report-place-none = (belirtilmedi)
report-place-location = paylaşılan bir konum
report-content-none = (hiçbir şey)
report-content-voice = bir sesli mesaj
report-content-photos =
    { $count ->
        [one] bir fotoğraf
       *[other] { $count } fotoğraf
    }
report-audience-coordinator = yalnızca koordinatör
report-audience-relays = koordinatör ve aracı anneler
report-identity-named = gösterilir
report-identity-anonymous = isimsiz
button-confirm = ✅ Gönder
button-change = ✏️ Değiştir
button-cancel-report = ✖️ İptal et
report-change-which = Neyi değiştirmek istersiniz?
step-category = Konu
step-when = Ne zaman
step-place = Nerede
step-content = Ne oldu
step-audience = Kimler okuyabilir
step-identity = Ad
report-saved = Teşekkür ederiz. <b>{ $reference }</b> numaralı bildiriminiz kaydedildi. Her aşamada size haber verilecek; bildiriminizi /myreports ile bulabilirsiniz.
report-cancelled = Bildirim iptal edildi: hiçbir şey kaydedilmedi.
report-expected-place = Yazılı bir yer ya da paylaşılan bir konum (📎 → Konum) bekliyorum; isterseniz “Geç”e basın.
report-expected-content = Bir metin, bir sesli mesaj ya da bir fotoğraf bekliyorum; isterseniz “Geç”e basın.

## Bildirdiklerim

myreports-none = Henüz hiçbir şey bildirmediniz. Bildirmek için: /report
myreports-header = <b>Bildirdikleriniz</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 alındı
status-acknowledged = 👀 dikkate alındı
status-on-agenda = 📅 gündemde
status-in-progress = 🔧 üzerinde çalışılıyor
status-resolved = ✅ çözüldü
status-duplicate = 🔁 daha önce bildirilmiş
status-rejected = ✖️ kabul edilmedi
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## Bildirimlerin değerlendirilmesi

cmd-reports = Bildirimleri oku ve değerlendir
menu-reports = 🗂 Mahalle bildirimleri
help-triage = /reports — mahallenizin bildirimlerini oku ve değerlendir
triage-choose-quartier = Hangi mahallenin bildirimleri?
triage-list-header =
    <b>{ $place }</b> — { $filter }: { $count ->
        [0] hiç bildirim yok
        [one] bir bildirim
       *[other] { $count } bildirim
    }
triage-filter-open = devam edenler
triage-filter-closed = kapananlar
triage-list-button = { $reference } · { $status } · { $category }
button-show-open = 📂 Devam edenler
button-show-closed = 🗄 Kapananlar
button-previous = ◀️ Öncekiler
button-next = Sonrakiler ▶️
triage-detail =
    <b>{ $reference }</b> — { $status }
    Konu: { $category }
    Ne zaman: { $when }
    Nerede: { $place }
    Ne oldu: { $content }
    Kimler okur: { $audience }
    Gönderen: { $reporter }
triage-when-cell = { $days } — { $slot }
triage-location = bir konum ({ $lat }, { $lon })
triage-reporter-anonymous = isimsiz
triage-reporter-unnamed = adını vermemiş bir üye
triage-set-status = → { $status }
triage-ask-reason = Bu bildirim neden kabul edilmiyor? Gerekçe kayıt geçmişinde saklanır.
triage-ask-duplicate = Bu bildirim hangi bildirimin tekrarı? O bildirimin numarasını gönderin, örneğin <code>BEL-0012</code>.
triage-duplicate-unknown = Bu bildirimi bu mahallede bulamıyorum. Numarayı kontrol edin.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = <b>{ $reference }</b> numaralı bildiriminizle ilgili yenilik var: { $status }.
report-news-discreet = Bildirdiklerinizden biriyle ilgili yenilik var: görmek için /myreports.

## Uyarılar ve sınırlar

settings-alerts = Yeni bildirimler: { $alerts }
alerts-immediate = 🔔 anında uyarı
alerts-daily = 🗓 günde bir özet
alerts-off = 🔕 uyarı yok
button-alerts = 🔔 Uyarılar: değiştir
alert-new-report = 🆕 { $quartier } mahallesinde yeni bildirim <b>{ $reference }</b>: { $category }. Görmek için /reports.
alert-roundup =
    { $count ->
        [one] 🗓 Bugün yeni bir bildirim var. Görmek için /reports.
       *[other] 🗓 Bugün { $count } yeni bildirim var. Görmek için /reports.
    }
report-limit = 24 saat içinde zaten { $max } bildirim gönderdiniz: teşekkür ederiz! Yarın devam edebilirsiniz. Acil bir durum varsa 17'yi ya da 112'yi arayın.
error-slow-down = Yavaş yavaş 🙂: bana çok hızlı yazıyorsunuz. { $what } ve aynı saniye içinde hemen ardından gönderdiklerinizi dikkate almadım. Lütfen biraz sonra yeniden gönderin.
error-slow-down-button = Yavaş yavaş 🙂: bu düğmeye basışınız dikkate alınmadı. Biraz sonra yeniden basın.
flood-what-message = Bu mesajı
flood-what-photo = Bu fotoğrafı
flood-what-voice = Bu sesli mesajı
flood-what-location = Bu konumu

## Bir bildirimin takibi

button-redact = ✏️ Metni düzelt
button-drop-photos = 🗑 Fotoğrafları kaldır
button-validate = ✅ Ortaklar için metin
button-safeguarding = 🛡 Koruma (özetlerin dışında)
button-ask = ❓ Soru sor
triage-ask-redacted = Düzeltilmiş metni gönderin: içinde isim ya da birinin tanınmasına yol açabilecek ayrıntı olmasın. Bu metin asıl metnin yerine geçer.
triage-redacted = Metin düzeltildi. Bu, kayıt geçmişine işlendi.
triage-photos-dropped = Fotoğraflar kaldırıldı. Bu, kayıt geçmişine işlendi.
triage-ask-partner-text = Polisin, okulun, diğer ortakların ve seçilmiş temsilcilerin okuyabileceği metni gönderin: yer, zaman ve sorun; hiçbir kimlik bilgisi olmadan.
triage-validated = Metin ortaklar için onaylandı.
triage-safeguarding-on = 🛡 Koruma açık: bu bildirim hiçbir özette yer almayacak.
triage-safeguarding-off = Koruma kaldırıldı.
triage-ask-question = Sorunuzu gönderin. Sorunuz adınız olmadan iletilecek, yanıt da size onun adı olmadan ulaşacak.
triage-question-sent = Soru gönderildi.
triage-reporter-gone = Bu bildirimi yapan kişiyle artık iletişim kurulamıyor.
triage-ask-resolution = Ne yapıldı? Mesajınız kendisine gönderilecek (“bize anlattınız, işte yapılanlar”). Bu adımı geçebilirsiniz.
report-resolved = ✅ <b>{ $reference }</b> numaralı bildiriminiz çözüldü. Yapılanlar: { $done }
question-asked = ❓ <b>{ $reference }</b> numaralı bildiriminizle ilgili sizi bekleyen bir soru var. Okumak ve yanıtlamak için /myreports.
myreports-question = ❓ <b>{ $reference }</b>: “{ $question }”
button-answer = ✍️ Yanıtla
answer-ask = Yanıtınızı yazın. Yanıtınız adınız olmadan iletilecek.
answer-thanks = Teşekkür ederiz, yanıtınız iletildi.
answer-received = ✍️ <b>{ $reference }</b> hakkında yanıt: “{ $answer }”
partners-header = <b>{ $place }</b> — ortaklar için onaylanmış bildirimler
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = Şimdilik onaylanmış bir bildirim yok.

## Gizli mod

report-discreet-offer = 🤫 Telefonunuza başka biri bakabilir mi? Gizli mod, bu bildirimi gönderildikten sonra sohbetten siler ve mesajlarım içeriği hakkında hiçbir şey söylemez.
report-discreet-receipt = ✔️ Alındı, teşekkürler. Bildirdiklerinizi /myreports ile bulabilirsiniz.

## Filter by topic

button-by-category = 🔎 Konuya göre
button-all-categories = Tüm konular
triage-choose-category = Hangi konu?
triage-list-category = Konu: { $category }

## Bir fotoğrafı kaldır

triage-which-photo = Hangi fotoğraf kaldırılsın? (az önce gönderildikleri sırayla)
button-drop-photo = 🗑 Fotoğraf { $n }

## Gizlilik: /privacy, /mydata, /forget

cmd-mydata = Verilerinizi gör ve indir
cmd-forget = Hesabınızı ve verilerinizi sil
privacy-controller =
    <b>{ $city }</b> — veri sorumlusu: { $controller } ({ $kind }), { $address }.
    Veri koruma iletişimi: { $contact }
privacy-not-named = henüz belirtilmedi (koordinatörünüze sorun)
privacy-controller-unknown = Veri sorumlusu, şehrinizde Agenda'yı yürüten belediye ya da dernektir: bir mahalleye katılır katılmaz adı burada yazacak.
privacy-kind-town-hall = belediye
privacy-kind-association = dernek
privacy-short = <b>Haklarınız</b>: hakkınızda sakladığımız her şeyi görmek ve indirmek için /mydata, hepsini silmek için /forget, adınızı ya da dilinizi düzeltmek için /settings. Fransa'nın veri koruma kurumu CNIL'e de şikâyette bulunabilirsiniz.
button-privacy-details = 📄 Tüm ayrıntılar
privacy-details-collected =
    <b>Neleri, neden saklıyoruz</b>
    • Telegram hesabınız (telefon numaranız değil, yalnızca hesabın kimlik numarası), diliniz, ayarlarınız, mahalleniz ve rolünüz: sizi kaydetmek, size kendi dilinizde yazmak ve neleri görebileceğinizi bilmek için.
    • Adınız, yalnızca verirseniz; /settings ile silebilirsiniz.
    • Bildirdikleriniz: zaman (gün, saat aralığı), yer, anlattıklarınız, sesli mesajlarınız ve fotoğraflarınız, adınızla ya da isimsiz: bunlarla ilgilenen kişilerin harekete geçebilmesi için.
    • Botun size gönderdiği mesajlar, size ulaştırılmaları için (içerikleri ardından silinir; süreler için aşağıya bakın).
    Dininizi, kökeninizi ya da uyruğunuzu asla sormayız ve hiçbir sayı dile göre hesaplanmaz.
privacy-basis = <b>{ $city } için hukuki dayanak</b>: { $basis }
privacy-basis-public-task = belediyenin kamu yararına yürüttüğü görev: GDPR (AB Genel Veri Koruma Tüzüğü), md. 6.1.e; adınız, adınızla yapılan bir bildirim ve tam konum için ise onayınız: md. 6.1.a.
privacy-basis-legitimate-interest = derneğin mahalle istişaresini yürütmedeki meşru menfaati: GDPR (AB Genel Veri Koruma Tüzüğü), md. 6.1.f; adınız, adınızla yapılan bir bildirim ve tam konum için ise onayınız: md. 6.1.a.
privacy-basis-unknown = <b>Hukuki dayanak</b>: şehrinizde Agenda'yı yürüten belediyenin kamu yararına yürüttüğü görev ya da derneğin meşru menfaati; isteğe bağlı bilgiler için ise onayınız.
privacy-details-who-sees =
    <b>Kim neyi görür</b>
    • Bir bildirimi şehrin koordinatörü okur; mahallenizin aracı anneleri ve atölye yürütücüleri ise yalnızca siz isterseniz okur.
    • Polis, okul, diğer ortaklar ve seçilmiş temsilciler yalnızca gözden geçirilip onaylanmış, adınızın geçmediği bir metni okur; koruma kapsamındaki bir bildirimi ise asla okumaz.
    • Adınız yalnızca “Evet, adımla” seçeneğini seçtiyseniz gösterilir. İsimsiz demek şu demektir: botta kimse adınızı görmez; paylaşılan bir konum ise tam gösterilmez, yaklaşık 150 metreye yuvarlanarak gösterilir.
    • Teknik operatör botta hiçbir bildirimi okumaz: sistemi çalıştırır, üye listesini görür ve bu bilgileri veri sorumlusunun isteği üzerine ayarlar.
privacy-retention-city = <b>{ $city }</b> şehrinde bir bildirimin içeriği (metin, sesli mesaj, fotoğraflar, yer) kapatıldıktan { $months } ay sonra silinir.
privacy-details-retention =
    <b>Ne kadar süre saklıyoruz</b>
    • Yarım bırakılan bir sohbet: { $hours } saat.
    • Botun gönderdiği mesajların içeriği: gönderildikten { $outbox } gün sonra silinir.
    • Bir bildirimin içeriği: şehriniz başka bir süre seçmediyse kapatıldıktan { $months } ay sonra, açık kalırsa en fazla 24 ay sonra silinir; sonra yalnızca takip bilgileri kalır: mahalle, konu, saat aralığı, durum, ortaklar için gözden geçirilmiş ve isim içermeyen metin ile koordinatörlerin notları.
    • İsimsiz bir bildirimle sizin aranızdaki bağ: bildirim kapatıldıktan 30 gün sonra silinir.
    • Adınızla yapılan bir bildirimi kimlerin açtığının kaydı: { $log } ay.
    • Hesabınız: { $warning } ay boyunca hiç yazmazsanız size haber veririz; { $erasure } ay sonra, /forget kullanmışsınız gibi silinir.
privacy-details-rights =
    <b>Haklarınız</b>
    • Verilerinizi görmek ve almak: /mydata. Düzeltmek: /settings. Her şeyi silmek: /forget.
    • İtiraz etmek ya da işlemenin kısıtlanmasını istemek: şehrinizin veri koruma iletişim adresine yazın.
    • CNIL'e (Fransa'nın veri koruma kurumu) şikâyette bulunmak: www.cnil.fr/plaintes ya da posta ile CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
privacy-details-telegram =
    <b>Telegram</b>
    Mesajlarınız, Avrupa Birliği dışında kurulmuş bir şirket olan Telegram üzerinden geçer ve Telegram onları her mesaj gibi görür. Bu yüzden uyarı mesajlarımız yalnızca gerekeni söyler, gizli mod bildirdiklerinizi sohbetten siler ve teknik kayıtlarımız mesajlarınızın metnini ya da adınızı asla saklamaz.
privacy-nothing-held = Kayıtlı değilsiniz: adınıza hiçbir hesap tutmuyoruz, yalnızca bu sohbetin durumunu saklıyoruz; o da bir hafta sonra silinir. Bir mahalleye katılmak için /start gönderin.
mydata-summary =
    <b>Hakkınızda sakladıklarımız</b>
    • Ad: { $name }
    • Kayıt tarihi: { $since }
    • { $roles ->
        [one] 1 rol
       *[other] { $roles } rol
    }
    • { $reports ->
        [0] hiç bildirim yok
        [one] 1 bildirim, geçmişiyle birlikte
       *[other] { $reports } bildirim, geçmişleriyle birlikte
    }
    • { $questions ->
        [0] bildirdiklerinizle ilgili hiç soru yok
        [one] bildirdiklerinizle ilgili 1 soru
       *[other] bildirdiklerinizle ilgili { $questions } soru
    }
    • { $messages ->
        [0] bottan hiç mesaj yok
        [one] bottan 1 mesaj, gönderilmiş ya da gönderilmeyi bekleyen
       *[other] bottan { $messages } mesaj, gönderilmiş ya da gönderilmeyi bekleyen
    } (içerikleri gönderildikten sonra silinir; bkz. /privacy)
    Hepsi aşağıdaki dosyada (JSON biçiminde, bilgisayarla okunabilir).
mydata-discreet = ⚠️ Gizli mod: bu dosya bu sohbette kalır. İstediğiniz yere kaydedin, sonra buradan silin.
mydata-caption = Agenda MMM'deki verileriniz
forget-confirm =
    <b>Her şey silinsin mi?</b>
    Hesabınızı, adınızı, ayarlarınızı, rollerinizi ve sizi bekleyen mesajları sileceğiz; bildirdiklerinizden de metni, sesli mesajları, fotoğrafları, yerleri, soruları ve yanıtlarınızı sileceğiz.
    Bildirdikleriniz yalnızca isimsiz sayılar olarak kalacak (mahalle, konu, saat aralığı, durum); böylece mahallede olup bitenlerin izi kaybolmayacak. Sizinle bağı zaten silinmiş isimsiz bir bildirim (kapatıldıktan 30 gün sonra) artık bulunamaz.
    Bu işlem geri alınamaz. Daha sonra geri dönmek isterseniz yeni bir davet gerekecek.
button-forget-yes = 🗑 Evet, her şeyi sil
button-forget-no = Hayır, hesabım kalsın
forget-kept = Hiçbir şey silinmedi.
forget-done =
    Tamam: hesabınız ve verileriniz silindi.
    { $reports ->
        [0] Hiç bildiriminiz yoktu.
        [one] Bildiriminiz yalnızca isimsiz bir sayı olarak kalıyor (mahalle, konu, saat aralığı, durum).
       *[other] { $reports } bildiriminiz yalnızca isimsiz sayılar olarak kalıyor (mahalle, konu, saat aralığı, durum).
    }
    Daha önce aldığınız mesajlar hâlâ bu sohbette duruyor: sohbeti Telegram'dan silebilirsiniz. Geri dönmek için yeni bir davetle /start gönderin.
inactive-warning = Uzun zamandır Agenda MMM'ye yazmadınız. { $days } gün içinde sizden bir mesaj gelmezse hesabınız silinecek (bildirdikleriniz isimsiz sayılar olarak kalacak). Hesabınızı korumak için bir mesaj göndermeniz yeterli, örneğin /help.
button-privacy-city = 🔐 Gizlilik: { $city }
privacy-settings =
    <b>Gizlilik — { $city }</b>
    • Veri sorumlusu: { $controller } ({ $kind })
    • Adres: { $address }
    • Veri koruma iletişimi: { $contact }
    • Bildirimlerin içeriği: { $retention }
    Her üye bu bilgileri /privacy içinde görür.
privacy-retention-months = kapatıldıktan { $months } ay sonra silinir
privacy-retention-default = kapatıldıktan { $months } ay sonra silinir (varsayılan ayar)
button-privacy-controller = ✏️ Veri sorumlusu
button-privacy-address = ✏️ Adres
button-privacy-contact = ✏️ Veri koruma iletişimi
button-privacy-kind = 🔁 Belediye / dernek
button-privacy-retention = 🔁 Saklama süresi
privacy-ask-controller = Veri sorumlusunun adını, imza attığı şekliyle gönderin (örneğin “Mairie de Roubaix” ya da “Association des mères du Nord”).
privacy-ask-address = Posta adresini gönderin.
privacy-ask-contact = Veri koruma iletişimini gönderin: veri koruma görevlisinin e-posta ya da posta adresi.
privacy-saved = Kaydedildi.
