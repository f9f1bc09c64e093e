## Çözümler ve eylemler: komutlar ve menü

cmd-solutions = Mahallenizin çözümleri
cmd-actions = Eylemler: kim neyi ne zamana kadar yapıyor
menu-solutions = 💡 Çözümler
menu-actions = ✅ Eylemler

## Çözümler

solutions-status-proposed = önerildi
solutions-status-accepted = seçildi
solutions-status-merged = başka bir çözümle birleştirildi
solutions-status-set-aside = bir kenara bırakıldı
solutions-header =
    💡 <b>{ $quartier } için çözümler</b>
    Annelerin önerileri: { $mothers } · yerel ortakların önerileri: { $actors }
solutions-none = Burada henüz önerilen bir çözüm yok. İlk öneren siz olabilirsiniz.
solutions-entry =
    💡 { $text }
    Öneren: { $role } · { $status } · 👍 { $supporters ->
        [0] henüz destek yok
       *[other] { $supporters } destek
    }
solutions-entry-erased =
    💡 (metin, kişinin isteğiyle silindi)
    Öneren: { $role } · { $status } · 👍 { $supporters ->
        [0] henüz destek yok
       *[other] { $supporters } destek
    }
solutions-button-propose = ✍️ Bir çözüm öner
solutions-button-support = 👍 Destekliyorum
solutions-button-accept = ✅ Seç
solutions-button-merge = 🔗 Başka biriyle birleştir
solutions-button-set-aside = 🗄 Kenara bırak
solutions-button-action = 📌 Eyleme dönüştür
solutions-ask-text = Ne işe yarardı? Fikrinizi birkaç cümleyle yazın. Kişilerden değil, yerden ve zamandan söz edin.
solutions-ask-text-report = <b>{ $reference }</b> raporunuz için ne işe yarardı? Fikrinizi birkaç cümleyle yazın.
solutions-proposed = Teşekkürler! Fikriniz kaydedildi. Diğerleri onu adınızla değil, rolünüzle görecek.
solutions-supported = 👍 Desteğiniz sayıldı.
solutions-already-supported = Bu çözümü zaten destekliyorsunuz: desteğiniz bir kez sayılır.
solutions-decided = Tamam: çözüm { $status }. Öneren kişiye haber verildi.
solutions-decided-proposer = 💡 «{ $text }» fikriniz: { $status }. Önerdiğiniz için teşekkürler.
solutions-merge-choose = Hangi çözümle birleştirilsin?
solutions-merge-none = Bu mahallede açık başka bir çözüm yok.
solutions-what-would-help = 💡 Ne işe yarardı? Bir fikir önermek için bir rapor seçin.

## Eylemler

actions-status-open = yapılacak
actions-status-started = başladı
actions-status-blocked = engellendi
actions-status-done = yapıldı
actions-button-open = 📂 Aç
actions-button-started = ▶️ Başladı
actions-button-done = ✅ Yapıldı
actions-button-blocked = ⛔ Engellendi
actions-button-new-date = 📅 Yeni tarih
actions-none = Şu an takip edeceğiniz bir eylem yok.
actions-line = 📌 { $what } — son tarih { $due } — { $status }
actions-line-overdue = ⏰ { $what } — { $due } için planlanmıştı, gecikti — { $status }
actions-note = 📝 { $note }
actions-partner-text = 🗂 <b>{ $reference }</b>: { $text }
actions-assigned = 📌 Bir eylem için size güveniyoruz: { $what }. Son tarih { $due }. Nasıl gittiğini düğmelerle söyleyin.
actions-reminder-before = ⏳ Hatırlatma: «{ $what }» eylemi { $due } için planlandı. Nasıl gidiyor?
actions-reminder-overdue = ⏰ «{ $what }» eylemi { $due } için planlanmıştı. Henüz yapılmadı: nasıl gittiğini söyleyin ya da yeni bir tarih verin.
actions-ask-done-note = Çok güzel! Bir iki cümleyle, ne yapıldı? Bunu bildiren anneler okuyacak.
actions-ask-blocked-why = Ne engelliyor? Bir iki cümleyle yazın.
actions-ask-date = Yeni tarih ne? Şöyle yazın: 31/12/2026 (ya da 31/12/2026 18:00).
actions-error-date = Bu tarihi anlayamadım. Şöyle yazın: 31/12/2026 (ya da 31/12/2026 18:00).
actions-error-date-past = Bu tarih geçti. İleride bir tarih seçin.
actions-error-carrier = Bu kişi bu mahallede bir eylem üstlenemez.
actions-updated = Not edildi, teşekkürler.
actions-ask-what = Somut olarak ne yapılacak? Bir cümleyle yazın.
actions-ask-carrier = Bu eylemi kim üstleniyor? Bir kişi seçin ya da bir kurumun adını yazın (örneğin: ev sahibi).
actions-ask-due = Ne zamana kadar? Tarihi şöyle yazın: 31/12/2026.
actions-created = 📌 Eylem oluşturuldu. Üstlenen kişi onu düğmeleriyle birlikte alacak, tarihten önce de bir hatırlatma.
actions-said-did = 🗣 Siz söylediniz, biz yaptık. <b>{ $reference }</b> raporunuz: { $done }

