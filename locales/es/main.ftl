# Agenda MMM — español.
# Los argumentos entre { $… } ya están escapados para el HTML de Telegram.

language-name = Español

## Lo que Telegram muestra antes de /start

bot-description = La Agenda MMM para vivir mejor juntos pone a las madres en el centro del diálogo vecinal: avisar de los momentos en que el barrio se tensa, reunirse en pie de igualdad con la policía, la escuela, los trabajadores sociales y los cargos electos, y seguir las soluciones. Por invitación de su ciudad.
bot-short-description = Las madres en el centro del diálogo vecinal.

## Descripciones de los comandos (menú «/» de Telegram)

cmd-start = Empezar o unirse con un código
cmd-help = Lo que puede hacer
cmd-language = Cambiar de idioma
cmd-settings = Sus ajustes
cmd-cancel = Detener lo que está en curso
cmd-privacy = Quién ve qué, sus derechos
cmd-invite = Crear una invitación
cmd-members = Miembros de un barrio
cmd-revoke = Anular una invitación
cmd-newquartier = Crear un barrio
cmd-newcity = Crear una ciudad
cmd-linkgroup = Vincular este grupo a un barrio

## Roles

role-mother = madre
role-relay = madre enlace
role-facilitator = animadora de talleres de madres
role-actor = actor local
role-coordinator = coordinadora
role-elected = cargo electo

## Errores y respuestas generales

error-generic = Vaya, algo ha fallado por nuestra parte. No se ha perdido nada: vuelva a intentarlo en un momento.
error-not-allowed = No tiene permiso para hacer esto.
error-stale-button = Este botón ya no sirve. Vuelva a empezar desde el menú.
error-not-registered = ¡Hola! Para empezar, envíe /start.
error-private-only = Este comando se usa en una conversación privada conmigo.
error-group-only = Este comando se usa en el grupo de Telegram del barrio.
error-unknown-command = No conozco este comando. Envíe /help para ver lo que puede hacer.
error-expected-text = Aquí espero un mensaje escrito.
error-expected-choice = Elija una respuesta con los botones de arriba, o envíe /cancel para parar.
error-empty-text = Este texto está vacío.
error-text-too-long = Es demasiado largo: { $max } caracteres como máximo.
error-bad-characters = Este texto tiene caracteres que no puedo usar.
error-bad-prefix = El prefijo de un barrio se escribe con 2 a 4 letras, por ejemplo BEL.
error-bad-timezone = No conozco esta zona horaria. Ejemplo: Europe/Paris.
error-unknown-language = No conozco este idioma.
error-unknown-role = No conozco este rol.
error-edited = No leo los mensajes editados: mejor envíe un mensaje nuevo.
dialogue-expired = Su conversación anterior quedó sin terminar durante 48 horas: la he borrado. Puede volver a empezar cuando quiera.
cancelled = Anulado. No se ha guardado nada.
nothing-to-cancel = No hay nada en curso.

## Botones

button-continue = ✅ Continuar
button-skip = ⏭ Saltar
button-discreet-on = 🤫 Sí, modo discreto
button-discreet-off = 👁 No, gracias
button-revoke = 🚫 Anular esta invitación
button-end-role = ✖️ Terminar el rol
button-change-role = 🔁 Cambiar el rol
button-toggle-discreet = 🤫 Modo discreto: cambiar
button-change-name = ✏️ Cambiar mi nombre
button-remove-name = 🗑 Borrar mi nombre
button-change-language = 🌐 Cambiar de idioma

## Menú principal (teclado)

menu-help = ❓ Ayuda
menu-settings = ⚙️ Ajustes
menu-language = 🌐 Idioma
menu-privacy = 🔐 Privacidad
menu-invite = ✉️ Invitar
menu-members = 👥 Miembros
menu-new-quartier = 🏘 Nuevo barrio
menu-new-city = 🏙 Nueva ciudad
menu-shown = Aquí tiene el menú.

## Inscripción

onboarding-choose-language = ¡Bienvenida a la <b>Agenda MMM para vivir mejor juntos</b>! Elija su idioma:
onboarding-notice =
    <b>Antes de empezar</b>
    • Sus avisos los lee la coordinadora de su ciudad, y las madres enlace de su barrio solo si usted lo elige. La policía, la escuela, los demás socios y los cargos electos nunca ven su nombre.
    • Guardamos su idioma, su barrio y su rol; su nombre solo si nos lo da.
    • Una conversación que se deja a medias se borra a las 48 horas.
    • Podrá verlo todo y borrarlo todo en cualquier momento.
