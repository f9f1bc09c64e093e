## A city's default language (/settings)
settings-city-language = Default language of announcements in { $city }: { $lang }. People with no version in their own language get this one.
button-city-language = 🌐 Default language: { $city }
city-language-choose = Which version should people get when there is none in their language?
city-language-set = Done: the default language is now { $lang }.
