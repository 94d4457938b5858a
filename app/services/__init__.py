"""Use cases: the only API the UI and the command line call.

Each operation opens its own unit of work, takes the acting user, and returns plain
dataclasses from `app.domain` (never a session or an ORM row).
"""
