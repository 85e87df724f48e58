"""Team mode's webhook relay: one service receives and polls for every console — no Qt.

``relay serve`` (:mod:`console.relay.service`) runs the live-bookings receiver and poller of the
team's connections against the shared PostgreSQL store, writes every event to the shared event
log and NOTIFYs the consoles (:mod:`console.relay.notify`); a console on the shared store listens
(:mod:`console.relay.listener`) instead of running its own receiver.
"""
