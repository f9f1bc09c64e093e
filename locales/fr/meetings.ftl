## Réunions : créer, inviter, répondre, rappeler, compte rendu

menu-meetings = 📅 Mes réunions
menu-new-meeting = ➕ Organiser une réunion
cmd-meetings = Mes réunions et mes réponses
cmd-newmeeting = Organiser une réunion

meeting-kind-concertation = Concertation
meeting-kind-workshop = Atelier des mères
meeting-kind-training = Formation
meeting-kind-restitution = Restitution aux élus

meeting-rsvp-yes = ✅ Je viens
meeting-rsvp-interpreting = 🗣 Je viens, il me faut un interprète
meeting-rsvp-children = 🧒 Je viens avec mes enfants
meeting-rsvp-maybe = 🤔 Peut-être
meeting-rsvp-no = ❌ Je ne viens pas
meeting-rsvp-none = pas encore répondu

meeting-ask-kind = Quel genre de réunion ?
meeting-ask-title = Donnez un titre court à la réunion.
meeting-ask-audience = Qui invitez-vous ? Touchez les quartiers et les rôles, puis « C'est bon ». Sans quartier choisi, toute la ville est invitée.
meeting-button-groups = Annoncer aussi dans les groupes des quartiers
meeting-button-audience-done = C'est bon
meeting-invitee-count = { $count ->
    [one] 1 personne sera invitée.
   *[other] { $count } personnes seront invitées.
}
meeting-ask-day = Quel jour ? Touchez un jour, ou écrivez le jour et l'heure comme vous les écrivez d'habitude (par exemple 12/03 18h30 ou mardi 18h30).
meeting-ask-time = À quelle heure ? Touchez une heure ou écrivez-la (18h30).
meeting-ask-which-time = Ce jour-là, on recule les montres : cette heure arrive deux fois. Laquelle ?
meeting-button-first-time = La première (heure d'été)
meeting-button-second-time = La deuxième (heure d'hiver)
meeting-when-understood = J'ai compris : <b>{ $when }</b>. Si ce n'est pas ça, écrivez le jour et l'heure à nouveau.
meeting-ask-duration = Combien de temps dure la réunion ? Touchez une durée ou écrivez-la en minutes.
meeting-ask-place = Où a lieu la réunion ? Écrivez le lieu, envoyez une position Telegram, ou passez.
meeting-button-skip-place = Passer
meeting-button-place-done = C'est bon
meeting-location-taken = Position notée. Vous pouvez encore écrire le lieu en mots.
meeting-ask-agenda = { $count ->
    [0] Ordre du jour : envoyez la référence d'un signalement à l'ordre du jour (BEL-0042) ou un point libre, un par message. Touchez « Terminé » quand c'est fini.
    [one] 1 point noté. Envoyez-en un autre ou touchez « Terminé ».
   *[other] { $count } points notés. Envoyez-en un autre ou touchez « Terminé ».
}
meeting-button-agenda-done = Terminé
meeting-review = <b>{ $kind }</b> : { $title }
    📅 { $when }
    ⏱ { $duration } min
    📍 { $place }
    { $items ->
        [0] Pas d'ordre du jour.
        [one] 1 point à l'ordre du jour.
       *[other] { $items } points à l'ordre du jour.
    }
    Tout est juste ? Touchez « Envoyer les invitations ».
meeting-button-confirm = Envoyer les invitations
meeting-created = { $count ->
    [one] Réunion créée. L'invitation part vers 1 personne.
   *[other] Réunion créée. Les invitations partent vers { $count } personnes.
}

meeting-error-empty = Écrivez quelques mots, s'il vous plaît.
meeting-error-too-long = C'est trop long : 200 caractères au plus.
meeting-error-duration = Écrivez une durée en minutes, entre 15 et 720.
meeting-error-unknown-report = Je ne trouve pas ce signalement à l'ordre du jour dans vos quartiers. Vérifiez la référence.
meeting-error-no-invitees = Personne ne correspond à ce choix. Choisissez d'autres quartiers ou d'autres rôles.
meeting-error-started = La réunion a déjà commencé : ce n'est plus possible.
meeting-error-cancelled = Cette réunion est annulée.
meeting-error-not-invited = Vous n'êtes pas invitée à cette réunion.
meeting-error-when = Je n'ai pas compris la date. Écrivez par exemple 12/03 18h30 ou mardi 18h30.
meeting-error-no-day = Il manque le jour. Écrivez par exemple 12/03 18h30.
meeting-error-no-time = Il manque l'heure. Écrivez par exemple 12/03 18h30.
meeting-error-no-such-day = Ce jour n'existe pas. Vérifiez le jour et le mois.
meeting-error-past = Cette date est déjà passée. Choisissez un jour à venir.
meeting-error-skipped-time = Cette heure n'existe pas ce jour-là : on avance les montres. Choisissez une autre heure.
meeting-error-agenda-full = L'ordre du jour a déjà 20 points. Touchez « Terminé ».
meeting-error-children = Écrivez le nombre d'enfants, de 1 à 20.
meeting-error-number = Écrivez un nombre.

meeting-invitation = 📅 <b>{ $kind }</b> : { $title }
    🕒 { $when }
    📍 { $place }
    Venez-vous ? Le fichier joint ajoute la réunion à votre agenda.
meeting-announcement = 📅 <b>{ $kind }</b> : { $title }
    🕒 { $when }
    📍 { $place }
meeting-changed = 🔄 Changement : <b>{ $kind }</b> : { $title }
    🕒 { $when }
    📍 { $place }
    Le fichier joint met votre agenda à jour.
meeting-cancelled = ❌ Réunion annulée : <b>{ $kind }</b> : { $title } ({ $when }). Le fichier joint la retire de votre agenda.
meeting-reminder = ⏰ Rappel : <b>{ $kind }</b> : { $title }
    🕒 { $when }
    📍 { $place }
meeting-minutes = 📝 Compte rendu : <b>{ $title }</b> ({ $when })
    { $text }

meeting-ask-interpreting = Dans quelle langue vous faut-il un interprète ?
meeting-ask-children = Combien d'enfants viennent avec vous ? Écrivez le nombre.
meeting-rsvp-recorded = C'est noté : { $answer }. Vous pouvez changer votre réponse avec /meetings jusqu'au début.
meeting-none = Vous n'avez pas de réunion à venir.
meeting-line = 📅 <b>{ $kind }</b> : { $title }
    🕒 { $when }
    Votre réponse : { $answer }
meeting-button-open = Ouvrir
meeting-tally = <b>{ $title }</b>
    ✅ Viennent : { $yes } · 🤔 Peut-être : { $maybe } · ❌ Non : { $no } · Sans réponse : { $silent }
    🗣 Interprètes : { $languages }
    🧒 Enfants à garder : { $children }
    Ont répondu : { $names }
    Présents — mères : { $mothers } · acteurs et élus : { $actors } · autres : { $others }
meeting-button-attendance = Noter les présences
meeting-button-guests = Venus sans le bot
meeting-button-minutes = Envoyer le compte rendu
meeting-button-decision = Noter une décision
meeting-button-move = Changer la date
meeting-button-cancel = Annuler la réunion
meeting-button-cancel-confirm = Oui, annuler la réunion
meeting-ask-attendance = Touchez le nom de chaque personne présente.
meeting-ask-guests = Combien de personnes sont venues sans le bot ? Écrivez le nombre.
meeting-ask-minutes = Écrivez le compte rendu, ou envoyez un document (PDF…) ou des photos. Il partira à toutes les invitées.
meeting-ask-decision = Écrivez la décision. Ajoutez les références des signalements qu'elle concerne (BEL-0042) : ils passeront « en cours ».
meeting-ask-new-time = Écrivez le nouveau jour et la nouvelle heure (par exemple 12/03 18h30).
meeting-ask-cancel = Annuler la réunion ? Les invitées seront prévenues.
meeting-cancelled-done = Réunion annulée. Les invitées sont prévenues.
meeting-minutes-sent = { $count ->
    [one] Compte rendu envoyé à 1 personne.
   *[other] Compte rendu envoyé à { $count } personnes.
}
meeting-decision-recorded = { $reports ->
    [0] Décision notée.
    [one] Décision notée. 1 signalement passe « en cours ».
   *[other] Décision notée. { $reports } signalements passent « en cours ».
}
meeting-moved-done = Nouvelle date : <b>{ $when }</b>. Les invitées sont prévenues, les rappels suivent.

## Réunions, suite : changer le lieu, compte rendu en fichiers, rappels au choix

meeting-button-replace = Changer le lieu
meeting-ask-new-place = Écrivez le nouveau lieu, ou envoyez une position Telegram (ou les deux).
meeting-new-place-noted = C'est noté. Vous pouvez encore écrire le lieu ou envoyer une position. Puis touchez « Prévenir les invitées ».
meeting-button-place-send = Prévenir les invitées
meeting-place-changed-done = Nouveau lieu enregistré. Les invitées qui n'ont pas dit non sont prévenues, les rappels suivent.
meeting-error-minutes-kind = Envoyez le compte rendu en texte, en document (PDF…) ou en photos.
meeting-minutes-files = { $count ->
    [one] 1 fichier reçu. Envoyez-en d'autres, écrivez un texte pour l'accompagner, ou touchez « Envoyer le compte rendu ».
   *[other] { $count } fichiers reçus. Envoyez-en d'autres, écrivez un texte pour les accompagner, ou touchez « Envoyer le compte rendu ».
}
meeting-error-minutes-full = { $max ->
    [one] 1 fichier au plus : les autres ne sont pas pris.
   *[other] { $max } fichiers au plus : les autres ne sont pas pris.
}
meeting-button-minutes-send = Envoyer le compte rendu
meeting-review-reminders = ⏰ Rappels : touchez pour en ajouter ou en retirer (✅ = choisi).
meeting-offset-days = { $n ->
    [one] 1 jour avant
   *[other] { $n } jours avant
}
meeting-offset-hours = { $n ->
    [one] 1 heure avant
   *[other] { $n } heures avant
}
meeting-offset-minutes = { $n ->
    [one] 1 minute avant
   *[other] { $n } minutes avant
}
meeting-button-more-days = 📅 Autres dates
meeting-month-shown = Les jours à partir du { $from }. Touchez un jour, ou ‹ › pour changer de mois. Vous pouvez aussi écrire le jour et l'heure.
