## A city's default language (/settings)
settings-city-language = { $city } için duyuruların varsayılan dili: { $lang }. Kendi dilinde sürümü olmayanlar bunu alır.
button-city-language = 🌐 Varsayılan dil: { $city }
city-language-choose = Kendi dilinde sürüm olmayanlara hangi sürüm gitsin?
city-language-set = Tamam: varsayılan dil artık { $lang }.
