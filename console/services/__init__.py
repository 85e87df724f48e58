"""Qt-free services, one per area (accounts, …): the rules between the callers and the client.

A service takes its client and store, validates with :mod:`console.domain`, calls the client,
writes the cache and the audit trail and returns the records its caller shows. Its callers (a
presenter, a headless command) await it, so it raises and never also reports on the message
bus; reporting on the bus is for background work (:mod:`console.jobs`).
"""
