# Agenda MMM — English.
# The arguments in { $… } are already escaped for Telegram's HTML.

language-name = English

## What Telegram shows before /start

bot-description = The Agenda MMM for living better together puts mothers at the heart of neighbourhood consultation. Report what is wrong in the neighbourhood. Meet the police, schools, social workers and elected officials as equals. Follow the solutions. By invitation from your city.
bot-short-description = Mothers at the heart of neighbourhood consultation.

## Command descriptions (Telegram's "/" menu)

cmd-start = Start, or join with a code
cmd-help = What you can do
cmd-language = Change language
cmd-settings = Your settings
cmd-cancel = Stop what is in progress
cmd-privacy = Who sees what, your rights
cmd-invite = Create an invitation
cmd-members = Members of a neighbourhood
cmd-revoke = Cancel an invitation
cmd-newquartier = Create a neighbourhood
cmd-newcity = Create a city
cmd-linkgroup = Link this group to a neighbourhood

## Roles

role-mother = mother
role-relay = relay mother
role-facilitator = mothers' workshop facilitator
role-actor = local partner
role-coordinator = coordinator
role-elected = elected official
role-relay-plural = relay mothers
role-facilitator-plural = facilitators

## Errors and general replies

error-generic = Oops, something went wrong on our side. Nothing is lost: please try again in a moment.
error-not-allowed = You are not allowed to do this.
error-stale-button = This button no longer works. Please start again from the menu.
error-not-registered = Hello! To begin, send /start.
error-private-only = This command only works in a private chat with me.
error-group-only = This command only works in the neighbourhood's Telegram group.
error-unknown-command = I don't know this command. Send /help to see what you can do.
error-expected-text = Here I need a written message.
error-expected-choice = Choose an answer with the buttons above, or send /cancel to stop.
error-empty-text = This text is empty.
error-text-too-long = This is too long: { $max ->
        [one] { $max } character at most.
       *[other] { $max } characters at most.
    }
error-bad-characters = This text contains characters I cannot use.
error-bad-prefix = A neighbourhood prefix has 2 to 4 letters, for example BEL.
error-bad-timezone = I don't know this time zone. Example: Europe/Paris.
error-unknown-language = I don't know this language.
error-unknown-role = I don't know this role.
error-edited = I don't read edited messages: please send a new message instead.
error-not-allowed-instead = Here is what you can do: { $commands }
dialogue-expired = Your last conversation was left unfinished for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }, so I erased it. You can start again whenever you like.
cancelled = Cancelled. Nothing was saved.
nothing-to-cancel = Nothing is in progress.

## Buttons

button-continue = ✅ Continue
button-skip = ⏭ Skip
button-discreet-on = 🤫 Yes, discreet mode
button-discreet-off = 👁 No thanks
button-revoke = 🚫 Cancel this invitation
button-end-role = ✖️ End the role
button-change-role = 🔁 Change the role
button-toggle-discreet = 🤫 Discreet mode: change
button-change-name = ✏️ Change my first name
button-remove-name = 🗑 Erase my first name
button-change-language = 🌐 Change language

## Main menu (keyboard)

menu-help = ❓ Help
menu-settings = ⚙️ Settings
menu-language = 🌐 Language
menu-privacy = 🔐 Privacy
menu-invite = ✉️ Invite
menu-members = 👥 Members
menu-new-quartier = 🏘 New neighbourhood
menu-new-city = 🏙 New city
menu-shown = Here is the menu.

## Registration

onboarding-choose-language = Welcome to the <b>Agenda MMM for living better together</b>! Choose your language:
onboarding-notice =
    <b>Before we start</b>
    • What you report is read by your city's coordinator.
    • The relay mothers and the facilitators of your neighbourhood read it too, only if you choose so.
    • The police, the school, the other partners and elected officials never see your name.
    • We keep your language, your neighbourhood and your role; your first name only if you give it.
    • A conversation left unfinished is erased after { $hours ->
        [one] { $hours } hour.
       *[other] { $hours } hours.
    }
    • You can see everything and erase everything at any time.
