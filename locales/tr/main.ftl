# Agenda MMM — Türkçe.
# { $… } içindeki değişkenler Telegram HTML'i için zaten kaçışlanmıştır.

language-name = Türkçe

## Telegram'ın /start öncesinde gösterdikleri

bot-description = Birlikte daha iyi yaşamak için Agenda MMM, anneleri mahalle toplantılarının merkezine koyar. Mahallede kötü giden şeyleri bildirin. Polis, okul, sosyal hizmet çalışanları ve seçilmiş temsilcilerle eşit olarak bir araya gelin. Çözümleri takip edin. Şehrinizin davetiyle.
bot-short-description = Mahalle toplantılarının merkezinde anneler.

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
role-actor = yerel ortak
role-coordinator = koordinatör
role-elected = seçilmiş temsilci
role-relay-plural = aracı anneler
role-facilitator-plural = atölye yürütücüleri

## Hatalar ve genel yanıtlar

error-generic = Eyvah, bizim tarafımızda bir şey ters gitti. Hiçbir şey kaybolmadı: biraz sonra yeniden deneyin.
error-not-allowed = Bunu yapma izniniz yok.
error-stale-button = Bu düğme artık geçerli değil. Menüden yeniden başlayın.
error-not-registered = Merhaba! Başlamak için /start gönderin.
error-private-only = Bu komut yalnızca benimle özel bir sohbette çalışır.
error-group-only = Bu komut yalnızca mahallenin Telegram grubunda çalışır.
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
error-not-allowed-instead = Yapabilecekleriniz: { $commands }
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
    • Raporlarınızı şehrinizin koordinatörü okur.
    • Mahallenizin aracı anneleri ve atölye yürütücüleri de okur, ama yalnızca siz isterseniz.
    • Polis, okul, diğer ortaklar ve seçilmiş temsilciler adınızı asla görmez.
    • Dilinizi, mahallenizi ve rolünüzü saklarız; adınızı ise yalnızca verirseniz.
    • Yarım bırakılan bir sohbet { $hours } saat sonra silinir.
    • Her şeyi istediğiniz zaman görebilir ve silebilirsiniz.
