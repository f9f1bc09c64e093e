## Meetings: create, invite, answer, remind, minutes

menu-meetings = 📅 My meetings
menu-new-meeting = ➕ Organise a meeting
cmd-meetings = My meetings and my answers
cmd-newmeeting = Organise a meeting

meeting-kind-concertation = Neighbourhood meeting
meeting-kind-workshop = Mothers' workshop
meeting-kind-training = Training
meeting-kind-restitution = Report-back to elected officials

meeting-rsvp-yes = ✅ I'm coming
meeting-rsvp-interpreting = 🗣 I'm coming, I need an interpreter
meeting-rsvp-children = 🧒 I'm coming with my children
meeting-rsvp-maybe = 🤔 Maybe
meeting-rsvp-no = ❌ I can't come
meeting-rsvp-none = no answer yet

meeting-ask-kind = What kind of meeting?
meeting-ask-title = Give the meeting a short title.
meeting-ask-audience = Who are you inviting? Tap the neighbourhoods and the roles, then "Done". With no neighbourhood chosen, the whole city is invited.
meeting-button-groups = Also announce it in the neighbourhood groups
meeting-button-audience-done = Done
meeting-invitee-count = { $count ->
    [one] 1 person will be invited.
   *[other] { $count } people will be invited.
}
meeting-ask-day = Which day? Tap a day, or write the day and time the way you usually do (for example 3/12 6:30pm or Tuesday 6:30pm).
meeting-ask-time = What time? Tap a time or write it (6:30pm).
meeting-ask-which-time = That night the clocks go back: this time happens twice. Which one?
meeting-button-first-time = The first (summer time)
meeting-button-second-time = The second (winter time)
meeting-when-understood = I understood: <b>{ $when }</b>. If that's wrong, write the day and time again.
meeting-ask-duration = How long is the meeting? Tap a length or write it in minutes.
meeting-ask-place = Where is the meeting? Write the place, send a Telegram location, or skip.
meeting-button-skip-place = Skip
meeting-button-place-done = Done
meeting-location-taken = Location saved. You can still write the place in words.
meeting-ask-agenda = { $count ->
    [0] Agenda: send the reference of a report that is on the agenda (BEL-0042) or a free item, one per message. Tap "Finished" when you are done.
    [one] 1 item saved. Send another one or tap "Finished".
   *[other] { $count } items saved. Send another one or tap "Finished".
}
meeting-button-agenda-done = Finished
meeting-review = <b>{ $kind }</b>: { $title }
    📅 { $when }
    ⏱ { $duration } min
    📍 { $place }
    { $items ->
        [0] No agenda.
        [one] 1 item on the agenda.
       *[other] { $items } items on the agenda.
    }
    Is everything right? Tap "Send the invitations".
meeting-button-confirm = Send the invitations
meeting-created = { $count ->
    [one] Meeting created. The invitation is on its way to 1 person.
   *[other] Meeting created. The invitations are on their way to { $count } people.
}

meeting-error-empty = Please write a few words.
meeting-error-too-long = That's too long: 200 characters at most.
meeting-error-duration = Write a length in minutes, between 15 and 720.
meeting-error-unknown-report = I can't find this report on the agenda in your neighbourhoods. Check the reference.
meeting-error-no-invitees = Nobody matches this choice. Choose other neighbourhoods or other roles.
meeting-error-started = The meeting has already started: that's no longer possible.
meeting-error-cancelled = This meeting was called off.
meeting-error-not-invited = You are not invited to this meeting.
meeting-error-when = I didn't understand the date. Write for example 3/12 6:30pm or Tuesday 6:30pm.
meeting-error-no-day = The day is missing. Write for example 3/12 6:30pm.
meeting-error-no-time = The time is missing. Write for example 3/12 6:30pm.
meeting-error-no-such-day = That day doesn't exist. Check the day and the month.
meeting-error-past = That date has already gone by. Choose a day to come.
meeting-error-skipped-time = That time doesn't exist that day: the clocks go forward. Choose another time.
meeting-error-agenda-full = The agenda already has 20 items. Tap "Finished".
meeting-error-children = Write how many children, from 1 to 20.
meeting-error-number = Write a number.

