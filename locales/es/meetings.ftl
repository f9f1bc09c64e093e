## Reuniones: crear, invitar, contestar, recordar, acta

menu-meetings = 📅 Mis reuniones
menu-new-meeting = ➕ Organizar una reunión
cmd-meetings = Mis reuniones y mis respuestas
cmd-newmeeting = Organizar una reunión

meeting-kind-concertation = Reunión de barrio
meeting-kind-workshop = Taller de madres
meeting-kind-training = Formación
meeting-kind-restitution = Rendición de cuentas a los cargos electos

meeting-rsvp-yes = ✅ Voy
meeting-rsvp-interpreting = 🗣 Voy, necesito intérprete
meeting-rsvp-children = 🧒 Voy con mis hijos
meeting-rsvp-maybe = 🤔 Quizás
meeting-rsvp-no = ❌ No puedo ir
meeting-rsvp-none = todavía sin respuesta

meeting-ask-kind = ¿Qué tipo de reunión?
meeting-ask-title = Ponga un título corto a la reunión.
meeting-ask-audience = ¿A quién invita? Toque los barrios y los roles, luego «Listo». Si no elige barrio, se invita a toda la ciudad.
meeting-button-groups = Anunciarla también en los grupos de los barrios
meeting-button-audience-done = Listo
meeting-invitee-count = { $count ->
    [one] Se invitará a 1 persona.
   *[other] Se invitará a { $count } personas.
}
meeting-ask-day = ¿Qué día? Toque un día, o escriba el día y la hora como suele hacerlo (por ejemplo 12/03 18:30 o martes 18:30).
meeting-ask-time = ¿A qué hora? Toque una hora o escríbala (18:30).
meeting-ask-which-time = Esa noche se atrasan los relojes: esta hora pasa dos veces. ¿Cuál?
meeting-button-first-time = La primera (horario de verano)
meeting-button-second-time = La segunda (horario de invierno)
meeting-when-understood = He entendido: <b>{ $when }</b>. Si no es así, escriba otra vez el día y la hora.
meeting-ask-duration = ¿Cuánto dura la reunión? Toque una duración o escríbala en minutos.
meeting-ask-place = ¿Dónde es la reunión? Escriba el lugar, mande una ubicación de Telegram, o sáltelo.
meeting-button-skip-place = Saltar
meeting-button-place-done = Listo
meeting-location-taken = Ubicación guardada. Todavía puede escribir el lugar con palabras.
meeting-ask-agenda = { $count ->
    [0] Orden del día: mande la referencia de un aviso que está en el orden del día (BEL-0042) o un punto libre, uno por mensaje. Toque «Terminado» al acabar.
    [one] 1 punto guardado. Mande otro o toque «Terminado».
   *[other] { $count } puntos guardados. Mande otro o toque «Terminado».
}
meeting-button-agenda-done = Terminado
meeting-review = <b>{ $kind }</b>: { $title }
    📅 { $when }
    ⏱ { $duration } min
    📍 { $place }
    { $items ->
        [0] Sin orden del día.
        [one] 1 punto en el orden del día.
       *[other] { $items } puntos en el orden del día.
    }
    ¿Está todo bien? Toque «Enviar las invitaciones».
meeting-button-confirm = Enviar las invitaciones
meeting-created = { $count ->
    [one] Reunión creada. La invitación sale hacia 1 persona.
   *[other] Reunión creada. Las invitaciones salen hacia { $count } personas.
}

meeting-error-empty = Escriba algunas palabras, por favor.
meeting-error-too-long = Es demasiado largo: 200 caracteres como máximo.
meeting-error-duration = Escriba una duración en minutos, entre 15 y 720.
meeting-error-unknown-report = No encuentro ese aviso en el orden del día de sus barrios. Revise la referencia.
meeting-error-no-invitees = Nadie corresponde a esta elección. Elija otros barrios u otros roles.
meeting-error-started = La reunión ya empezó: ya no es posible.
meeting-error-cancelled = Esta reunión se ha anulado.
meeting-error-not-invited = Usted no está invitada a esta reunión.
meeting-error-when = No entendí la fecha. Escriba por ejemplo 12/03 18:30 o martes 18:30.
meeting-error-no-day = Falta el día. Escriba por ejemplo 12/03 18:30.
meeting-error-no-time = Falta la hora. Escriba por ejemplo 12/03 18:30.
meeting-error-no-such-day = Ese día no existe. Revise el día y el mes.
meeting-error-past = Esa fecha ya pasó. Elija un día que venga.
meeting-error-skipped-time = Esa hora no existe ese día: se adelantan los relojes. Elija otra hora.
meeting-error-agenda-full = El orden del día ya tiene 20 puntos. Toque «Terminado».
meeting-error-children = Escriba cuántos niños, de 1 a 20.
meeting-error-number = Escriba un número.

