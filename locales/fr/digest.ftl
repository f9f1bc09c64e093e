## Résumés aux élus : le texte

digest-period-week = Semaine
digest-period-month = Mois
digest-title =
    📊 <b>Résumé — { $area }</b>
    { $period } du { $from } au { $to }
    Nouveaux signalements : { $total } ({ $trend })
digest-few = moins de 3
digest-trend-new = nouveau
digest-trend-up = en hausse de { $percent } %
digest-trend-down = en baisse de { $percent } %
digest-trend-steady = stable
digest-trend-hidden = trop peu pour comparer
digest-category = • { $category } : { $count } ({ $trend })
digest-busiest-title = 🕒 <b>Les moments les plus chargés</b>
digest-busiest-cell = • { $day }, { $slot } : { $count }
digest-busiest-none = 🕒 Aucun moment ne compte 3 signalements ou plus.
digest-statuses = 📌 Résolus : { $resolved } · en cours : { $progress } · en attente : { $waiting }
digest-triage-median = ⏱ Temps habituel avant la première lecture : { $hours } h
digest-triage-none = ⏱ Aucun signalement de la période n'a encore été lu.
digest-meetings = 🤝 Réunions tenues : { $held } · mères présentes : { $mothers } · acteurs locaux présents : { $actors }
digest-calmer = 🌿 Est-ce plus calme ? Oui : { $calmer } · pareil : { $same } · pire : { $worse }
digest-broadcasts = 📣 Annonces envoyées : { $count } ({ $copies } messages)
digest-excerpts-title = 💬 <b>Ce qui a été dit</b> (textes validés pour les partenaires)
digest-excerpt = « { $text } »
digest-caption-short = 📊 Résumé — { $area }. Le détail suit.

## Résumés aux élus : l'image

digest-map-title = Quand ça se tend — { $area }
digest-map-subtitle = Signalements par jour et par moment, du { $from } au { $to }
digest-map-legend-none = aucun
digest-map-legend-few = moins de 3
digest-map-legend-many = 3 et plus (le chiffre est écrit)
digest-slot-early-morning = Tôt le matin
digest-slot-morning = Matin
digest-slot-midday = Midi
digest-slot-afternoon = Après-midi
digest-slot-school-exit = Sortie d'école
digest-slot-evening = Soir
digest-slot-night = Nuit

## Jours de la semaine, en abrégé (en tête des colonnes de l'image)
digest-day-mon = Lun
digest-day-tue = Mar
digest-day-wed = Mer
digest-day-thu = Jeu
digest-day-fri = Ven
digest-day-sat = Sam
digest-day-sun = Dim

## (technical: lines of a summary joined into one caption)
digest-join =
    { $first }
    { $rest }

## /summary, /export et le réglage du résumé de la semaine

cmd-summary = Résumé des signalements d'une ville ou d'un quartier
cmd-export = Exporter les signalements validés (tableau ou Open311)
menu-summary = 📊 Résumé
menu-export = 📤 Export
summary-choose-area = 📊 Le résumé de quel endroit ?
summary-choose-period = 📊 Sur quelle période ?
button-summary-city = 🏙 { $area } (toute la ville)
button-summary-quartier = 🏘 { $area }
button-period-week = Les 7 derniers jours
button-period-month = Le dernier mois
export-choose = 📤 Quel export ? Il contient les signalements validés pour les partenaires, sans nom ni adresse. Vous choisissez ensuite la période.
button-export-csv = 📄 { $city } : tableau (CSV)
button-export-open311 = 🌐 { $city } : Open311 (JSON)
export-caption = 📤 Signalements validés pour les partenaires — { $period }. Aucun nom, lieux arrondis, heures par moment de la journée.
settings-digest = 📊 Résumé de la semaine pour { $city } : { $day } à { $hour } h ({ $state })
button-digest-day = 📅 { $city } : jour du résumé
button-digest-hour = 🕗 { $city } : heure du résumé
button-digest-toggle = 🔔 { $city } : résumé oui ou non
