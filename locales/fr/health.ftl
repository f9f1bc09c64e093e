## /health : l'état de la ville (coordinatrices) et /propose
cmd-propose = Proposer une solution pour votre quartier
cmd-health = L'état de votre ville : actions, lectures, réunions, membres
solutions-which-quartier = Pour quel quartier voulez-vous proposer une solution ?
health-community =
    👥 Membres : { $members } (venus ces 30 derniers jours : { $active }, injoignables : { $unreachable })
    • Signalements des 30 derniers jours : { $reports }
    • { $last }
health-last-meeting = Dernière réunion : { $day }
health-no-meeting = Aucune réunion tenue pour l'instant
