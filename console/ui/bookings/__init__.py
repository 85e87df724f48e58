"""The bookings tab: every client's appointments as they happen (model, tab, presenter)."""
