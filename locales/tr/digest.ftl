## Seçilmişlere özetler: metin

digest-period-week = Hafta
digest-period-month = Ay
digest-title =
    📊 <b>Özet — { $area }</b>
    { $period }: { $from } – { $to }
    Yeni raporlar: { $total } ({ $trend })
digest-few = 3'ten az
digest-trend-new = yeni
digest-trend-up = %{ $percent } arttı
digest-trend-down = %{ $percent } azaldı
digest-trend-steady = değişmedi
digest-trend-hidden = karşılaştırmak için çok az
digest-category = • { $category }: { $count } ({ $trend })
digest-busiest-title = 🕒 <b>En yoğun zamanlar</b>
digest-busiest-cell = • { $day }, { $slot }: { $count }
digest-busiest-none = 🕒 Haftanın hiçbir zamanında 3 veya daha fazla rapor yok.
digest-statuses = 📌 Çözülen: { $resolved } · üzerinde çalışılan: { $progress } · bekleyen: { $waiting }
digest-triage-median = ⏱ Bir raporun ilk okunmasına kadar geçen olağan süre: { $hours } saat
digest-triage-none = ⏱ Bu dönemin hiçbir raporu henüz okunmadı.
digest-meetings = 🤝 Yapılan toplantılar: { $held } · gelen anneler: { $mothers } · gelen yerel ortaklar: { $actors }
digest-calmer = 🌿 Daha sakin mi? Evet: { $calmer } · aynı: { $same } · daha kötü: { $worse }
digest-broadcasts = 📣 Gönderilen duyurular: { $count } ({ $copies } mesaj)
digest-excerpts-title = 💬 <b>Söylenenler</b> (ortaklar için onaylanmış metinler)
digest-excerpt = “{ $text }”
digest-caption-short = 📊 Özet — { $area }. Ayrıntılar hemen ardından geliyor.

## Seçilmişlere özetler: resim

digest-map-title = Gerginlik ne zaman artıyor — { $area }
digest-map-subtitle = Güne ve saate göre raporlar, { $from } – { $to }
digest-map-legend-none = hiç yok
digest-map-legend-few = 3'ten az
digest-map-legend-many = 3 veya daha fazla (sayı yazılı)
digest-slot-early-morning = Sabah erken
digest-slot-morning = Sabah
digest-slot-midday = Öğle
digest-slot-afternoon = Öğleden sonra
digest-slot-school-exit = Okul çıkışı
digest-slot-evening = Akşam
digest-slot-night = Gece

## Haftanın günleri, kısa (resmin sütun başlıkları)
digest-day-mon = Pzt
digest-day-tue = Sal
digest-day-wed = Çar
digest-day-thu = Per
digest-day-fri = Cum
digest-day-sat = Cmt
digest-day-sun = Paz

## (technical: lines of a summary joined into one caption)
digest-join =
    { $first }
    { $rest }

## /summary, /export ve haftalık özet ayarı

cmd-summary = Bir şehrin veya mahallenin raporlarının özeti
cmd-export = Onaylanmış raporları dışa aktar (tablo veya Open311)
menu-summary = 📊 Özet
menu-export = 📤 Dışa aktar
summary-choose-area = 📊 Hangi yerin özeti?
summary-choose-period = 📊 Hangi dönem için?
button-summary-city = 🏙 { $area } (bütün şehir)
button-summary-quartier = 🏘 { $area }
button-period-week = Son 7 gün
button-period-month = Son bir ay
export-choose = 📤 Hangi dışa aktarma? Ortaklar için onaylanmış raporları içerir; isim ve adres yoktur. Dönemi sonra seçeceksiniz.
button-export-csv = 📄 { $city }: tablo (CSV)
button-export-open311 = 🌐 { $city }: Open311 (JSON)
export-caption = 📤 Ortaklar için onaylanmış raporlar — { $period }. İsim yok, yerler yuvarlanmış, saatler günün bölümüne göre.
settings-digest = 📊 { $city } için haftalık özet: { $day }, saat { $hour }:00 ({ $state })
button-digest-day = 📅 { $city }: özet günü
button-digest-hour = 🕗 { $city }: özet saati
button-digest-toggle = 🔔 { $city }: özet açık veya kapalı
