## Solutions et actions : commandes et menu

cmd-solutions = Les solutions de votre quartier
cmd-actions = Les actions : qui fait quoi, pour quand
menu-solutions = 💡 Solutions
menu-actions = ✅ Actions

## Solutions

solutions-status-proposed = proposée
solutions-status-accepted = retenue
solutions-status-merged = regroupée avec une autre
solutions-status-set-aside = mise de côté
solutions-header =
    💡 <b>Solutions pour { $quartier }</b>
    Proposées par des mères : { $mothers } · par des partenaires : { $actors }
solutions-none = Pas encore de solution proposée ici. Vous pouvez être la première.
solutions-entry =
    💡 { $text }
    Proposée par : { $role } · { $status } · 👍 { $supporters ->
        [0] aucun soutien
        [one] { $supporters } soutien
       *[other] { $supporters } soutiens
    }
solutions-entry-erased =
    💡 (texte effacé à la demande de la personne)
    Proposée par : { $role } · { $status } · 👍 { $supporters ->
        [0] aucun soutien
        [one] { $supporters } soutien
       *[other] { $supporters } soutiens
    }
solutions-button-propose = ✍️ Proposer une solution
solutions-button-support = 👍 Je soutiens
solutions-button-accept = ✅ Retenir
solutions-button-merge = 🔗 Regrouper avec une autre
solutions-button-set-aside = 🗄 Mettre de côté
solutions-button-action = 📌 En faire une action
solutions-ask-text = Qu'est-ce qui aiderait ? Écrivez votre idée en quelques phrases. Parlez du lieu et du moment, pas des personnes.
solutions-ask-text-report = Qu'est-ce qui aiderait pour votre signalement <b>{ $reference }</b> ? Écrivez votre idée en quelques phrases.
solutions-proposed = Merci ! Votre idée est enregistrée. Les autres la verront avec votre rôle, jamais votre nom.
solutions-supported = 👍 Votre soutien est compté.
solutions-already-supported = Vous soutenez déjà cette solution : votre soutien compte une fois.
solutions-decided = C'est fait : la solution est { $status }. La personne qui l'a proposée est prévenue.
solutions-decided-proposer = 💡 Votre idée « { $text } » : elle est { $status }. Merci d'avoir proposé.
solutions-merge-choose = Avec quelle solution la regrouper ?
solutions-merge-none = Il n'y a pas d'autre solution ouverte dans ce quartier.
solutions-what-would-help = 💡 Qu'est-ce qui aiderait ? Choisissez un signalement pour proposer une idée.

## Actions

actions-status-open = à faire
actions-status-started = commencée
actions-status-blocked = bloquée
actions-status-done = faite
actions-button-open = 📂 Ouvrir
actions-button-started = ▶️ C'est commencé
actions-button-done = ✅ C'est fait
actions-button-blocked = ⛔ C'est bloqué
actions-button-new-date = 📅 Nouvelle date
actions-none = Vous n'avez pas d'action à suivre pour l'instant.
actions-line = 📌 { $what } — pour le { $due } — { $status }
actions-line-overdue = ⏰ { $what } — prévue le { $due }, en retard — { $status }
actions-note = 📝 { $note }
actions-partner-text = 🗂 <b>{ $reference }</b> : { $text }
actions-assigned = 📌 On compte sur vous pour une action : { $what }. Pour le { $due }. Dites où vous en êtes avec les boutons.
actions-reminder-before = ⏳ Rappel : l'action « { $what } » est prévue pour le { $due }. Où en êtes-vous ?
actions-reminder-overdue = ⏰ L'action « { $what } » était prévue pour le { $due }. Elle n'est pas encore faite : dites où vous en êtes, ou donnez une nouvelle date.
actions-ask-done-note = Bravo ! En une ou deux phrases, qu'est-ce qui a été fait ? Les mères qui l'avaient signalé le liront.
actions-ask-blocked-why = Qu'est-ce qui bloque ? Écrivez-le en une ou deux phrases.
actions-ask-date = Quelle nouvelle date ? Écrivez-la ainsi : 31/12/2026 (ou 31/12/2026 18:00).
actions-error-date = Je n'ai pas compris cette date. Écrivez-la ainsi : 31/12/2026 (ou 31/12/2026 18:00).
actions-error-date-past = Cette date est déjà passée. Choisissez une date à venir.
actions-error-carrier = Cette personne ne peut pas porter d'action dans ce quartier.
actions-updated = C'est noté, merci.
actions-ask-what = Qu'est-ce qui sera fait, concrètement ? Écrivez-le en une phrase.
actions-ask-carrier = Qui porte cette action ? Choisissez une personne, ou écrivez le nom d'un organisme (par exemple : le bailleur).
actions-ask-due = Pour quand ? Écrivez la date ainsi : 31/12/2026.
actions-created = 📌 L'action est créée. La personne qui la porte la reçoit avec ses boutons, et un rappel avant la date.
actions-said-did = 🗣 Vous avez dit, nous avons fait. Votre signalement <b>{ $reference }</b> : { $done }

