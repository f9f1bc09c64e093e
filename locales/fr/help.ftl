## /help : agir ensemble (solutions, réunions, diffusions, actions)
help-together =
    /solutions — les solutions de votre quartier : proposer, soutenir
    /propose — proposer une solution
    /meetings — vos réunions et vos réponses
help-organise = /newmeeting — organiser une réunion (invitations, rappels, compte rendu)
help-broadcast =
    /broadcast — diffuser une annonce, écrite ou vocale, en plusieurs langues
    /broadcasts — vos diffusions : qui les a reçues
help-actions = /actions — les actions : qui fait quoi, pour quand, et si c'est plus calme
help-health =
    /health — l'état de votre ville : actions en retard, lectures, réunions, membres
    /newaction — créer une action
help-newaction = /newaction — créer une action
