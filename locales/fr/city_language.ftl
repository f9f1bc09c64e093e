## A city's default language (/settings)
settings-city-language = Langue par défaut des annonces à { $city } : { $lang }. Celles qui n'ont pas de version dans leur langue reçoivent celle-ci.
button-city-language = 🌐 Langue par défaut : { $city }
city-language-choose = Quelle version envoyer à celles qui n'en ont pas dans leur langue ?
city-language-set = C'est noté : la langue par défaut est maintenant : { $lang }.
