## /health: how the city is doing (coordinators) and /propose
cmd-propose = Propose a solution for your neighbourhood
cmd-health = How your city is doing: actions, reading, meetings, members
solutions-which-quartier = For which neighbourhood do you want to propose a solution?
health-community =
    👥 Members: { $members } (came in the last 30 days: { $active }, cannot be reached: { $unreachable })
    • Reports in the last 30 days: { $reports }
    • { $last }
health-last-meeting = Last meeting: { $day }
health-no-meeting = No meeting held yet
