# Agenda MMM — español.
# Los argumentos entre { $… } ya están escapados para el HTML de Telegram.

language-name = Español

## Lo que Telegram muestra antes de /start

bot-description = La Agenda MMM para vivir mejor juntos pone a las madres en el centro del diálogo vecinal. Avise de lo que va mal en el barrio. Reúnase de igual a igual con la policía, la escuela, los trabajadores sociales y los cargos electos. Siga las soluciones. Por invitación de su ciudad.
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
role-relay-plural = madres enlace
role-facilitator-plural = animadoras

## Errores y respuestas generales

error-generic = Vaya, algo ha fallado por nuestra parte. No se ha perdido nada: vuelva a intentarlo en un momento.
error-not-allowed = No tiene permiso para hacer esto.
error-stale-button = Este botón ya no sirve. Vuelva a empezar desde el menú.
error-not-registered = ¡Hola! Para empezar, envíe /start.
error-private-only = Este comando solo funciona en una conversación privada conmigo.
error-group-only = Este comando solo funciona en el grupo de Telegram del barrio.
error-unknown-command = No conozco este comando. Envíe /help para ver lo que puede hacer.
error-expected-text = Aquí espero un mensaje escrito.
error-expected-choice = Elija una respuesta con los botones de arriba, o envíe /cancel para parar.
error-empty-text = Este texto está vacío.
error-text-too-long = Es demasiado largo: { $max ->
        [one] { $max } carácter como máximo.
       *[other] { $max } caracteres como máximo.
    }
error-bad-characters = Este texto tiene caracteres que no puedo usar.
error-bad-prefix = El prefijo de un barrio se escribe con 2 a 4 letras, por ejemplo BEL.
error-bad-timezone = No conozco esta zona horaria. Ejemplo: Europe/Paris.
error-unknown-language = No conozco este idioma.
error-unknown-role = No conozco este rol.
error-edited = No leo los mensajes editados: mejor envíe un mensaje nuevo.
error-not-allowed-instead = Esto es lo que puede hacer: { $commands }
dialogue-expired = Su conversación anterior quedó sin terminar durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }: la he borrado. Puede volver a empezar cuando quiera.
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
    • Sus avisos los lee la coordinadora de su ciudad.
    • Las madres enlace y las animadoras de su barrio también los leen, solo si usted lo elige.
    • La policía, la escuela, las demás entidades colaboradoras y los cargos electos nunca ven su nombre.
    • Guardamos su idioma, su barrio y su rol; su nombre solo si nos lo da.
    • Una conversación sin terminar se borra después de { $hours ->
        [one] { $hours } hora.
       *[other] { $hours } horas.
    }
    • Podrá verlo todo y borrarlo todo en cualquier momento.