onboarding-ask-code = Send the invitation code you were given (12 letters and numbers, for example <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = What would you like us to call you? Your first name is <b>not required</b>. It will only be shown to the people who read your reports, and only if you choose. You can skip this.
onboarding-ask-discreet =
    <b>Discreet mode</b>
    It helps if someone else may look at your phone. Your reports are erased from this chat once sent. My messages say nothing about what they contain. Do you want to turn it on? You can change it in /settings.
onboarding-welcome = Welcome! You have joined <b>{ $place }</b>. Your role: <b>{ $role }</b>.
onboarding-welcome-admin = Welcome! You run this bot (you are its operator). Start by creating a city with /newcity.
onboarding-privacy-guide =
    <b>Protect yourself on Telegram</b>
    • Hide your number: Settings → Privacy and Security → Phone Number → “Nobody”.
    • Lock Telegram with a code: Settings → Privacy and Security → Passcode Lock.
    • Your messages with me can only be seen in this chat: delete it whenever you want.
onboarding-already-member = You are already registered.
joined-new-role = Done! Your new role for <b>{ $place }</b>: <b>{ $role }</b>.
joined-already = You already have this role for <b>{ $place }</b>.
inviter-joined-named = <b>{ $name }</b> has joined { $place } thanks to your invitation (role: { $role }).
inviter-joined-unnamed = A new person has joined { $place } thanks to your invitation (role: { $role }).

## Refused invitations

invite-problem-unknown = This invitation code does not exist. Check it, or ask for a new one.
invite-problem-expired = This invitation has expired. Ask the person who gave it to you for a new one.
invite-problem-used-up = This invitation has already been used as many times as planned. Ask for a new one.
invite-problem-revoked = This invitation has been cancelled. Ask for a new one.

## Help

help-intro = <b>Agenda MMM</b> — what you can do:
help-everyone =
    /language — change language
    /settings — your settings (discreet mode, first name)
    /privacy — who sees what, your rights
    /mydata — see and download your data
    /forget — erase your account and your data
    /cancel — stop what is in progress
help-inviter = /invite — invite a mother from your neighbourhood
help-coordinator =
    /invite — invite a mother, a relay mother, a facilitator, a local partner or an elected official
    /members — see the members of a neighbourhood, change or end a role
    /revoke — cancel an invitation
    /newquartier — create a neighbourhood
    /linkgroup — link a neighbourhood's Telegram group to the neighbourhood (send it in the group)
help-admin =
    /newcity — create a city
    /newquartier — create a neighbourhood
    /invite — appoint a coordinator
help-not-member = You are not a member of any neighbourhood yet: send /start followed by your invitation code.

## Language and settings

language-choose = Choose your language:
language-changed = Got it: I will now speak to you in English.
settings-summary =
    <b>Your settings</b>
    Language: { $language }
    First name: { $name }
    Discreet mode: { $discreet }
settings-name-none = (none)
settings-on = on
settings-off = off
settings-discreet-changed = Discreet mode: { $state }.
settings-ask-name = Send the first name to use.
settings-name-saved = First name saved.
settings-name-removed = First name erased.

## Privacy


## Cities and neighbourhoods

newcity-ask = Send the name of the city, followed by its time zone if it is not { $tz }. Example: <code>Roubaix</code> or <code>Cayenne America/Cayenne</code>
newcity-created = City <b>{ $city }</b> created (time zone { $tz }). Appoint its coordinator with /invite.
newcity-duplicate = A city with this name already exists.
newquartier-ask = Send the neighbourhood's prefix (2 to 4 letters; it cannot be changed later), then its name. Example: <code>BEL Belleville</code>
newquartier-choose-city = In which city?
newquartier-created = Neighbourhood <b>{ $quartier }</b> ({ $prefix }) created in { $city }. Invite its members with /invite.
newquartier-duplicate = The prefix { $prefix } is already taken in this city.
no-city-yet = There is no city yet where you can do this.

## Invitations

invite-choose-role = Which role is this invitation for?
invite-choose-place = For which neighbourhood or city?
invite-nothing-to-grant = You cannot invite anyone for now.
invite-created =
    <b>Invitation: { $role }</b> — { $place }
    Code: <code>{ $code }</code>
    Link: { $link }
    Valid until { $until }, { $uses ->
        [one] for one person.
       *[other] for { $uses } people.
    }
invite-qr-caption = Scan this code to join the Agenda MMM — { $place }. Or send /start { $code } to the bot.
invite-revoked = The invitation <code>{ $code }</code> is cancelled: it can no longer be used.
invite-already-revoked = This invitation was already cancelled.
invite-list = Your invitations that are still valid:
invite-list-entry = <code>{ $code }</code> — { $role }, { $place } ({ $used }/{ $max })
invite-list-empty = You have no open invitations.

## Members

members-choose-quartier = Members of which neighbourhood?
members-header =
    <b>{ $place }</b> — { $count ->
        [0] no members
        [one] one member
       *[other] { $count } members
    }
members-entry = { $n }. { $name } — { $role }
members-unnamed = Member no. { $id }
members-choose-new-role = New role for { $name }?
members-role-ended = { $name }: the role “{ $role }” has ended.
members-role-changed = New role for { $name }: { $role }.
members-role-already-ended = This role had already ended.
member-notice-ended = Your role as { $role } for { $place } has ended. Thank you for your commitment!
member-notice-changed = Your role for { $place } is now: { $role }.

## Neighbourhood Telegram groups

linkgroup-usage = In the neighbourhood's Telegram group, send /linkgroup followed by the neighbourhood's prefix, for example <code>/linkgroup BEL</code>.
linkgroup-done = This group is now linked to the neighbourhood <b>{ $quartier }</b>. Neighbourhood announcements can be posted here. Reports, never.
linkgroup-unknown-prefix = No neighbourhood in your cities has the prefix { $prefix }.

## Reports: commands, menu, help

cmd-report = Report a problem in the neighbourhood
cmd-myreports = Your reports
menu-report = 📝 Report
menu-myreports = 📋 My reports
help-reporter =
    /report — report a problem in the neighbourhood
    /myreports — your reports and how far they have got

## Reports: danger

report-danger =
    <b>If there is danger, call:</b>
    📞 <b>17</b> police · <b>112</b> emergencies
    ✉️ <b>114</b> by text message (SMS) if you cannot speak
    🧒 <b>119</b> a child in danger
    🟣 <b>3919</b> violence against women
    This bot is not an emergency service.
button-danger-now = 🆘 Someone is in danger right now
report-danger-alerted = Call these numbers right away: they answer day and night. I have also told your city's coordinator. But she is not an emergency service. If someone is in danger, call 17 or 112.
report-danger-no-coordinator = Call these numbers right away: they answer day and night. I have not told anyone: your city has no coordinator yet. If someone is in danger, call 17 or 112.
alert-danger = 🆘 Someone from { $quartier } pressed “someone is in danger right now”. They have been given the emergency numbers.
alert-danger-city = 🆘 Someone from the city of { $city } pressed “someone is in danger right now”. They have been given the emergency numbers.
report-not-member = To report, you need to be a member of a neighbourhood. Ask your coordinator for an invitation.

## Reports: the steps

report-choose-quartier = In which neighbourhood?
report-choose-category = What is it about?
category-neighbours = 🏘 Tension between neighbours
category-school-run = 🏫 Going to and from school
category-harassment = 🗣 Harassment or insults in the street
category-youth-conflict = 👊 Fights or conflicts between young people
category-insecurity = ⚠️ Drug dealing, feeling unsafe
category-incivility = 🗑 Noise, litter, damage
category-public-space = 💡 Streets and public places (lighting, broken equipment)
category-vulnerable-person = 🧓 A frail person left alone
category-discrimination = ✋ Discrimination
category-other = ❔ Something else
report-ask-when = When does it happen?
button-when-now = ⏱ Now
button-when-earlier = 🕘 Earlier today
button-when-regularly = 🔁 It happens often
report-ask-slot = At what time of day?
slot-early-morning = 🌅 Early morning (6:00–9:00)
slot-morning = ☀️ Morning (9:00–12:00)
slot-midday = 🍽 Midday (12:00–14:00)
slot-afternoon = 🌤 Afternoon (14:00–16:00)
slot-school-exit = 🎒 End of school (16:00–18:00)
slot-evening = 🌆 Evening (18:00–21:00)
slot-night = 🌙 Night (21:00–6:00)
report-ask-weekdays = Which days? Tap the days, then “Confirm”.
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
button-done = ✅ Confirm
report-ask-place = Where? Write the place (a street, a bus stop, a school entrance…) or share a location with 📎. You can skip this.
report-ask-content = Tell me what is happening: <b>describe the place and the time, not the people</b> — no names, no faces. Write, or send a voice message 🎤 or a photo. You can skip this.
report-photos-added =
    { $count ->
        [one] Photo added.
       *[other] { $count } photos added.
    } Send more, or continue.
report-photo-cap-reached = That is the most: a report keeps { $max ->
        [one] { $max } photo
       *[other] { $max } photos
    } at most. Continue when you are ready.
report-photos-not-taken =
    { $count ->
        [one] One photo was not added
       *[other] { $count } photos were not added
    }: a report keeps { $max ->
        [one] { $max } photo
       *[other] { $max } photos
    } at most.
report-ask-audience = Who can read your report?
button-audience-coordinator = 🔒 Only the coordinator
button-audience-relays = 👥 The coordinator, the relay mothers and the facilitators of my neighbourhood
report-ask-identity = Can your first name be shown to those who will read your report?
button-named = 🙋 Yes, with my first name
button-anonymous = 🕶 No, anonymous
report-anonymous-warning = ⚠️ You stay anonymous: nobody will see your name in the bot. But your voice, a photo or an exact location can make you recognisable. What would you like to do?
button-keep-media = I'll keep them
button-drop-media = 🗑 Remove them

## Reports: summary and sending

report-summary =
    <b>Your report</b>
    Neighbourhood: { $quartier }
    Subject: { $category }
    When: { $when }
    Where: { $place }
    What: { $content }
    Read by: { $audience }
    First name: { $identity }
report-when-now = now
report-when-earlier = today — { $slot }
report-when-regularly = often — { $days } — { $slot }
report-place-none = (not given)
report-place-location = a shared location
report-content-none = (nothing)
report-content-voice = a voice message
report-content-photos =
    { $count ->
        [one] one photo
       *[other] { $count } photos
    }
report-audience-coordinator = only the coordinator
report-audience-relays = the coordinator, the relay mothers and the facilitators of the neighbourhood
report-identity-named = yes, with my first name
report-identity-anonymous = no, anonymous
button-confirm = ✅ Send
button-change = ✏️ Change
button-cancel-report = ✖️ Cancel
report-change-which = What would you like to change?
step-category = The subject
step-when = When
step-place = Where
step-content = What
step-audience = Who can read
step-identity = The first name
report-saved = Thank you. Your report <b>{ $reference }</b> is saved. We will let you know at each step; find it again with /myreports.
report-cancelled = Report cancelled: nothing was saved.
report-expected-place = I am waiting for a written place or a shared location (📎 → Location), or “Skip”.
report-expected-content = I am waiting for a text, a voice message or a photo, or “Skip”.

## My reports

myreports-none = You have not made any reports yet. To make one: /report
myreports-header = <b>Your reports</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 received
status-acknowledged = 👀 noted
status-on-agenda = 📅 planned for a meeting
status-in-progress = 🔧 in progress
status-resolved = ✅ resolved
status-duplicate = 🔁 already reported
status-rejected = ✖️ not taken up
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## Sorting reports

cmd-reports = Read and sort reports
menu-reports = 🗂 Neighbourhood reports
help-triage = /reports — read and sort the reports from your neighbourhood
triage-choose-quartier = Reports from which neighbourhood?
triage-list-header =
    <b>{ $place }</b> — { $filter }: { $count ->
        [0] no reports
        [one] one report
       *[other] { $count } reports
    }
triage-filter-open = open
triage-filter-closed = closed
triage-list-button = { $reference } · { $date } · { $kind } · { $status } · { $category }
button-show-open = 📂 Open
button-show-closed = 🗄 Closed
button-previous = ◀️ Previous
button-next = Next ▶️
triage-detail =
    <b>{ $reference }</b> — { $status }
    Subject: { $category }
    When: { $when }
    Where: { $place }
    What: { $content }
    Read by: { $audience }
    From: { $reporter }
triage-when-cell = { $kind } — { $days } — { $slot } (reported on { $date })
triage-location = a location ({ $lat }, { $lon })
triage-reporter-anonymous = anonymous
triage-reporter-unnamed = a member with no first name
triage-set-status = → { $status }
triage-ask-reason = Why is this report not being taken up? The reason is kept in the history.
triage-ask-duplicate = Which report does this one repeat? Send its reference, for example <code>BEL-0012</code>.
triage-duplicate-unknown = I can't find this report in this neighbourhood. Please check the reference.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = News about your report <b>{ $reference }</b>: { $status }.
report-news-discreet = There is news about one of your reports: open /myreports.
triage-kind-once = once
triage-kind-regularly = often

## Alerts and limits

settings-alerts = New reports: { $alerts }
alerts-immediate = 🔔 notified right away
alerts-daily = 🗓 one summary a day
alerts-off = 🔕 no alerts
button-alerts = 🔔 Alerts: change
alert-new-report = 🆕 New report <b>{ $reference }</b> in { $quartier }: { $category }. Open /reports.
alert-roundup =
    { $count ->
        [one] 🗓 One new report today. Open /reports.
       *[other] 🗓 { $count } new reports today. Open /reports.
    }
report-limit = You have already made { $max ->
        [one] { $max } report
       *[other] { $max } reports
    } in 24 hours: thank you! You can carry on tomorrow. If it is urgent, call 17 or 112.
error-slow-down = Slow down a little 🙂: you are writing to me very fast. I did not take { $what }, nor what you sent right after it in the same second. Please send it again in a moment.
error-slow-down-button = Slow down a little 🙂: this button press was not taken. Press it again in a moment.
flood-what-message = this message
flood-what-photo = this photo
flood-what-voice = this voice message
flood-what-location = this location

## Following up a report

button-redact = ✏️ Correct the text
button-drop-photos = 🗑 Remove the photos
button-validate = ✅ Text for partners
button-safeguarding = 🛡 Protect (left out of summaries)
button-ask = ❓ Ask a question
triage-ask-redacted = Send the corrected text, without names or details that could let someone be recognised. It replaces the original text.
triage-redacted = Text corrected. This is recorded in the history.
triage-photos-dropped = Photos removed. This is recorded in the history.
triage-ask-partner-text = Send the text that the police, the school, the other partners and elected officials will be able to read. Say the place, the time and the problem, with no identities at all.
triage-validated = Text approved for partners.
triage-safeguarding-on = 🛡 Protection on: this report will not appear in any summary.
triage-safeguarding-off = Protection removed.
triage-ask-question = Send your question. It will be passed on without your name, and her answer will reach you without her name.
triage-question-sent = Question sent.
triage-reporter-gone = The person who made this report can no longer be contacted.
triage-ask-resolution = What has been done? Your message will be sent to her (“you told us, here is what was done”). You can skip this.
report-resolved = ✅ Your report <b>{ $reference }</b> is resolved. What was done: { $done }
question-asked = ❓ A question about your report <b>{ $reference }</b> is waiting for you: open /myreports to read it and reply.
myreports-question = ❓ <b>{ $reference }</b>: “{ $question }”
button-answer = ✍️ Reply
answer-ask = Write your reply. It will be passed on without your name.
answer-thanks = Thank you, your reply has been passed on.
answer-received = ✍️ Reply about <b>{ $reference }</b>: “{ $answer }”
partners-header = <b>{ $place }</b> — reports approved for partners
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = No reports approved yet.

## Discreet mode

report-discreet-offer = 🤫 Could someone else look at your phone? Discreet mode erases this report from the conversation once it is sent. My messages will say nothing about what it contains.
report-discreet-accepted = 🤫 Discreet mode is on: this report will be erased from the conversation once it is sent. You can change this in /settings.
report-discreet-declined = All right, I won't ask again. You can turn discreet mode on at any time in /settings.
report-discreet-receipt = ✔️ Received, thank you. Find your reports with /myreports.

## Filter by topic

button-by-category = 🔎 By subject
button-all-categories = All subjects
triage-choose-category = Which subject?
triage-list-category = Subject: { $category }

## Remove a photo

triage-which-photo = Which photo should be removed? (in the order they were sent)
button-drop-photo = 🗑 Photo { $n }

## Privacy: /privacy, /mydata, /forget

cmd-mydata = See and download your data
cmd-forget = Erase your account and your data
privacy-controller =
    <b>{ $city }</b> — who is responsible for your data (the “data controller”): { $controller } ({ $kind }), { $address }.
    Who to write to about your data: { $contact }
privacy-not-named = not given yet (ask your coordinator)
privacy-controller-unknown = The town hall or the association running the Agenda in your city is responsible for your data (it is called the “data controller”). Its name will be written here as soon as you join a neighbourhood.
privacy-kind-town-hall = town hall
privacy-kind-association = association
privacy-short = <b>Your rights</b>: /mydata to see and download everything we keep about you, /forget to erase it all, /settings to correct your first name or language. You can also complain to the CNIL: the French public body that protects personal data.
button-privacy-details = 📄 All the details
privacy-details-collected =
    <b>What we keep and why</b>
    • Your Telegram account (its internal number, not your phone number), your language and your settings: to write to you in your language.
    • Your neighbourhood and your role: to know what you may see and do.
    • Your first name, only if you give it; you can remove it in /settings.
    • Your reports: the moment (day, time slot), the place, what you describe, your voice messages and photos.
    • They are sent with your first name or anonymous, as you choose.
    • They are used by the people who deal with them, to act.
    • The messages the bot sends you, to deliver them. Their content is erased afterwards (see how long below).
    We never ask your religion, origin or nationality, and no figure is ever counted by language.
privacy-basis = <b>What allows us to use your data in { $city }</b> (the “legal basis”): { $basis }
privacy-basis-public-task = it is a public-service task of the town hall (GDPR, art. 6.1.e). For your first name, a report with your first name or an exact location: your agreement (art. 6.1.a).
privacy-basis-legitimate-interest = the association has a legitimate interest: running neighbourhood consultation (GDPR, art. 6.1.f). For your first name, a report with your first name or an exact location: your agreement (art. 6.1.a).
privacy-basis-unknown = <b>What allows us to use your data</b> (the “legal basis”): a public-service task of the town hall, or the legitimate interest of the association, depending on who runs the Agenda in your city. For what you do not have to give: your agreement.
privacy-details-who-sees =
    <b>Who sees what</b>
    • A report is read by the city's coordinator.
    • The relay mothers and the facilitators of your neighbourhood read it too, only if you chose so.
    • Police, schools, other partners and elected officials only read a text that was checked and approved, without your name.
    • They never read a report put under protection.
    • Your first name is shown only if you answered “Yes, with my first name”.
    • Anonymous means: nobody sees your name in the bot, and a shared location is shown rounded to about 150 m.
    • The technical operator reads no report in the bot. She keeps the machine running and sees the list of members.
    • She writes this information at the request of the town hall or association responsible for your data.
privacy-retention-city = In <b>{ $city }</b>, the content of a report (text, voice, photos, place) is erased { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after it is closed.
privacy-details-retention =
    <b>How long</b>
    • A conversation left unfinished: { $hours ->
        [one] { $hours } hour.
       *[other] { $hours } hours.
    }
    • The content of messages the bot sends: { $outbox ->
        [one] { $outbox } day
       *[other] { $outbox } days
    } after sending.
    • The content of a report: { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after it is closed, unless your city chose another period.
    • A report that stays open: 24 months at most.
    • After that only the follow-up remains: neighbourhood, subject, time slot, status.
    • Also kept: the checked text without names for partners, and the coordinators' notes.
    • The link between an anonymous report and you: 30 days after it is closed.
    • The record of who opened a report with your first name: { $log ->
        [one] { $log } month.
       *[other] { $log } months.
    }
    • Your account: if you do not write for { $warning ->
        [one] { $warning } month
       *[other] { $warning } months
    }, we tell you.
    • After { $erasure ->
        [one] { $erasure } month
       *[other] { $erasure } months
    } without a message, your account is erased as with /forget.
privacy-details-rights =
    <b>Your rights</b>
    • See and take your data: /mydata. Correct it: /settings. Erase everything: /forget.
    • Refuse a use of your data, or ask for it to be limited: write to the contact for data in your city.
    • Complain to the CNIL, the French public body that protects personal data.
    • To write to the CNIL: www.cnil.fr/plaintes, or CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France.
privacy-details-telegram =
    <b>Telegram</b>
    Your messages go through Telegram, a company based outside the European Union. Telegram sees them, like any message.
    That is why my messages about your reports say as little as possible, discreet mode erases your reports from the conversation, and our logs never keep the text of your messages or your name.
privacy-nothing-held = You are not registered: we have no account in your name, only the state of this conversation, erased after a week. To join a neighbourhood, send /start.
mydata-summary =
    <b>What we keep about you</b>
    • First name: { $name }
    • Registered since { $since }
    • { $roles ->
        [one] 1 role
       *[other] { $roles } roles
    }
    • { $reports ->
        [0] no reports
        [one] 1 report, with its history
       *[other] { $reports } reports, with their history
    }
    • { $questions ->
        [0] no questions about your reports
        [one] 1 question about your reports
       *[other] { $questions } questions about your reports
    }
    • { $messages ->
        [0] no messages from the bot
        [one] 1 message from the bot, sent or waiting
       *[other] { $messages } messages from the bot, sent or waiting
    } (their content is erased after sending, see /privacy)
    Everything is in the file below (JSON, readable by a computer).
mydata-discreet = ⚠️ Discreet mode: this file stays in this conversation. Save it wherever you want, then delete it from here.
mydata-caption = Your data at Agenda MMM
forget-confirm =
    <b>Erase everything?</b>
    We will erase your account, your first name, your settings, your roles and the messages waiting for you.
    In your reports, we will erase the text, voice messages, photos, places, questions and your answers. They will remain only as anonymous figures (neighbourhood, subject, time slot, status). This way the neighbourhood keeps a record of what happens there.
    Please note: 30 days after it is closed, an anonymous report is no longer linked to you. So /forget can no longer find it or erase it. Its content (text, voice, photos, place) is erased later, as for every report: { $retention }.
    This cannot be undone. To come back later, you will need a new invitation.
forget-retention-city = in { $city }, { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after it is closed
forget-retention-default = { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after it is closed
button-forget-yes = 🗑 Yes, erase everything
button-forget-no = No, keep my account
forget-kept = Nothing was erased.
forget-done =
    Done: your account and your data are erased.
    { $reports ->
        [0] You had no reports.
        [one] Your report remains only as an anonymous figure (neighbourhood, subject, time slot, status).
       *[other] Your { $reports } reports remain only as anonymous figures (neighbourhood, subject, time slot, status).
    }
    The messages you already received are still in this conversation: you can delete it in Telegram. To come back, send /start with a new invitation.
inactive-warning = You have not written to Agenda MMM for a long time. Without a message from you within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, your account will be erased (your reports will remain as anonymous figures). To keep it, just send a message, for example /help.
button-privacy-city = 🔐 Privacy: { $city }
privacy-settings =
    <b>Privacy — { $city }</b>
    • Data controller (responsible for the data): { $controller } ({ $kind })
    • Address: { $address }
    • Contact for data: { $contact }
    • Report content: { $retention }
    Every member sees this in /privacy.
privacy-retention-months = erased { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after closing
privacy-retention-default = erased { $months ->
        [one] { $months } month
       *[other] { $months } months
    } after closing (default setting)
button-privacy-controller = ✏️ Who is responsible for the data
button-privacy-address = ✏️ Address
button-privacy-contact = ✏️ Contact for data
button-privacy-kind = 🔁 Town hall / association
button-privacy-retention = 🔁 Retention period
privacy-ask-controller = Send the name of who is responsible for the data (the “data controller”), as written on its letters. For example “Mairie de Roubaix” or “Association des mères du Nord”.
privacy-ask-address = Send its postal address.
privacy-ask-contact = Send the contact for data: the email or postal address of the data protection officer.
privacy-saved = Saved.

## Privacy and permissions: what is not chosen yet, what can no longer be done

privacy-controller-not-named =
    <b>{ $city }</b> — who is responsible for your data (the “data controller”): not named yet. The city's coordinator has to name it (the town hall or an association). Until then, ask your coordinator your questions.
privacy-basis-not-named = <b>What allows us to use your data in { $city }</b> (the “legal basis”): it depends on who is responsible for your data (the “data controller”), not named yet.
privacy-settings-not-named = ⚠️ No one is named yet as responsible for the data (the “data controller”). So members read in /privacy that it is not named, and nothing on what allows us to use their data. Give its name, then say whether it is the town hall or an association.
settings-privacy-reminder = ⚠️ <b>{ $city }</b>: no one is named yet as responsible for the data (the “data controller”). Name it with the “Privacy” button below.
triage-content-erased = The content of this report has been erased: there is no text left to correct or to pass on to partners.
invite-problem-withdrawn = This invitation is no longer valid: the person who created it can no longer invite. Ask for a new one.
invite-problem-role-ended = Your role here has ended: an old invitation does not bring it back. Ask your coordinator for a new invitation.
error-private-button = This button is used in a private chat with me.

## Quartier groups: the bot keeps the door of each quartier's Telegram group
menu-join-group = 👥 Neighbourhood group
cmd-group = Join my neighbourhood's group
button-join-group = Join the group
linkgroup-door = I keep the group's door: I accept requests from the neighbourhood's members, I turn down the others, and I take out those whose role ends. You no longer have to accept anyone by hand.
linkgroup-rights-missing = I am missing these rights in this group: { $missing }. Make me an administrator of the group with these rights, then send /linkgroup again.
linkgroup-failed = Telegram did not answer. Nothing changed. Send /linkgroup again in a moment.
linkgroup-other-quartier = This group is already linked to another neighbourhood. A group serves one neighbourhood only.
group-right-admin = administrator
group-right-invite = “Invite users via link”
group-right-ban = “Ban users”
group-join-offer = Your neighbourhood's group: press the button to ask to join. I accept your request at once if you are a member of the neighbourhood.
group-join-none = Your neighbourhood has no group linked to the bot yet. Ask your coordinator.
group-join-approved = Welcome! You are now in the group of the neighbourhood <b>{ $quartier }</b>.
group-join-declined = I cannot let you into the group of the neighbourhood <b>{ $quartier }</b>: it is for the neighbourhood's members. To become one, ask its coordinator for an invitation.
group-remove-failed = I could not take someone out of the group of the neighbourhood <b>{ $quartier }</b>: I have probably lost my rights, or the group no longer exists. Check the group, then send /linkgroup in the group again.
group-broken = The group of the neighbourhood <b>{ $quartier }</b>: { $why } I no longer keep its door. Send <code>/linkgroup { $prefix }</code> in the group again.
group-broken-removed = I was removed from the group.
group-broken-demoted = I no longer have the administrator rights I need.
group-broken-migrated = it became a supergroup, and its invite link changed.
settings-group-admits = Neighbourhood groups of { $city }: local partners let in: { $actors }; elected officials let in: { $elected }. Mothers, relay mothers and facilitators of the neighbourhood are always let in.
button-group-actors = 👥 { $city }: local partners in the groups
button-group-elected = 👥 { $city }: elected officials in the groups
mydata-groups = Neighbourhood groups I let you into: { $quartiers }

## Broadcasts: one announcement, one version per language, a delivery report
menu-broadcast = 📣 Send an announcement
cmd-broadcast = Send an announcement (text or voice note, in several languages)
cmd-broadcasts = My announcements: report, cancel
broadcast-copy = Announcement
broadcast-ask-city = In which city should the announcement go out?
broadcast-ask-audience = Who should receive it? Tap the neighbourhoods and roles you want (no neighbourhood = the whole city; no role = everyone), then "Continue".
broadcast-button-groups = Also in the neighbourhoods' Telegram groups
broadcast-button-audience-done = Continue ➡️
broadcast-ask-text = Recipients: { $count }. Write the announcement, or send a voice note: it will be the version in your language.
broadcast-ask-version = Write the { $lang } version, or send a voice note.
broadcast-summary = Recipients: { $count } — { $lines }
    Tap a language to add or replace its version, 👁 to see what they will get.
broadcast-summary-line = { $lang } { $count } { $state ->
        [voice] ✅ (voice)
        [text] ✅
       *[missing] ➕ (they will get the { $default } version)
    }
broadcast-button-send = 📤 Send now
broadcast-button-schedule = 🕒 Schedule
broadcast-preview = Preview — { $lang } version:
broadcast-preview-fallback = Preview — no { $lang } version: these people will get the { $default } version:
broadcast-preview-none = No version yet: nothing to show for { $lang }.
broadcast-preview-text = { $text }
broadcast-ask-when = When should it go out? Write the date and time, city time ({ $timezone }), for example 25/12/2030 18:30.
broadcast-error-when = I could not read that date. Write it like 25/12/2030 18:30 ({ $timezone } time).
broadcast-error-empty = The announcement is empty: write a text or send a voice note.
broadcast-error-too-long = That is { $over ->
        [one] { $over } character
       *[other] { $over } characters
    } too long (at most { $max }). Shorten the text and send it again.
broadcast-error-no-recipients = Nobody would receive this announcement: choose other neighbourhoods or roles.
broadcast-error-past = That date has passed: choose a date to come.
broadcast-error-no-version = The announcement has no version yet: write a text or send a voice note.
broadcast-error-expected-text-or-voice = I am waiting for a text or a voice note (not a sticker or a file).
broadcast-queued = On its way: messages queued: { $count }. I will keep you posted here.
broadcast-scheduled = Announcement scheduled for { $when }. You can cancel it until then.
broadcast-button-cancel = ✖️ Cancel the announcement
broadcast-button-report = 📊 Report
broadcast-list-empty = You have not sent any announcement yet.
broadcast-status-scheduled = scheduled
broadcast-status-sending = being sent
broadcast-status-done = finished
broadcast-status-cancelled = cancelled
broadcast-figures = Announcement no. { $id } ({ $status }): delivered { $delivered }, waiting { $queued }, unreachable { $unreachable }, failed { $failed }, withdrawn { $withdrawn }; "understood": { $understood }.
    { $lines }
broadcast-figures-line = { $lang }: delivered { $delivered }, waiting { $queued }, unreachable { $unreachable }, failed { $failed }
broadcast-progress = 📣 Sending — { $figures }
broadcast-final = ✅ Sending finished — { $figures }
broadcast-cancelled = Announcement cancelled: messages withdrawn: { $withdrawn }; already gone: { $gone }.
broadcast-not-understood = Not "understood" yet: { $names } { $others ->
        [0] {""}
       *[other] (other people: { $others })
    }
broadcast-understood-button = Understood ✅
broadcast-understood-thanks = Thank you, noted ✅
broadcast-understood-already = Already noted ✅
