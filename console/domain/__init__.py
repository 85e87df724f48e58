"""Qt-free rules shared by the services and the jobs: field validation and translatable problems.

- :mod:`.problems` — :class:`~.problems.Problem`, an English sentence that keeps its template so
  the UI can show it in the user's language, and the lupdate marker for those templates.
- :mod:`.accounts` — the rules of one account's fields (e-mail, names, slug, time zone, first
  meeting type, weekly hours).
- :mod:`.onboarding` — the rules of a batch of accounts read from a file (columns, duplicates).

Every problem template of the Qt-free layers lives in this package, so ``pyside6-lupdate`` needs
to read only these modules besides ``console/ui``.
"""
