## A city's default language (/settings)
settings-city-language = Língua padrão dos anúncios em { $city }: { $lang }. Quem não tem versão na sua língua recebe esta.
button-city-language = 🌐 Língua padrão: { $city }
city-language-choose = Que versão enviar a quem não tem uma na sua língua?
city-language-set = Feito: a língua padrão agora é { $lang }.
