## Solutions and actions: commands and menu

cmd-solutions = Solutions for your neighbourhood
cmd-actions = Actions: who does what, by when
menu-solutions = 💡 Solutions
menu-actions = ✅ Actions

## Solutions

solutions-status-proposed = proposed
solutions-status-accepted = chosen
solutions-status-merged = joined with another one
solutions-status-set-aside = put aside
solutions-header =
    💡 <b>Solutions for { $quartier }</b>
    Proposed by mothers: { $mothers } · by partners: { $actors }
solutions-none = No solution proposed here yet. You can be the first.
solutions-entry =
    💡 { $text }
    Proposed by: { $role } · { $status } · 👍 { $supporters ->
        [0] no support yet
        [one] { $supporters } supporter
       *[other] { $supporters } supporters
    }
solutions-entry-erased =
    💡 (text erased at the person's request)
    Proposed by: { $role } · { $status } · 👍 { $supporters ->
        [0] no support yet
        [one] { $supporters } supporter
       *[other] { $supporters } supporters
    }
solutions-button-propose = ✍️ Propose a solution
solutions-button-support = 👍 I support this
solutions-button-accept = ✅ Choose it
solutions-button-merge = 🔗 Join with another one
solutions-button-set-aside = 🗄 Put aside
solutions-button-action = 📌 Make it an action
solutions-ask-text = What would help? Write your idea in a few sentences. Talk about the place and the time, not about people.
solutions-ask-text-report = What would help with your report <b>{ $reference }</b>? Write your idea in a few sentences.
solutions-proposed = Thank you! Your idea is saved. Others will see it with your role, never your name.
solutions-supported = 👍 Your support is counted.
solutions-already-supported = You already support this solution: your support counts once.
solutions-decided = Done: the solution is { $status }. The person who proposed it is told.
solutions-decided-proposer = 💡 Your idea “{ $text }”: it is { $status }. Thank you for proposing it.
solutions-merge-choose = Which solution should it join?
solutions-merge-none = There is no other open solution in this neighbourhood.
solutions-what-would-help = 💡 What would help? Choose a report to propose an idea.

## Actions

actions-status-open = to do
actions-status-started = started
actions-status-blocked = blocked
actions-status-done = done
actions-button-open = 📂 Open
actions-button-started = ▶️ It has started
actions-button-done = ✅ It is done
actions-button-blocked = ⛔ It is blocked
actions-button-new-date = 📅 New date
actions-none = You have no action to follow for now.
actions-line = 📌 { $what } — by { $due } — { $status }
actions-line-overdue = ⏰ { $what } — planned for { $due }, late — { $status }
actions-note = 📝 { $note }
actions-partner-text = 🗂 <b>{ $reference }</b>: { $text }
actions-assigned = 📌 We count on you for an action: { $what }. By { $due }. Use the buttons to say how it is going.
actions-reminder-before = ⏳ Reminder: the action “{ $what }” is planned for { $due }. How is it going?
actions-reminder-overdue = ⏰ The action “{ $what }” was planned for { $due }. It is not done yet: say how it is going, or give a new date.
actions-ask-done-note = Well done! In one or two sentences, what was done? The mothers who reported it will read it.
actions-ask-blocked-why = What is blocking it? Write it in one or two sentences.
actions-ask-date = What new date? Write it like this: 31/12/2026 (or 31/12/2026 18:00).
actions-error-date = I did not understand this date. Write it like this: 31/12/2026 (or 31/12/2026 18:00).
actions-error-date-past = This date has already passed. Choose a date to come.
actions-error-carrier = This person cannot carry an action in this neighbourhood.
actions-updated = Noted, thank you.
actions-ask-what = What exactly will be done? Write it in one sentence.
actions-ask-carrier = Who carries this action? Choose a person, or write the name of an organisation (for example: the landlord).
actions-ask-due = By when? Write the date like this: 31/12/2026.
actions-created = 📌 The action is created. The person who carries it gets it with its buttons, and a reminder before the date.
actions-said-did = 🗣 You said, we did. Your report <b>{ $reference }</b>: { $done }

## Did it get calmer?

calmer-question = 🕊 A few weeks ago, this was done in your neighbourhood: { $what }. Since then, at this time of the week, is it calmer?
calmer-question-discreet = 🕊 A question about your neighbourhood: at this time of the week, is it calmer than a few weeks ago?
calmer-button-better = 🙂 Better
calmer-button-same = 😐 The same
calmer-button-worse = 🙁 Worse
calmer-thanks = Thank you for your answer. It counts, without your name.
calmer-already-answered = You have already answered this question. Thank you!
calmer-results = 🕊 Is it calmer? Better: { $better } · the same: { $same } · worse: { $worse }
calmer-results-none = 🕊 Is it calmer? Not enough answers yet (3 are needed).

## City health (coordinator)

health-view =
    🩺 <b>{ $city }</b>
    • Actions under way: { $open }, late: { $overdue }
    • Reports not read yet: { $waiting } (the oldest has waited { $oldest })
    • Usual time before a first reading: { $median }
    • Past meetings without minutes: { $minutes }
health-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
health-unknown = —

## A meeting decision becomes an action
meeting-decision-line = 🤝 Decision: { $text }
meeting-decision-line-acted = 🤝 Decision: { $text }
    📌 It is already an action.
actions-decision-already = 📌 This decision is already an action. You can follow it here.

## An action created from nothing (/newaction)
cmd-newaction = Create an action: who does what, by when
menu-new-action = ➕ New action
actions-new-ask-quartier = Which neighbourhood is this action for?
actions-new-ask-reports = Does this action answer some reports? Write their numbers (for example: BEL-0001, BEL-0004), or tap "No report".
actions-new-button-no-reports = No report
actions-new-error-references = I did not recognise a report number. Write them like this: BEL-0001, BEL-0004 — or tap "No report".
actions-new-error-elsewhere = Report { $reference } is not a report of this neighbourhood. Nothing was created: write other numbers, or tap "No report".

## The coordinator is told when an action is blocked or done
actions-news-blocked = ⛔ An action in your city is blocked: "{ $what }". What blocks it: { $note }
actions-news-done = ✅ An action in your city is done: "{ $what }". What was done: { $note }
