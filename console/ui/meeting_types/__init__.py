"""The Meeting types tab: one account's meeting types, their editor, and copying to many."""
