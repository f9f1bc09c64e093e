# Agenda MMM — français (langue de référence).
# Les arguments entre { $… } sont déjà échappés pour le HTML de Telegram.

language-name = Français

## Ce que Telegram montre avant /start

bot-description = L'Agenda MMM du mieux vivre ensemble met les mères au cœur de la concertation de quartier. Signalez ce qui ne va pas dans le quartier. Réunissez-vous à égalité avec la police, l'école, les travailleurs sociaux et les élus. Suivez les solutions. Sur invitation de votre ville.
bot-short-description = Les mères au cœur de la concertation de quartier.

## Descriptions des commandes (menu « / » de Telegram)

cmd-start = Commencer ou rejoindre avec un code
cmd-help = Ce que vous pouvez faire
cmd-language = Changer de langue
cmd-settings = Vos réglages
cmd-cancel = Arrêter ce qui est en cours
cmd-privacy = Qui voit quoi, vos droits
cmd-invite = Créer une invitation
cmd-members = Membres d'un quartier
cmd-revoke = Annuler une invitation
cmd-newquartier = Créer un quartier
cmd-newcity = Créer une ville
cmd-linkgroup = Relier ce groupe à un quartier

## Rôles

role-mother = mère
role-relay = mère relais
role-facilitator = animatrice d'ateliers de mères
role-actor = acteur local
role-coordinator = coordinatrice
role-elected = élu·e
role-relay-plural = mères relais
role-facilitator-plural = animatrices

## Erreurs et réponses générales

error-generic = Oups, quelque chose n'a pas marché de notre côté. Rien n'est perdu : réessayez dans un instant.
error-not-allowed = Vous n'avez pas le droit de faire cela.
error-stale-button = Ce bouton n'est plus valable. Reprenez depuis le menu.
error-not-registered = Bonjour ! Pour commencer, envoyez /start.
error-private-only = Cette commande marche seulement dans une conversation privée avec moi.
error-group-only = Cette commande marche seulement dans le groupe Telegram du quartier.
error-unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir ce que vous pouvez faire.
error-expected-text = Ici, j'attends un message écrit.
error-expected-choice = Choisissez une réponse avec les boutons ci-dessus, ou envoyez /cancel pour arrêter.
error-empty-text = Ce texte est vide.
error-text-too-long = C'est trop long : { $max ->
        [one] { $max } caractère au plus.
       *[other] { $max } caractères au plus.
    }
error-bad-characters = Ce texte contient des caractères que je ne peux pas utiliser.
error-bad-prefix = Le préfixe d'un quartier s'écrit avec 2 à 4 lettres, par exemple BEL.
error-bad-timezone = Je ne connais pas ce fuseau horaire. Exemple : Europe/Paris.
error-unknown-language = Je ne connais pas cette langue.
error-unknown-role = Je ne connais pas ce rôle.
error-edited = Je ne lis pas les messages modifiés : envoyez plutôt un nouveau message.
error-not-allowed-instead = Voici ce que vous pouvez faire : { $commands }
dialogue-expired = Votre conversation précédente est restée sans suite pendant { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } : je l'ai effacée. Vous pouvez reprendre quand vous voulez.
cancelled = C'est annulé. Rien n'a été enregistré.
nothing-to-cancel = Rien n'est en cours.

## Boutons

button-continue = ✅ Continuer
button-skip = ⏭ Passer
button-discreet-on = 🤫 Oui, mode discret
button-discreet-off = 👁 Non merci
button-revoke = 🚫 Annuler cette invitation
button-end-role = ✖️ Mettre fin au rôle
button-change-role = 🔁 Changer le rôle
button-toggle-discreet = 🤫 Mode discret : changer
button-change-name = ✏️ Changer mon prénom
button-remove-name = 🗑 Effacer mon prénom
button-change-language = 🌐 Changer de langue

## Menu principal (clavier)

menu-help = ❓ Aide
menu-settings = ⚙️ Réglages
menu-language = 🌐 Langue
menu-privacy = 🔐 Confidentialité
menu-invite = ✉️ Inviter
menu-members = 👥 Membres
menu-new-quartier = 🏘 Nouveau quartier
menu-new-city = 🏙 Nouvelle ville
menu-shown = Voici le menu.

## Inscription

onboarding-choose-language = Bienvenue sur l'<b>Agenda MMM du mieux vivre ensemble</b> ! Choisissez votre langue :
onboarding-notice =
    <b>Avant de commencer</b>
    • Ce que vous signalez est lu par la coordinatrice de votre ville.
    • Les mères relais et les animatrices de votre quartier le lisent aussi, seulement si vous le choisissez.
    • La police, l'école, les autres partenaires et les élus ne voient jamais votre nom.
    • Nous gardons votre langue, votre quartier et votre rôle ; votre prénom seulement si vous le donnez.
    • Une conversation restée sans suite est effacée après { $hours ->
        [one] { $hours } heure.
       *[other] { $hours } heures.
    }
    • Vous pourrez tout voir et tout effacer à tout moment.