onboarding-ask-code = Envíe el código de invitación que le han dado (12 letras y números, por ejemplo <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = ¿Cómo quiere que la llamemos? Su nombre es <b>opcional</b>: solo lo verán las personas que leen sus avisos, y solo cuando usted lo elija. Puede saltar este paso.
onboarding-ask-discreet =
    <b>Modo discreto</b>
    Si otra persona puede mirar su teléfono: sus avisos se borran de esta conversación una vez enviados, y mis mensajes no dicen nada de su contenido. ¿Quiere activarlo? Podrá cambiarlo en /settings.
onboarding-welcome = ¡Bienvenida! Se ha unido a <b>{ $place }</b> como <b>{ $role }</b>.
onboarding-welcome-admin = ¡Bienvenida! Usted es operadora de este bot. Empiece creando una ciudad con /newcity.
onboarding-privacy-guide =
    <b>Protéjase en Telegram</b>
    • Oculte su número: Ajustes → Privacidad y seguridad → Número de teléfono → «Nadie».
    • Bloquee Telegram con un código: Ajustes → Privacidad y seguridad → Código de bloqueo.
    • Sus mensajes conmigo solo se ven en esta conversación: bórrela cuando quiera.
onboarding-already-member = Ya está inscrita.
joined-new-role = Hecho: ahora es <b>{ $role }</b> en <b>{ $place }</b>.
joined-already = Ya tiene este rol en <b>{ $place }</b>.
inviter-joined-named = <b>{ $name }</b> se ha unido a { $place } como { $role } gracias a su invitación.
inviter-joined-unnamed = Una nueva persona se ha unido a { $place } como { $role } gracias a su invitación.

## Invitaciones rechazadas

invite-problem-unknown = Este código de invitación no existe. Compruébelo, o pida uno nuevo.
invite-problem-expired = Esta invitación ha caducado. Pida una nueva a la persona que se la dio.
invite-problem-used-up = Esta invitación ya se ha usado todas las veces previstas. Pida una nueva.
invite-problem-revoked = Esta invitación ha sido anulada. Pida una nueva.

## Ayuda

help-intro = <b>Agenda MMM</b> — lo que puede hacer:
help-everyone =
    /language — cambiar de idioma
    /settings — sus ajustes (modo discreto, nombre)
    /privacy — quién ve qué, sus derechos
    /cancel — detener lo que está en curso
help-inviter = /invite — invitar a una madre de su barrio
help-coordinator =
    /invite — invitar a una madre, una madre enlace, una animadora, un actor local o un cargo electo
    /members — ver los miembros de un barrio, cambiar o terminar un rol
    /revoke — anular una invitación
    /newquartier — crear un barrio
    /linkgroup — (en el grupo de Telegram de un barrio) vincular el grupo al barrio
help-admin =
    /newcity — crear una ciudad
    /newquartier — crear un barrio
    /invite — nombrar a una coordinadora
help-not-member = Todavía no es miembro de ningún barrio: envíe /start seguido de su código de invitación.

## Idioma y ajustes

language-choose = Elija su idioma:
language-changed = Entendido: a partir de ahora le hablo en español.
settings-summary =
    <b>Sus ajustes</b>
    Idioma: { $language }
    Nombre: { $name }
    Modo discreto: { $discreet }
settings-name-none = (ninguno)
settings-on = activado
settings-off = desactivado
settings-discreet-changed = Modo discreto: { $state }.
settings-ask-name = Envíe el nombre que quiere usar.
settings-name-saved = Nombre guardado.
settings-name-removed = Nombre borrado.

## Privacidad

privacy-short = Su ciudad mostrará aquí todos los detalles (responsable del tratamiento, plazos de conservación, sus derechos, la CNIL, la autoridad francesa de protección de datos).

## Ciudades y barrios

newcity-ask = Envíe el nombre de la ciudad, seguido de su zona horaria si no es Europe/Paris. Ejemplo: <code>Roubaix</code> o <code>Cayenne America/Cayenne</code>
newcity-created = Ciudad <b>{ $city }</b> creada (zona horaria { $tz }). Nombre a su coordinadora con /invite.
newcity-duplicate = Ya existe una ciudad con este nombre.
newquartier-ask = Envíe el prefijo del barrio (de 2 a 4 letras; ya no se podrá cambiar) y luego su nombre. Ejemplo: <code>BEL Belleville</code>
newquartier-choose-city = ¿En qué ciudad?
newquartier-created = Barrio <b>{ $quartier }</b> ({ $prefix }) creado en { $city }. Invite a sus miembros con /invite.
newquartier-duplicate = El prefijo { $prefix } ya está ocupado en esta ciudad.
no-city-yet = Todavía no hay ninguna ciudad donde pueda hacer esto.

## Invitaciones

invite-choose-role = ¿Para qué rol es esta invitación?
invite-choose-place = ¿Para qué barrio o qué ciudad?
invite-nothing-to-grant = Por ahora no puede invitar a nadie.
invite-created =
    <b>Invitación: { $role }</b> — { $place }
    Código: <code>{ $code }</code>
    Enlace: { $link }
    Válida hasta el { $until }, { $uses ->
        [one] para una persona.
       *[other] para { $uses } personas.
    }
invite-qr-caption = Escanee este código para unirse a la Agenda MMM — { $place }. O envíe /start { $code } al bot.
invite-revoked = La invitación <code>{ $code }</code> está anulada: ya no se puede usar.
invite-already-revoked = Esta invitación ya estaba anulada.
invite-list = Sus invitaciones todavía válidas:
invite-list-entry = <code>{ $code }</code> — { $role }, { $place } ({ $used }/{ $max })
invite-list-empty = No tiene ninguna invitación en curso.

## Miembros

members-choose-quartier = ¿Los miembros de qué barrio?
members-header =
    <b>{ $place }</b> — { $count ->
        [0] ningún miembro
        [one] un miembro
       *[other] { $count } miembros
    }
members-entry = { $n }. { $name } — { $role }
members-unnamed = Miembro n.º { $id }
members-choose-new-role = ¿Nuevo rol para { $name }?
members-role-ended = El rol «{ $role }» de { $name } ha terminado.
members-role-changed = { $name } es ahora { $role }.
members-role-already-ended = Este rol ya había terminado.
member-notice-ended = Su rol de { $role } en { $place } ha terminado. ¡Gracias por su compromiso!
member-notice-changed = Su rol en { $place } es ahora: { $role }.

## Grupos de Telegram de los barrios

linkgroup-usage = En el grupo de Telegram del barrio, envíe /linkgroup seguido del prefijo del barrio, por ejemplo <code>/linkgroup BEL</code>.
linkgroup-done = Este grupo está ahora vinculado al barrio <b>{ $quartier }</b>. Aquí se podrán publicar los anuncios del barrio; los avisos, nunca.
linkgroup-unknown-prefix = Ningún barrio de sus ciudades tiene el prefijo { $prefix }.

## Avisos: comandos, menú, ayuda

cmd-report = Avisar de un momento de tensión en el barrio
cmd-myreports = Sus avisos
menu-report = 📝 Avisar
menu-myreports = 📋 Mis avisos
help-reporter =
    /report — avisar de un momento o un lugar en que el barrio se tensa
    /myreports — sus avisos y en qué punto están

## Avisos: peligro

report-danger =
    <b>En caso de peligro, llame:</b>
    📞 <b>17</b> policía · <b>112</b> emergencias
    ✉️ <b>114</b> por SMS si no puede hablar
    🧒 <b>119</b> un niño o una niña en peligro
    🟣 <b>3919</b> violencia contra las mujeres
    Este bot no es un servicio de emergencias.
button-danger-now = 🆘 Alguien está en peligro ahora mismo
report-danger-alerted = Llame a estos números enseguida: atienden de día y de noche. También he avisado a la coordinadora de su ciudad.
alert-danger = 🆘 Una persona de { $quartier } ha pulsado «alguien está en peligro ahora mismo». Ha recibido los números de emergencia.
report-not-member = Para avisar, tiene que ser miembro de un barrio. Pida una invitación a su coordinadora.

## Avisos: los pasos

report-choose-quartier = ¿En qué barrio?
report-choose-category = ¿De qué se trata?
category-neighbours = 🏘 Tensiones entre vecinos
category-school-run = 🏫 Salidas del colegio y trayectos
category-harassment = 🗣 Acoso o insultos en la calle
category-youth-conflict = 👊 Peleas o conflictos entre jóvenes
category-insecurity = ⚠️ Tráfico de drogas, sensación de inseguridad
category-incivility = 🗑 Incivismo (ruido, basura, destrozos)
category-public-space = 💡 Espacio público (alumbrado, equipamiento roto)
category-vulnerable-person = 🧓 Persona vulnerable aislada
category-discrimination = ✋ Discriminación
category-other = ❔ Otra cosa
report-ask-when = ¿Cuándo pasa?
button-when-now = ⏱ Ahora
button-when-earlier = 🕘 Hoy, más temprano
button-when-regularly = 🔁 Pasa a menudo
report-ask-slot = ¿En qué momento del día?
slot-early-morning = 🌅 Temprano por la mañana (6:00–9:00)
slot-morning = ☀️ Por la mañana (9:00–12:00)
slot-midday = 🍽 Mediodía (12:00–14:00)
slot-afternoon = 🌤 Por la tarde (14:00–16:00)
slot-school-exit = 🎒 Salida del colegio (16:00–18:00)
slot-evening = 🌆 Al final de la tarde (18:00–21:00)
slot-night = 🌙 Por la noche (21:00–6:00)
report-ask-weekdays = ¿Qué días? Toque los días y luego «Confirmar».
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo
button-done = ✅ Confirmar
report-ask-place = ¿Dónde? Escriba el lugar (una calle, una parada de autobús, la entrada de un colegio…) o comparta una ubicación con 📎. Puede saltar este paso.
report-ask-content = Cuente lo que pasa: <b>describa el lugar y el momento, no a las personas</b> — ni nombres ni caras. Escriba, envíe un mensaje de voz 🎤 o una foto. Puede saltar este paso.
report-photo-added = Foto añadida. Envíe otra, o continúe.
report-ask-audience = ¿Quién puede leer su aviso?
button-audience-coordinator = 🔒 Solo la coordinadora
button-audience-relays = 👥 La coordinadora y las madres enlace de mi barrio
report-ask-identity = ¿Se puede mostrar su nombre a quienes lean su aviso?
button-named = 🙋 Sí, con mi nombre
button-anonymous = 🕶 No, anónima
report-anonymous-warning = ⚠️ Usted sigue siendo anónima: nadie verá su nombre en el bot. Pero una voz, una foto o una ubicación exacta pueden permitir que la reconozcan. ¿Qué quiere hacer?
button-keep-media = Los dejo
button-drop-media = 🗑 Quitarlos

## Avisos: resumen y envío

report-summary =
    <b>Su aviso</b>
    Barrio: { $quartier }
    Tema: { $category }
    Cuándo: { $when }
    Dónde: { $place }
    Qué: { $content }
    Lo leen: { $audience }
    Nombre: { $identity }
report-when-now = ahora
report-when-earlier = hoy — { $slot }
report-when-regularly = a menudo — { $days } — { $slot }
report-place-none = (sin precisar)
report-place-location = una ubicación compartida
report-content-none = (nada)
report-content-voice = un mensaje de voz
report-content-photos =
    { $count ->
        [one] una foto
       *[other] { $count } fotos
    }
report-audience-coordinator = solo la coordinadora
report-audience-relays = la coordinadora y las madres enlace
report-identity-named = se muestra
report-identity-anonymous = no se muestra (anónimo)
button-confirm = ✅ Enviar
button-change = ✏️ Cambiar
button-cancel-report = ✖️ Anular
report-change-which = ¿Qué quiere cambiar?
step-category = El tema
step-when = Cuándo
step-place = Dónde
step-content = Qué
step-audience = Quién puede leer
step-identity = El nombre
report-saved = Gracias. Su aviso <b>{ $reference }</b> está guardado. Le avisaremos en cada paso; puede volver a verlo con /myreports.
report-cancelled = Aviso anulado: no se ha guardado nada.
report-expected-place = Espero un lugar escrito o una ubicación compartida (📎 → Ubicación), o «Saltar».
report-expected-content = Espero un texto, un mensaje de voz o una foto, o «Saltar».

## Mis avisos

myreports-none = Todavía no ha enviado ningún aviso. Para enviar uno: /report
myreports-header = <b>Sus avisos</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 recibido
status-acknowledged = 👀 tenido en cuenta
status-on-agenda = 📅 en el orden del día
status-in-progress = 🔧 en curso
status-resolved = ✅ resuelto
status-duplicate = 🔁 ya avisado
status-rejected = ✖️ no aceptado
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## Clasificación de los avisos

cmd-reports = Leer y clasificar los avisos
menu-reports = 🗂 Avisos del barrio
help-triage = /reports — leer y clasificar los avisos de su barrio
triage-choose-quartier = ¿Los avisos de qué barrio?
triage-list-header =
    <b>{ $place }</b> — { $filter }: { $count ->
        [0] ningún aviso
        [one] un aviso
       *[other] { $count } avisos
    }
triage-filter-open = abiertos
triage-filter-closed = cerrados
triage-list-button = { $reference } · { $status } · { $category }
button-show-open = 📂 Abiertos
button-show-closed = 🗄 Cerrados
button-previous = ◀️ Anteriores
button-next = Siguientes ▶️
triage-detail =
    <b>{ $reference }</b> — { $status }
    Tema: { $category }
    Cuándo: { $when }
    Dónde: { $place }
    Qué: { $content }
    Lo leen: { $audience }
    De: { $reporter }
triage-when-cell = { $days } — { $slot }
triage-location = una ubicación ({ $lat }, { $lon })
triage-reporter-anonymous = anónima
triage-reporter-unnamed = una integrante sin nombre
triage-set-status = → { $status }
triage-ask-reason = ¿Por qué no se acepta este aviso? El motivo se guarda en el historial.
triage-ask-duplicate = ¿Qué aviso repite este? Envíe su referencia, por ejemplo <code>BEL-0012</code>.
triage-duplicate-unknown = No encuentro ese aviso en este barrio. Compruebe la referencia.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = Novedades sobre su aviso <b>{ $reference }</b>: { $status }.
report-news-discreet = Hay novedades sobre uno de sus avisos: abra /myreports.

## Alertas y límites

settings-alerts = Avisos nuevos: { $alerts }
alerts-immediate = 🔔 avisada enseguida
alerts-daily = 🗓 un resumen al día
alerts-off = 🔕 sin alertas
button-alerts = 🔔 Alertas: cambiar
alert-new-report = 🆕 Nuevo aviso <b>{ $reference }</b> en { $quartier }: { $category }. Abra /reports.
alert-roundup =
    { $count ->
        [one] 🗓 Un aviso nuevo hoy. Abra /reports.
       *[other] 🗓 { $count } avisos nuevos hoy. Abra /reports.
    }
report-limit = Ya ha enviado { $max } avisos en 24 horas: ¡gracias! Puede seguir mañana. Si es urgente, llame al 17 o al 112.
error-slow-down = Con calma 🙂: me está escribiendo muy rápido. He recibido bien sus mensajes anteriores; espere un momento antes de enviar el siguiente.

## Seguimiento de un aviso

button-redact = ✏️ Corregir el texto
button-drop-photos = 🗑 Quitar las fotos
button-validate = ✅ Texto para los socios
button-safeguarding = 🛡 Protección (fuera de los resúmenes)
button-ask = ❓ Hacer una pregunta
triage-ask-redacted = Envíe el texto corregido, sin nombres ni detalles que permitan reconocer a alguien. Sustituirá al texto original.
triage-redacted = Texto corregido. Queda anotado en el historial.
triage-photos-dropped = Fotos quitadas. Queda anotado en el historial.
triage-ask-partner-text = Envíe el texto que podrán leer la policía, la escuela, los demás socios y los cargos electos: el lugar, el momento y el problema, sin ninguna identidad.
triage-validated = Texto validado para los socios.
triage-safeguarding-on = 🛡 Protección activada: este aviso no aparecerá en ningún resumen.
triage-safeguarding-off = Protección retirada.
triage-ask-question = Envíe su pregunta. Se transmitirá sin su nombre, y la respuesta le llegará sin el nombre de ella.
triage-question-sent = Pregunta enviada.
triage-reporter-gone = Ya no se puede contactar con la persona que envió este aviso.
triage-ask-resolution = ¿Qué se ha hecho? Su mensaje se le enviará a ella («usted nos lo dijo, esto es lo que se ha hecho»). Puede saltar este paso.
report-resolved = ✅ Su aviso <b>{ $reference }</b> está resuelto. Lo que se ha hecho: { $done }
question-asked = ❓ Tiene una pregunta pendiente sobre su aviso <b>{ $reference }</b>: abra /myreports para leerla y responder.
myreports-question = ❓ <b>{ $reference }</b>: «{ $question }»
button-answer = ✍️ Responder
answer-ask = Escriba su respuesta. Se transmitirá sin su nombre.
answer-thanks = Gracias, su respuesta se ha transmitido.
answer-received = ✍️ Respuesta sobre <b>{ $reference }</b>: «{ $answer }»
partners-header = <b>{ $place }</b> — avisos validados para los socios
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = Todavía no hay ningún aviso validado.

## Modo discreto

report-discreet-offer = 🤫 ¿Otra persona puede mirar su teléfono? El modo discreto borra este aviso de la conversación una vez enviado, y mis mensajes no dirán nada de su contenido.
report-discreet-receipt = ✔️ Recibido, gracias. Encuentre sus avisos con /myreports.

## Filter by topic

button-by-category = 🔎 Por tema
button-all-categories = Todos los temas
triage-choose-category = ¿Qué tema?
triage-list-category = Tema: { $category }

## Quitar una foto

triage-which-photo = ¿Qué foto quiere quitar? (en el orden en que se acaban de enviar)
button-drop-photo = 🗑 Foto { $n }
