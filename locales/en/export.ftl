## /export: the period; /help: /summary and /export

export-choose-period = 📤 For which period?
button-export-3-months = The last 3 months
button-export-12-months = The last 12 months
button-export-this-year = Since 1 January
button-export-everything = Everything, since the first report
help-summary = /summary — the summary of a city or neighbourhood: when tension rises, as a picture
help-export = /export — download the approved reports (CSV spreadsheet or Open311)
