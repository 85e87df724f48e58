"""The Accounts tab: fleet table, new/edit/delete dialogs, CSV import and the audit trail."""