onboarding-ask-code = Envoyez le code d'invitation que l'on vous a donné (12 lettres et chiffres, par exemple <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = Comment voulez-vous qu'on vous appelle ? Votre prénom n'est <b>pas obligatoire</b>. Il sera montré seulement aux personnes qui lisent vos signalements, et seulement si vous le choisissez. Vous pouvez passer.
onboarding-ask-discreet =
    <b>Mode discret</b>
    C'est utile si quelqu'un d'autre peut regarder votre téléphone. Vos signalements sont effacés de cette conversation une fois envoyés. Mes messages ne disent rien de leur contenu. Voulez-vous l'activer ? Vous pourrez le changer dans /settings.
onboarding-welcome = Bienvenue ! Vous avez rejoint <b>{ $place }</b> comme <b>{ $role }</b>.
onboarding-welcome-admin = Bienvenue ! Vous faites marcher ce bot (vous êtes opératrice). Commencez par créer une ville avec /newcity.
onboarding-privacy-guide =
    <b>Protégez-vous sur Telegram</b>
    • Cachez votre numéro : Paramètres → Confidentialité → Numéro de téléphone → « Personne ».
    • Verrouillez Telegram avec un code : Paramètres → Confidentialité → Code secret.
    • Vos messages avec moi ne sont visibles que dans cette conversation : effacez-la quand vous voulez.
onboarding-already-member = Vous êtes déjà inscrite.
joined-new-role = C'est fait : vous êtes maintenant <b>{ $role }</b> pour <b>{ $place }</b>.
joined-already = Vous avez déjà ce rôle pour <b>{ $place }</b>.
inviter-joined-named = <b>{ $name }</b> a rejoint { $place } comme { $role } grâce à votre invitation.
inviter-joined-unnamed = Une nouvelle personne a rejoint { $place } comme { $role } grâce à votre invitation.

## Invitations refusées

invite-problem-unknown = Ce code d'invitation n'existe pas. Vérifiez-le, ou demandez-en un nouveau.
invite-problem-expired = Cette invitation a expiré. Demandez-en une nouvelle à la personne qui vous l'a donnée.
invite-problem-used-up = Cette invitation a déjà servi le nombre de fois prévu. Demandez-en une nouvelle.
invite-problem-revoked = Cette invitation a été annulée. Demandez-en une nouvelle.

## Aide

help-intro = <b>Agenda MMM</b> — ce que vous pouvez faire :
help-everyone =
    /language — changer de langue
    /settings — vos réglages (mode discret, prénom)
    /privacy — qui voit quoi, vos droits
    /mydata — voir et télécharger vos données
    /forget — effacer votre compte et vos données
    /cancel — arrêter ce qui est en cours
help-inviter = /invite — inviter une mère de votre quartier
help-coordinator =
    /invite — inviter une mère, une mère relais, une animatrice, un acteur local ou un·e élu·e
    /members — voir les membres d'un quartier, changer ou terminer un rôle
    /revoke — annuler une invitation
    /newquartier — créer un quartier
    /linkgroup — relier le groupe Telegram d'un quartier au quartier (à envoyer dans le groupe)
help-admin =
    /newcity — créer une ville
    /newquartier — créer un quartier
    /invite — nommer une coordinatrice
help-not-member = Vous n'êtes encore membre d'aucun quartier : envoyez /start suivi de votre code d'invitation.

## Langue et réglages

language-choose = Choisissez votre langue :
language-changed = C'est noté : je vous parle maintenant en français.
settings-summary =
    <b>Vos réglages</b>
    Langue : { $language }
    Prénom : { $name }
    Mode discret : { $discreet }
settings-name-none = (aucun)
settings-on = activé
settings-off = désactivé
settings-discreet-changed = Mode discret : { $state }.
settings-ask-name = Envoyez le prénom à utiliser.
settings-name-saved = Prénom enregistré.
settings-name-removed = Prénom effacé.

## Confidentialité


## Villes et quartiers

newcity-ask = Envoyez le nom de la ville, suivi de son fuseau horaire s'il n'est pas { $tz }. Exemple : <code>Roubaix</code> ou <code>Cayenne America/Cayenne</code>
newcity-created = Ville <b>{ $city }</b> créée (fuseau { $tz }). Nommez sa coordinatrice avec /invite.
newcity-duplicate = Une ville porte déjà ce nom.
newquartier-ask = Envoyez le préfixe du quartier (2 à 4 lettres, il ne changera plus) puis son nom. Exemple : <code>BEL Belleville</code>
newquartier-choose-city = Dans quelle ville ?
newquartier-created = Quartier <b>{ $quartier }</b> ({ $prefix }) créé à { $city }. Invitez ses membres avec /invite.
newquartier-duplicate = Le préfixe { $prefix } est déjà pris dans cette ville.
no-city-yet = Il n'y a encore aucune ville où vous pouvez faire cela.

## Invitations

invite-choose-role = Pour quel rôle est cette invitation ?
invite-choose-place = Pour quel quartier ou quelle ville ?
invite-nothing-to-grant = Vous ne pouvez inviter personne pour le moment.
invite-created =
    <b>Invitation : { $role }</b> — { $place }
    Code : <code>{ $code }</code>
    Lien : { $link }
    Valable jusqu'au { $until }, { $uses ->
        [one] pour une personne.
       *[other] pour { $uses } personnes.
    }
invite-qr-caption = Scannez ce code pour rejoindre l'Agenda MMM — { $place }. Ou envoyez /start { $code } au bot.
invite-revoked = L'invitation <code>{ $code }</code> est annulée : elle ne peut plus servir.
invite-already-revoked = Cette invitation était déjà annulée.
invite-list = Vos invitations encore valables :
invite-list-entry = <code>{ $code }</code> — { $role }, { $place } ({ $used }/{ $max })
invite-list-empty = Vous n'avez aucune invitation en cours.

## Membres

members-choose-quartier = Les membres de quel quartier ?
members-header =
    <b>{ $place }</b> — { $count ->
        [0] aucun membre
        [one] un membre
       *[other] { $count } membres
    }
