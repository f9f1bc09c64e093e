## /health: el estado de la ciudad (coordinadoras) y /propose
cmd-propose = Proponer una solución para su barrio
cmd-health = El estado de su ciudad: acciones, lecturas, reuniones, miembros
solutions-which-quartier = ¿Para qué barrio quiere proponer una solución?
health-community =
    👥 Miembros: { $members } (vinieron en los últimos 30 días: { $active }, no se les puede escribir: { $unreachable })
    • Avisos de los últimos 30 días: { $reports }
    • { $last }
health-last-meeting = Última reunión: { $day }
health-no-meeting = Todavía no hubo ninguna reunión