## Est-ce plus calme ?

calmer-question = 🕊 Il y a quelques semaines, ceci a été fait dans votre quartier : { $what }. Depuis, à ce moment de la semaine, est-ce plus calme ?
calmer-question-discreet = 🕊 Une question sur votre quartier : à ce moment de la semaine, est-ce plus calme qu'il y a quelques semaines ?
calmer-button-better = 🙂 Mieux
calmer-button-same = 😐 Pareil
calmer-button-worse = 🙁 Pire
calmer-thanks = Merci pour votre réponse. Elle compte, sans votre nom.
calmer-already-answered = Vous avez déjà répondu à cette question. Merci !
calmer-results = 🕊 Est-ce plus calme ? Mieux : { $better } · pareil : { $same } · pire : { $worse }
calmer-results-none = 🕊 Est-ce plus calme ? Pas encore assez de réponses (il en faut 3).

## Santé de la ville (coordinatrice)

health-view =
    🩺 <b>{ $city }</b>
    • Actions en cours : { $open }, dont en retard : { $overdue }
    • Signalements pas encore lus : { $waiting } (le plus ancien attend depuis { $oldest })
    • Temps habituel avant une première lecture : { $median }
    • Réunions passées sans compte rendu : { $minutes }
health-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
health-unknown = —

## Une décision de réunion devient une action
meeting-decision-line = 🤝 Décision : { $text }
meeting-decision-line-acted = 🤝 Décision : { $text }
    📌 C'est déjà une action.
actions-decision-already = 📌 Cette décision est déjà une action. Vous pouvez la suivre ici.

## Une action créée de rien (/newaction)
cmd-newaction = Créer une action : qui fait quoi, pour quand
menu-new-action = ➕ Nouvelle action
actions-new-ask-quartier = Dans quel quartier se passe cette action ?
actions-new-ask-reports = Cette action répond-elle à des signalements ? Écrivez leurs numéros (par exemple : BEL-0001, BEL-0004), ou appuyez sur « Aucun signalement ».
actions-new-button-no-reports = Aucun signalement
actions-new-error-references = Je n'ai pas reconnu de numéro de signalement. Écrivez-les ainsi : BEL-0001, BEL-0004 — ou appuyez sur « Aucun signalement ».
actions-new-error-elsewhere = Le signalement { $reference } n'est pas un signalement de ce quartier. Rien n'a été créé : écrivez d'autres numéros, ou appuyez sur « Aucun signalement ».

## La coordinatrice est prévenue quand une action est bloquée ou faite
actions-news-blocked = ⛔ Une action de votre ville est bloquée : « { $what } ». Ce qui bloque : { $note }
actions-news-done = ✅ Une action de votre ville est faite : « { $what } ». Ce qui a été fait : { $note }
