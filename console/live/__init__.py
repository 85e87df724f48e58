"""Live bookings, without Qt: the webhook receiver, the poller, the feed that logs and applies
every event, webhook registration and the CSV / iCalendar exports.

:class:`~console.live.feed.Feed` is the centre: the receiver (:mod:`console.live.receiver`)
hands it webhook bodies, the poller (:mod:`console.live.poller`) the changes it found, and the
console's own cancels and reschedules their answers; it writes each to the store's event log
(``store.events``) before anything else, re-reads the appointment and updates its row.
:class:`~console.live.watch.LiveFeed` runs receiver and poller together for one session.
"""