onboarding-ask-code = Envíe el código de invitación que le han dado (12 letras y números, por ejemplo <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = ¿Cómo quiere que la llamemos? Su nombre <b>no es obligatorio</b>. Solo lo verán las personas que leen sus avisos, y solo si usted lo elige. Puede saltar este paso.
onboarding-ask-discreet =
    <b>Modo discreto</b>
    Sirve si otra persona puede mirar su teléfono. Sus avisos se borran de esta conversación una vez enviados. Mis mensajes no dicen nada de su contenido. ¿Quiere activarlo? Podrá cambiarlo en /settings.
onboarding-welcome = ¡Bienvenida! Se ha unido a <b>{ $place }</b> como <b>{ $role }</b>.
onboarding-welcome-admin = ¡Bienvenida! Usted hace funcionar este bot (es su operadora). Empiece creando una ciudad con /newcity.
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
    /mydata — ver y descargar sus datos
    /forget — borrar su cuenta y sus datos
    /cancel — detener lo que está en curso
help-inviter = /invite — invitar a una madre de su barrio
help-coordinator =
    /invite — invitar a una madre, una madre enlace, una animadora, un actor local o un cargo electo
    /members — ver los miembros de un barrio, cambiar o terminar un rol
    /revoke — anular una invitación
    /newquartier — crear un barrio
    /linkgroup — vincular el grupo de Telegram de un barrio al barrio (envíelo en el grupo)
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


## Ciudades y barrios

newcity-ask = Envíe el nombre de la ciudad, seguido de su zona horaria si no es { $tz }. Ejemplo: <code>Roubaix</code> o <code>Cayenne America/Cayenne</code>
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
linkgroup-done = Este grupo está ahora vinculado al barrio <b>{ $quartier }</b>. Aquí se podrán publicar los anuncios del barrio. Los avisos, nunca.
linkgroup-unknown-prefix = Ningún barrio de sus ciudades tiene el prefijo { $prefix }.

## Avisos: comandos, menú, ayuda

cmd-report = Avisar de algo que va mal en el barrio
cmd-myreports = Sus avisos
menu-report = 📝 Avisar
menu-myreports = 📋 Mis avisos
help-reporter =
    /report — avisar de algo que va mal en el barrio
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
report-danger-alerted = Llame a estos números enseguida: atienden de día y de noche. También he informado a la coordinadora de su ciudad. Pero ella no es un servicio de emergencias. Si alguien está en peligro, llame al 17 o al 112.
report-danger-no-coordinator = Llame a estos números enseguida: atienden de día y de noche. No he informado a nadie: su ciudad todavía no tiene coordinadora. Si alguien está en peligro, llame al 17 o al 112.
alert-danger = 🆘 Una persona de { $quartier } ha pulsado «alguien está en peligro ahora mismo». Ha recibido los números de emergencia.
alert-danger-city = 🆘 Una persona de la ciudad de { $city } ha pulsado «alguien está en peligro ahora mismo». Ha recibido los números de emergencia.
report-not-member = Para avisar, tiene que ser miembro de un barrio. Pida una invitación a su coordinadora.

## Avisos: los pasos

report-choose-quartier = ¿En qué barrio?
report-choose-category = ¿De qué se trata?
category-neighbours = 🏘 Tensiones entre vecinos
category-school-run = 🏫 Salidas de la escuela y trayectos
category-harassment = 🗣 Acoso o insultos en la calle
category-youth-conflict = 👊 Peleas o conflictos entre jóvenes
category-insecurity = ⚠️ Tráfico de drogas, inseguridad
category-incivility = 🗑 Ruido, basura, destrozos
category-public-space = 💡 Calles y lugares públicos (alumbrado, equipamiento roto)
category-vulnerable-person = 🧓 Persona frágil y sola
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
slot-school-exit = 🎒 Salida de la escuela (16:00–18:00)
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
report-ask-place = ¿Dónde? Escriba el lugar (una calle, una parada de autobús, la entrada de una escuela…) o comparta una ubicación con 📎. Puede saltar este paso.
report-ask-content = Cuente lo que pasa: <b>describa el lugar y el momento, no a las personas</b> — ni nombres ni caras. Escriba, envíe un mensaje de voz 🎤 o una foto. Puede saltar este paso.
report-photos-added =
    { $count ->
        [one] Foto añadida.
       *[other] { $count } fotos añadidas.
    } Envíe más, o continúe.
report-photo-cap-reached = Es el máximo: un aviso guarda { $max ->
        [one] { $max } foto
       *[other] { $max } fotos
    } como mucho. Continúe cuando quiera.
report-photos-not-taken =
    { $count ->
        [one] Una foto no se ha añadido
       *[other] { $count } fotos no se han añadido
    }: un aviso guarda { $max ->
        [one] { $max } foto
       *[other] { $max } fotos
    } como mucho.
report-ask-audience = ¿Quién puede leer su aviso?
button-audience-coordinator = 🔒 Solo la coordinadora
button-audience-relays = 👥 La coordinadora, las madres enlace y las animadoras de mi barrio
report-ask-identity = ¿Se puede mostrar su nombre a quienes lean su aviso?
button-named = 🙋 Sí, con mi nombre
button-anonymous = 🕶 No, anónima
report-anonymous-warning = ⚠️ Usted sigue siendo anónima: nadie verá su nombre en el bot. Pero su voz, una foto o una ubicación exacta pueden hacer que la reconozcan. ¿Qué quiere hacer?
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
report-audience-relays = la coordinadora, las madres enlace y las animadoras del barrio
report-identity-named = sí, con mi nombre
report-identity-anonymous = no, anónima
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
report-saved = Gracias. Su aviso <b>{ $reference }</b> está guardado. Le informaremos de cada paso; puede volver a verlo con /myreports.
report-cancelled = Aviso anulado: no se ha guardado nada.
report-expected-place = Espero un lugar escrito o una ubicación compartida (📎 → Ubicación), o «Saltar».
report-expected-content = Espero un texto, un mensaje de voz o una foto, o «Saltar».

## Mis avisos

myreports-none = Todavía no ha enviado ningún aviso. Para enviar uno: /report
myreports-header = <b>Sus avisos</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 recibido
status-acknowledged = 👀 tenido en cuenta
status-on-agenda = 📅 previsto para una reunión
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
triage-list-button = { $reference } · { $date } · { $kind } · { $status } · { $category }
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
triage-when-cell = { $kind } — { $days } — { $slot } (aviso del { $date })
triage-location = una ubicación ({ $lat }, { $lon })
triage-reporter-anonymous = anónima
triage-reporter-unnamed = una persona inscrita sin nombre
triage-set-status = → { $status }
triage-ask-reason = ¿Por qué no se acepta este aviso? El motivo se guarda en el historial.
triage-ask-duplicate = ¿Qué aviso repite este? Envíe su referencia, por ejemplo <code>BEL-0012</code>.
triage-duplicate-unknown = No encuentro ese aviso en este barrio. Compruebe la referencia.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = Novedades sobre su aviso <b>{ $reference }</b>: { $status }.
report-news-discreet = Hay novedades sobre uno de sus avisos: abra /myreports.
triage-kind-once = una vez
triage-kind-regularly = a menudo

## Alertas y límites

settings-alerts = Avisos nuevos: { $alerts }
alerts-immediate = 🔔 al momento
alerts-daily = 🗓 un resumen al día
alerts-off = 🔕 sin alertas
button-alerts = 🔔 Alertas: cambiar
alert-new-report = 🆕 Nuevo aviso <b>{ $reference }</b> en { $quartier }: { $category }. Abra /reports.
alert-roundup =
    { $count ->
        [one] 🗓 Un aviso nuevo hoy. Abra /reports.
       *[other] 🗓 { $count } avisos nuevos hoy. Abra /reports.
    }
report-limit = Ya ha enviado { $max ->
        [one] { $max } aviso
       *[other] { $max } avisos
    } en 24 horas: ¡gracias! Puede seguir mañana. Si es urgente, llame al 17 o al 112.
error-slow-down = Con calma 🙂: me está escribiendo muy rápido. No he tenido en cuenta { $what }, ni lo que envió justo después en el mismo segundo. Vuelva a enviarlo dentro de un momento.
error-slow-down-button = Con calma 🙂: no se ha tenido en cuenta este botón. Vuelva a pulsarlo dentro de un momento.
flood-what-message = este mensaje
flood-what-photo = esta foto
flood-what-voice = este mensaje de voz
flood-what-location = esta ubicación

## Seguimiento de un aviso

button-redact = ✏️ Corregir el texto
button-drop-photos = 🗑 Quitar las fotos
button-validate = ✅ Texto para las entidades colaboradoras
button-safeguarding = 🛡 Proteger (fuera de los resúmenes)
button-ask = ❓ Hacer una pregunta
triage-ask-redacted = Envíe el texto corregido, sin nombres ni detalles que permitan reconocer a alguien. Sustituirá al texto original.
triage-redacted = Texto corregido. Queda anotado en el historial.
triage-photos-dropped = Fotos quitadas. Queda anotado en el historial.
triage-ask-partner-text = Envíe el texto que podrán leer la policía, la escuela, las demás entidades colaboradoras y los cargos electos. Diga el lugar, el momento y el problema, sin ninguna identidad.
triage-validated = Texto validado para las entidades colaboradoras.
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
partners-header = <b>{ $place }</b> — avisos validados para las entidades colaboradoras
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = Todavía no hay ningún aviso validado.

## Modo discreto

report-discreet-offer = 🤫 ¿Otra persona puede mirar su teléfono? El modo discreto borra este aviso de la conversación una vez enviado. Mis mensajes no dirán nada de su contenido.
report-discreet-accepted = 🤫 Modo discreto activado: este aviso se borrará de la conversación una vez enviado. Puede cambiarlo en /settings.
report-discreet-declined = De acuerdo, no se lo volveré a proponer. Puede activar el modo discreto en cualquier momento en /settings.
report-discreet-receipt = ✔️ Recibido, gracias. Encuentre sus avisos con /myreports.

## Filter by topic

button-by-category = 🔎 Por tema
button-all-categories = Todos los temas
triage-choose-category = ¿Qué tema?
triage-list-category = Tema: { $category }

## Quitar una foto

triage-which-photo = ¿Qué foto quiere quitar? (en el orden de envío)
button-drop-photo = 🗑 Foto { $n }

## Privacidad: /privacy, /mydata, /forget

cmd-mydata = Ver y descargar sus datos
cmd-forget = Borrar su cuenta y sus datos
privacy-controller =
    <b>{ $city }</b> — quién responde de sus datos (el «responsable del tratamiento»): { $controller } ({ $kind }), { $address }.
    A quién escribir sobre sus datos: { $contact }
privacy-not-named = todavía sin indicar (pregunte a su coordinadora)
privacy-controller-unknown = El ayuntamiento o la asociación que anima la Agenda en su ciudad responde de sus datos (se le llama el «responsable del tratamiento»). Su nombre aparecerá aquí en cuanto usted se una a un barrio.
privacy-kind-town-hall = ayuntamiento
privacy-kind-association = asociación
privacy-short = <b>Sus derechos</b>: /mydata para ver y descargar todo lo que guardamos sobre usted, /forget para borrarlo todo, /settings para corregir su nombre o su idioma. También puede reclamar ante la CNIL: el organismo público francés que protege los datos personales.
button-privacy-details = 📄 Todos los detalles
privacy-details-collected =
    <b>Qué guardamos y por qué</b>
    • Su cuenta de Telegram (su número interno, no su número de teléfono), su idioma y sus ajustes: para escribirle en su idioma.
    • Su barrio y su rol: para saber lo que puede ver y hacer.
    • Su nombre, solo si nos lo da; puede quitarlo en /settings.
    • Sus avisos: el momento (día, franja horaria), el lugar, lo que usted describe, sus mensajes de voz y sus fotos.
    • Se envían con su nombre o anónimos, como usted elija.
    • Sirven a las personas que se ocupan de ellos, para actuar.
    • Los mensajes que el bot le envía, para entregárselos. Su contenido se borra después (vea los plazos más abajo).
    Nunca le preguntamos su religión, su origen ni su nacionalidad, y ninguna cifra se calcula por idioma.
privacy-basis = <b>Lo que nos permite usar sus datos en { $city }</b> (la «base legal»): { $basis }
privacy-basis-public-task = es una misión de servicio público del ayuntamiento (RGPD, art. 6.1.e). Para su nombre, un aviso con su nombre o una ubicación exacta: su acuerdo (art. 6.1.a).
privacy-basis-legitimate-interest = la asociación tiene un interés legítimo: animar el diálogo vecinal (RGPD, art. 6.1.f). Para su nombre, un aviso con su nombre o una ubicación exacta: su acuerdo (art. 6.1.a).
privacy-basis-unknown = <b>Lo que nos permite usar sus datos</b> (la «base legal»): una misión de servicio público del ayuntamiento, o el interés legítimo de la asociación, según quién anime la Agenda en su ciudad. Para lo que no está obligada a dar: su acuerdo.
privacy-details-who-sees =
    <b>Quién ve qué</b>
    • Un aviso lo lee la coordinadora de la ciudad.
    • Las madres enlace y las animadoras de su barrio también lo leen, solo si usted lo ha elegido.
    • La policía, la escuela, las demás entidades colaboradoras y los cargos electos solo leen un texto revisado y validado, sin su nombre.
    • Nunca leen un aviso puesto bajo protección.
    • Su nombre solo se muestra si usted respondió «Sí, con mi nombre».
    • Anónima quiere decir: nadie ve su nombre en el bot, y una ubicación compartida se muestra redondeada a unos 150 m.
    • La operadora técnica no lee ningún aviso en el bot. Hace funcionar la máquina y ve la lista de miembros.
    • Escribe esta información a petición del ayuntamiento o de la asociación que responde de sus datos.
privacy-retention-city = En <b>{ $city }</b>, el contenido de un aviso (texto, voz, fotos, lugar) se borra { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después de cerrarse.
privacy-details-retention =
    <b>Durante cuánto tiempo</b>
    • Una conversación sin terminar: { $hours ->
        [one] { $hours } hora.
       *[other] { $hours } horas.
    }
    • El contenido de los mensajes que envía el bot: { $outbox ->
        [one] { $outbox } día
       *[other] { $outbox } días
    } después del envío.
    • El contenido de un aviso: { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después de cerrarse, salvo que su ciudad elija otro plazo.
    • Un aviso que sigue abierto: 24 meses como máximo.
    • Después solo queda el seguimiento: barrio, tema, franja horaria, estado.
    • También quedan el texto revisado sin nombres para las entidades colaboradoras y las notas de las coordinadoras.
    • El vínculo entre un aviso anónimo y usted: 30 días después de cerrarse.
    • El registro de quién abrió un aviso con su nombre: { $log ->
        [one] { $log } mes.
       *[other] { $log } meses.
    }
    • Su cuenta: si no escribe durante { $warning ->
        [one] { $warning } mes
       *[other] { $warning } meses
    }, se lo decimos.
    • Después de { $erasure ->
        [one] { $erasure } mes
       *[other] { $erasure } meses
    } sin mensajes, su cuenta se borra como con /forget.
privacy-details-rights =
    <b>Sus derechos</b>
    • Ver y llevarse sus datos: /mydata. Corregirlos: /settings. Borrarlo todo: /forget.
    • Negarse a un uso de sus datos, o pedir que se limite: escriba al contacto para los datos de su ciudad.
    • Reclamar ante la CNIL, el organismo público francés que protege los datos personales.
    • Para escribir a la CNIL: www.cnil.fr/plaintes, o CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, Francia.
privacy-details-telegram =
    <b>Telegram</b>
    Sus mensajes pasan por Telegram, una empresa establecida fuera de la Unión Europea. Telegram los ve, como cualquier otro mensaje.
    Por eso mis mensajes sobre sus avisos dicen lo mínimo, el modo discreto borra sus avisos de la conversación, y nuestros registros nunca guardan el texto de sus mensajes ni su nombre.
privacy-nothing-held = No está inscrita: no tenemos ninguna cuenta a su nombre, solo el estado de esta conversación, que se borra al cabo de una semana. Para unirse a un barrio, envíe /start.
mydata-summary =
    <b>Lo que guardamos sobre usted</b>
    • Nombre: { $name }
    • Inscrita desde el { $since }
    • { $roles ->
        [one] 1 rol
       *[other] { $roles } roles
    }
    • { $reports ->
        [0] ningún aviso
        [one] 1 aviso, con su historial
       *[other] { $reports } avisos, con su historial
    }
    • { $questions ->
        [0] ninguna pregunta sobre sus avisos
        [one] 1 pregunta sobre sus avisos
       *[other] { $questions } preguntas sobre sus avisos
    }
    • { $messages ->
        [0] ningún mensaje del bot
        [one] 1 mensaje del bot, enviado o pendiente
       *[other] { $messages } mensajes del bot, enviados o pendientes
    } (su contenido se borra después del envío, vea /privacy)
    Todo está en el archivo de abajo (JSON, legible por un ordenador).
mydata-discreet = ⚠️ Modo discreto: este archivo se queda en esta conversación. Guárdelo donde quiera y luego bórrelo de aquí.
mydata-caption = Sus datos en la Agenda MMM
forget-confirm =
    <b>¿Borrarlo todo?</b>
    Borraremos su cuenta, su nombre, sus ajustes, sus roles y los mensajes pendientes para usted.
    En sus avisos, borraremos el texto, los mensajes de voz, las fotos, los lugares, las preguntas y sus respuestas. Solo quedarán como cifras anónimas (barrio, tema, franja horaria, estado). Así el barrio conserva la huella de lo que pasa en él.
    Atención: 30 días después de cerrarse, un aviso anónimo ya no está vinculado a usted. Entonces /forget ya no puede encontrarlo ni borrarlo. Su contenido (texto, voz, fotos, lugar) se borra más tarde, como el de todos los avisos: { $retention }.
    No se puede deshacer. Para volver más adelante, necesitará una nueva invitación.
forget-retention-city = en { $city }, { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después de cerrarse
forget-retention-default = { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después de cerrarse
button-forget-yes = 🗑 Sí, borrarlo todo
button-forget-no = No, conservar mi cuenta
forget-kept = No se ha borrado nada.
forget-done =
    Hecho: su cuenta y sus datos se han borrado.
    { $reports ->
        [0] No tenía ningún aviso.
        [one] Su aviso queda solo como cifra anónima (barrio, tema, franja horaria, estado).
       *[other] Sus { $reports } avisos quedan solo como cifras anónimas (barrio, tema, franja horaria, estado).
    }
    Los mensajes que ya recibió siguen en esta conversación: puede borrarla en Telegram. Para volver, envíe /start con una nueva invitación.
inactive-warning = Hace mucho tiempo que no escribe a la Agenda MMM. Si no recibimos ningún mensaje suyo en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, su cuenta se borrará (sus avisos quedarán como cifras anónimas). Para conservarla, basta con enviar un mensaje, por ejemplo /help.
button-privacy-city = 🔐 Privacidad: { $city }
privacy-settings =
    <b>Privacidad — { $city }</b>
    • Responsable del tratamiento (quien responde de los datos): { $controller } ({ $kind })
    • Dirección: { $address }
    • Contacto para los datos: { $contact }
    • Contenido de los avisos: { $retention }
    Cada miembro ve esta información en /privacy.
privacy-retention-months = se borra { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después del cierre
privacy-retention-default = se borra { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después del cierre (ajuste por defecto)
button-privacy-controller = ✏️ Quién responde de los datos
button-privacy-address = ✏️ Dirección
button-privacy-contact = ✏️ Contacto para los datos
button-privacy-kind = 🔁 Ayuntamiento / asociación
button-privacy-retention = 🔁 Plazo de conservación
privacy-ask-controller = Envíe el nombre de quien responde de los datos (el «responsable del tratamiento»), como aparece en sus cartas. Por ejemplo «Mairie de Roubaix» o «Association des mères du Nord».
privacy-ask-address = Envíe su dirección postal.
privacy-ask-contact = Envíe el contacto de protección de datos: la dirección de correo electrónico o postal del delegado de protección de datos.
privacy-saved = Guardado.

## Privacidad y permisos: lo que aún no se ha elegido, lo que ya no se puede hacer

privacy-controller-not-named =
    <b>{ $city }</b> — quién responde de sus datos (el «responsable del tratamiento»): todavía sin designar. La coordinadora de la ciudad tiene que indicarlo (el ayuntamiento o una asociación). Mientras tanto, haga sus preguntas a su coordinadora.
privacy-basis-not-named = <b>Lo que nos permite usar sus datos en { $city }</b> (la «base legal»): depende de quién responde de sus datos (el «responsable del tratamiento»), todavía sin designar.
privacy-settings-not-named = ⚠️ Todavía no hay nadie designado para responder de los datos (el «responsable del tratamiento»). Por eso los miembros leen en /privacy que no está designado, y nada sobre lo que nos permite usar sus datos. Indique su nombre y luego diga si es el ayuntamiento o una asociación.
settings-privacy-reminder = ⚠️ <b>{ $city }</b>: todavía no hay nadie designado para responder de los datos (el «responsable del tratamiento»). Indíquelo con el botón «Privacidad» de abajo.
triage-content-erased = El contenido de este aviso ha sido borrado: ya no queda texto que corregir ni que transmitir a las entidades colaboradoras.
invite-problem-withdrawn = Esta invitación ya no es válida: la persona que la creó ya no puede invitar. Pida una nueva.
invite-problem-role-ended = Su rol aquí ha terminado: una invitación antigua no lo restablece. Pida una nueva invitación a su coordinadora.
error-private-button = Este botón se usa en una conversación privada conmigo.

## Quartier groups: the bot keeps the door of each quartier's Telegram group
menu-join-group = 👥 Grupo del barrio
cmd-group = Entrar en el grupo de mi barrio
button-join-group = Entrar en el grupo
linkgroup-door = Yo guardo la puerta del grupo: acepto las solicitudes de los miembros del barrio, rechazo las demás y saco a quienes dejan de tener un papel en el barrio. Ya no tiene que aceptar a nadie a mano.
linkgroup-rights-missing = Me faltan estos permisos en este grupo: { $missing }. Nómbreme administrador del grupo con estos permisos y envíe de nuevo /linkgroup.
linkgroup-failed = Telegram no respondió. No ha cambiado nada. Envíe de nuevo /linkgroup dentro de un momento.
linkgroup-other-quartier = Este grupo ya está vinculado a otro barrio. Un grupo sirve a un solo barrio.
group-right-admin = administrador
group-right-invite = «Invitar mediante enlace»
group-right-ban = «Expulsar usuarios»
group-join-offer = El grupo de su barrio: pulse el botón para pedir entrar. Acepto su solicitud enseguida si es miembro del barrio.
group-join-none = Su barrio todavía no tiene un grupo vinculado al bot. Pregunte a su coordinadora.
group-join-approved = ¡Bienvenida! Ya está en el grupo del barrio <b>{ $quartier }</b>.
group-join-declined = No puedo dejarla entrar en el grupo del barrio <b>{ $quartier }</b>: es solo para los miembros del barrio. Para serlo, pida una invitación a su coordinadora.
group-remove-failed = No pude sacar a una persona del grupo del barrio <b>{ $quartier }</b>: seguramente perdí mis permisos, o el grupo ya no existe. Revise el grupo y envíe de nuevo /linkgroup en el grupo.
group-broken = El grupo del barrio <b>{ $quartier }</b>: { $why } Ya no guardo su puerta. Envíe de nuevo <code>/linkgroup { $prefix }</code> en el grupo.
group-broken-removed = me han quitado del grupo.
group-broken-demoted = ya no tengo los permisos de administrador que necesito.
group-broken-migrated = se ha convertido en supergrupo y su enlace de invitación ha cambiado.
settings-group-admits = Grupos de los barrios de { $city }: actores locales admitidos: { $actors }; cargos electos admitidos: { $elected }. Las madres, madres enlace y animadoras del barrio siempre entran.
button-group-actors = 👥 { $city }: actores locales en los grupos
button-group-elected = 👥 { $city }: cargos electos en los grupos
mydata-groups = Grupos de barrio en los que la hice entrar: { $quartiers }

## Difusiones: un anuncio, una versión por idioma, un informe de entrega
menu-broadcast = 📣 Difundir un anuncio
cmd-broadcast = Difundir un anuncio (texto o nota de voz, en varios idiomas)
cmd-broadcasts = Mis difusiones: informe, anulación
broadcast-copy = Anuncio
broadcast-ask-city = ¿En qué ciudad difundir el anuncio?
broadcast-ask-audience = ¿A quién enviarlo? Toque los barrios y los roles que quiera (ningún barrio = toda la ciudad; ningún rol = todo el mundo) y luego «Continuar».
broadcast-button-groups = También en los grupos de Telegram de los barrios
broadcast-button-audience-done = Continuar ➡️
broadcast-ask-text = Destinatarias: { $count }. Escriba el anuncio o envíe una nota de voz: será la versión en su idioma.
broadcast-ask-version = Escriba la versión { $lang } o envíe una nota de voz.
broadcast-summary = Destinatarias: { $count } — { $lines }
    Toque un idioma para añadir o sustituir su versión, 👁 para ver lo que recibirán.
broadcast-summary-line = { $lang } { $count } { $state ->
        [voice] ✅ (voz)
        [text] ✅
       *[missing] ➕ (recibirán la versión { $default })
    }
broadcast-button-send = 📤 Enviar ahora
broadcast-button-schedule = 🕒 Programar
broadcast-preview = Vista previa — versión { $lang }:
broadcast-preview-fallback = Vista previa — no hay versión { $lang }: estas personas recibirán la versión { $default }:
broadcast-preview-none = Todavía no hay ninguna versión: nada que mostrar para { $lang }.
broadcast-preview-text = { $text }
broadcast-ask-when = ¿Cuándo enviarlo? Escriba la fecha y la hora de la ciudad ({ $timezone }), por ejemplo 25/12/2030 18:30.
broadcast-error-when = No he entendido esa fecha. Escríbala como 25/12/2030 18:30 (hora de { $timezone }).
broadcast-error-empty = El anuncio está vacío: escriba un texto o envíe una nota de voz.
broadcast-error-too-long = Sobran { $over ->
        [one] { $over } carácter
       *[other] { $over } caracteres
    } (como máximo { $max }). Acorte el texto y vuelva a enviarlo.
broadcast-error-no-recipients = Nadie recibiría este anuncio: elija otros barrios o roles.
broadcast-error-past = Esa fecha ya pasó: elija una fecha futura.
broadcast-error-no-version = El anuncio aún no tiene ninguna versión: escriba un texto o envíe una nota de voz.
broadcast-error-expected-text-or-voice = Espero un texto o una nota de voz (no una pegatina ni un archivo).
broadcast-queued = En marcha: envíos en cola: { $count }. Le iré informando aquí.
broadcast-scheduled = Anuncio programado para el { $when }. Puede anularlo hasta entonces.
broadcast-button-cancel = ✖️ Anular la difusión
broadcast-button-report = 📊 Informe
broadcast-list-empty = Todavía no ha difundido ningún anuncio.
broadcast-status-scheduled = programada
broadcast-status-sending = enviándose
broadcast-status-done = terminada
broadcast-status-cancelled = anulada
broadcast-figures = Difusión n.º { $id } ({ $status }): recibidas { $delivered }, en espera { $queued }, inalcanzables { $unreachable }, fallidas { $failed }, retiradas { $withdrawn }; «entendido»: { $understood }.
    { $lines }
broadcast-figures-line = { $lang }: recibidas { $delivered }, en espera { $queued }, inalcanzables { $unreachable }, fallidas { $failed }
broadcast-progress = 📣 Enviando — { $figures }
broadcast-final = ✅ Envío terminado — { $figures }
broadcast-cancelled = Difusión anulada: envíos retirados: { $withdrawn }; ya habían salido: { $gone }.
broadcast-not-understood = Todavía sin «entendido»: { $names } { $others ->
        [0] {""}
       *[other] (otras personas: { $others })
    }
broadcast-understood-button = Entendido ✅
broadcast-understood-thanks = Gracias, queda anotado ✅
broadcast-understood-already = Ya estaba anotado ✅