members-entry = { $n }. { $name } — { $role }
members-unnamed = Membre n° { $id }
members-choose-new-role = Nouveau rôle pour { $name } ?
members-role-ended = Le rôle « { $role } » de { $name } est terminé.
members-role-changed = { $name } est maintenant { $role }.
members-role-already-ended = Ce rôle était déjà terminé.
member-notice-ended = Votre rôle de { $role } pour { $place } a pris fin. Merci pour votre engagement !
member-notice-changed = Votre rôle pour { $place } est maintenant : { $role }.

## Groupes Telegram des quartiers

linkgroup-usage = Dans le groupe Telegram du quartier, envoyez /linkgroup suivi du préfixe du quartier, par exemple <code>/linkgroup BEL</code>.
linkgroup-done = Ce groupe est maintenant relié au quartier <b>{ $quartier }</b>. Les annonces du quartier pourront y être publiées. Les signalements, jamais.
linkgroup-unknown-prefix = Aucun quartier de vos villes n'a le préfixe { $prefix }.

## Signalements : commandes, menu, aide

cmd-report = Signaler ce qui ne va pas dans le quartier
cmd-myreports = Vos signalements
menu-report = 📝 Signaler
menu-myreports = 📋 Mes signalements
help-reporter =
    /report — signaler ce qui ne va pas dans le quartier
    /myreports — vos signalements et où ils en sont

## Signalements : danger

report-danger =
    <b>En cas de danger, appelez :</b>
    📞 <b>17</b> police · <b>112</b> urgences
    ✉️ <b>114</b> par SMS si vous ne pouvez pas parler
    🧒 <b>119</b> un enfant en danger
    🟣 <b>3919</b> violences faites aux femmes
    Ce bot n'est pas un service d'urgence.
button-danger-now = 🆘 Quelqu'un est en danger maintenant
report-danger-alerted = Appelez ces numéros tout de suite : ils répondent jour et nuit. J'ai aussi prévenu la coordinatrice de votre ville. Mais elle n'est pas un service d'urgence. Si quelqu'un est en danger, appelez le 17 ou le 112.
report-danger-no-coordinator = Appelez ces numéros tout de suite : ils répondent jour et nuit. Je n'ai prévenu personne : votre ville n'a pas encore de coordinatrice. Si quelqu'un est en danger, appelez le 17 ou le 112.
alert-danger = 🆘 Une personne de { $quartier } a appuyé sur « quelqu'un est en danger maintenant ». Elle a reçu les numéros d'urgence.
alert-danger-city = 🆘 Une personne de la ville de { $city } a appuyé sur « quelqu'un est en danger maintenant ». Elle a reçu les numéros d'urgence.
report-not-member = Pour signaler, il faut être membre d'un quartier. Demandez une invitation à votre coordinatrice.

## Signalements : les étapes

report-choose-quartier = Dans quel quartier ?
report-choose-category = De quoi s'agit-il ?
category-neighbours = 🏘 Tensions entre voisins
category-school-run = 🏫 Sorties d'école et trajets
category-harassment = 🗣 Harcèlement ou insultes dans la rue
category-youth-conflict = 👊 Bagarres ou conflits entre jeunes
category-insecurity = ⚠️ Trafic de drogue, insécurité
category-incivility = 🗑 Bruit, déchets, dégradations
category-public-space = 💡 Rue et lieux publics (éclairage, équipement cassé)
category-vulnerable-person = 🧓 Personne fragile et seule
category-discrimination = ✋ Discrimination
category-other = ❔ Autre chose
report-ask-when = Quand est-ce que ça se passe ?
button-when-now = ⏱ Maintenant
button-when-earlier = 🕘 Plus tôt aujourd'hui
button-when-regularly = 🔁 Ça arrive souvent
report-ask-slot = À quel moment de la journée ?
slot-early-morning = 🌅 Tôt le matin (6 h – 9 h)
slot-morning = ☀️ Le matin (9 h – 12 h)
slot-midday = 🍽 Midi (12 h – 14 h)
slot-afternoon = 🌤 L'après-midi (14 h – 16 h)
slot-school-exit = 🎒 Sortie d'école (16 h – 18 h)
slot-evening = 🌆 Le soir (18 h – 21 h)
slot-night = 🌙 La nuit (21 h – 6 h)
report-ask-weekdays = Quels jours ? Touchez les jours, puis « Valider ».
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche
button-done = ✅ Valider
report-ask-place = Où ? Écrivez le lieu (une rue, un arrêt de bus, l'entrée d'une école…) ou partagez une position avec 📎. Vous pouvez passer.
report-ask-content = Racontez ce qui se passe : <b>décrivez le lieu et le moment, pas les personnes</b> — pas de noms, pas de visages. Écrivez, envoyez un message vocal 🎤 ou une photo. Vous pouvez passer.
report-photos-added =
    { $count ->
        [one] Photo ajoutée.
       *[other] { $count } photos ajoutées.
    } Envoyez-en d'autres, ou continuez.
report-photo-cap-reached = C'est le maximum : un signalement garde { $max ->
        [one] { $max } photo
       *[other] { $max } photos
    } au plus. Continuez quand vous voulez.
report-photos-not-taken =
    { $count ->
        [one] Une photo n'a pas été ajoutée
       *[other] { $count } photos n'ont pas été ajoutées
    } : un signalement garde { $max ->
        [one] { $max } photo
       *[other] { $max } photos
    } au plus.
