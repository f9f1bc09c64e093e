## /help: working together (solutions, meetings, broadcasts, actions)
help-together =
    /solutions — solutions for your neighbourhood: propose, support
    /propose — propose a solution
    /meetings — your meetings and your answers
help-organise = /newmeeting — organise a meeting (invitations, reminders, minutes)
help-broadcast =
    /broadcast — send an announcement, written or spoken, in several languages
    /broadcasts — your announcements: who received them
help-actions = /actions — actions: who does what, by when, and whether it got calmer
help-health =
    /health — how your city is doing: late actions, reading, meetings, members
    /newaction — create an action
help-newaction = /newaction — create an action
