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
dialogue-expired = Önceki sohbetiniz 48 saat boyunca yarım kaldı, bu yüzden onu sildim. İstediğiniz zaman yeniden başlayabilirsiniz.
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
    • Bildirdiklerinizi şehrinizin koordinatörü okur; mahallenizin aracı anneleri ise yalnızca siz isterseniz okur. Polis, okul, diğer ortaklar ve seçilmiş temsilciler adınızı asla görmez.
    • Dilinizi, mahallenizi ve rolünüzü saklarız; adınızı ise yalnızca verirseniz.
    • Yarım bırakılan bir sohbet 48 saat sonra silinir.
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

privacy-short = Tüm ayrıntıları (veri sorumlusu, saklama süreleri, haklarınız, Fransız veri koruma kurumu CNIL) şehriniz burada gösterecek.

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
