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