meeting-invitation = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    ¿Viene? El archivo adjunto añade la reunión a su calendario.
meeting-announcement = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-changed = 🔄 Cambio: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    El archivo adjunto actualiza su calendario.
meeting-cancelled = ❌ Reunión anulada: <b>{ $kind }</b>: { $title } ({ $when }). El archivo adjunto la quita de su calendario.
meeting-reminder = ⏰ Recordatorio: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-minutes = 📝 Acta: <b>{ $title }</b> ({ $when })
    { $text }

meeting-ask-interpreting = ¿Para qué idioma necesita intérprete?
meeting-ask-children = ¿Cuántos niños vienen con usted? Escriba el número.
meeting-rsvp-recorded = Anotado: { $answer }. Puede cambiar su respuesta con /meetings hasta el comienzo.
meeting-none = No tiene ninguna reunión próxima.
meeting-line = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    Su respuesta: { $answer }
meeting-button-open = Abrir
meeting-tally = <b>{ $title }</b>
    ✅ Vienen: { $yes } · 🤔 Quizás: { $maybe } · ❌ No: { $no } · Sin respuesta: { $silent }
    🗣 Intérpretes: { $languages }
    🧒 Niños que cuidar: { $children }
    Han contestado: { $names }
    Presentes — madres: { $mothers } · actores locales y cargos electos: { $actors } · otros: { $others }
meeting-button-attendance = Marcar quién vino
meeting-button-guests = Vinieron sin el bot
meeting-button-minutes = Enviar el acta
meeting-button-decision = Anotar una decisión
meeting-button-move = Cambiar la fecha
meeting-button-cancel = Anular la reunión
meeting-button-cancel-confirm = Sí, anular la reunión
meeting-ask-attendance = Toque el nombre de cada persona presente.
meeting-ask-guests = ¿Cuántas personas vinieron sin el bot? Escriba el número.
meeting-ask-minutes = Escriba el acta, o mande un documento (PDF…) o fotos. Saldrá para todas las invitadas.
meeting-ask-decision = Escriba la decisión. Añada las referencias de los avisos a los que se refiere (BEL-0042): pasarán a «en curso».
meeting-ask-new-time = Escriba el nuevo día y la nueva hora (por ejemplo 12/03 18:30).
meeting-ask-cancel = ¿Anular la reunión? Se avisará a las invitadas.
meeting-cancelled-done = Reunión anulada. Se está avisando a las invitadas.
meeting-minutes-sent = { $count ->
    [one] Acta enviada a 1 persona.
   *[other] Acta enviada a { $count } personas.
}
meeting-decision-recorded = { $reports ->
    [0] Decisión anotada.
    [one] Decisión anotada. 1 aviso pasa a «en curso».
   *[other] Decisión anotada. { $reports } avisos pasan a «en curso».
}
meeting-moved-done = Nueva fecha: <b>{ $when }</b>. Se avisa a las invitadas y los recordatorios siguen.

## Reuniones, más: cambiar el lugar, acta en archivos, recordatorios a elegir

meeting-button-replace = Cambiar el lugar
meeting-ask-new-place = Escriba el nuevo lugar, o mande una ubicación de Telegram (o las dos cosas).
meeting-new-place-noted = Anotado. Todavía puede escribir el lugar o mandar una ubicación. Luego toque «Avisar a las invitadas».
meeting-button-place-send = Avisar a las invitadas
meeting-place-changed-done = Nuevo lugar guardado. Las invitadas que no dijeron que no reciben el aviso, y los recordatorios siguen.
meeting-error-minutes-kind = Mande el acta en texto, en un documento (PDF…) o en fotos.
meeting-minutes-files = { $count ->
    [one] 1 archivo recibido. Mande más, escriba un texto para acompañarlo, o toque «Enviar el acta».
   *[other] { $count } archivos recibidos. Mande más, escriba un texto para acompañarlos, o toque «Enviar el acta».
}
meeting-error-minutes-full = { $max ->
    [one] Como mucho 1 archivo: los demás no se guardan.
   *[other] Como mucho { $max } archivos: los demás no se guardan.
}
meeting-button-minutes-send = Enviar el acta
meeting-review-reminders = ⏰ Recordatorios: toque para añadir o quitar uno (✅ = elegido).
meeting-offset-days = { $n ->
    [one] 1 día antes
   *[other] { $n } días antes
}
meeting-offset-hours = { $n ->
    [one] 1 hora antes
   *[other] { $n } horas antes
}
meeting-offset-minutes = { $n ->
    [one] 1 minuto antes
   *[other] { $n } minutos antes
}
meeting-button-more-days = 📅 Otras fechas
meeting-month-shown = Los días a partir del { $from }. Toque un día, o ‹ › para cambiar de mes. También puede escribir el día y la hora.
