## Resúmenes para los cargos electos: el texto

digest-period-week = Semana
digest-period-month = Mes
digest-title =
    📊 <b>Resumen — { $area }</b>
    { $period } del { $from } al { $to }
    Avisos nuevos: { $total } ({ $trend })
digest-few = menos de 3
digest-trend-new = nuevo
digest-trend-up = sube un { $percent } %
digest-trend-down = baja un { $percent } %
digest-trend-steady = sin cambios
digest-trend-hidden = muy pocos para comparar
digest-category = • { $category }: { $count } ({ $trend })
digest-busiest-title = 🕒 <b>Los momentos con más avisos</b>
digest-busiest-cell = • { $day }, { $slot }: { $count }
digest-busiest-none = 🕒 Ningún momento de la semana tiene 3 avisos o más.
digest-statuses = 📌 Resueltos: { $resolved } · en marcha: { $progress } · en espera: { $waiting }
digest-triage-median = ⏱ Tiempo habitual hasta la primera lectura: { $hours } h
digest-triage-none = ⏱ Todavía no se ha leído ningún aviso de este periodo.
digest-meetings = 🤝 Reuniones celebradas: { $held } · madres presentes: { $mothers } · actores locales presentes: { $actors }
digest-calmer = 🌿 ¿Hay más calma? Sí: { $calmer } · igual: { $same } · peor: { $worse }
digest-broadcasts = 📣 Anuncios enviados: { $count } ({ $copies } mensajes)
digest-excerpts-title = 💬 <b>Lo que se dijo</b> (textos aprobados para las entidades colaboradoras)
digest-excerpt = «{ $text }»
digest-caption-short = 📊 Resumen — { $area }. El detalle va a continuación.

## Resúmenes para los cargos electos: la imagen

digest-map-title = Cuándo hay tensión — { $area }
digest-map-subtitle = Avisos por día y momento, del { $from } al { $to }
digest-map-legend-none = ninguno
digest-map-legend-few = menos de 3
digest-map-legend-many = 3 o más (se indica la cifra)
digest-slot-early-morning = Primera hora
digest-slot-morning = Mañana
digest-slot-midday = Mediodía
digest-slot-afternoon = Tarde
digest-slot-school-exit = Salida de clase
digest-slot-evening = Atardecer
digest-slot-night = Noche

## Días de la semana, abreviados (encabezados de la imagen)
digest-day-mon = Lun
digest-day-tue = Mar
digest-day-wed = Mié
digest-day-thu = Jue
digest-day-fri = Vie
digest-day-sat = Sáb
digest-day-sun = Dom

## (technical: lines of a summary joined into one caption)
digest-join =
    { $first }
    { $rest }

## /summary, /export y el ajuste del resumen semanal

cmd-summary = Resumen de los avisos de una ciudad o un barrio
cmd-export = Exportar los avisos aprobados (tabla u Open311)
menu-summary = 📊 Resumen
menu-export = 📤 Exportar
summary-choose-area = 📊 ¿El resumen de qué lugar?
summary-choose-period = 📊 ¿De qué periodo?
button-summary-city = 🏙 { $area } (toda la ciudad)
button-summary-quartier = 🏘 { $area }
button-period-week = Los últimos 7 días
button-period-month = El último mes
export-choose = 📤 ¿Qué exportación? Contiene los avisos aprobados para las entidades colaboradoras, sin nombres ni direcciones. Después elige el periodo.
button-export-csv = 📄 { $city }: tabla (CSV)
button-export-open311 = 🌐 { $city }: Open311 (JSON)
export-caption = 📤 Avisos aprobados para las entidades colaboradoras — { $period }. Sin nombres, lugares redondeados, horas por momento del día.
settings-digest = 📊 Resumen semanal de { $city }: { $day } a las { $hour }:00 ({ $state })
button-digest-day = 📅 { $city }: día del resumen
button-digest-hour = 🕗 { $city }: hora del resumen
button-digest-toggle = 🔔 { $city }: resumen sí o no
