## /export: dönem; /help: /summary ve /export

export-choose-period = 📤 Hangi dönem için?
button-export-3-months = Son 3 ay
button-export-12-months = Son 12 ay
button-export-this-year = 1 Ocak'tan beri
button-export-everything = Hepsi, ilk rapordan beri
help-summary = /summary — bir şehrin veya mahallenin özeti: gerginliğin arttığı anlar, resimle
help-export = /export — onaylanmış raporları indir (CSV tablosu veya Open311)