onboarding-ask-code = Size verilen davet kodunu gönderin (12 harf ve rakam, örneğin <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = Size nasıl hitap edelim? Adınızı vermek <b>isteğe bağlıdır</b>. Adınızı yalnızca raporlarınızı okuyan kişiler görür, o da yalnızca siz isterseniz. Bu adımı geçebilirsiniz.
onboarding-ask-discreet =
    <b>Gizli mod</b>
    Telefonunuza başka biri bakabiliyorsa işe yarar. Raporlarınız gönderildikten sonra bu sohbetten silinir. Mesajlarım içerikleri hakkında hiçbir şey söylemez. Açmak ister misiniz? Bunu daha sonra /settings ile değiştirebilirsiniz.
onboarding-welcome = Hoş geldiniz! <b>{ $place }</b> için <b>{ $role }</b> olarak katıldınız.
onboarding-welcome-admin = Hoş geldiniz! Bu botu siz çalıştırıyorsunuz (operatörüsünüz). İşe /newcity ile bir şehir oluşturarak başlayın.
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
    /invite — bir anneyi, aracı anneyi, atölye yürütücüsünü, yerel ortağı ya da seçilmiş temsilciyi davet et
    /members — bir mahallenin üyelerini gör, bir rolü değiştir ya da sonlandır
    /revoke — bir daveti iptal et
    /newquartier — mahalle oluştur
    /linkgroup — bir mahallenin Telegram grubunu mahalleye bağla (grupta gönderin)
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

newcity-ask = Şehrin adını gönderin; saat dilimi { $tz } değilse ardından saat dilimini de ekleyin. Örnek: <code>Roubaix</code> ya da <code>Cayenne America/Cayenne</code>
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
linkgroup-done = Bu grup artık <b>{ $quartier }</b> mahallesine bağlı. Mahalle duyuruları burada yayınlanabilecek. Raporlar ise asla.
linkgroup-unknown-prefix = Şehirlerinizdeki hiçbir mahallenin kısaltması { $prefix } değil.

## Raporlar: komutlar, menü, yardım

cmd-report = Mahallede kötü giden bir şeyi bildir
cmd-myreports = Raporlarınız
menu-report = 📝 Bildir
menu-myreports = 📋 Raporlarım
help-reporter =
    /report — mahallede kötü giden bir şeyi bildir
    /myreports — raporlarınız ve ne durumda oldukları

## Raporlar: tehlike

report-danger =
    <b>Tehlike varsa hemen arayın:</b>
    📞 <b>17</b> polis · <b>112</b> acil yardım
    ✉️ <b>114</b> konuşamıyorsanız SMS ile
    🧒 <b>119</b> tehlikedeki bir çocuk
    🟣 <b>3919</b> kadına yönelik şiddet
    Bu bot bir acil yardım hattı değildir.
button-danger-now = 🆘 Şu anda biri tehlikede
report-danger-alerted = Bu numaraları hemen arayın: gece gündüz cevap veriyorlar. Şehrinizin koordinatörüne de haber verdim. Ama koordinatör bir acil yardım servisi değildir. Biri tehlikedeyse 17'yi ya da 112'yi arayın.
report-danger-no-coordinator = Bu numaraları hemen arayın: gece gündüz cevap veriyorlar. Kimseye haber vermedim: şehrinizde henüz koordinatör yok. Biri tehlikedeyse 17'yi ya da 112'yi arayın.
alert-danger = 🆘 { $quartier } mahallesinden biri “şu anda biri tehlikede” düğmesine bastı. Acil yardım numaraları kendisine gönderildi.
alert-danger-city = 🆘 { $city } şehrinden biri “şu anda biri tehlikede” düğmesine bastı. Acil yardım numaraları kendisine gönderildi.
report-not-member = Bildirmek için bir mahallenin üyesi olmanız gerekir. Koordinatörünüzden bir davet isteyin.

## Raporlar: adımlar

report-choose-quartier = Hangi mahallede?
report-choose-category = Konu nedir?
category-neighbours = 🏘 Komşular arasında gerginlik
category-school-run = 🏫 Okul çıkışları ve okul yolu
category-harassment = 🗣 Sokakta taciz ya da hakaret
category-youth-conflict = 👊 Gençler arasında kavga ya da çatışma
category-insecurity = ⚠️ Uyuşturucu ticareti, güvensizlik
category-incivility = 🗑 Gürültü, çöp, tahribat
category-public-space = 💡 Sokaklar ve ortak alanlar (aydınlatma, bozuk ekipman)
category-vulnerable-person = 🧓 Yalnız ve korunmasız bir kişi
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
report-ask-audience = Raporunuzu kimler okuyabilir?
report-photos-added =
    { $count ->
        [one] Fotoğraf eklendi.
       *[other] { $count } fotoğraf eklendi.
    } Daha fazla gönderin ya da devam edin.
report-photo-cap-reached = Bu kadar: bir rapor en fazla { $max } fotoğraf tutar. Hazır olduğunuzda devam edin.
report-photos-not-taken =
    { $count ->
        [one] Bir fotoğraf eklenmedi
       *[other] { $count } fotoğraf eklenmedi
    }: bir rapor en fazla { $max } fotoğraf tutar.
button-audience-coordinator = 🔒 Yalnızca koordinatör
button-audience-relays = 👥 Koordinatör, mahallemin aracı anneleri ve atölye yürütücüleri
report-ask-identity = Raporunuzu okuyacak kişilere adınız gösterilebilir mi?
button-named = 🙋 Evet, adımla
button-anonymous = 🕶 Hayır, isimsiz
report-anonymous-warning = ⚠️ İsimsiz kalıyorsunuz: botta kimse adınızı görmeyecek. Ama sesiniz, bir fotoğraf ya da tam bir konum sizi tanıtabilir. Ne yapmak istersiniz?
button-keep-media = Kalsınlar
button-drop-media = 🗑 Çıkar

## Raporlar: özet ve gönderme

report-summary =
    <b>Raporunuz</b>
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
report-audience-relays = koordinatör, mahallenin aracı anneleri ve atölye yürütücüleri
report-identity-named = evet, adımla
report-identity-anonymous = hayır, isimsiz
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
report-saved = Teşekkür ederiz. <b>{ $reference }</b> numaralı raporunuz kaydedildi. Her aşamada size haber verilecek; raporunuzu /myreports ile bulabilirsiniz.
report-cancelled = Rapor iptal edildi: hiçbir şey kaydedilmedi.
report-expected-place = Yazılı bir yer ya da paylaşılan bir konum (📎 → Konum) bekliyorum; isterseniz “Geç”e basın.
report-expected-content = Bir metin, bir sesli mesaj ya da bir fotoğraf bekliyorum; isterseniz “Geç”e basın.

## Raporlarım

myreports-none = Henüz hiç rapor göndermediniz. Rapor göndermek için: /report
myreports-header = <b>Raporlarınız</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 alındı
status-acknowledged = 👀 dikkate alındı
status-on-agenda = 📅 bir toplantıda konuşulacak
status-in-progress = 🔧 üzerinde çalışılıyor
status-resolved = ✅ çözüldü
status-duplicate = 🔁 daha önce bildirilmiş
status-rejected = ✖️ kabul edilmedi
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## Raporların değerlendirilmesi

cmd-reports = Raporları oku ve değerlendir
menu-reports = 🗂 Mahalle raporları
help-triage = /reports — mahallenizin raporlarını oku ve değerlendir
triage-choose-quartier = Hangi mahallenin raporları?
triage-list-header =
    <b>{ $place }</b> — { $filter }: { $count ->
        [0] hiç rapor yok
        [one] bir rapor
       *[other] { $count } rapor
    }
triage-filter-open = devam edenler
triage-filter-closed = kapananlar
triage-list-button = { $reference } · { $date } · { $kind } · { $status } · { $category }
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
triage-when-cell = { $kind } — { $days } — { $slot } (rapor tarihi: { $date })
triage-location = bir konum ({ $lat }, { $lon })
triage-reporter-anonymous = isimsiz
triage-reporter-unnamed = adını vermemiş bir üye
triage-set-status = → { $status }
triage-ask-reason = Bu rapor neden kabul edilmiyor? Gerekçe kayıt geçmişinde saklanır.
triage-ask-duplicate = Bu rapor hangi raporun tekrarı? O raporun numarasını gönderin, örneğin <code>BEL-0012</code>.
triage-duplicate-unknown = Bu raporu bu mahallede bulamıyorum. Numarayı kontrol edin.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = <b>{ $reference }</b> numaralı raporunuzla ilgili yenilik var: { $status }.
report-news-discreet = Raporlarınızdan biriyle ilgili yenilik var: görmek için /myreports.
triage-kind-once = bir kez
triage-kind-regularly = sık sık

## Uyarılar ve sınırlar

settings-alerts = Yeni raporlar: { $alerts }
alerts-immediate = 🔔 anında uyarı
alerts-daily = 🗓 günde bir özet
alerts-off = 🔕 uyarı yok
button-alerts = 🔔 Uyarılar: değiştir
alert-new-report = 🆕 { $quartier } mahallesinde yeni rapor <b>{ $reference }</b>: { $category }. Görmek için /reports.
alert-roundup =
    { $count ->
        [one] 🗓 Bugün yeni bir rapor var. Görmek için /reports.
       *[other] 🗓 Bugün { $count } yeni rapor var. Görmek için /reports.
    }
report-limit = 24 saat içinde zaten { $max } rapor gönderdiniz: teşekkür ederiz! Yarın devam edebilirsiniz. Acil bir durum varsa 17'yi ya da 112'yi arayın.
error-slow-down = Yavaş yavaş 🙂: bana çok hızlı yazıyorsunuz. { $what } ve aynı saniye içinde hemen ardından gönderdiklerinizi dikkate almadım. Lütfen biraz sonra yeniden gönderin.
error-slow-down-button = Yavaş yavaş 🙂: bu düğmeye basışınız dikkate alınmadı. Biraz sonra yeniden basın.
flood-what-message = Bu mesajı
flood-what-photo = Bu fotoğrafı
flood-what-voice = Bu sesli mesajı
flood-what-location = Bu konumu

## Bir raporun takibi

button-redact = ✏️ Metni düzelt
button-drop-photos = 🗑 Fotoğrafları kaldır
button-validate = ✅ Ortaklar için metin
button-safeguarding = 🛡 Koru (özetlerin dışında)
button-ask = ❓ Soru sor
triage-ask-redacted = Düzeltilmiş metni gönderin: içinde isim ya da birinin tanınmasına yol açabilecek ayrıntı olmasın. Bu metin asıl metnin yerine geçer.
triage-redacted = Metin düzeltildi. Bu, kayıt geçmişine işlendi.
triage-photos-dropped = Fotoğraflar kaldırıldı. Bu, kayıt geçmişine işlendi.
triage-ask-partner-text = Polisin, okulun, diğer ortakların ve seçilmiş temsilcilerin okuyabileceği metni gönderin. Yeri, zamanı ve sorunu yazın; hiçbir kimlik bilgisi olmadan.
triage-validated = Metin ortaklar için onaylandı.
triage-safeguarding-on = 🛡 Koruma açık: bu rapor hiçbir özette yer almayacak.
triage-safeguarding-off = Koruma kaldırıldı.
triage-ask-question = Sorunuzu gönderin. Sorunuz adınız olmadan iletilecek, yanıt da size onun adı olmadan ulaşacak.
triage-question-sent = Soru gönderildi.
triage-reporter-gone = Bu raporu yapan kişiyle artık iletişim kurulamıyor.
triage-ask-resolution = Ne yapıldı? Mesajınız kendisine gönderilecek (“bize anlattınız, işte yapılanlar”). Bu adımı geçebilirsiniz.
report-resolved = ✅ <b>{ $reference }</b> numaralı raporunuz çözüldü. Yapılanlar: { $done }
question-asked = ❓ <b>{ $reference }</b> numaralı raporunuzla ilgili sizi bekleyen bir soru var. Okumak ve yanıtlamak için /myreports.
myreports-question = ❓ <b>{ $reference }</b>: “{ $question }”
button-answer = ✍️ Yanıtla
answer-ask = Yanıtınızı yazın. Yanıtınız adınız olmadan iletilecek.
answer-thanks = Teşekkür ederiz, yanıtınız iletildi.
answer-received = ✍️ <b>{ $reference }</b> hakkında yanıt: “{ $answer }”
partners-header = <b>{ $place }</b> — ortaklar için onaylanmış raporlar
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = Şimdilik onaylanmış bir rapor yok.

## Gizli mod

report-discreet-offer = 🤫 Telefonunuza başka biri bakabilir mi? Gizli mod, bu raporu gönderildikten sonra sohbetten siler. Mesajlarım içeriği hakkında hiçbir şey söylemez.
report-discreet-accepted = 🤫 Gizli mod açık: bu rapor gönderildikten sonra sohbetten silinecek. Bunu /settings üzerinden değiştirebilirsiniz.
report-discreet-declined = Peki, bir daha sormayacağım. Gizli modu istediğiniz zaman /settings üzerinden açabilirsiniz.
report-discreet-receipt = ✔️ Alındı, teşekkürler. Raporlarınızı /myreports ile bulabilirsiniz.

## Filter by topic

button-by-category = 🔎 Konuya göre
button-all-categories = Tüm konular
triage-choose-category = Hangi konu?
triage-list-category = Konu: { $category }

## Bir fotoğrafı kaldır

triage-which-photo = Hangi fotoğraf kaldırılsın? (gönderilme sırasıyla)
button-drop-photo = 🗑 Fotoğraf { $n }

## Gizlilik: /privacy, /mydata, /forget

cmd-mydata = Verilerinizi gör ve indir
cmd-forget = Hesabınızı ve verilerinizi sil
privacy-controller =
    <b>{ $city }</b> — verilerinizden sorumlu olan kurum (“veri sorumlusu”): { $controller } ({ $kind }), { $address }.
    Verileriniz için kime yazmalı: { $contact }
privacy-not-named = henüz belirtilmedi (koordinatörünüze sorun)
privacy-controller-unknown = Şehrinizde Agenda'yı yürüten belediye ya da dernek, verilerinizden sorumlu olan kurumdur (buna “veri sorumlusu” denir). Bir mahalleye katılır katılmaz adı burada yazacak.
privacy-kind-town-hall = belediye
privacy-kind-association = dernek
privacy-short = <b>Haklarınız</b>: hakkınızda sakladığımız her şeyi görmek ve indirmek için /mydata, hepsini silmek için /forget, adınızı ya da dilinizi düzeltmek için /settings. CNIL'e de şikâyette bulunabilirsiniz: CNIL, Fransa'da kişisel verileri koruyan devlet kurumudur.
button-privacy-details = 📄 Tüm ayrıntılar
privacy-details-collected =
    <b>Neleri, neden saklıyoruz</b>
    • Telegram hesabınız (telefon numaranız değil, yalnızca hesabın iç numarası), diliniz ve ayarlarınız: size kendi dilinizde yazmak için.
    • Mahalleniz ve rolünüz: neleri görüp yapabileceğinizi bilmek için.
    • Adınız, yalnızca verirseniz; /settings ile silebilirsiniz.
    • Raporlarınız: zaman (gün, saat aralığı), yer, anlattıklarınız, sesli mesajlarınız ve fotoğraflarınız.
    • Raporlarınız, sizin seçiminize göre adınızla ya da isimsiz gönderilir.
    • Bunlarla ilgilenen kişiler harekete geçebilsin diye kullanılır.
    • Botun size gönderdiği mesajlar, size ulaştırılmaları için. İçerikleri ardından silinir (süreler için aşağıya bakın).
    Dininizi, kökeninizi ya da uyruğunuzu asla sormayız ve hiçbir sayı dile göre hesaplanmaz.
privacy-basis = <b>{ $city } şehrinde verilerinizi kullanmamıza izin veren şey</b> (“hukuki dayanak”): { $basis }
privacy-basis-public-task = belediyenin kamu hizmeti görevi: GDPR (AB Genel Veri Koruma Tüzüğü), md. 6.1.e. Adınız, adınızla yapılan bir rapor ya da tam konum için: onayınız (md. 6.1.a).
privacy-basis-legitimate-interest = derneğin haklı bir çıkarı (“meşru menfaat”) var: mahalle toplantılarını yürütmek. GDPR (AB Genel Veri Koruma Tüzüğü), md. 6.1.f. Adınız, adınızla yapılan bir rapor ya da tam konum için: onayınız (md. 6.1.a).
privacy-basis-unknown = <b>Verilerinizi kullanmamıza izin veren şey</b> (“hukuki dayanak”): şehrinizde Agenda'yı kim yürütüyorsa, belediyenin kamu hizmeti görevi ya da derneğin haklı çıkarı. Vermek zorunda olmadığınız bilgiler için: onayınız.
privacy-details-who-sees =
    <b>Kim neyi görür</b>
    • Bir raporu şehrin koordinatörü okur.
    • Mahallenizin aracı anneleri ve atölye yürütücüleri de okur, ama yalnızca siz öyle seçtiyseniz.
    • Polis, okul, diğer ortaklar ve seçilmiş temsilciler yalnızca gözden geçirilip onaylanmış, adınızın geçmediği bir metni okur.
    • Koruma altına alınmış bir raporu asla okumazlar.
    • Adınız yalnızca “Evet, adımla” dediyseniz gösterilir.
    • İsimsiz demek: botta kimse adınızı görmez ve paylaşılan bir konum yaklaşık 150 m'ye yuvarlanarak gösterilir.
    • Teknik operatör botta hiçbir raporu okumaz. Sistemi çalıştırır ve üye listesini görür.
    • Bu bilgileri, verilerinizden sorumlu belediyenin ya da derneğin isteği üzerine yazar.
privacy-retention-city = <b>{ $city }</b> şehrinde bir raporun içeriği (metin, sesli mesaj, fotoğraflar, yer) kapatıldıktan { $months } ay sonra silinir.
privacy-details-retention =
    <b>Ne kadar süre saklıyoruz</b>
    • Yarım bırakılan bir sohbet: { $hours } saat.
    • Botun gönderdiği mesajların içeriği: gönderildikten { $outbox } gün sonra silinir.
    • Bir raporun içeriği: kapatıldıktan { $months } ay sonra silinir, şehriniz başka bir süre seçmediyse.
    • Açık kalan bir rapor: en fazla 24 ay.
    • Sonra yalnızca takip bilgileri kalır: mahalle, konu, saat aralığı, durum.
    • Ortaklar için gözden geçirilmiş, isimsiz metin ve koordinatörlerin notları da kalır.
    • İsimsiz bir raporla sizin aranızdaki bağ: rapor kapatıldıktan 30 gün sonra silinir.
    • Adınızla yapılan bir raporu kimlerin açtığının kaydı: { $log } ay.
    • Hesabınız: { $warning } ay boyunca hiç yazmazsanız size haber veririz.
    • { $erasure } ay boyunca mesaj gelmezse hesabınız, /forget kullanmışsınız gibi silinir.
privacy-details-rights =
    <b>Haklarınız</b>
    • Verilerinizi görmek ve almak: /mydata. Düzeltmek: /settings. Her şeyi silmek: /forget.
    • Verilerinizin bir kullanımını reddetmek ya da sınırlanmasını istemek: şehrinizde veriler için iletişim adresine yazın.
    • CNIL'e, yani Fransa'da kişisel verileri koruyan devlet kurumuna şikâyette bulunmak.
    • CNIL'e yazmak için: www.cnil.fr/plaintes ya da posta ile CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
privacy-details-telegram =
    <b>Telegram</b>
    Mesajlarınız, Avrupa Birliği dışında kurulmuş bir şirket olan Telegram üzerinden geçer. Telegram onları her mesaj gibi görür.
    Bu yüzden raporlarınızla ilgili mesajlarım olabildiğince az şey söyler, gizli mod raporlarınızı sohbetten siler ve teknik kayıtlarımız mesajlarınızın metnini ya da adınızı asla saklamaz.
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
        [0] hiç rapor yok
        [one] 1 rapor, geçmişiyle birlikte
       *[other] { $reports } rapor, geçmişleriyle birlikte
    }
    • { $questions ->
        [0] raporlarınızla ilgili hiç soru yok
        [one] raporlarınızla ilgili 1 soru
       *[other] raporlarınızla ilgili { $questions } soru
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
    Hesabınızı, adınızı, ayarlarınızı, rollerinizi ve sizi bekleyen mesajları sileceğiz.
    Raporlarınızdan metni, sesli mesajları, fotoğrafları, yerleri, soruları ve yanıtlarınızı sileceğiz. Raporlarınız yalnızca isimsiz sayılar olarak kalacak (mahalle, konu, saat aralığı, durum). Böylece mahallede olup bitenlerin izi kaybolmaz.
    Dikkat: isimsiz bir rapor, kapatıldıktan 30 gün sonra artık size bağlı değildir. O zaman /forget onu bulamaz ve silemez. İçeriği (metin, ses, fotoğraflar, yer) daha sonra, bütün raporlar gibi silinir: { $retention }.
    Bu işlem geri alınamaz. Daha sonra geri dönmek isterseniz yeni bir davet gerekecek.
forget-retention-city = { $city } şehrinde kapatıldıktan { $months } ay sonra
forget-retention-default = kapatıldıktan { $months } ay sonra
button-forget-yes = 🗑 Evet, her şeyi sil
button-forget-no = Hayır, hesabım kalsın
forget-kept = Hiçbir şey silinmedi.
forget-done =
    Tamam: hesabınız ve verileriniz silindi.
    { $reports ->
        [0] Hiç raporunuz yoktu.
        [one] Raporunuz yalnızca isimsiz bir sayı olarak kalıyor (mahalle, konu, saat aralığı, durum).
       *[other] { $reports } raporunuz yalnızca isimsiz sayılar olarak kalıyor (mahalle, konu, saat aralığı, durum).
    }
    Daha önce aldığınız mesajlar hâlâ bu sohbette duruyor: sohbeti Telegram'dan silebilirsiniz. Geri dönmek için yeni bir davetle /start gönderin.
inactive-warning = Uzun zamandır Agenda MMM'ye yazmadınız. { $days } gün içinde sizden bir mesaj gelmezse hesabınız silinecek (raporlarınız isimsiz sayılar olarak kalacak). Hesabınızı korumak için bir mesaj göndermeniz yeterli, örneğin /help.
button-privacy-city = 🔐 Gizlilik: { $city }
privacy-settings =
    <b>Gizlilik — { $city }</b>
    • Veri sorumlusu (verilerden sorumlu olan kurum): { $controller } ({ $kind })
    • Adres: { $address }
    • Veriler için iletişim: { $contact }
    • Raporların içeriği: { $retention }
    Her üye bu bilgileri /privacy içinde görür.
privacy-retention-months = kapatıldıktan { $months } ay sonra silinir
privacy-retention-default = kapatıldıktan { $months } ay sonra silinir (varsayılan ayar)
button-privacy-controller = ✏️ Verilerden sorumlu olan kurum
button-privacy-address = ✏️ Adres
button-privacy-contact = ✏️ Veriler için iletişim
button-privacy-kind = 🔁 Belediye / dernek
button-privacy-retention = 🔁 Saklama süresi
privacy-ask-controller = Verilerden sorumlu olan kurumun (“veri sorumlusu”) adını, mektuplarında yazdığı gibi gönderin. Örneğin “Mairie de Roubaix” ya da “Association des mères du Nord”.
privacy-ask-address = Posta adresini gönderin.
privacy-ask-contact = Veri koruma iletişimini gönderin: veri koruma görevlisinin e-posta ya da posta adresi.
privacy-saved = Kaydedildi.

## Gizlilik ve yetkiler: henüz seçilmemiş olan, artık yapılamayan

privacy-controller-not-named =
    <b>{ $city }</b> — verilerinizden sorumlu olan kurum (“veri sorumlusu”): henüz belirlenmedi. Şehrin koordinatörü bunu bildirmeli (belediye mi, bir dernek mi). O zamana kadar sorularınızı koordinatörünüze sorun.
privacy-basis-not-named = <b>{ $city } şehrinde verilerinizi kullanmamıza izin veren şey</b> (“hukuki dayanak”): verilerinizden sorumlu olan kuruma (“veri sorumlusu”) bağlıdır; o da henüz belirlenmedi.
privacy-settings-not-named = ⚠️ Verilerden sorumlu olan kurum (“veri sorumlusu”) henüz belirlenmedi. Bu yüzden üyeler /privacy içinde kurumun belirlenmediğini okuyor; verilerini kullanmamıza neyin izin verdiğini okuyamıyor. Adını yazın, sonra belediye mi yoksa dernek mi olduğunu belirtin.
settings-privacy-reminder = ⚠️ <b>{ $city }</b>: verilerden sorumlu olan kurum (“veri sorumlusu”) henüz belirlenmedi. Aşağıdaki “Gizlilik” düğmesiyle belirtin.
triage-content-erased = Bu raporun içeriği silindi: düzeltilecek ya da ortaklara iletilecek bir metin kalmadı.
invite-problem-withdrawn = Bu davet artık geçerli değil: onu oluşturan kişi artık davet edemiyor. Yenisini isteyin.
invite-problem-role-ended = Buradaki rolünüz sona erdi: eski bir davet onu geri getirmez. Koordinatörünüzden yeni bir davet isteyin.
error-private-button = Bu düğme benimle özel bir sohbette kullanılır.

## Quartier groups: the bot keeps the door of each quartier's Telegram group
menu-join-group = 👥 Mahalle grubu
cmd-group = Mahallemin grubuna katıl
button-join-group = Gruba katıl
linkgroup-door = Grubun kapısını ben tutuyorum: mahalle üyelerinin isteklerini kabul ediyorum, diğerlerini reddediyorum ve mahalledeki görevi biten kişileri gruptan çıkarıyorum. Artık kimseyi elle kabul etmeniz gerekmiyor.
linkgroup-rights-missing = Bu grupta şu yetkilerim eksik: { $missing }. Beni bu yetkilerle grubun yöneticisi yapın, sonra /linkgroup komutunu yeniden gönderin.
linkgroup-failed = Telegram yanıt vermedi. Hiçbir şey değişmedi. Biraz sonra /linkgroup komutunu yeniden gönderin.
linkgroup-other-quartier = Bu grup zaten başka bir mahalleye bağlı. Bir grup yalnızca bir mahalleye hizmet eder.
group-right-admin = yönetici
group-right-invite = “Bağlantı ile davet et”
group-right-ban = “Kullanıcıları yasakla”
group-join-offer = Mahallenizin grubu: katılmak istemek için düğmeye basın. Mahallenin üyesiyseniz isteğinizi hemen kabul ediyorum.
group-join-none = Mahallenizin henüz bota bağlı bir grubu yok. Koordinatörünüze sorun.
group-join-approved = Hoş geldiniz! Artık <b>{ $quartier }</b> mahallesinin grubundasınız.
group-join-declined = Sizi <b>{ $quartier }</b> mahallesinin grubuna alamıyorum: grup yalnızca mahallenin üyeleri için. Üye olmak için koordinatöründen bir davet isteyin.
group-remove-failed = Bir kişiyi <b>{ $quartier }</b> mahallesinin grubundan çıkaramadım: büyük olasılıkla yetkilerimi kaybettim ya da grup artık yok. Grubu kontrol edin, sonra grupta /linkgroup komutunu yeniden gönderin.
group-broken = <b>{ $quartier }</b> mahallesinin grubu: { $why } Artık kapısını tutmuyorum. Grupta <code>/linkgroup { $prefix }</code> komutunu yeniden gönderin.
group-broken-removed = beni gruptan çıkardılar.
group-broken-demoted = artık gereken yönetici yetkilerim yok.
group-broken-migrated = süper gruba dönüştü ve davet bağlantısı değişti.
settings-group-admits = { $city } mahalle grupları: yerel ortaklar alınır: { $actors }; seçilmiş temsilciler alınır: { $elected }. Mahallenin anneleri, aracı anneleri ve atölye yürütücüleri her zaman alınır.
button-group-actors = 👥 { $city }: gruplarda yerel ortaklar
button-group-elected = 👥 { $city }: gruplarda seçilmiş temsilciler
mydata-groups = Sizi aldığım mahalle grupları: { $quartiers }

## Duyurular: tek duyuru, her dil için bir sürüm, teslim raporu
menu-broadcast = 📣 Duyuru gönder
cmd-broadcast = Duyuru gönder (metin veya sesli mesaj, birkaç dilde)
cmd-broadcasts = Duyurularım: rapor, iptal
broadcast-copy = Duyuru
broadcast-ask-city = Duyuru hangi şehirde gönderilsin?
broadcast-ask-audience = Kimlere gönderilsin? İstediğiniz mahallelere ve rollere dokunun (mahalle seçilmezse bütün şehir; rol seçilmezse herkes), sonra "Devam".
broadcast-button-groups = Mahallelerin Telegram gruplarına da
broadcast-button-audience-done = Devam ➡️
broadcast-ask-text = { $count } alıcı. Duyuruyu yazın ya da sesli mesaj gönderin: bu sizin dilinizdeki sürüm olacak.
broadcast-ask-version = { $lang } sürümünü yazın ya da sesli mesaj gönderin.
broadcast-summary = { $count } alıcı — { $lines }
    Sürümünü eklemek veya değiştirmek için bir dile, ne alacaklarını görmek için 👁 işaretine dokunun.
broadcast-summary-line = { $lang } { $count } { $state ->
        [voice] ✅ (sesli)
        [text] ✅
       *[missing] ➕ ({ $default } sürümünü alacaklar)
    }
broadcast-button-send = 📤 Şimdi gönder
broadcast-button-schedule = 🕒 Zamanla
broadcast-preview = Önizleme — { $lang } sürümü:
broadcast-preview-fallback = Önizleme — { $lang } sürümü yok: bu kişiler { $default } sürümünü alacak:
broadcast-preview-none = Henüz hiçbir sürüm yok: { $lang } için gösterilecek bir şey yok.
broadcast-preview-text = { $text }
broadcast-ask-when = Ne zaman gönderilsin? Tarihi ve saati şehrin saatiyle ({ $timezone }) yazın, örneğin 25/12/2030 18:30.
broadcast-error-when = Bu tarihi anlayamadım. 25/12/2030 18:30 gibi yazın ({ $timezone } saati).
broadcast-error-empty = Duyuru boş: bir metin yazın ya da sesli mesaj gönderin.
broadcast-error-too-long = Metin { $over } karakter fazla uzun (en fazla { $max }). Kısaltıp yeniden gönderin.
broadcast-error-no-recipients = Bu duyuruyu kimse almayacak: başka mahalleler veya roller seçin.
broadcast-error-past = Bu tarih geçti: ileri bir tarih seçin.
broadcast-error-no-version = Duyurunun henüz hiçbir sürümü yok: bir metin yazın ya da sesli mesaj gönderin.
broadcast-error-expected-text-or-voice = Bir metin ya da sesli mesaj bekliyorum (çıkartma veya dosya değil).
broadcast-queued = Yola çıktı: { $count } mesaj sırada. Sizi burada bilgilendireceğim.
broadcast-scheduled = Duyuru { $when } için zamanlandı. O zamana kadar iptal edebilirsiniz.
broadcast-button-cancel = ✖️ Duyuruyu iptal et
broadcast-button-report = 📊 Rapor
broadcast-list-empty = Henüz hiç duyuru göndermediniz.
broadcast-status-scheduled = zamanlandı
broadcast-status-sending = gönderiliyor
broadcast-status-done = bitti
broadcast-status-cancelled = iptal edildi
broadcast-figures = { $id } numaralı duyuru ({ $status }): { $delivered } teslim edildi, { $queued } bekliyor, { $unreachable } ulaşılamadı, { $failed } başarısız, { $withdrawn } geri çekildi; { $understood } "anladım".
    { $lines }
broadcast-figures-line = { $lang }: { $delivered } teslim edildi, { $queued } bekliyor, { $unreachable } ulaşılamadı, { $failed } başarısız
broadcast-progress = 📣 Gönderiliyor — { $figures }
broadcast-final = ✅ Gönderim bitti — { $figures }
broadcast-cancelled = Duyuru iptal edildi: { $withdrawn } mesaj geri çekildi; { $gone } mesaj zaten gitmişti.
broadcast-not-understood = Henüz "anladım" demeyenler: { $names } { $others ->
        [0] {""}
       *[other] (ve { $others } kişi daha)
    }
broadcast-understood-button = Anladım ✅
broadcast-understood-thanks = Teşekkürler, kaydedildi ✅
broadcast-understood-already = Zaten kaydedilmişti ✅
