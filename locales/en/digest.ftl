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