report-ask-audience = Qui peut lire votre signalement ?
button-audience-coordinator = 🔒 La coordinatrice seulement
button-audience-relays = 👥 La coordinatrice, les mères relais et les animatrices de mon quartier
report-ask-identity = Votre prénom peut-il être montré à celles qui liront votre signalement ?
button-named = 🙋 Oui, avec mon prénom
button-anonymous = 🕶 Non, anonyme
report-anonymous-warning = ⚠️ Vous restez anonyme : personne ne verra votre nom dans le bot. Mais votre voix, une photo ou une position exacte peuvent vous faire reconnaître. Que voulez-vous faire ?
button-keep-media = Je les garde
button-drop-media = 🗑 Les retirer

## Signalements : résumé et envoi

report-summary =
    <b>Votre signalement</b>
    Quartier : { $quartier }
    Sujet : { $category }
    Quand : { $when }
    Où : { $place }
    Quoi : { $content }
    Lu par : { $audience }
    Prénom : { $identity }
report-when-now = maintenant
report-when-earlier = aujourd'hui — { $slot }
report-when-regularly = souvent — { $days } — { $slot }
report-place-none = (non précisé)
report-place-location = une position partagée
report-content-none = (rien)
report-content-voice = un message vocal
report-content-photos =
    { $count ->
        [one] une photo
       *[other] { $count } photos
    }
report-audience-coordinator = la coordinatrice seulement
report-audience-relays = la coordinatrice, les mères relais et les animatrices du quartier
report-identity-named = oui, avec mon prénom
report-identity-anonymous = non, anonyme
button-confirm = ✅ Envoyer
button-change = ✏️ Modifier
button-cancel-report = ✖️ Annuler
report-change-which = Que voulez-vous modifier ?
step-category = Le sujet
step-when = Quand
step-place = Où
step-content = Quoi
step-audience = Qui peut lire
step-identity = Le prénom
report-saved = Merci. Votre signalement <b>{ $reference }</b> est enregistré. Vous serez prévenue à chaque étape ; retrouvez-le avec /myreports.
report-cancelled = Signalement annulé : rien n'a été enregistré.
report-expected-place = J'attends un lieu écrit ou une position partagée (📎 → Position), ou « Passer ».
report-expected-content = J'attends un texte, un message vocal ou une photo, ou « Passer ».

## Mes signalements

myreports-none = Vous n'avez encore fait aucun signalement. Pour en faire un : /report
myreports-header = <b>Vos signalements</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 reçu
status-acknowledged = 👀 pris en compte
status-on-agenda = 📅 prévu pour une réunion
status-in-progress = 🔧 en cours
status-resolved = ✅ résolu
status-duplicate = 🔁 déjà signalé
status-rejected = ✖️ non retenu
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## Tri des signalements

cmd-reports = Lire et trier les signalements
menu-reports = 🗂 Signalements du quartier
help-triage = /reports — lire et trier les signalements de votre quartier
triage-choose-quartier = Les signalements de quel quartier ?
triage-list-header =
    <b>{ $place }</b> — { $filter } : { $count ->
        [0] aucun signalement
        [one] un signalement
       *[other] { $count } signalements
    }
triage-filter-open = en cours
triage-filter-closed = clos
triage-list-button = { $reference } · { $date } · { $kind } · { $status } · { $category }
button-show-open = 📂 En cours
button-show-closed = 🗄 Clos
button-previous = ◀️ Précédents
button-next = Suivants ▶️
triage-detail =
    <b>{ $reference }</b> — { $status }
    Sujet : { $category }
    Quand : { $when }
    Où : { $place }
    Quoi : { $content }
    Lu par : { $audience }
    De : { $reporter }
triage-when-cell = { $kind } — { $days } — { $slot } (signalé le { $date })
triage-location = une position ({ $lat }, { $lon })
triage-reporter-anonymous = anonyme
triage-reporter-unnamed = une membre sans prénom
triage-set-status = → { $status }
triage-ask-reason = Pourquoi ce signalement n'est-il pas retenu ? La raison est gardée dans l'historique.
triage-ask-duplicate = Ce signalement répète lequel ? Envoyez sa référence, par exemple <code>BEL-0012</code>.
triage-duplicate-unknown = Je ne trouve pas ce signalement dans ce quartier. Vérifiez la référence.
triage-status-changed = <b>{ $reference }</b> : { $status }.
report-status-changed = Du nouveau sur votre signalement <b>{ $reference }</b> : { $status }.
report-news-discreet = Du nouveau sur un de vos signalements : ouvrez /myreports.
triage-kind-once = une fois
triage-kind-regularly = souvent

## Alertes et limites

settings-alerts = Nouveaux signalements : { $alerts }
alerts-immediate = 🔔 prévenue tout de suite
alerts-daily = 🗓 un résumé par jour
alerts-off = 🔕 pas d'alerte
button-alerts = 🔔 Alertes : changer
alert-new-report = 🆕 Nouveau signalement <b>{ $reference }</b> à { $quartier } : { $category }. Ouvrez /reports.
alert-roundup =
    { $count ->
        [one] 🗓 Un nouveau signalement aujourd'hui. Ouvrez /reports.
       *[other] 🗓 { $count } nouveaux signalements aujourd'hui. Ouvrez /reports.
    }
report-limit = Vous avez déjà fait { $max ->
        [one] { $max } signalement
       *[other] { $max } signalements
    } en 24 heures : merci ! Reprenez demain. Si c'est urgent, appelez le 17 ou le 112.
