## /export : la période ; /help : /summary et /export

export-choose-period = 📤 Sur quelle période ?
button-export-3-months = Les 3 derniers mois
button-export-12-months = Les 12 derniers mois
button-export-this-year = Depuis le 1er janvier
button-export-everything = Tout, depuis le premier signalement
help-summary = /summary — le résumé d'une ville ou d'un quartier : les moments où ça se tend, en image
help-export = /export — télécharger les signalements validés (tableau CSV ou Open311)
