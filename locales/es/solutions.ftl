## Soluciones y acciones: comandos y menú

cmd-solutions = Las soluciones de su barrio
cmd-actions = Las acciones: quién hace qué y para cuándo
menu-solutions = 💡 Soluciones
menu-actions = ✅ Acciones

## Soluciones

solutions-status-proposed = propuesta
solutions-status-accepted = elegida
solutions-status-merged = unida a otra
solutions-status-set-aside = apartada
solutions-header =
    💡 <b>Soluciones para { $quartier }</b>
    Propuestas por madres: { $mothers } · por entidades del barrio: { $actors }
solutions-none = Todavía no hay ninguna solución propuesta aquí. Usted puede ser la primera.
solutions-entry =
    💡 { $text }
    Propuesta por: { $role } · { $status } · 👍 { $supporters ->
        [0] ningún apoyo
        [one] { $supporters } apoyo
       *[other] { $supporters } apoyos
    }
solutions-entry-erased =
    💡 (texto borrado a petición de la persona)
    Propuesta por: { $role } · { $status } · 👍 { $supporters ->
        [0] ningún apoyo
        [one] { $supporters } apoyo
       *[other] { $supporters } apoyos
    }
solutions-button-propose = ✍️ Proponer una solución
solutions-button-support = 👍 La apoyo
solutions-button-accept = ✅ Elegirla
solutions-button-merge = 🔗 Unirla a otra
solutions-button-set-aside = 🗄 Apartarla
solutions-button-action = 📌 Convertirla en acción
solutions-ask-text = ¿Qué ayudaría? Escriba su idea en unas frases. Hable del lugar y del momento, no de las personas.
solutions-ask-text-report = ¿Qué ayudaría con su aviso <b>{ $reference }</b>? Escriba su idea en unas frases.
solutions-proposed = ¡Gracias! Su idea está guardada. Las demás personas la verán con su papel, nunca con su nombre.
solutions-supported = 👍 Su apoyo está contado.
solutions-already-supported = Usted ya apoya esta solución: su apoyo cuenta una vez.
solutions-decided = Hecho: la solución está { $status }. Se avisa a la persona que la propuso.
solutions-decided-proposer = 💡 Su idea «{ $text }»: está { $status }. Gracias por proponerla.
solutions-merge-choose = ¿Con qué solución unirla?
solutions-merge-none = No hay otra solución abierta en este barrio.
solutions-what-would-help = 💡 ¿Qué ayudaría? Elija un aviso para proponer una idea.

## Acciones

actions-status-open = por hacer
actions-status-started = empezada
actions-status-blocked = bloqueada
actions-status-done = hecha
actions-button-open = 📂 Abrir
actions-button-started = ▶️ Ya ha empezado
actions-button-done = ✅ Ya está hecha
actions-button-blocked = ⛔ Está bloqueada
actions-button-new-date = 📅 Nueva fecha
actions-none = Por ahora no tiene ninguna acción que seguir.
actions-line = 📌 { $what } — para el { $due } — { $status }
actions-line-overdue = ⏰ { $what } — prevista para el { $due }, con retraso — { $status }
actions-note = 📝 { $note }
actions-partner-text = 🗂 <b>{ $reference }</b>: { $text }
actions-assigned = 📌 Contamos con usted para una acción: { $what }. Para el { $due }. Diga cómo va con los botones.
actions-reminder-before = ⏳ Recordatorio: la acción «{ $what }» está prevista para el { $due }. ¿Cómo va?
actions-reminder-overdue = ⏰ La acción «{ $what }» estaba prevista para el { $due }. Todavía no está hecha: diga cómo va o dé una nueva fecha.
actions-ask-done-note = ¡Muy bien! En una o dos frases, ¿qué se ha hecho? Las madres que lo avisaron lo leerán.
actions-ask-blocked-why = ¿Qué la bloquea? Escríbalo en una o dos frases.
actions-ask-date = ¿Qué nueva fecha? Escríbala así: 31/12/2026 (o 31/12/2026 18:00).
actions-error-date = No he entendido esta fecha. Escríbala así: 31/12/2026 (o 31/12/2026 18:00).
actions-error-date-past = Esta fecha ya ha pasado. Elija una fecha futura.
actions-error-carrier = Esta persona no puede llevar una acción en este barrio.
actions-updated = Anotado, gracias.
actions-ask-what = ¿Qué se hará, en concreto? Escríbalo en una frase.
actions-ask-carrier = ¿Quién lleva esta acción? Elija a una persona o escriba el nombre de un organismo (por ejemplo: el casero).
actions-ask-due = ¿Para cuándo? Escriba la fecha así: 31/12/2026.
actions-created = 📌 La acción está creada. La persona que la lleva la recibe con sus botones y un recordatorio antes de la fecha.
actions-said-did = 🗣 Ustedes lo dijeron, nosotros lo hicimos. Su aviso <b>{ $reference }</b>: { $done }

## ¿Está más tranquilo?

calmer-question = 🕊 Hace unas semanas se hizo esto en su barrio: { $what }. Desde entonces, en este momento de la semana, ¿está más tranquilo?
calmer-question-discreet = 🕊 Una pregunta sobre su barrio: en este momento de la semana, ¿está más tranquilo que hace unas semanas?
calmer-button-better = 🙂 Mejor
calmer-button-same = 😐 Igual
calmer-button-worse = 🙁 Peor
calmer-thanks = Gracias por su respuesta. Cuenta, sin su nombre.
calmer-already-answered = Ya ha respondido a esta pregunta. ¡Gracias!
calmer-results = 🕊 ¿Está más tranquilo? Mejor: { $better } · igual: { $same } · peor: { $worse }
calmer-results-none = 🕊 ¿Está más tranquilo? Todavía no hay respuestas suficientes (hacen falta 3).

## Salud de la ciudad (coordinadora)

health-view =
    🩺 <b>{ $city }</b>
    • Acciones en curso: { $open }, con retraso: { $overdue }
    • Avisos sin leer: { $waiting } (el más antiguo espera desde hace { $oldest })
    • Tiempo habitual antes de una primera lectura: { $median }
    • Reuniones pasadas sin acta: { $minutes }
health-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
health-unknown = —

## Una decisión de reunión se convierte en acción
meeting-decision-line = 🤝 Decisión: { $text }
meeting-decision-line-acted = 🤝 Decisión: { $text }
    📌 Ya es una acción.
actions-decision-already = 📌 Esta decisión ya es una acción. Puede seguirla aquí.

## Una acción creada desde cero (/newaction)
cmd-newaction = Crear una acción: quién hace qué y para cuándo
menu-new-action = ➕ Nueva acción
actions-new-ask-quartier = ¿En qué barrio es esta acción?
actions-new-ask-reports = ¿Esta acción responde a algunos avisos? Escriba sus números (por ejemplo: BEL-0001, BEL-0004), o pulse «Ningún aviso».
actions-new-button-no-reports = Ningún aviso
actions-new-error-references = No he reconocido ningún número de aviso. Escríbalos así: BEL-0001, BEL-0004 — o pulse «Ningún aviso».
actions-new-error-elsewhere = El aviso { $reference } no es de este barrio. No se ha creado nada: escriba otros números, o pulse «Ningún aviso».

## La coordinadora recibe aviso cuando una acción se bloquea o se hace
actions-news-blocked = ⛔ Una acción de su ciudad está bloqueada: «{ $what }». Lo que la bloquea: { $note }
actions-news-done = ✅ Una acción de su ciudad está hecha: «{ $what }». Lo que se hizo: { $note }