error-slow-down = Doucement 🙂 : vous m'écrivez très vite. Je n'ai pas pris en compte { $what }, ni ce que vous avez envoyé juste après dans la même seconde. Renvoyez-le dans un instant.
error-slow-down-button = Doucement 🙂 : ce bouton n'a pas été pris en compte. Appuyez à nouveau dans un instant.
flood-what-message = ce message
flood-what-photo = cette photo
flood-what-voice = ce message vocal
flood-what-location = cette position

## Suivi d'un signalement

button-redact = ✏️ Corriger le texte
button-drop-photos = 🗑 Retirer les photos
button-validate = ✅ Texte pour les partenaires
button-safeguarding = 🛡 Protéger (hors des résumés)
button-ask = ❓ Poser une question
triage-ask-redacted = Envoyez le texte corrigé, sans noms ni détails qui permettent de reconnaître quelqu'un. Il remplacera le texte d'origine.
triage-redacted = Texte corrigé. C'est noté dans l'historique.
triage-photos-dropped = Photos retirées. C'est noté dans l'historique.
triage-ask-partner-text = Envoyez le texte que la police, l'école, les autres partenaires et les élus pourront lire. Dites le lieu, le moment et le problème, sans aucune identité.
triage-validated = Texte validé pour les partenaires.
triage-safeguarding-on = 🛡 Protection activée : ce signalement ne paraîtra dans aucun résumé.
triage-safeguarding-off = Protection retirée.
triage-ask-question = Envoyez votre question. Elle sera transmise sans votre nom, et la réponse vous arrivera sans le sien.
triage-question-sent = Question envoyée.
triage-reporter-gone = La personne qui a fait ce signalement ne peut plus être contactée.
triage-ask-resolution = Qu'est-ce qui a été fait ? Votre message lui sera envoyé (« vous nous l'avez dit, voici ce qui a été fait »). Vous pouvez passer.
report-resolved = ✅ Votre signalement <b>{ $reference }</b> est résolu. Ce qui a été fait : { $done }
question-asked = ❓ Une question sur votre signalement <b>{ $reference }</b> vous attend : ouvrez /myreports pour la lire et répondre.
myreports-question = ❓ <b>{ $reference }</b> : « { $question } »
button-answer = ✍️ Répondre
answer-ask = Écrivez votre réponse. Elle sera transmise sans votre nom.
answer-thanks = Merci, votre réponse est transmise.
answer-received = ✍️ Réponse sur <b>{ $reference }</b> : « { $answer } »
partners-header = <b>{ $place }</b> — signalements validés pour les partenaires
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = Aucun signalement validé pour l'instant.

## Mode discret

report-discreet-offer = 🤫 Quelqu'un d'autre peut regarder votre téléphone ? Le mode discret efface ce signalement de la conversation une fois envoyé. Mes messages ne diront rien de son contenu.
report-discreet-accepted = 🤫 Mode discret activé : ce signalement sera effacé de la conversation une fois envoyé. Vous pouvez le changer dans /settings.
report-discreet-declined = D'accord, je ne vous le proposerai plus. Vous pouvez activer le mode discret à tout moment dans /settings.
report-discreet-receipt = ✔️ Bien reçu, merci. Retrouvez vos signalements avec /myreports.

## Tri par sujet

button-by-category = 🔎 Par sujet
button-all-categories = Tous les sujets
triage-choose-category = Quel sujet ?
triage-list-category = Sujet : { $category }

## Retirer une photo

triage-which-photo = Quelle photo retirer ? (dans l'ordre d'envoi)
button-drop-photo = 🗑 Photo { $n }

## Confidentialité : /privacy, /mydata, /forget

cmd-mydata = Voir et télécharger vos données
cmd-forget = Effacer votre compte et vos données
privacy-controller =
    <b>{ $city }</b> — qui répond de vos données (le « responsable du traitement ») : { $controller } ({ $kind }), { $address }.
    À qui écrire pour vos données : { $contact }
