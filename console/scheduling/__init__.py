"""Scheduling math, pure Python (no I/O, no Qt), shared by the sandbox and the console.

- :mod:`.schedule` — :class:`~.schedule.WeeklySchedule` (both wire shapes in, the current one
  out, ``problems()``), :data:`~.schedule.PRESETS`.
- :mod:`.slots` — :func:`~.slots.compute_slots` and :func:`~.slots.available_windows`: weekly
  hours in an IANA zone (DST-exact), overrides, buffers, notice, booking window, group spots.
- :mod:`.holidays` — public holidays as availability exceptions (DE with states, AT, CH, ...).
- :mod:`.timezones` — the zone list for pickers, validation, offset labels, search.
"""
