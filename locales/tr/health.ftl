## /health: şehrin durumu (koordinatörler) ve /propose
cmd-propose = Mahalleniz için bir çözüm önerin
cmd-health = Şehrinizin durumu: eylemler, okumalar, toplantılar, üyeler
solutions-which-quartier = Hangi mahalle için bir çözüm önermek istiyorsunuz?
health-community =
    👥 Üyeler: { $members } (son 30 günde gelenler: { $active }, ulaşılamayanlar: { $unreachable })
    • Son 30 günün raporları: { $reports }
    • { $last }
health-last-meeting = Son toplantı: { $day }
health-no-meeting = Henüz hiç toplantı yapılmadı