## Daha sakin mi?

calmer-question = 🕊 Birkaç hafta önce mahallenizde şu yapıldı: { $what }. O zamandan beri, haftanın bu saatinde ortalık daha sakin mi?
calmer-question-discreet = 🕊 Mahalleniz hakkında bir soru: haftanın bu saatinde, birkaç hafta öncesine göre ortalık daha sakin mi?
calmer-button-better = 🙂 Daha iyi
calmer-button-same = 😐 Aynı
calmer-button-worse = 🙁 Daha kötü
calmer-thanks = Cevabınız için teşekkürler. Adınız olmadan sayılıyor.
calmer-already-answered = Bu soruya zaten cevap verdiniz. Teşekkürler!
calmer-results = 🕊 Daha sakin mi? Daha iyi: { $better } · aynı: { $same } · daha kötü: { $worse }
calmer-results-none = 🕊 Daha sakin mi? Henüz yeterli cevap yok (3 cevap gerekiyor).

## Şehrin durumu (koordinatör)

health-view =
    🩺 <b>{ $city }</b>
    • Süren eylemler: { $open }, geciken: { $overdue }
    • Henüz okunmamış raporlar: { $waiting } (en eskisi { $oldest } süredir bekliyor)
    • İlk okumaya kadar geçen olağan süre: { $median }
    • Tutanağı olmayan geçmiş toplantılar: { $minutes }
health-hours = { $hours } saat
health-unknown = —

## Bir toplantı kararı eyleme dönüşür
meeting-decision-line = 🤝 Karar: { $text }
meeting-decision-line-acted = 🤝 Karar: { $text }
    📌 Bu zaten bir eylem.
actions-decision-already = 📌 Bu karar zaten bir eylem. Buradan takip edebilirsiniz.

## Sıfırdan oluşturulan eylem (/newaction)
cmd-newaction = Eylem oluştur: kim neyi ne zamana kadar yapacak
menu-new-action = ➕ Yeni eylem
actions-new-ask-quartier = Bu eylem hangi mahalle için?
actions-new-ask-reports = Bu eylem bazı raporlara yanıt veriyor mu? Numaralarını yazın (örneğin: BEL-0001, BEL-0004) ya da "Rapor yok" düğmesine dokunun.
actions-new-button-no-reports = Rapor yok
actions-new-error-references = Bir rapor numarası tanıyamadım. Şöyle yazın: BEL-0001, BEL-0004 — ya da "Rapor yok" düğmesine dokunun.
actions-new-error-elsewhere = { $reference } numaralı rapor bu mahallenin değil. Hiçbir şey oluşturulmadı: başka numaralar yazın ya da "Rapor yok" düğmesine dokunun.

## Bir eylem tıkandığında ya da yapıldığında koordinatöre haber verilir
actions-news-blocked = ⛔ Şehrinizde bir eylem tıkandı: "{ $what }". Neden: { $note }
actions-news-done = ✅ Şehrinizde bir eylem yapıldı: "{ $what }". Yapılan: { $note }