meeting-invitation = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    Are you coming? The attached file adds the meeting to your calendar.
meeting-announcement = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-changed = 🔄 Change: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    The attached file updates your calendar.
meeting-cancelled = ❌ Meeting called off: <b>{ $kind }</b>: { $title } ({ $when }). The attached file removes it from your calendar.
meeting-reminder = ⏰ Reminder: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-minutes = 📝 What was said: <b>{ $title }</b> ({ $when })
    { $text }

meeting-ask-interpreting = Which language do you need an interpreter for?
meeting-ask-children = How many children are coming with you? Write the number.
meeting-rsvp-recorded = Noted: { $answer }. You can change your answer with /meetings until the start.
meeting-none = You have no meeting coming up.
meeting-line = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    Your answer: { $answer }
meeting-button-open = Open
meeting-tally = <b>{ $title }</b>
    ✅ Coming: { $yes } · 🤔 Maybe: { $maybe } · ❌ No: { $no } · No answer: { $silent }
    🗣 Interpreters: { $languages }
    🧒 Children to look after: { $children }
    Answered: { $names }
    Present — mothers: { $mothers } · local partners and elected officials: { $actors } · others: { $others }
meeting-button-attendance = Mark who came
meeting-button-guests = Came without the bot
meeting-button-minutes = Send what was said
meeting-button-decision = Write down a decision
meeting-button-move = Change the date
meeting-button-cancel = Call off the meeting
meeting-button-cancel-confirm = Yes, call off the meeting
meeting-ask-attendance = Tap the name of each person who came.
meeting-ask-guests = How many people came without the bot? Write the number.
meeting-ask-minutes = Write what was said, or send a document (PDF…) or photos. It goes to everyone invited.
meeting-ask-decision = Write the decision. Add the references of the reports it is about (BEL-0042): they will move to "in progress".
meeting-ask-new-time = Write the new day and time (for example 3/12 6:30pm).
meeting-ask-cancel = Call off the meeting? Everyone invited will be told.
meeting-cancelled-done = Meeting called off. Everyone invited is being told.
meeting-minutes-sent = { $count ->
    [one] Sent to 1 person.
   *[other] Sent to { $count } people.
}
meeting-decision-recorded = { $reports ->
    [0] Decision written down.
    [one] Decision written down. 1 report moves to "in progress".
   *[other] Decision written down. { $reports } reports move to "in progress".
}
meeting-moved-done = New date: <b>{ $when }</b>. Everyone invited is being told, and the reminders follow.

## Meetings, more: a new place, minutes as files, reminders to choose

meeting-button-replace = Change the place
meeting-ask-new-place = Write the new place, or send a Telegram location (or both).
meeting-new-place-noted = Got it. You can still write the place or send a location. Then tap "Tell those invited".
meeting-button-place-send = Tell those invited
meeting-place-changed-done = New place saved. Those invited who did not say no are told, and the reminders follow.
meeting-error-minutes-kind = Send the minutes as text, a document (PDF…) or photos.
meeting-minutes-files = { $count ->
    [one] 1 file received. Send more, write a text to go with it, or tap "Send the minutes".
   *[other] { $count } files received. Send more, write a text to go with them, or tap "Send the minutes".
}
meeting-error-minutes-full = { $max ->
    [one] 1 file at most: the others are not taken.
   *[other] { $max } files at most: the others are not taken.
}
meeting-button-minutes-send = Send the minutes
meeting-review-reminders = ⏰ Reminders: tap to add or remove one (✅ = chosen).
meeting-offset-days = { $n ->
    [one] 1 day before
   *[other] { $n } days before
}
meeting-offset-hours = { $n ->
    [one] 1 hour before
   *[other] { $n } hours before
}
meeting-offset-minutes = { $n ->
    [one] 1 minute before
   *[other] { $n } minutes before
}
meeting-button-more-days = 📅 Other dates
meeting-month-shown = Days from { $from }. Tap a day, or ‹ › to change month. You can also write the day and time.
