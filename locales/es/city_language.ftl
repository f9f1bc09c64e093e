## A city's default language (/settings)
settings-city-language = Idioma predeterminado de los anuncios en { $city }: { $lang }. Quien no tiene versión en su idioma recibe esta.
button-city-language = 🌐 Idioma predeterminado: { $city }
city-language-choose = ¿Qué versión enviar a quien no tiene una en su idioma?
city-language-set = Hecho: el idioma predeterminado ahora es { $lang }.
