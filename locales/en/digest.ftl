## Summaries for elected officials: the text

digest-period-week = Week
digest-period-month = Month
digest-title =
    📊 <b>Summary — { $area }</b>
    { $period } from { $from } to { $to }
    New reports: { $total } ({ $trend })
digest-few = fewer than 3
digest-trend-new = new
digest-trend-up = up { $percent }%
digest-trend-down = down { $percent }%
digest-trend-steady = no change
digest-trend-hidden = too few to compare
digest-category = • { $category }: { $count } ({ $trend })
digest-busiest-title = 🕒 <b>The busiest times</b>
digest-busiest-cell = • { $day }, { $slot }: { $count }
digest-busiest-none = 🕒 No time of the week has 3 reports or more.
digest-statuses = 📌 Solved: { $resolved } · being dealt with: { $progress } · waiting: { $waiting }
digest-triage-median = ⏱ Usual time before a report is first read: { $hours } h
digest-triage-none = ⏱ No report of this period has been read yet.
digest-meetings = 🤝 Meetings held: { $held } · mothers present: { $mothers } · local partners present: { $actors }
digest-calmer = 🌿 Is it calmer? Yes: { $calmer } · the same: { $same } · worse: { $worse }
digest-broadcasts = 📣 Announcements sent: { $count } ({ $copies } messages)
digest-excerpts-title = 💬 <b>What was said</b> (texts approved for partners)
digest-excerpt = “{ $text }”
digest-caption-short = 📊 Summary — { $area }. Details follow.

## Summaries for elected officials: the picture

digest-map-title = When tension rises — { $area }
digest-map-subtitle = Reports by day and time of day, { $from } to { $to }
digest-map-legend-none = none
digest-map-legend-few = fewer than 3
digest-map-legend-many = 3 or more (number shown)
digest-slot-early-morning = Early morning
digest-slot-morning = Morning
digest-slot-midday = Midday
digest-slot-afternoon = Afternoon
digest-slot-school-exit = School pick-up
digest-slot-evening = Evening
digest-slot-night = Night

## Days of the week, short (column heads of the picture)
digest-day-mon = Mon
digest-day-tue = Tue
digest-day-wed = Wed
digest-day-thu = Thu
digest-day-fri = Fri
digest-day-sat = Sat
digest-day-sun = Sun

## (technical: lines of a summary joined into one caption)
digest-join =
    { $first }
    { $rest }

## /summary, /export and the weekly summary setting

cmd-summary = Summary of the reports of a city or neighbourhood
cmd-export = Export the approved reports (spreadsheet or Open311)
menu-summary = 📊 Summary
menu-export = 📤 Export
summary-choose-area = 📊 A summary of which place?
summary-choose-period = 📊 For which period?
button-summary-city = 🏙 { $area } (the whole city)
button-summary-quartier = 🏘 { $area }
button-period-week = The last 7 days
button-period-month = The last month
export-choose = 📤 Which export? It holds the reports approved for partners, with no name or address. You choose the period next.
button-export-csv = 📄 { $city }: spreadsheet (CSV)
button-export-open311 = 🌐 { $city }: Open311 (JSON)
export-caption = 📤 Reports approved for partners — { $period }. No names, places rounded, times by part of the day.
settings-digest = 📊 Weekly summary for { $city }: { $day } at { $hour }:00 ({ $state })
button-digest-day = 📅 { $city }: summary day
button-digest-hour = 🕗 { $city }: summary time
button-digest-toggle = 🔔 { $city }: summary on or off
