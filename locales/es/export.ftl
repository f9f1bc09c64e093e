## /export: el periodo; /help: /summary y /export

export-choose-period = 📤 ¿De qué periodo?
button-export-3-months = Los últimos 3 meses
button-export-12-months = Los últimos 12 meses
button-export-this-year = Desde el 1 de enero
button-export-everything = Todo, desde el primer aviso
help-summary = /summary — el resumen de una ciudad o un barrio: los momentos de tensión, en una imagen
help-export = /export — descargar los avisos aprobados (tabla CSV u Open311)