privacy-not-named = pas encore indiqué (demandez à votre coordinatrice)
privacy-controller-unknown = La mairie ou l'association qui anime l'Agenda dans votre ville répond de vos données (on l'appelle le « responsable du traitement »). Son nom sera écrit ici dès que vous aurez rejoint un quartier.
privacy-kind-town-hall = mairie
privacy-kind-association = association
privacy-short = <b>Vos droits</b> : /mydata pour voir et télécharger tout ce que nous gardons sur vous, /forget pour tout effacer, /settings pour corriger votre prénom ou votre langue. Vous pouvez aussi vous plaindre auprès de la CNIL : c'est le service de l'État qui protège les données personnelles.
button-privacy-details = 📄 Tout le détail
privacy-details-collected =
    <b>Ce que nous gardons et pourquoi</b>
    • Votre compte Telegram (son numéro interne, pas votre numéro de téléphone), votre langue et vos réglages : pour vous écrire dans votre langue.
    • Votre quartier et votre rôle : pour savoir ce que vous pouvez voir et faire.
    • Votre prénom, seulement si vous le donnez ; vous pouvez le retirer dans /settings.
    • Vos signalements : le moment (jour, créneau), le lieu, ce que vous décrivez, vos vocaux et photos.
    • Ils sont envoyés avec votre prénom ou anonymes, comme vous le choisissez.
    • Ils servent aux personnes qui s'en occupent, pour agir.
    • Les messages que le bot vous envoie, pour vous les livrer. Leur contenu est effacé ensuite (voir les durées plus bas).
    Nous ne demandons jamais votre religion, votre origine ou votre nationalité, et aucun chiffre n'est calculé par langue.
privacy-basis = <b>Ce qui nous autorise à utiliser vos données à { $city }</b> (la « base légale ») : { $basis }
privacy-basis-public-task = c'est une mission de service public de la mairie (RGPD, art. 6.1.e). Pour votre prénom, un signalement avec votre prénom ou une position exacte : votre accord (art. 6.1.a).
privacy-basis-legitimate-interest = l'association a un intérêt légitime : animer la concertation de quartier (RGPD, art. 6.1.f). Pour votre prénom, un signalement avec votre prénom ou une position exacte : votre accord (art. 6.1.a).
privacy-basis-unknown = <b>Ce qui nous autorise à utiliser vos données</b> (la « base légale ») : une mission de service public de la mairie, ou l'intérêt légitime de l'association, selon qui anime l'Agenda dans votre ville. Pour ce que vous n'êtes pas obligée de donner : votre accord.
privacy-details-who-sees =
    <b>Qui voit quoi</b>
    • Un signalement est lu par la coordinatrice de la ville.
    • Les mères relais et les animatrices de votre quartier le lisent aussi, seulement si vous l'avez choisi.
    • La police, l'école, les autres partenaires et les élus ne lisent qu'un texte relu et validé, sans votre nom.
    • Ils ne lisent jamais un signalement mis sous protection.
    • Votre prénom n'est montré que si vous avez répondu « Oui, avec mon prénom ».
    • Anonyme veut dire : personne ne voit votre nom dans le bot, et une position partagée est montrée arrondie à environ 150 m.
    • L'opératrice technique ne lit aucun signalement dans le bot. Elle fait marcher la machine et voit la liste des membres.
    • Elle écrit ces informations à la demande de la mairie ou de l'association qui répond de vos données.
privacy-retention-city = À <b>{ $city }</b>, le contenu d'un signalement (texte, vocal, photos, lieu) est effacé { $months } mois après sa clôture.
privacy-details-retention =
    <b>Combien de temps</b>
    • Une conversation restée sans suite : { $hours ->
        [one] { $hours } heure.
       *[other] { $hours } heures.
    }
    • Le contenu des messages envoyés par le bot : { $outbox ->
        [one] { $outbox } jour
       *[other] { $outbox } jours
    } après l'envoi.
    • Le contenu d'un signalement : { $months } mois après sa clôture, sauf si votre ville a choisi une autre durée.
    • Un signalement qui reste ouvert : 24 mois au plus.
    • Ensuite il ne reste que le suivi : quartier, sujet, créneau, état.
    • Restent aussi le texte relu sans nom pour les partenaires, et les notes des coordinatrices.
    • Le lien entre un signalement anonyme et vous : 30 jours après sa clôture.
    • La trace de qui a ouvert un signalement avec votre prénom : { $log } mois.
    • Votre compte : si vous n'écrivez plus pendant { $warning } mois, nous vous prévenons.
    • Après { $erasure } mois sans message, votre compte est effacé comme avec /forget.
privacy-details-rights =
    <b>Vos droits</b>
    • Voir et emporter vos données : /mydata. Corriger : /settings. Tout effacer : /forget.
    • Refuser une utilisation de vos données, ou demander qu'on la limite : écrivez au contact pour les données de votre ville.
    • Vous plaindre auprès de la CNIL, le service de l'État qui protège les données personnelles.
    • Pour écrire à la CNIL : www.cnil.fr/plaintes, ou CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
privacy-details-telegram =
    <b>Telegram</b>
    Vos messages passent par Telegram, une société installée hors de l'Union européenne. Telegram les voit, comme tout message.
    C'est pourquoi mes messages sur vos signalements disent le moins possible, le mode discret efface vos signalements de la conversation, et nos journaux ne gardent jamais le texte de vos messages ni votre nom.
privacy-nothing-held = Vous n'êtes pas inscrite : nous n'avons aucun compte à votre nom, seulement l'état de cette conversation, effacé au bout d'une semaine. Pour rejoindre un quartier, envoyez /start.
mydata-summary =
    <b>Ce que nous gardons sur vous</b>
    • Prénom : { $name }
    • Inscrite depuis le { $since }
    • { $roles ->
        [one] 1 rôle
       *[other] { $roles } rôles
    }
    • { $reports ->
        [0] aucun signalement
        [one] 1 signalement, avec son historique
       *[other] { $reports } signalements, avec leur historique
    }
    • { $questions ->
        [0] aucune question sur vos signalements
        [one] 1 question sur vos signalements
       *[other] { $questions } questions sur vos signalements
    }
    • { $messages ->
        [0] aucun message du bot
        [one] 1 message du bot, envoyé ou en attente
       *[other] { $messages } messages du bot, envoyés ou en attente
    } (leur contenu est effacé après l'envoi, voir /privacy)
    Tout est dans le fichier ci-dessous (JSON, lisible par un ordinateur).
mydata-discreet = ⚠️ Mode discret : ce fichier reste dans cette conversation. Enregistrez-le où vous voulez, puis effacez-le d'ici.
mydata-caption = Vos données à l'Agenda MMM
forget-confirm =
    <b>Tout effacer ?</b>
    Nous effacerons votre compte, votre prénom, vos réglages, vos rôles et les messages en attente pour vous.
    Dans vos signalements, nous effacerons le texte, les vocaux, les photos, les lieux, les questions et vos réponses. Ils resteront seulement comme chiffres anonymes (quartier, sujet, créneau, état). Ainsi, le quartier garde la trace de ce qui s'y passe.
    Attention : 30 jours après sa clôture, un signalement anonyme n'est plus relié à vous. /forget ne peut donc plus le trouver ni l'effacer. Son contenu (texte, vocal, photos, lieu) est effacé plus tard, comme pour tous les signalements : { $retention }.
    On ne peut pas revenir en arrière. Pour revenir plus tard, il faudra une nouvelle invitation.
forget-retention-city = à { $city }, { $months } mois après sa clôture
forget-retention-default = { $months } mois après sa clôture
button-forget-yes = 🗑 Oui, tout effacer
button-forget-no = Non, garder mon compte
forget-kept = Rien n'a été effacé.
forget-done =
    C'est fait : votre compte et vos données sont effacés.
    { $reports ->
        [0] Vous n'aviez aucun signalement.
        [one] Votre signalement reste seulement comme chiffre anonyme (quartier, sujet, créneau, état).
       *[other] Vos { $reports } signalements restent seulement comme chiffres anonymes (quartier, sujet, créneau, état).
    }
    Les messages déjà reçus sont encore dans cette conversation : vous pouvez la supprimer dans Telegram. Pour revenir, envoyez /start avec une nouvelle invitation.
inactive-warning = Vous n'avez pas écrit à l'Agenda MMM depuis longtemps. Sans message de votre part dans les { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, votre compte sera effacé (vos signalements resteront comme chiffres anonymes). Pour le garder, envoyez simplement un message, par exemple /help.
button-privacy-city = 🔐 Confidentialité : { $city }
privacy-settings =
    <b>Confidentialité — { $city }</b>
    • Responsable du traitement (qui répond des données) : { $controller } ({ $kind })
    • Adresse : { $address }
    • Contact pour les données : { $contact }
    • Contenu des signalements : { $retention }
    Chaque membre voit ces informations dans /privacy.
privacy-retention-months = effacé { $months } mois après la clôture
privacy-retention-default = effacé { $months } mois après la clôture (réglage par défaut)
button-privacy-controller = ✏️ Qui répond des données
button-privacy-address = ✏️ Adresse
button-privacy-contact = ✏️ Contact pour les données
button-privacy-kind = 🔁 Mairie / association
button-privacy-retention = 🔁 Durée de conservation
privacy-ask-controller = Envoyez le nom de qui répond des données (le « responsable du traitement »), comme il l'écrit sur ses courriers. Par exemple « Mairie de Roubaix » ou « Association des mères du Nord ».
privacy-ask-address = Envoyez son adresse postale.
privacy-ask-contact = Envoyez le contact pour les données : l'adresse mail ou postale du délégué à la protection des données.
privacy-saved = Enregistré.

## Vie privée et permissions : ce qui n'est pas encore choisi, ce qui n'est plus possible

privacy-controller-not-named =
    <b>{ $city }</b> — qui répond de vos données (le « responsable du traitement ») : pas encore nommé. La coordinatrice de la ville doit l'indiquer (la mairie ou une association). En attendant, posez vos questions à votre coordinatrice.
privacy-basis-not-named = <b>Ce qui nous autorise à utiliser vos données à { $city }</b> (la « base légale ») : cela dépend de qui répond de vos données (le « responsable du traitement »), pas encore nommé.
privacy-settings-not-named = ⚠️ Personne n'est encore nommé pour répondre des données (le « responsable du traitement »). Les membres lisent donc dans /privacy qu'il n'est pas nommé, et rien sur ce qui nous autorise à utiliser leurs données. Indiquez son nom, puis dites s'il s'agit de la mairie ou d'une association.
settings-privacy-reminder = ⚠️ <b>{ $city }</b> : personne n'est encore nommé pour répondre des données (le « responsable du traitement »). Indiquez-le avec le bouton « Confidentialité » ci-dessous.
triage-content-erased = Le contenu de ce signalement a été effacé : il n'y a plus de texte à corriger ni à transmettre aux partenaires.
invite-problem-withdrawn = Cette invitation n'est plus valable : la personne qui l'a créée ne peut plus inviter. Demandez-en une nouvelle.
invite-problem-role-ended = Votre rôle ici a pris fin : une ancienne invitation ne le rétablit pas. Demandez une nouvelle invitation à votre coordinatrice.
error-private-button = Ce bouton s'utilise dans une conversation privée avec moi.

## Quartier groups: the bot keeps the door of each quartier's Telegram group
menu-join-group = 👥 Groupe du quartier
cmd-group = Rejoindre le groupe de mon quartier
button-join-group = Rejoindre le groupe
linkgroup-door = Je garde la porte du groupe : j'accepte les demandes des membres du quartier, je refuse les autres, et je sors du groupe celles dont le rôle prend fin. Vous n'avez plus à accepter personne à la main.
linkgroup-rights-missing = Il me manque ces droits dans ce groupe : { $missing }. Nommez-moi administrateur du groupe avec ces droits, puis envoyez à nouveau /linkgroup.
linkgroup-failed = Telegram n'a pas répondu. Rien n'a changé. Envoyez à nouveau /linkgroup dans un moment.
linkgroup-other-quartier = Ce groupe est déjà relié à un autre quartier. Un groupe sert un seul quartier.
group-right-admin = administrateur
group-right-invite = « Inviter via un lien »
group-right-ban = « Bannir des utilisateurs »
group-join-offer = Le groupe de votre quartier : appuyez sur le bouton pour demander à entrer. J'accepte votre demande tout de suite si vous êtes membre du quartier.
group-join-none = Votre quartier n'a pas encore de groupe relié au bot. Demandez à votre coordinatrice.
group-join-approved = Bienvenue ! Vous êtes entrée dans le groupe du quartier <b>{ $quartier }</b>.
group-join-declined = Je ne peux pas vous faire entrer dans le groupe du quartier <b>{ $quartier }</b> : il est réservé aux membres du quartier. Pour en faire partie, demandez une invitation à sa coordinatrice.
group-remove-failed = Je n'ai pas pu sortir une personne du groupe du quartier <b>{ $quartier }</b> : j'ai sans doute perdu mes droits, ou le groupe n'existe plus. Vérifiez le groupe, puis envoyez à nouveau /linkgroup dans le groupe.
group-broken = Le groupe du quartier <b>{ $quartier }</b> : { $why } Je ne garde plus sa porte. Envoyez à nouveau <code>/linkgroup { $prefix }</code> dans le groupe.
group-broken-removed = on m'a retiré du groupe.
group-broken-demoted = je n'ai plus les droits d'administrateur qu'il me faut.
group-broken-migrated = il est devenu un supergroupe, et son lien d'invitation a changé.
settings-group-admits = Groupes des quartiers de { $city } : acteurs locaux admis : { $actors } ; élus admis : { $elected }. Les mères, mères relais et animatrices du quartier sont toujours admises.
button-group-actors = 👥 { $city } : acteurs locaux dans les groupes
button-group-elected = 👥 { $city } : élus dans les groupes
mydata-groups = Groupes de quartier où je vous ai fait entrer : { $quartiers }

## Diffusions : une annonce, une version par langue, un compte rendu
menu-broadcast = 📣 Diffuser une annonce
cmd-broadcast = Diffuser une annonce (texte ou message vocal, en plusieurs langues)
cmd-broadcasts = Mes diffusions : compte rendu, annulation
broadcast-copy = Annonce
broadcast-ask-city = Dans quelle ville diffuser l'annonce ?
broadcast-ask-audience = À qui envoyer l'annonce ? Touchez les quartiers et les rôles voulus (aucun quartier choisi = toute la ville ; aucun rôle choisi = tout le monde), puis « Continuer ».
broadcast-button-groups = Aussi dans les groupes Telegram des quartiers
broadcast-button-audience-done = Continuer ➡️
broadcast-ask-text = Destinataires : { $count }. Écrivez l'annonce, ou envoyez un message vocal : ce sera la version dans votre langue.
broadcast-ask-version = Écrivez la version { $lang }, ou envoyez un message vocal.
broadcast-summary = Destinataires : { $count } — { $lines }
    Touchez une langue pour ajouter ou remplacer sa version, 👁 pour voir ce qu'elles recevront.
broadcast-summary-line = { $lang } { $count } { $state ->
        [voice] ✅ (vocal)
        [text] ✅
       *[missing] ➕ (elles recevront la version { $default })
    }
broadcast-button-send = 📤 Envoyer maintenant
broadcast-button-schedule = 🕒 Programmer
broadcast-preview = Aperçu — version { $lang } :
broadcast-preview-fallback = Aperçu — pas de version { $lang } : ces personnes recevront la version { $default } :
broadcast-preview-none = Aucune version encore : rien à montrer pour { $lang }.
broadcast-preview-text = { $text }
broadcast-ask-when = Quand l'envoyer ? Écrivez la date et l'heure, heure de la ville ({ $timezone }), par exemple 25/12/2030 18:30.
broadcast-error-when = Je n'ai pas compris cette date. Écrivez-la comme 25/12/2030 18:30 (heure de { $timezone }).
broadcast-error-empty = L'annonce est vide : écrivez un texte ou envoyez un message vocal.
broadcast-error-too-long = C'est trop long de { $over ->
        [one] { $over } caractère
       *[other] { $over } caractères
    } (au plus { $max }). Raccourcissez le texte et renvoyez-le.
broadcast-error-no-recipients = Personne ne recevrait cette annonce : choisissez d'autres quartiers ou rôles.
broadcast-error-past = Cette date est passée : choisissez une date à venir.
broadcast-error-no-version = L'annonce n'a encore aucune version : écrivez un texte ou envoyez un message vocal.
broadcast-error-expected-text-or-voice = J'attends un texte ou un message vocal (pas un autocollant ni un fichier).
broadcast-queued = C'est parti : envois en file : { $count }. Je vous tiens au courant ici.
broadcast-scheduled = Annonce programmée pour le { $when }. Vous pouvez l'annuler d'ici là.
broadcast-button-cancel = ✖️ Annuler la diffusion
broadcast-button-report = 📊 Compte rendu
broadcast-list-empty = Vous n'avez encore diffusé aucune annonce.
broadcast-status-scheduled = programmée
broadcast-status-sending = en cours d'envoi
broadcast-status-done = terminée
broadcast-status-cancelled = annulée
broadcast-figures = Diffusion n° { $id } ({ $status }) : reçues { $delivered }, en attente { $queued }, injoignables { $unreachable }, en échec { $failed }, retirées { $withdrawn } ; « compris » : { $understood }.
    { $lines }
broadcast-figures-line = { $lang } : reçues { $delivered }, en attente { $queued }, injoignables { $unreachable }, en échec { $failed }
broadcast-progress = 📣 Envoi en cours — { $figures }
broadcast-final = ✅ Envoi terminé — { $figures }
broadcast-cancelled = Diffusion annulée : envois retirés : { $withdrawn } ; déjà partis : { $gone }.
broadcast-not-understood = Pas encore « compris » : { $names } { $others ->
        [0] {""}
       *[other] (autres personnes : { $others })
    }
broadcast-understood-button = Compris ✅
broadcast-understood-thanks = Merci, c'est noté ✅
broadcast-understood-already = C'était déjà noté ✅
