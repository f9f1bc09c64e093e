## /help: actuar juntas (soluciones, reuniones, anuncios, acciones)
help-together =
    /solutions — las soluciones de su barrio: proponer, apoyar
    /propose — proponer una solución
    /meetings — sus reuniones y sus respuestas
help-organise = /newmeeting — organizar una reunión (invitaciones, recordatorios, acta)
help-broadcast =
    /broadcast — enviar un anuncio, escrito o de voz, en varios idiomas
    /broadcasts — sus anuncios: quién los recibió
help-actions = /actions — las acciones: quién hace qué, para cuándo, y si hay más calma
help-health =
    /health — el estado de su ciudad: acciones atrasadas, lecturas, reuniones, miembros
    /newaction — crear una acción
help-newaction = /newaction — crear una acción
