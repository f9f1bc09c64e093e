## /help: birlikte hareket etmek (çözümler, toplantılar, duyurular, eylemler)
help-together =
    /solutions — mahallenizin çözümleri: önermek, desteklemek
    /propose — bir çözüm önermek
    /meetings — toplantılarınız ve cevaplarınız
help-organise = /newmeeting — bir toplantı düzenlemek (davetler, hatırlatmalar, tutanak)
help-broadcast =
    /broadcast — yazılı ya da sesli, birkaç dilde bir duyuru göndermek
    /broadcasts — duyurularınız: kimlere ulaştı
help-actions = /actions — eylemler: kim neyi ne zamana kadar yapıyor, ortalık sakinleşti mi
help-health =
    /health — şehrinizin durumu: geciken eylemler, okumalar, toplantılar, üyeler
    /newaction — bir eylem oluşturmak
help-newaction = /newaction — bir eylem oluşturmak
