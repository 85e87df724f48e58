"""German texts used by update.py to fill unfinished entries of console_de.ts.

Plural entries are (singular, plural) tuples. Keep mnemonics (&) unique per dialog.
"""

from __future__ import annotations

GERMAN: dict[str, str | tuple[str, str]] = {
    # accounts model / import table headers
    "Name": "Name",
    "E-mail": "E-Mail",
    "Slug": "Slug",
    "Time zone": "Zeitzone",
    "Meeting types": "Terminarten",
    "Booking URL": "Buchungs-URL",
    "Created": "Angelegt",
    "Line": "Zeile",
    "Meeting type": "Terminart",
    "Status": "Status",
    "Details": "Details",
    # problems from the Qt-free layers (context "Problems"; placeholders stay as they are)
    "E-mail is missing.": "Die E-Mail-Adresse fehlt.",
    "{email!r} is not a valid e-mail address.": "{email!r} ist keine gültige E-Mail-Adresse.",
    "Time zone is missing.": "Die Zeitzone fehlt.",
    "{zone!r} is not a known time zone (use e.g. Europe/Berlin).": (
        "{zone!r} ist keine bekannte Zeitzone (z. B. Europe/Berlin verwenden)."
    ),
    "Slug must have at least {count} characters.": "Der Slug braucht mindestens {count} Zeichen.",
    "Duration must be {low} to {high} minutes.": "Die Dauer muss {low} bis {high} Minuten sein.",
    "Given name is missing.": "Der Vorname fehlt.",
    "Family name is missing.": "Der Nachname fehlt.",
    "Slug {slug!r} is already taken.": "Der Slug {slug!r} ist bereits vergeben.",
    "Meeting type name is missing.": "Der Name der Terminart fehlt.",
    "Given name": "Vorname",
    "Family name": "Nachname",
    "Meeting type name": "Name der Terminart",
    "{field} contains an invisible or control character ({code}).": (
        "{field} enthält ein unsichtbares oder Steuerzeichen ({code})."
    ),
    "E-mail {email!r} is too long (at most {count} characters, {local} before the @).": (
        "Die E-Mail-Adresse {email!r} ist zu lang (höchstens {count} Zeichen, {local} vor dem @)."
    ),
    "{zone!r} is not the time zone of a place (use e.g. Europe/Berlin).": (
        "{zone!r} ist nicht die Zeitzone eines Ortes (z. B. Europe/Berlin verwenden)."
    ),
    "Time zone {old!r} is now called {new!r}; {new} is sent.": (
        "Die Zeitzone {old!r} heißt heute {new!r}; gesendet wird {new}."
    ),
    "Meeting type name has {length} characters (at most {count}).": (
        "Der Name der Terminart hat {length} Zeichen (höchstens {count})."
    ),
    "Duration {value!r} must be a whole number of minutes.": (
        "Die Dauer {value!r} muss eine ganze Zahl von Minuten sein."
    ),
    "Open it in Excel or LibreOffice and save it as “CSV UTF-8” (Excel) or “Text CSV” with character set UTF-8 (LibreOffice).": (  # noqa: E501
        "Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als „CSV UTF-8“ (Excel) "
        "bzw. „Text CSV“ mit Zeichensatz UTF-8 (LibreOffice)."
    ),
    "This file is a workbook ({kind}), not a CSV file: nothing was read.": (
        "Diese Datei ist eine Arbeitsmappe ({kind}), keine CSV-Datei: Es wurde nichts gelesen."
    ),
    "This file is UTF-16 text (Excel’s “Unicode Text”), not a CSV file in UTF-8: nothing was read.": (  # noqa: E501
        "Diese Datei ist UTF-16-Text (Excels „Unicode-Text“), keine CSV-Datei in UTF-8: "
        "Es wurde nichts gelesen."
    ),
    "The file mixes character encodings: line {bad} is not UTF-8 but line {good} is, so umlauts would be garbled. Nothing was read.": (  # noqa: E501
        "Die Datei mischt Zeichenkodierungen: Zeile {bad} ist kein UTF-8, Zeile {good} schon, "
        "Umlaute würden verstümmelt. Es wurde nichts gelesen."
    ),
    "Line {line} mixes UTF-8 with another character encoding, so umlauts would be garbled. Nothing was read.": (  # noqa: E501
        "Zeile {line} mischt UTF-8 mit einer anderen Zeichenkodierung, Umlaute würden "
        "verstümmelt. Es wurde nichts gelesen."
    ),
    "The quote opened on line {line} is never closed and swallows the rest of the file. Nothing was read.": (  # noqa: E501
        "Das in Zeile {line} geöffnete Anführungszeichen wird nie geschlossen und verschluckt "
        "den Rest der Datei. Es wurde nichts gelesen."
    ),
    "The record on line {line} has a cell of more than {limit} characters (a quote never closed?). Nothing was read.": (  # noqa: E501
        "Der Datensatz in Zeile {line} hat eine Zelle mit mehr als {limit} Zeichen (ein nie "
        "geschlossenes Anführungszeichen?). Es wurde nichts gelesen."
    ),
    "The file is empty.": "Die Datei ist leer.",
    "The file has a header line but no rows: nothing to import.": (
        "Die Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu importieren."
    ),
    "The file has more than {limit} rows; split it into smaller files.": (
        "Die Datei hat mehr als {limit} Zeilen; teilen Sie sie in kleinere Dateien auf."
    ),
    "Column {column!r} holds more than {limit} characters.": (
        "Die Spalte {column!r} enthält mehr als {limit} Zeichen."
    ),
    "Unknown preset {preset!r}.": "Unbekannte Vorlage {preset!r}.",
    "The schedule has no working hours.": "Der Wochenplan enthält keine Arbeitszeiten.",
    "{day}: {interval} ends at or before it starts.": (
        "{day}: {interval} endet nicht nach seinem Beginn."
    ),
    "{day}: {first} overlaps {second}.": "{day}: {first} überschneidet sich mit {second}.",
    "Monday": "Montag",
    "Tuesday": "Dienstag",
    "Wednesday": "Mittwoch",
    "Thursday": "Donnerstag",
    "Friday": "Freitag",
    "Saturday": "Samstag",
    "Sunday": "Sonntag",
    "Missing column(s): {columns} (e.g. email, Vorname, Nachname).": (
        "Fehlende Spalte(n): {columns} (z. B. email, Vorname, Nachname)."
    ),
    "Duration {value!r} is not a number of minutes.": (
        "Die Dauer {value!r} ist keine Minutenzahl."
    ),
    "Duplicate e-mail: same as line {line}.": "Doppelte E-Mail-Adresse: wie in Zeile {line}.",
    "Duplicate slug {slug!r}: same as line {line}.": (
        "Doppelter Slug {slug!r}: wie in Zeile {line}."
    ),
    # errors
    "The server did not answer in time. Try again.": (
        "Der Server hat nicht rechtzeitig geantwortet. Bitte erneut versuchen."
    ),
    "Could not reach the server. Check the base URL and the network.": (
        "Der Server ist nicht erreichbar. Bitte Basis-URL und Netzwerk prüfen."
    ),
    "The key was rejected. Check that it is correct and not expired.": (
        "Der Schlüssel wurde abgelehnt. Bitte prüfen, ob er stimmt und nicht abgelaufen ist."
    ),
    "This key is not allowed to do that.": "Dieser Schlüssel hat dafür keine Berechtigung.",
    "Not found on the server (it may have been deleted).": (
        "Auf dem Server nicht gefunden (vielleicht wurde es gelöscht)."
    ),
    "Conflict: {detail}": "Konflikt: {detail}",
    "Too many requests; the server asked to wait. Try again shortly.": (
        "Zu viele Anfragen; der Server bittet um eine Pause. Gleich noch einmal versuchen."
    ),
    "The server refused the input: {detail}": "Der Server hat die Eingabe abgelehnt: {detail}",
    "The server had a problem ({status}). Try again later.": (
        "Der Server hatte ein Problem ({status}). Bitte später erneut versuchen."
    ),
    "The server sent an answer the console cannot read. Try again; if this keeps "
    "happening, the server may have changed.": (
        "Der Server hat eine Antwort geschickt, die die Konsole nicht lesen kann. Bitte "
        "erneut versuchen; bleibt es dabei, hat sich der Server vielleicht geändert."
    ),
    "Something went wrong: {detail}": "Etwas ist schiefgegangen: {detail}",
    "Something went wrong: {reason}": "Etwas ist schiefgegangen: {reason}",
    # import statuses
    "valid": "gültig",
    "exists, will be linked": "existiert, wird verknüpft",
    "invalid": "ungültig",
    "waiting": "wartet",
    "sending…": "wird gesendet…",
    "done": "fertig",
    "failed": "fehlgeschlagen",
    "skipped": "übersprungen",
    # accounts tab
    "Please correct the marked fields.": "Bitte die markierten Felder korrigieren.",
    "Loading accounts… %v of %m": "Konten werden geladen… %v von %m",
    "Booking URL copied": "Buchungs-URL kopiert",
    "Embed code copied": "Einbettungscode kopiert",
    "&New account…": "&Neues Konto…",
    "&Edit…": "&Bearbeiten…",
    "&Delete…": "&Löschen…",
    "Copy booking &URL": "Buchungs-&URL kopieren",
    "Copy em&bed code": "Ein&bettungscode kopieren",
    "&Open booking page": "Buchungsseite ö&ffnen",
    "&Import CSV…": "CSV &importieren…",
    "&Refresh": "&Aktualisieren",
    "Loading progress": "Ladefortschritt",
    "Account actions": "Kontoaktionen",
    "Client accounts": "Kundenkonten",
    "%n account(s)": ("%n Konto", "%n Konten"),
    "{shown} of {total} accounts match the search": ("{shown} von {total} Konten passen zur Suche"),
    # audit
    "%n change(s) recorded": ("%n Änderung protokolliert", "%n Änderungen protokolliert"),
    "When": "Wann",
    "Who": "Wer",
    "Connection": "Verbindung",
    "Account": "Konto",
    "Change": "Änderung",
    "Before → after": "Vorher → nachher",
    "Audit trail": "Änderungsprotokoll",
    "Reload": "Neu laden",
    "Reload audit trail": "Änderungsprotokoll neu laden",
    # connections
    "Stored — type a new key to replace it": (
        "Gespeichert — zum Ersetzen einen neuen Schlüssel eingeben"
    ),
    "Paste the key": "Schlüssel einfügen",
    "Testing…": "Wird getestet…",
    "&Test connection": "Verbindung &testen",
    "Give the connection a name.": "Bitte der Verbindung einen Namen geben.",
    "A connection with this name already exists.": (
        "Eine Verbindung mit diesem Namen gibt es schon."
    ),
    "Paste the API key or personal access token.": (
        "Bitte den API-Schlüssel oder das persönliche Zugriffstoken einfügen."
    ),
    "This key looks like a personal access token.": (
        "Dieser Schlüssel sieht wie ein persönliches Zugriffstoken aus."
    ),
    "This key looks like a platform API key.": (
        "Dieser Schlüssel sieht wie ein Plattform-API-Schlüssel aus."
    ),
    "Confirm that the key is kept for this session only.": (
        "Bitte bestätigen, dass der Schlüssel nur für diese Sitzung behalten wird."
    ),
    "Manage connections": "Verbindungen verwalten",
    "Saved connections": "Gespeicherte Verbindungen",
    "&New": "&Neu",
    "&Delete": "&Löschen",
    "Platform API key": "Plattform-API-Schlüssel",
    "Personal access token": "Persönliches Zugriffstoken",
    "Key expires on": "Schlüssel läuft ab am",
    "Expiry date": "Ablaufdatum",
    "N&ame:": "N&ame:",
    "&Base URL:": "&Basis-URL:",
    "&Credential:": "&Zugangsart:",
    "&Key:": "&Schlüssel:",
    "Expiry:": "Ablauf:",
    "No secure key storage (OS keyring) is available on this computer. The key can be kept in "
    "memory for this session only; it is never written anywhere else.": (
        "Auf diesem Computer ist kein sicherer Schlüsselspeicher (Schlüsselbund des "
        "Betriebssystems) verfügbar. Der Schlüssel kann nur für diese Sitzung im Speicher "
        "behalten werden; er wird nirgendwo anders gespeichert."
    ),
    "Keep the key for this session only": "Schlüssel nur für diese Sitzung behalten",
    "This key has expired. Create a new key in meetergo.": (
        "Dieser Schlüssel ist abgelaufen. Bitte in meetergo einen neuen erstellen."
    ),
    "This key expires in %n day(s). Create a new key soon.": (
        "Dieser Schlüssel läuft in %n Tag ab. Bitte bald einen neuen erstellen.",
        "Dieser Schlüssel läuft in %n Tagen ab. Bitte bald einen neuen erstellen.",
    ),
    "No key to test with.": "Kein Schlüssel zum Testen vorhanden.",
    "Connected as {who}.": "Verbunden als {who}.",
    "Saved.": "Gespeichert.",
    # dialogs
    "Delete {name}": "{name} löschen",
    "This deletes the meetergo account of {name} ({email}). It cannot be undone.": (
        "Damit wird das meetergo-Konto von {name} ({email}) gelöscht. Das kann nicht "
        "rückgängig gemacht werden."
    ),
    "Nobody (delete its meeting types too)": "Niemand (Terminarten ebenfalls löschen)",
    "&Transfer to:": "Ü&bertragen an:",
    "Type the e-mail to &confirm:": "Zum Bestätigen die E-Mail &eingeben:",
    "Delete account": "Konto löschen",
    "Edit {name}": "{name} bearbeiten",
    "&Given name:": "&Vorname:",
    "&Family name:": "&Nachname:",
    "&Slug:": "&Slug:",
    "Changing the slug changes the booking URL; old links stop working.": (
        "Ein neuer Slug ändert die Buchungs-URL; alte Links funktionieren dann nicht mehr."
    ),
    "Creating…": "Wird angelegt…",
    "Saving…": "Wird gespeichert…",
    "Create": "Anlegen",
    "New account": "Neues Konto",
    "derived from the name": "wird aus dem Namen gebildet",
    "Custom…": "Eigene Zeiten…",
    "Mon": "Mo",
    "Tue": "Di",
    "Wed": "Mi",
    "Thu": "Do",
    "Fri": "Fr",
    "Sat": "Sa",
    "Sun": "So",
    "Working hours start": "Beginn der Arbeitszeit",
    "Working hours end": "Ende der Arbeitszeit",
    "30 minute meeting": "30-Minuten-Termin",
    " min": " Min.",
    "&E-mail:": "&E-Mail:",
    "&Time zone:": "&Zeitzone:",
    "&Availability:": "Ver&fügbarkeit:",
    "First &meeting type:": "Erste &Terminart:",
    "&Duration:": "&Dauer:",
    # import dialog
    "{total} rows: {valid} to create, {link} to link, {invalid} invalid": (
        "{total} Zeilen: {valid} anzulegen, {link} zu verknüpfen, {invalid} ungültig"
    ),
    "{done} done, {failed} failed, {pending} to go": (
        "{done} fertig, {failed} fehlgeschlagen, {pending} ausstehend"
    ),
    "&Continue": "&Fortsetzen",
    "&Pause": "&Pausieren",
    "Import accounts from CSV": "Konten aus CSV importieren",
    "C&hoose CSV file…": "CSV-&Datei wählen…",
    "No file chosen": "Keine Datei gewählt",
    "Columns: e-mail, given name, family name, time zone, slug, meeting type (comma or "
    "semicolon separated, as Excel saves it).": (
        "Spalten: E-Mail, Vorname, Nachname, Zeitzone, Slug, Terminart (durch Komma oder "
        "Semikolon getrennt, wie Excel speichert)."
    ),
    "Rows of the file": "Zeilen der Datei",
    "Import progress": "Importfortschritt",
    "&Start": "&Starten",
    "Ca&ncel import": "Import a&bbrechen",
    "&Retry failed": "Fehlgeschlagene &wiederholen",
    "&Export results…": "Ergebnisse &exportieren…",
    "Close": "Schließen",
    "Choose a CSV file": "CSV-Datei wählen",
    "CSV files (*.csv *.txt)": "CSV-Dateien (*.csv *.txt)",
    "Export results": "Ergebnisse exportieren",
    "The export lists every row with its result (user id, booking URL, status, error) and the other columns of your file, with the same separator, so skipped rows can be fixed and imported again. Cells starting with =, +, -, @ or a tab get a leading apostrophe so that a spreadsheet shows them as text and never runs them as formulas.": (  # noqa: E501
        "Der Export listet jede Zeile mit ihrem Ergebnis (Benutzer-ID, Buchungs-URL, Status, "
        "Fehler) und den übrigen Spalten Ihrer Datei, mit demselben Trennzeichen, so dass "
        "übersprungene Zeilen korrigiert und erneut importiert werden können. Zellen, die mit "
        "=, +, -, @ oder einem Tabulator beginnen, erhalten ein vorangestelltes Apostroph, "
        "damit eine Tabellenkalkulation sie als Text zeigt und nie als Formel ausführt."
    ),
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "Could not read {name}: {reason}": "{name} konnte nicht gelesen werden: {reason}",
    "Results saved to {path}.": "Ergebnisse gespeichert unter {path}.",
    "Unfinished import": "Unvollständiger Import",
    "The import of {source} was interrupted with {pending} rows still to do. Resume it now? "
    "Accounts already created are not created again.": (
        "Der Import von {source} wurde mit {pending} offenen Zeilen unterbrochen. Jetzt "
        "fortsetzen? Bereits angelegte Konten werden nicht noch einmal angelegt."
    ),
    "Resume": "Fortsetzen",
    "Later": "Später",
    "The import stopped: {reason}": "Der Import wurde angehalten: {reason}",
    # main window
    "Connection: {name}": "Verbindung: {name}",
    "No connection": "Keine Verbindung",
    "Budget: —": "Kontingent: —",
    "Error: ": "Fehler: ",
    "Warning: ": "Warnung: ",
    "Help": "Hilfe",
    "meetergo console — manage your client accounts.\n\nCtrl+F  search accounts\n"
    "Ctrl+N  new account\nCtrl+R  refresh\nCtrl+Shift+J  changes panel\nF1  this help": (
        "meetergo-Konsole — Kundenkonten verwalten.\n\nStrg+F  Konten suchen\n"
        "Strg+N  neues Konto\nStrg+R  aktualisieren\nStrg+Umschalt+J  Änderungen\n"
        "F1  diese Hilfe"
    ),
    "meetergo console": "meetergo-Konsole",
    "Connection:": "Verbindung:",
    "Manage connections…": "Verbindungen verwalten…",
    "&Settings": "&Einstellungen",
    "&Language": "&Sprache",
    "System language": "Systemsprache",
    "&Help": "&Hilfe",
    "Keyboard shortcuts": "Tastenkürzel",
    "Sandbox — demo data. Nothing here reaches meetergo.": (
        "Sandbox — Demodaten. Nichts davon erreicht meetergo."
    ),
    "Search accounts (Ctrl+F)": "Konten suchen (Strg+F)",
    "Search accounts": "Konten suchen",
    "Accounts of this connection": "Konten dieser Verbindung",
    "Sections": "Bereiche",
    "Accounts": "Konten",
    "Live feed: off": "Live-Feed: aus",
    "Will list each account's meeting types — duration, buffers, notice and booking limits — "
    "and let you edit them or assign templates.": (
        "Zeigt hier die Terminarten jedes Kontos — Dauer, Puffer, Vorlaufzeit und "
        "Buchungsgrenzen — zum Bearbeiten oder Zuweisen von Vorlagen."
    ),
    "Availability": "Verfügbarkeit",
    "Will show the weekly schedule of the selected account, date overrides and public "
    "holidays, with checks for overlaps and time-zone changes.": (
        "Zeigt hier den Wochenplan des gewählten Kontos, abweichende Tage und Feiertage, mit "
        "Prüfungen auf Überschneidungen und Zeitumstellungen."
    ),
    "Branding": "Branding",
    "Will edit the booking page: title, colours, logo and brand kits applied to many "
    "accounts at once.": (
        "Bearbeitet hier die Buchungsseite: Titel, Farben, Logo und Markenpakete für viele "
        "Konten auf einmal."
    ),
    "Templates": "Vorlagen",
    "Will manage meeting-type templates and assign them to many accounts.": (
        "Verwaltet hier Terminart-Vorlagen und weist sie vielen Konten zu."
    ),
    "Bookings": "Buchungen",
    "Will show what clients book, cancel and reschedule, live from webhooks and polling.": (
        "Zeigt hier, was Kunden buchen, absagen und verschieben — live über Webhooks und Abfragen."
    ),
    "Budget: %n request(s) left this minute": (
        "Kontingent: noch %n Anfrage in dieser Minute",
        "Kontingent: noch %n Anfragen in dieser Minute",
    ),
    # shell
    "There is no connection called {name}.": "Es gibt keine Verbindung namens {name}.",
    "No key is stored for {name}. Add it under Manage connections.": (
        "Für {name} ist kein Schlüssel gespeichert. Bitte unter „Verbindungen verwalten“ "
        "hinzufügen."
    ),
    "An import is running; switch connections when it has finished.": (
        "Ein Import läuft; die Verbindung bitte erst nach dessen Ende wechseln."
    ),
    "Starting the sandbox…": "Sandbox wird gestartet…",
    "The built-in sandbox could not be started: {reason}": (
        "Die eingebaute Sandbox konnte nicht gestartet werden: {reason}"
    ),
    "The language changes the next time the console starts.": (
        "Die Sprache wechselt beim nächsten Start der Konsole."
    ),
    # accounts presenter: outcomes on the status bar
    "Could not load the accounts: {reason}": "Die Konten konnten nicht geladen werden: {reason}",
    "Created {email}.": "{email} angelegt.",
    "Updated {email}.": "{email} geändert.",
    "Deleted {email}.": "{email} gelöscht.",
    # new-account form, custom hours
    "00:00 is midnight, the end of the day.": "00:00 ist Mitternacht, das Ende des Tages.",
    # base URL of a connection (context "Problems") and opening a connection
    "Enter the base URL, e.g. {example}.": "Bitte die Basis-URL eingeben, z. B. {example}.",
    "The base URL must not contain spaces.": "Die Basis-URL darf keine Leerzeichen enthalten.",
    "The base URL {url!r} has no scheme; write {suggestion}.": (
        "Die Basis-URL {url!r} hat kein Schema; bitte {suggestion} schreiben."
    ),
    "The base URL must start with https:// (or http:// on this computer).": (
        "Die Basis-URL muss mit https:// beginnen (oder http:// auf diesem Computer)."
    ),
    "The base URL must not contain a user name or password; the key has its own field.": (
        "Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; der Schlüssel "
        "hat sein eigenes Feld."
    ),
    "The base URL {url!r} names no server.": "Die Basis-URL {url!r} nennt keinen Server.",
    "The base URL {url!r} has an invalid port.": "Die Basis-URL {url!r} hat einen ungültigen Port.",
    "The base URL must not contain a query (?…) or a fragment (#…).": (
        "Die Basis-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten."
    ),
    "The base URL takes no path (the console adds /v4 itself): use {suggestion}.": (
        "Die Basis-URL hat keinen Pfad (die Konsole ergänzt /v4 selbst): bitte {suggestion} "
        "verwenden."
    ),
    "The base URL must use https://; http:// sends the key unencrypted (this computer only).": (
        "Die Basis-URL muss https:// verwenden; mit http:// ginge der Schlüssel unverschlüsselt "
        "über das Netz (nur auf diesem Computer erlaubt)."
    ),
    "{name} could not be opened: {reason}": "{name} konnte nicht geöffnet werden: {reason}",
    # Changes panel (fleet changes)
    "&View": "&Ansicht",
    "Changes": "Änderungen",
    "Planned changes by account": "Geplante Änderungen nach Konto",
    "History of this connection": "Verlauf dieser Verbindung",
    "Change sets of this connection": "Änderungssätze dieser Verbindung",
    "Progress of the change set": "Fortschritt des Änderungssatzes",
    "Counts of the change set": "Zählung des Änderungssatzes",
    "Apply": "Anwenden",
    "Pause": "Anhalten",
    "Cancel": "Abbrechen",
    "Cancel the apply": "Das Anwenden abbrechen",
    "Retry failed": "Fehlgeschlagene wiederholen",
    "Undo…": "Rückgängig…",
    "Undo this change set": "Diesen Änderungssatz rückgängig machen",
    "No change sets yet.": "Noch keine Änderungssätze.",
    "No change sets yet. A tab's “Apply to many…” plans one and shows it here; nothing is "
    "sent before you press Apply.": (
        "Noch keine Änderungssätze. „Auf viele anwenden…“ in einem Reiter plant einen und "
        "zeigt ihn hier; gesendet wird erst, wenn Sie „Anwenden“ drücken."
    ),
    "{name} — {state}": "{name} — {state}",
    "Resume the interrupted change set": "Den unterbrochenen Änderungssatz fortsetzen",
    "Apply the planned changes": "Die geplanten Änderungen anwenden",
    "Continue": "Weiter",
    "Continue the apply": "Das Anwenden fortsetzen",
    "Pause the apply": "Das Anwenden anhalten",
    "Send the failed operations again": "Die fehlgeschlagenen Vorgänge erneut senden",
    "%n account(s) to change": ("%n Konto zu ändern", "%n Konten zu ändern"),
    "%n unchanged": ("%n unverändert", "%n unverändert"),
    "Dismiss": "Ausblenden",
    "Server unreachable — retrying in %n s": (
        "Server nicht erreichbar — neuer Versuch in %n s",
        "Server nicht erreichbar — neuer Versuch in %n s",
    ),
    "Server unreachable — retrying now…": "Server nicht erreichbar — neuer Versuch läuft…",
    "Account / field": "Konto / Feld",
    "Before": "Vorher",
    "Now on server": "Jetzt auf dem Server",
    "After": "Nachher",
    "delete {resource}": "{resource} löschen",
    "Before: {value}": "Vorher: {value}",
    "Now on server: {value}": "Jetzt auf dem Server: {value}",
    "After: {value}": "Nachher: {value}",
    "Unchanged (%n account(s))": ("Unverändert (%n Konto)", "Unverändert (%n Konten)"),
    "New {resource}": "Neu: {resource}",
    "{account} (%n change(s))": ("{account} (%n Änderung)", "{account} (%n Änderungen)"),
    "pending": "geplant",
    "unchanged": "unverändert",
    "conflict": "Konflikt",
    "conflict — changed on the server since planning; nothing was overwritten": (
        "Konflikt — seit der Planung auf dem Server geändert; nichts wurde überschrieben"
    ),
    "{status}: {reason}": "{status}: {reason}",
    "planned, not sent": "geplant, nicht gesendet",
    "applying": "wird angewendet",
    "paused": "angehalten",
    "finished with problems": "mit Problemen beendet",
    "cancelled": "abgebrochen",
    "Booking page": "Buchungsseite",
    "Template": "Vorlage",
    "{done} of %n done": ("{done} von %n erledigt", "{done} von %n erledigt"),
    "%n failed": ("%n fehlgeschlagen", "%n fehlgeschlagen"),
    "%n conflict(s)": ("%n Konflikt", "%n Konflikte"),
    "%n skipped": ("%n übersprungen", "%n übersprungen"),
    "(empty)": "(leer)",
    "yes": "ja",
    "no": "nein",
    "(empty text)": "(leerer Text)",
    "Changes to many accounts are not available for this connection.": (
        "Änderungen an vielen Konten sind für diese Verbindung nicht verfügbar."
    ),
    "Reading the current state of %n account(s)…": (
        "Der aktuelle Stand von %n Konto wird gelesen…",
        "Der aktuelle Stand von %n Konten wird gelesen…",
    ),
    "Reading what the undo would restore…": "Es wird gelesen, was das Rückgängigmachen herstellt…",
    "“{name}” was interrupted with %n operation(s) still to send. Resume it? Operations "
    "that may have been sent already are checked on the server first, so nothing is applied "
    "twice.": (
        "„{name}“ wurde unterbrochen; %n Vorgang ist noch zu senden. Fortsetzen? Vorgänge, "
        "die vielleicht schon gesendet wurden, werden zuerst auf dem Server geprüft, damit "
        "nichts doppelt angewendet wird.",
        "„{name}“ wurde unterbrochen; %n Vorgänge sind noch zu senden. Fortsetzen? Vorgänge, "
        "die vielleicht schon gesendet wurden, werden zuerst auf dem Server geprüft, damit "
        "nichts doppelt angewendet wird.",
    ),
    "%n more interrupted change set(s) are in the history.": (
        "%n weiterer unterbrochener Änderungssatz steht im Verlauf.",
        "%n weitere unterbrochene Änderungssätze stehen im Verlauf.",
    ),
    "The plan could not be made: {reason}": "Der Plan konnte nicht erstellt werden: {reason}",
    "The undo could not be planned: {reason}": (
        "Das Rückgängigmachen konnte nicht geplant werden: {reason}"
    ),
    "Nothing to undo: every value was changed again since, or is already restored.": (
        "Nichts rückgängig zu machen: Jeder Wert wurde seitdem wieder geändert oder ist "
        "schon wiederhergestellt."
    ),
    "The change set could not be read: {reason}": (
        "Der Änderungssatz konnte nicht gelesen werden: {reason}"
    ),
    "Undo “{name}”?": "„{name}“ rückgängig machen?",
    "This restores the values from before the change on %n account(s): {fields}.": (
        "Damit werden die Werte von vor der Änderung auf %n Konto wiederhergestellt: {fields}.",
        "Damit werden die Werte von vor der Änderung auf %n Konten wiederhergestellt: {fields}.",
    ),
    "It deletes %n item(s) the change created.": (
        "Es wird %n Objekt gelöscht, das die Änderung angelegt hat.",
        "Es werden %n Objekte gelöscht, die die Änderung angelegt hat.",
    ),
    "%n appointment(s) are attached to them.": (
        "Daran hängt %n Termin.",
        "Daran hängen %n Termine.",
    ),
    "No appointments are attached to them.": "Daran hängen keine Termine.",
    "%n account(s) were changed again since and are left as they are.": (
        "%n Konto wurde seitdem wieder geändert und bleibt, wie es ist.",
        "%n Konten wurden seitdem wieder geändert und bleiben, wie sie sind.",
    ),
    "Undo change set": "Änderungssatz rückgängig machen",
    "Undo now": "Jetzt rückgängig machen",
    "Not now": "Nicht jetzt",
    "it is not in this connection's journal": "er steht nicht im Journal dieser Verbindung",
    "Another console is applying this change set: {owner}, since {since}. Wait until it "
    "has finished, or stop it there.": (
        "Eine andere Konsole wendet diesen Änderungssatz an: {owner}, seit {since}. Bitte "
        "warten, bis sie fertig ist, oder ihn dort anhalten."
    ),
    "The apply stopped: {reason}": "Das Anwenden wurde beendet: {reason}",
    "“{name}”: {counts}": "„{name}“: {counts}",
    "{state} · %n to send": ("{state} · %n zu senden", "{state} · %n zu senden"),
    "Change set": "Änderungssatz",
    "Result": "Ergebnis",
    # account picker
    "Choose accounts": "Konten auswählen",
    "Search name or e-mail": "Name oder E-Mail suchen",
    "&All accounts": "&Alle Konten",
    "Tick all accounts": "Alle Konten ankreuzen",
    "&None": "&Keine",
    "Untick all accounts": "Kein Konto ankreuzen",
    "Accounts of this &client (@{domain})": "Konten dieses &Kunden (@{domain})",
    "Accounts of this &client": "Konten dieses &Kunden",
    "Tick the accounts with the e-mail domain {domain}": (
        "Die Konten mit der E-Mail-Domain {domain} ankreuzen"
    ),
    "Tick the accounts of the current client": "Die Konten des aktuellen Kunden ankreuzen",
    "Every account whose e-mail ends in @{domain}": (
        "Jedes Konto, dessen E-Mail auf @{domain} endet"
    ),
    "Select an account first: its e-mail domain names the client.": (
        "Bitte zuerst ein Konto auswählen: Seine E-Mail-Domain bestimmt den Kunden."
    ),
    "Saved groups": "Gespeicherte Gruppen",
    "&Save as group…": "Als Gruppe &speichern…",
    "Save the ticked accounts as a group": "Die angekreuzten Konten als Gruppe speichern",
    "Group:": "Gruppe:",
    "Accounts to change": "Zu ändernde Konten",
    "Tick all shown": "Alle angezeigten ankreuzen",
    "Accounts ticked": "Angekreuzte Konten",
    "Plan the change for the ticked accounts": "Die Änderung für die angekreuzten Konten planen",
    "Saved groups…": "Gespeicherte Gruppen…",
    "No saved groups": "Keine gespeicherten Gruppen",
    "Save as group": "Als Gruppe speichern",
    "Name of the group (e.g. the client's company):": (
        "Name der Gruppe (z. B. die Firma des Kunden):"
    ),
    "{checked} of %n account(s) ticked": (
        "{checked} von %n Konto angekreuzt",
        "{checked} von %n Konten angekreuzt",
    ),
    # bookings tab
    "Start (your time)": "Beginn (Ihre Zeit)",
    "Start (host's time)": "Beginn (Zeit des Gastgebers)",
    "Client": "Kunde",
    "confirmed": "bestätigt",
    "BookingsModel|cancelled": "storniert",
    "BookingsTab|cancelled": "storniert",
    "rescheduled": "verschoben",
    "BookingsModel|pending": "ausstehend",
    "All accounts": "Alle Konten",
    "Any status": "Jeder Status",
    "Any meeting type": "Jede Terminart",
    "From": "Von",
    "to": "bis",
    "First day": "Erster Tag",
    "Last day": "Letzter Tag",
    "Search client name or e-mail": "Kundenname oder E-Mail suchen",
    "Search bookings": "Buchungen suchen",
    "Cancel…": "Stornieren…",
    "Reschedule…": "Verschieben…",
    "Copy details": "Details kopieren",
    "History…": "Verlauf…",
    "Export CSV…": "CSV exportieren…",
    "Export .ics…": ".ics exportieren…",
    "Latest events": "Neueste Ereignisse",
    "%1 of %2 bookings": "%1 von %2 Buchungen",
    "Booking details copied.": "Buchungsdetails kopiert.",
    "Export bookings": "Buchungen exportieren",
    "Calendar files (*.ics)": "Kalenderdateien (*.ics)",
    "webhook": "Webhook",
    "polling": "Abfrage",
    "own action": "eigene Aktion",
    "booked": "gebucht",
    "changed": "geändert",
    "not applied: %1": "nicht übernommen: %1",
    "Cancel booking": "Buchung stornieren",
    "Cancel the booking of %1 on %2?": "Die Buchung von %1 am %2 stornieren?",
    "Reason (sent to the client):": "Grund (wird dem Kunden geschickt):",
    "Reason": "Grund",
    "Keep it": "Behalten",
    "Reschedule booking": "Buchung verschieben",
    "Loading free slots…": "Freie Termine werden geladen…",
    "Free slots": "Freie Termine",
    "Move here": "Hierhin verschieben",
    "Pick a new time:": "Neue Zeit wählen:",
    "No free slot in the next 14 days.": "Kein freier Termin in den nächsten 14 Tagen.",
    "Booking history": "Buchungsverlauf",
    "Events": "Ereignisse",
    "Live feed: offline, last event %1": "Live-Feed: offline, letztes Ereignis %1",
    "Live feed: webhooks live, last event %1": "Live-Feed: Webhooks aktiv, letztes Ereignis %1",
    "Live feed: polling only, last event %1": "Live-Feed: nur Abfrage, letztes Ereignis %1",
    "webhook quiet since %1, %n event(s) found by polling": (
        "Webhook still seit %1, %n Ereignis durch Abfrage gefunden",
        "Webhook still seit %1, %n Ereignisse durch Abfrage gefunden",
    ),
    "Cancelled the booking of %1.": "Buchung von %1 storniert.",
    "The free slots could not be loaded: %1": "Die freien Termine konnten nicht geladen werden: %1",
    "Moved the booking of %1 to %2.": "Buchung von %1 auf %2 verschoben.",
    "%n booking(s) exported to %1.": (
        "%n Buchung nach %1 exportiert.",
        "%n Buchungen nach %1 exportiert.",
    ),
    "Webhook registered for this console (%1 of %2 in use).": (
        "Webhook für diese Konsole registriert (%1 von %2 belegt)."
    ),
    "Webhook not registered (%1); finding changes by polling.": (
        "Webhook nicht registriert (%1); Änderungen werden per Abfrage gefunden."
    ),
    # meeting types tab
    "Duration": "Dauer",
    "Channel": "Kanal",
    "Yes": "Ja",
    "No": "Nein",
    "%1 min": "%1 Min.",
    "Copy settings to other accounts": "Einstellungen in andere Konten übernehmen",
    "Settings of “%1” (as saved) to copy:": (
        "Zu übernehmende Einstellungen von „%1“ (gespeicherter Stand):"
    ),
    "Buffer before": "Puffer davor",
    "Buffer after": "Puffer danach",
    "Slot interval": "Zeitraster",
    "Spots": "Plätze",
    "Minimum notice": "Mindestvorlauf",
    "Enabled": "Aktiv",
    "Find the meeting type in each account by its:": (
        "Die Terminart in jedem Konto finden über ihren:"
    ),
    "Name (%1)": "Namen (%1)",
    "Slug (%1)": "Slug (%1)",
    "Accounts without a match are listed as skipped in the plan.": (
        "Konten ohne passende Terminart stehen im Plan als übersprungen."
    ),
    "Choose accounts…": "Konten wählen…",
    "Not kept by the server (it stored what is shown).": (
        "Vom Server nicht übernommen (gespeichert ist, was angezeigt wird)."
    ),
    " days": " Tage",
    "default": "Standard",
    "%1 to %2": "%1 bis %2",
    "e.g. zoom, phone": "z. B. zoom, phone",
    "Comma-separated": "Durch Kommas getrennt",
    "Bookable": "Buchbar",
    "Nam&e": "Nam&e",
    "Descr&iption": "Beschrei&bung",
    "&Duration": "&Dauer",
    "Buffer be&fore": "Puffer davo&r",
    "Buffer &after": "Puffer dan&ach",
    "S&lot interval": "&Zeitraster",
    "Minimum noti&ce": "&Mindestvorlauf",
    "Booking &window": "Buc&hungszeitraum",
    "S&pots (group booking)": "&Plätze (Gruppenbuchung)",
    "C&hannel": "&Kanal",
    "Also offered": "Zusätzlich angeboten",
    "Custom channel name": "Name des eigenen Kanals",
    "Custom channel lin&k": "Link des ei&genen Kanals",
    "Locations": "Orte",
    "Colo&r": "&Farbe",
    "Slu&g": "S&lug",
    "Could not load the meeting types: %1": "Die Terminarten konnten nicht geladen werden: %1",
    "Correct the marked fields first.": "Bitte zuerst die markierten Felder korrigieren.",
    "Saved, but the server did not keep every change (marked).": (
        "Gespeichert, aber der Server hat nicht jede Änderung übernommen (markiert)."
    ),
    "Saved “%1”.": "„%1“ gespeichert.",
    "Saving “%1” failed: %2": "Speichern von „%1“ fehlgeschlagen: %2",
    "The server refused the change; your edit is kept: %1": (
        "Der Server hat die Änderung abgelehnt; Ihre Eingaben bleiben erhalten: %1"
    ),
    "Name of the meeting type:": "Name der Terminart:",
    "Created “%1”.": "„%1“ angelegt.",
    "New meeting type": "Neue Terminart",
    "%1 (copy)": "%1 (Kopie)",
    "Duplicate meeting type": "Terminart duplizieren",
    "Enabled “%1”.": "„%1“ aktiviert.",
    "Disabled “%1”.": "„%1“ deaktiviert.",
    "Delete meeting type": "Terminart löschen",
    "Delete “%1”? Its booking URL stops taking bookings. Existing appointments stay as they are.": (
        "„%1“ löschen? Über die Buchungs-URL kann dann nicht mehr gebucht werden. "
        "Bestehende Termine bleiben erhalten."
    ),
    "Delete": "Löschen",
    "Delete with its availability": "Mit ihrer Verfügbarkeit löschen",
    "Deleted “%1”.": "„%1“ gelöscht.",
    "Availability is shared": "Verfügbarkeit wird geteilt",
    "The availability of “%1” is also used by: %2. It cannot be deleted while they use it. "
    "Delete only the meeting type and keep the availability for them? Existing appointments "
    "stay as they are.": (
        "Die Verfügbarkeit von „%1“ wird auch von %2 genutzt und kann nicht gelöscht werden, "
        "solange sie sie nutzen. Nur die Terminart löschen und die Verfügbarkeit für die "
        "anderen behalten? Bestehende Termine bleiben erhalten."
    ),
    "Delete the meeting type only": "Nur die Terminart löschen",
    "Choose an account on the left to see its meeting types.": (
        "Links ein Konto wählen, um seine Terminarten zu sehen."
    ),
    "Meeting types of %1": "Terminarten von %1",
    "Disa&ble": "Deakti&vieren",
    "Ena&ble": "Akti&vieren",
    "Search meeting types": "Terminarten suchen",
    "&New…": "&Neu…",
    "D&uplicate…": "D&uplizieren…",
    "Copy settings t&o other accounts…": "Einstellungen in andere K&onten übernehmen…",
    "&Save": "&Speichern",
    "Discard changes": "Änderungen verwerfen",
    "Copy e&mbed code": "Einbettungs&code kopieren",
    "Cop&y booking URL": "Buchungs-URL kop&ieren",
    "Delete…": "Löschen…",
    "In person (host's address)": "Vor Ort (Adresse des Gastgebers)",
    "In person (client's address)": "Vor Ort (Adresse des Kunden)",
    "Google Meet": "Google Meet",
    "Zoom": "Zoom",
    "Phone (host calls)": "Telefon (Gastgeber ruft an)",
    "Phone (client calls)": "Telefon (Kunde ruft an)",
    "WhatsApp": "WhatsApp",
    "meetergo Connect": "meetergo Connect",
    "Webex": "Webex",
    "Microsoft Teams": "Microsoft Teams",
    "Microsoft Teams (Exchange)": "Microsoft Teams (Exchange)",
    "Custom link": "Eigener Link",
    "Resource": "Ressource",
    "Whereby": "Whereby",
    "kMeet": "kMeet",
    "Jitsi": "Jitsi",
    "Nextcloud Talk": "Nextcloud Talk",
    "OpenTalk": "OpenTalk",
    "alfaview": "alfaview",
    "Must be {low} to {high}.": "Muss {low} bis {high} sein.",
    "Must be a whole number.": "Muss eine ganze Zahl sein.",
    "Slug is missing.": "Der Slug fehlt.",
    "Slug may hold only lower-case letters, digits and single hyphens.": (
        "Der Slug darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten."
    ),
    "Another meeting type of this account uses {slug!r}.": (
        "Eine andere Terminart dieses Kontos verwendet {slug!r}."
    ),
    "A custom channel needs its link.": "Ein eigener Kanal braucht seinen Link.",
    "{channel!r} is not a channel meetergo offers.": (
        "{channel!r} ist kein Kanal, den meetergo anbietet."
    ),
    "Unsaved meeting types": "Ungespeicherte Terminarten",
    "Some meeting types have unsaved changes. Close without saving them?": (
        "Einige Terminarten haben ungespeicherte Änderungen. Ohne Speichern schließen?"
    ),
    "Close without saving": "Ohne Speichern schließen",
    # branding tab: contrast (context "Problems"), editor, preview
    "{text!r} is not a hex colour like #0066cc or #06c.": (
        "{text!r} ist keine Hex-Farbe wie #0066cc oder #06c."
    ),
    "Button text on the primary colour": "Button-Text auf der Primärfarbe",
    "Primary colour on the light page": "Primärfarbe auf der hellen Seite",
    "Primary colour on the dark page": "Primärfarbe auf der dunklen Seite",
    "Page text on the secondary colour": "Seitentext auf der Sekundärfarbe",
    "Booking page preview": "Vorschau der Buchungsseite",
    "No free times to show": "Keine freien Zeiten anzuzeigen",
    "Colours": "Farben",
    "Use custom colours": "Eigene Farben verwenden",
    "Primary colour": "Primärfarbe",
    "Secondary colour": "Sekundärfarbe",
    "Header": "Kopfbereich",
    "Title": "Titel",
    "Subtitle": "Untertitel",
    "Image URL": "Bild-URL",
    "Page": "Seite",
    "Description": "Beschreibung",
    "Show all meeting types": "Alle Terminarten zeigen",
    "Drag to change the order on the booking page": (
        "Ziehen, um die Reihenfolge auf der Buchungsseite zu ändern"
    ),
    "Meeting-type order": "Reihenfolge der Terminarten",
    "Online profiles and address": "Online-Profile und Adresse",
    "LinkedIn": "LinkedIn",
    "Xing": "Xing",
    "Phone": "Telefon",
    "Street": "Straße",
    "Postal code": "Postleitzahl",
    "City": "Ort",
    "Country": "Land",
    "Save": "Speichern",
    "Revert": "Verwerfen",
    "Open the real booking page": "Die echte Buchungsseite öffnen",
    "Phone width": "Telefonbreite",
    "Dark": "Dunkel",
    "Pick…": "Wählen…",
    "Booking page of {name}": "Buchungsseite von {name}",
    "Choose an account on the left to edit its booking page.": (
        "Links ein Konto wählen, um seine Buchungsseite zu bearbeiten."
    ),
    "Use {colour}": "{colour} verwenden",
    "A colour of the same hue that reaches 4.5:1": (
        "Eine Farbe desselben Farbtons, die 4,5:1 erreicht"
    ),
    "Could not load the booking page: {error}": (
        "Die Buchungsseite konnte nicht geladen werden: {error}"
    ),
    "Booking page saved.": "Buchungsseite gespeichert.",
    "Not saved: fix the marked fields.": "Nicht gespeichert: die markierten Felder korrigieren.",
    "Not saved: {error}": "Nicht gespeichert: {error}",
    "{url} is not an image the preview can show.": (
        "{url} ist kein Bild, das die Vorschau zeigen kann."
    ),
    "The header image at {url} could not be loaded ({error}).": (
        "Das Kopfbild unter {url} konnte nicht geladen werden ({error})."
    ),
    "This account has no booking URL.": "Dieses Konto hat keine Buchungs-URL.",
    "Open the booking page": "Buchungsseite öffnen",
    "No browser could be opened for {url}.": "Für {url} konnte kein Browser geöffnet werden.",
    "Copy URL": "URL kopieren",
    "Booking URL copied.": "Buchungs-URL kopiert.",
    "Brand kit {name} saved.": "Markenpaket {name} gespeichert.",
    "Could not write {path}: {error}": "{path} konnte nicht geschrieben werden: {error}",
    "Brand kit exported to {path}.": "Markenpaket nach {path} exportiert.",
    "Could not import {path}: {error}": "{path} konnte nicht importiert werden: {error}",
    "Brand kit {name}": "Markenpaket {name}",
    "Apply brand kit {name} to": "Markenpaket {name} anwenden auf",
    "Brand kits": "Markenpakete",
    "Brand kit": "Markenpaket",
    "Save look as kit…": "Aussehen als Paket speichern…",
    "Use in form": "Ins Formular übernehmen",
    "Export…": "Exportieren…",
    "Import…": "Importieren…",
    "Apply to accounts…": "Auf Konten anwenden…",
    "Save brand kit": "Markenpaket speichern",
    "Name of the kit (e.g. the client):": "Name des Pakets (z. B. der Kunde):",
    "Export brand kit": "Markenpaket exportieren",
    "Brand kit (*.json)": "Markenpaket (*.json)",
    "Import brand kit": "Markenpaket importieren",
    # availability lint (context "Problems")
    "{day}: {interval} overlaps {other}; merge them.": (
        "{day}: {interval} überschneidet sich mit {other}; bitte zusammenfassen."
    ),
    "{day}: {interval} and {other} touch; they can be one interval.": (
        "{day}: {interval} und {other} grenzen aneinander; sie können ein Zeitraum sein."
    ),
    "{day} is closed although the days around it are open.": (
        "{day} ist geschlossen, obwohl die Tage davor und danach offen sind."
    ),
    "The week has no bookable time: clients can book only on exceptions.": (
        "Die Woche hat keine buchbare Zeit: Kunden können nur an Ausnahmen buchen."
    ),
    "{date}: {span} does not exist in {zone}.": "{date}: {span} gibt es in {zone} nicht.",
    "{date}: {span} happens twice in {zone}.": "{date}: {span} gibt es in {zone} zweimal.",
    "The hours are in {zone}, but the user's time zone is {user_zone}.": (
        "Die Zeiten gelten in {zone}, die Zeitzone des Benutzers ist aber {user_zone}."
    ),
    "{name} needs {minutes} minutes with its buffers; no interval is that long.": (
        "{name} braucht mit Puffern {minutes} Minuten; kein Zeitraum ist so lang."
    ),
    "The exception on {date} is in the past.": "Die Ausnahme am {date} liegt in der Vergangenheit.",
    # availability tab, week grid and hours list
    "Weekly hours": "Wochenzeiten",
    "Draw interval": "Zeitraum zeichnen",
    "Move interval": "Zeitraum verschieben",
    "Resize interval": "Zeitraum ändern",
    "Remove interval": "Zeitraum entfernen",
    "Day": "Tag",
    "Start": "Beginn",
    "End": "Ende",
    "Weekly hours as a list": "Wochenzeiten als Liste",
    "Day for a new interval": "Tag für einen neuen Zeitraum",
    "&Add interval": "Zeitraum &hinzufügen",
    "Re&move interval": "Zeitraum ent&fernen",
    "An interval must end after it starts.": "Ein Zeitraum muss nach seinem Beginn enden.",
    "Change interval": "Zeitraum ändern",
    "Add interval": "Zeitraum hinzufügen",
    "No account chosen.": "Kein Konto gewählt.",
    "Time zone of the hours": "Zeitzone der Zeiten",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen",
    "Preset": "Vorlage",
    "Preset…": "Vorlage …",
    "Business hours (Mon–Fri 09:00–17:00)": "Geschäftszeiten (Mo–Fr 09:00–17:00)",
    "Mon–Thu 09:00–18:00, Fri 09:00–17:00": "Mo–Do 09:00–18:00, Fr 09:00–17:00",
    "Mornings (Mon–Fri 09:00–12:00)": "Vormittags (Mo–Fr 09:00–12:00)",
    "Clear": "Leeren",
    "Checks": "Prüfungen",
    "Time zone:": "Zeitzone:",
    "Host's zone: {zone}": "Zeitzone des Gastgebers: {zone}",
    "unknown": "unbekannt",
    "Saved; showing the hours as the server stored them.": (
        "Gespeichert; angezeigt werden die Zeiten, wie der Server sie gespeichert hat."
    ),
    "Not saved: {reason}": "Nicht gespeichert: {reason}",
    "Error": "Fehler",
    "Warning": "Warnung",
    "No problems found.": "Keine Probleme gefunden.",
    "● Unsaved changes": "● Ungespeicherte Änderungen",
    "Apply preset": "Vorlage anwenden",
    "{email} has no default availability.": "{email} hat keine Standard-Verfügbarkeit.",
    "no account is loaded.": "es ist kein Konto geladen.",
    "Hours of {email} saved.": "Zeiten von {email} gespeichert.",
    "Meeting type for the slots": "Terminart für die Slots",
    "&Preview unsaved hours": "Ungespeicherte Zeiten &vorschauen",
    "Slots of:": "Slots von:",
    "{count} slots in the next 14 days, computed here from the unsaved hours (appointments not counted).": (  # noqa: E501
        "{count} Slots in den nächsten 14 Tagen, hier aus den ungespeicherten Zeiten berechnet "
        "(ohne Termine)."
    ),
    "{count} slots in the next 14 days, as clients see them now.": (
        "{count} Slots in den nächsten 14 Tagen, wie Kunden sie jetzt sehen."
    ),
    "Apply to &accounts…": "Auf &Konten anwenden …",
    "Apply weekly hours to…": "Wochenzeiten anwenden auf …",
    # templates tab
    "The API cannot list templates: the console keeps the ones it created or was given.": (
        "Die API kann keine Vorlagen auflisten: Die Konsole behält die, die sie angelegt hat "
        "oder deren ID ihr genannt wurde."
    ),
    "&New template": "&Neue Vorlage",
    "Id of a template made elsewhere": "ID einer anderswo angelegten Vorlage",
    "&Keep": "&Übernehmen",
    "Duration (min)": "Dauer (Min.)",
    "Buffer before (min)": "Puffer davor (Min.)",
    "Buffer after (min)": "Puffer danach (Min.)",
    "Slot interval (min)": "Zeitraster (Min.)",
    "Minimum notice (min)": "Mindestvorlauf (Min.)",
    "Locked": "Gesperrt",
    "Assigned accounts may not change this field.": (
        "Zugewiesene Konten dürfen dieses Feld nicht ändern."
    ),
    "&Save template": "Vorlage &speichern",
    "&Assign to accounts…": "Konten &zuweisen…",
    "Check &drift": "&Abweichungen prüfen",
    "Field": "Feld",
    "Account value": "Wert im Konto",
    "Fields to re-apply (to the accounts ticked above):": (
        "Erneut anzuwendende Felder (auf die oben angehakten Konten):"
    ),
    "&Re-apply chosen fields…": "Gewählte Felder &erneut anwenden…",
    "%n account(s) got this template": (
        "%n Konto hat diese Vorlage erhalten",
        "%n Konten haben diese Vorlage erhalten",
    ),
    "%n drifted": ("%n abgewichen", "%n abgewichen"),
    "%n meeting type(s) gone": ("%n Terminart gelöscht", "%n Terminarten gelöscht"),
    "in sync": "übereinstimmend",
    "meeting type gone": "Terminart gelöscht",
    "drifted in %n field(s)": ("in %n Feld abgewichen", "in %n Feldern abgewichen"),
    "Nothing to save.": "Nichts zu speichern.",
    "Template %1 saved.": "Vorlage %1 gespeichert.",
    "Re-apply %1 to %n account(s)": (
        "%1 erneut auf %n Konto anwenden",
        "%1 erneut auf %n Konten anwenden",
    ),
    "Assign %1 to %n account(s)": ("%1 %n Konto zuweisen", "%1 %n Konten zuweisen"),
    "Assign %1 to…": "%1 zuweisen an…",
    "Choose the fields to re-apply.": "Wählen Sie die Felder, die erneut angewendet werden sollen.",
    "Tick the accounts to re-apply them to.": (
        "Haken Sie die Konten an, auf die sie angewendet werden sollen."
    ),
    "Templates: %1": "Vorlagen: %1",
    # -- fleet health (console/ui/accounts: health columns, filter, badge, status bar) --------
    "Health": "Zustand",
    "Next slot": "Nächster Termin",
    "Last booking": "Letzte Buchung",
    "Problems found by the last health check; hover a cell for details": (
        "Probleme aus der letzten Zustandsprüfung; Details im Tooltip der Zelle"
    ),
    "The first bookable start in the next {days} days": (
        "Der erste buchbare Termin in den nächsten {days} Tagen"
    ),
    "When a client last booked this account": "Wann dieses Konto zuletzt gebucht wurde",
    "No meeting type": "Keine Terminart",
    "No slot": "Kein Termin frei",
    "Slug clash": "Slug doppelt",
    "Template drift": "Weicht von Vorlage ab",
    "Brand kit drift": "Weicht vom Brand-Kit ab",
    "Check failed": "Prüfung fehlgeschlagen",
    "No meeting type is enabled: clients cannot book this account.": (
        "Keine Terminart ist aktiviert: Kunden können dieses Konto nicht buchen."
    ),
    "No bookable slot in the next {days} days (check the hours).": (
        "Kein buchbarer Termin in den nächsten {days} Tagen (Verfügbarkeit prüfen)."
    ),
    "Meeting types share the slug “{slug}”.": "Mehrere Terminarten nutzen den Slug „{slug}“.",
    "Other accounts use the same slug: {count}.": (
        "Andere Konten nutzen denselben Slug: {count}."
    ),
    "Differs from its template: {names}.": "Weicht von seiner Vorlage ab: {names}.",
    "Differs from its brand kit: {names}.": "Weicht von seinem Brand-Kit ab: {names}.",
    "The check failed: {reason}": "Die Prüfung ist fehlgeschlagen: {reason}",
    "OK": "OK",
    "Not checked yet.": "Noch nicht geprüft.",
    "No problem found.": "Kein Problem gefunden.",
    "Checked {when}.": "Geprüft am {when}.",
    "Will be checked again shortly.": "Wird in Kürze erneut geprüft.",
    "none": "keiner",
    "never": "nie",
    "Show accounts": "Konten anzeigen",
    "Show all accounts, or only those the health check flagged": (
        "Alle Konten anzeigen oder nur die, bei denen die Zustandsprüfung etwas gefunden hat"
    ),
    "Needs attention": "Braucht Aufmerksamkeit",
    "The health check paused: {reason}": "Die Zustandsprüfung pausiert: {reason}",
    "The key's expiry date is not set (Manage connections…).": (
        "Das Ablaufdatum des Schlüssels ist nicht eingetragen (Verbindungen verwalten…)."
    ),
    "Key expired": "Schlüssel abgelaufen",
    "The key expired; create a new one in meetergo.": (
        "Der Schlüssel ist abgelaufen; erstellen Sie in meetergo einen neuen."
    ),
    "Key: %n day(s) left": ("Schlüssel: noch %n Tag", "Schlüssel: noch %n Tage"),
    "The key expires on {day}.": "Der Schlüssel läuft am {day} ab.",
    "Webhooks {count}/{limit}": "Webhooks {count}/{limit}",
    "The company has {count} of at most {limit} webhooks.": (
        "Das Unternehmen hat {count} von höchstens {limit} Webhooks."
    ),
    "Key expiry and webhooks": "Schlüsselablauf und Webhooks",
    "{shown} of {total} accounts shown": "{shown} von {total} Konten angezeigt",
    # -- meeting types tab (drafts across connections, templates, real editors) --
    "Unsaved edits": "Ungespeicherte Änderungen",
    "Discard the unsaved edits of %n account(s)?": (
        "Die ungespeicherten Änderungen an %n Konto verwerfen?",
        "Die ungespeicherten Änderungen an %n Konten verwerfen?",
    ),
    "Cancel keeps them; save them in their tab first.": (
        "Abbrechen behält sie; speichern Sie sie zuerst in ihrem Reiter."
    ),
    "Discard and switch": "Verwerfen und wechseln",
    "“%1”, made from the template “%2”": "„%1“, erstellt aus der Vorlage „%2“",
    "“%1”, not made from a template the console knows": (
        "„%1“, nicht aus einer der Konsole bekannten Vorlage erstellt"
    ),
    "Create it in accounts that have none": "In Konten ohne sie anlegen",
    "Created with this name, duration, description and channel; undo deletes it.": (
        "Mit diesem Namen, dieser Dauer, Beschreibung und diesem Kanal angelegt; "
        "Rückgängig löscht sie wieder."
    ),
    "Accounts without a match get it created; the plan lists them as creates.": (
        "Konten ohne Treffer bekommen sie angelegt; der Plan führt sie als Neuanlagen."
    ),
    "Add address": "Adresse hinzufügen",
    " (default)": " (Standard)",
    "(none chosen)": "(keine gewählt)",
    "Channels the client may choose instead of the main one.": (
        "Kanäle, die der Kunde statt des Hauptkanals wählen kann."
    ),
    "The weekly hours this meeting type uses.": "Die Wochenzeiten, die diese Terminart nutzt.",
    "Could not load the account's availabilities: %1": (
        "Die Verfügbarkeiten des Kontos konnten nicht geladen werden: %1"
    ),
    "Remove": "Entfernen",
    # -- connections: missing keys and deleting --
    "No key stored — paste the key": "Kein Schlüssel gespeichert — Schlüssel einfügen",
    (
        "No key is stored for “%1”: it is not in the keyring, and a key kept for one session "
        "only is gone after a restart. Paste the key and save to use this connection again."
    ): (
        "Für „%1“ ist kein Schlüssel gespeichert: Er ist nicht im Schlüsselbund, und ein nur für "
        "eine Sitzung aufbewahrter Schlüssel ist nach einem Neustart weg. Fügen Sie den "
        "Schlüssel ein und speichern Sie, um diese Verbindung wieder zu nutzen."
    ),
    (
        "Delete the connection “%1”? Its key is removed from this computer; the accounts on "
        "meetergo stay as they are."
    ): (
        "Die Verbindung „%1“ löschen? Ihr Schlüssel wird von diesem Computer entfernt; die "
        "Konten bei meetergo bleiben, wie sie sind."
    ),
    (
        "It is the last connection: the built-in sandbox (demo data) will be used until you "
        "add another."
    ): (
        "Es ist die letzte Verbindung: Bis Sie eine weitere hinzufügen, wird die eingebaute "
        "Sandbox (Demodaten) verwendet."
    ),
    "Delete connection": "Verbindung löschen",
    "No key is stored for this connection. Paste the key above, then test.": (
        "Für diese Verbindung ist kein Schlüssel gespeichert. Fügen Sie ihn oben ein und "
        "testen Sie dann."
    ),
    "Paste the key above, then test.": "Fügen Sie den Schlüssel oben ein und testen Sie dann.",
    (
        "No key is stored for {name} (a key kept for one session only is gone after a "
        "restart). The sandbox is open meanwhile; enter the key under Manage connections."
    ): (
        "Für {name} ist kein Schlüssel gespeichert (ein nur für eine Sitzung aufbewahrter "
        "Schlüssel ist nach einem Neustart weg). Solange ist die Sandbox geöffnet; geben Sie "
        "den Schlüssel unter „Verbindungen verwalten“ ein."
    ),
    (
        "No key is stored for {name} (a key kept for one session only is gone after a "
        "restart). Enter it under Manage connections."
    ): (
        "Für {name} ist kein Schlüssel gespeichert (ein nur für eine Sitzung aufbewahrter "
        "Schlüssel ist nach einem Neustart weg). Geben Sie ihn unter „Verbindungen verwalten“ "
        "ein."
    ),
    "Discard and reopen": "Verwerfen und neu öffnen",
    "No connection is left; the built-in sandbox (demo data) is open.": (
        "Es ist keine Verbindung mehr übrig; die eingebaute Sandbox (Demodaten) ist geöffnet."
    ),
    (
        "There is no connection called {wanted}; {name} is open instead. Add it under Manage "
        "connections."
    ): (
        "Es gibt keine Verbindung namens {wanted}; stattdessen ist {name} geöffnet. Legen Sie "
        "sie unter „Verbindungen verwalten“ an."
    ),
    # availability tab: date-specific hours, holidays, grid copy/paste, missing slots
    "Copy {day}'s hours to": "Zeiten von {day} kopieren nach",
    "Copy {day}'s hours": "Zeiten von {day} kopieren",
    "today's hours are over": "die heutigen Zeiten sind vorbei",
    "&Change": "Ä&ndern",
    "&Dates and holidays": "&Tage und Feiertage",
    "(and more; hover for all)": "(und weitere; alle beim Darüberfahren)",
    "Add da&te": "&Datum hinzufügen",
    "All da&y": "&Ganztägig",
    "All weekdays (Mon–Fri)": "Alle Werktage (Mo–Fr)",
    "Available all day": "Ganztägig verfügbar",
    "Available {hours}": "Verfügbar {hours}",
    "Available": "Verfügbar",
    "Calendar of date-specific hours": "Kalender der datumsbezogenen Zeiten",
    "Close days for &other accounts…": "Tage für &andere Konten schließen…",
    "Close days for…": "Tage schließen für…",
    "Close for other accounts…": "Für andere Konten schließen…",
    "Close on these days": "An diesen Tagen schließen",
    "Closed all day": "Ganztägig geschlossen",
    "Closed or available": "Geschlossen oder verfügbar",
    "Closed {days}": "Geschlossen {days}",
    "Closed {hours}": "Geschlossen {hours}",
    "Closed": "Geschlossen",
    "Copy hours": "Zeiten kopieren",
    "Country:": "Land:",
    "Date": "Datum",
    "Date-specific hours of {email} saved.": "Datumsbezogene Zeiten von {email} gespeichert.",
    "Date-specific hours saved; showing them as the server stored them.": (
        "Datumsbezogene Zeiten gespeichert; angezeigt, wie der Server sie gespeichert hat."
    ),
    "Date-specific hours": "Datumsbezogene Zeiten",
    "Dates:": "Daten:",
    "Every day": "Jeden Tag",
    "From date": "Von Datum",
    "From time": "Von Uhrzeit",
    "German state": "Bundesland",
    "Holidays to add": "Hinzuzufügende Feiertage",
    "Hours": "Zeiten",
    "Hours:": "Zeiten:",
    "Kind:": "Art:",
    "No slots on: {days}": "Keine Slots am: {days}",
    "Note": "Notiz",
    "Note:": "Notiz:",
    "Paste hours": "Zeiten einfügen",
    "Paste onto {day}": "Auf {day} einfügen",
    "Problem with the date-specific hours": "Problem mit den datumsbezogenen Zeiten",
    "Public &holidays…": "&Feiertage…",
    "Public holidays {region} {year}": "Feiertage {region} {year}",
    "Public holidays": "Feiertage",
    "Redo": "Wiederholen",
    "Remo&ve": "&Entfernen",
    "State:": "Bundesland:",
    "The hours must end after they start.": "Die Zeiten müssen nach ihrem Beginn enden.",
    "The last date is before the first.": "Das letzte Datum liegt vor dem ersten.",
    "To date": "Bis Datum",
    "Undo": "Rückgängig",
    "Until time (00:00 = midnight)": "Bis Uhrzeit (00:00 = Mitternacht)",
    "Week of {first} – {last} (pick a date under Dates to see another)": (
        "Woche {first} – {last} (ein Datum unter „Tage“ wählen, um eine andere zu sehen)"
    ),
    "Weekly &list": "Wochen&liste",
    "Whole country": "Ganzes Land",
    "Year": "Jahr",
    "Year:": "Jahr:",
    "beyond the booking window": "jenseits des Buchungszeitraums",
    "booked out by existing appointments": "durch bestehende Termine ausgebucht",
    "closed ({note})": "geschlossen ({note})",
    "date-specific hours": "datumsbezogene Zeiten",
    "e.g. Office closed": "z. B. Büro geschlossen",
    "inside the minimum notice": "innerhalb der Mindestvorlaufzeit",
    "no hours on {weekday}": "keine Zeiten am {weekday}",
    "the hours fall into the hour the clocks skip that night": (
        "die Zeiten fallen in die Stunde, die die Uhren in dieser Nacht überspringen"
    ),
    "the longest open time ({minutes} min) is shorter than the meeting": (
        "die längste offene Zeit ({minutes} Min.) ist kürzer als der Termin"
    ),
    "{count} holidays; untick the ones to leave open.": (
        "{count} Feiertage; Haken bei denen entfernen, die offen bleiben sollen."
    ),
    (
        "{count} slots in the next 14 days, computed here from the unsaved hours and the "
        "existing appointments."
    ): (
        "{count} Slots in den nächsten 14 Tagen, hier aus den ungespeicherten Zeiten und "
        "den bestehenden Terminen berechnet."
    ),
    (
        "{date}: date-specific hours ({hours}) apply instead of the weekly hours; closed "
        "dates win over open ones, as in the slots clients see."
    ): (
        "{date}: Datumsbezogene Zeiten ({hours}) gelten statt der Wochenzeiten; "
        "geschlossene Daten gehen offenen vor, wie bei den Slots, die Kunden sehen."
    ),
    "U&ndo date change": "Datums&änderung rückgängig",
    # field labels (console/ui/field_labels.py), the template editor and forgetting a template
    "Buffers within working hours": "Puffer innerhalb der Arbeitszeit",
    "Custom channel link": "Link des eigenen Kanals",
    "Colour": "Farbe",
    "Group booking": "Gruppenbuchung",
    "Show free spots": "Freie Plätze anzeigen",
    "Redirect after booking": "Nach der Buchung weiterleiten",
    "Redirect address": "Weiterleitungsadresse",
    "Durations to choose": "Wählbare Dauern",
    "Client chooses the channel": "Kunde wählt den Kanal",
    "Channels to choose": "Wählbare Kanäle",
    "Client may choose the host": "Kunde darf den Gastgeber wählen",
    "Client must choose the host": "Kunde muss den Gastgeber wählen",
    "Client may add guests": "Kunde darf Gäste hinzufügen",
    "Double opt-in": "Double-Opt-in",
    "Host confirms bookings": "Gastgeber bestätigt Buchungen",
    "Cluster appointments": "Termine bündeln",
    "Carry buffers over": "Puffer übertragen",
    "Longest buffer carry-over": "Längste Pufferübertragung",
    "Booking with a phone number only": "Buchung nur mit Telefonnummer",
    "Booking window": "Buchungszeitraum",
    "Template for": "Vorlage für",
    "Distribution in the team": "Verteilung im Team",
    "Date exceptions": "Ausnahmen an Tagen",
    "Own colours": "Eigene Farben",
    "Header image": "Titelbild",
    "Header title": "Titel im Kopf",
    "Header subtitle": "Untertitel im Kopf",
    "Page description": "Seitenbeschreibung",
    "Order of meeting types": "Reihenfolge der Terminarten",
    "Online profiles": "Online-Profile",
    "single accounts": "einzelne Konten",
    "teams": "Teams",
    "Round robin": "Reihum",
    "Weighted round robin": "Gewichtet reihum",
    "Equal distribution": "Gleichmäßige Verteilung",
    "as the company sets it": "wie im Unternehmen eingestellt",
    "Facebook": "Facebook",
    "X (Twitter)": "X (Twitter)",
    "Instagram": "Instagram",
    "Custom links": "Eigene Links",
    "{field} locked": "{field} gesperrt",
    "not set": "nicht gesetzt",
    "One location a line": "Ein Ort pro Zeile",
    "e.g. 15, 30, 60": "z. B. 15, 30, 60",
    "Template %1 is no longer kept here; it stays on the server.": (
        "Die Vorlage %1 wird hier nicht mehr geführt; auf dem Server bleibt sie."
    ),
    "Stop keeping the template %1 in the console?": (
        "Die Vorlage %1 nicht mehr in der Konsole führen?"
    ),
    "The API cannot delete templates: it stays on the server (delete it in the meetergo "
    "dashboard).": (
        "Die API kann keine Vorlagen löschen: Sie bleibt auf dem Server (löschen Sie sie im "
        "meetergo-Dashboard)."
    ),
    "%n account(s) got it; their meeting types stay, but the console no longer knows they "
    "came from it: %1": (
        "%n Konto hat sie erhalten; seine Terminart bleibt, aber die Konsole weiß nicht mehr, "
        "dass sie von ihr stammt: %1",
        "%n Konten haben sie erhalten; ihre Terminarten bleiben, aber die Konsole weiß nicht "
        "mehr, dass sie von ihr stammen: %1",
    ),
    "Forget template": "Vorlage vergessen",
    "Forget": "Vergessen",
    "&Forget…": "&Vergessen…",
    "Stop keeping this template in the console. The API cannot delete templates: it stays on "
    "the server, and the meeting types it made stay on their accounts.": (
        "Diese Vorlage nicht mehr in der Konsole führen. Die API kann keine Vorlagen löschen: "
        "Sie bleibt auf dem Server, und die Terminarten aus ihr bleiben in ihren Konten."
    ),
    "Basics": "Grundlagen",
    "Channel and place": "Kanal und Ort",
    "Booking options": "Buchungsoptionen",
    "Durations to choose: whole minutes, e.g. 15, 30, 60.": (
        "Wählbare Dauern: ganze Minuten, z. B. 15, 30, 60."
    ),
    "%n day(s)": ("%n Tag", "%n Tage"),
    "{n} min": "{n} Min.",
    "Pass the booking to the redirect": "Buchungsdaten an die Weiterleitung übergeben",
    "Partly ticked: not set, the platform's default applies.": (
        "Teilweise angehakt: nicht gesetzt, es gilt die Voreinstellung der Plattform."
    ),
    "Field on the wire: {wire}": "Feld in der API: {wire}",
    # branding: renaming kits, custom links
    "Brand kit {old} is now called {new}.": "Das Markenpaket {old} heißt jetzt {new}.",
    "Brand kit {old} was not renamed: {reason}": (
        "Das Markenpaket {old} wurde nicht umbenannt: {reason}"
    ),
    "Shown as": "Angezeigt als",
    "Address": "Adresse",
    "Add link": "Link hinzufügen",
    "Up": "Nach oben",
    "Down": "Nach unten",
    "Move the link up": "Link nach oben schieben",
    "Move the link down": "Link nach unten schieben",
    "Rename…": "Umbenennen…",
    "The link to {url} needs a name.": "Der Link zu {url} braucht einen Namen.",
    "The link name {name!r} is longer than {count}.": (
        "Der Linkname {name!r} ist länger als {count} Zeichen."
    ),
    "{url!r} is not a web address like https://example.com/page.": (
        "{url!r} ist keine Webadresse wie https://example.com/seite."
    ),
    "Rename brand kit": "Markenpaket umbenennen",
    "New name of the kit {name}:": "Neuer Name des Pakets {name}:",
    "New name": "Neuer Name",
    "Enter a name.": "Geben Sie einen Namen ein.",
    "A kit named {name} exists already.": "Ein Paket namens {name} gibt es schon.",
    # -- accounts tab: fleet list, many accounts at once ------------------------------------
    "%n booking URL(s) copied": ("%n Buchungs-URL kopiert", "%n Buchungs-URLs kopiert"),
    "No account matches “{text}”.\nPress Esc in the search box to show all.": (
        "Kein Konto passt zu „{text}“.\nEsc im Suchfeld zeigt wieder alle."
    ),
    "No accounts yet. Create one with New account… or Import CSV…": (
        "Noch keine Konten. Legen Sie eines mit „Neues Konto…“ oder „CSV importieren…“ an."
    ),
    "&Delete %n…": ("&Löschen (%n)…", "&Löschen (%n)…"),
    "&Rename…": "&Umbenennen…",
    "Apply a &brand kit…": "&Markenpaket anwenden…",
    "Assign a &template…": "&Vorlage zuweisen…",
    "&Close a day…": "Tag &schließen…",
    "Delete %n account(s)": ("%n Konto löschen", "%n Konten löschen"),
    "{names} and %n more": ("{names} und %n weiteres", "{names} und %n weitere"),
    "This plans deleting the meetergo accounts of {names}. Nothing is sent until you apply it "
    "in the Changes panel; once applied it cannot be undone.": (
        "Damit wird das Löschen der meetergo-Konten von {names} geplant. Gesendet wird erst, "
        "wenn Sie es im Bereich Änderungen anwenden; danach lässt es sich nicht rückgängig machen."
    ),
    "Nobody (delete their meeting types too)": "Niemand (auch ihre Terminarten löschen)",
    "Type the number of accounts to &confirm:": "Anzahl der Konten zur &Bestätigung eingeben:",
    "Plan the deletion": "Löschen planen",
    "Close a day for %n account(s)": (
        "Einen Tag für %n Konto schließen",
        "Einen Tag für %n Konten schließen",
    ),
    "&From:": "&Von:",
    "&Until (inclusive):": "&Bis (einschließlich):",
    "Apply a brand kit to %n account(s)": (
        "Markenpaket auf %n Konto anwenden",
        "Markenpaket auf %n Konten anwenden",
    ),
    "&Brand kit:": "&Markenpaket:",
    "There are no brand kits yet: save one in the Branding tab first.": (
        "Es gibt noch keine Markenpakete: Speichern Sie zuerst eines im Reiter Branding."
    ),
    "Brand kit {label} for %n account(s)": (
        "Markenpaket {label} für %n Konto",
        "Markenpaket {label} für %n Konten",
    ),
    "Assign a template to %n account(s)": (
        "Vorlage %n Konto zuweisen",
        "Vorlage %n Konten zuweisen",
    ),
    "&Template:": "&Vorlage:",
    "There are no templates yet: create one in the Templates tab first.": (
        "Es gibt noch keine Vorlagen: Legen Sie zuerst eine im Reiter Vorlagen an."
    ),
    "Template {label} for %n account(s)": (
        "Vorlage {label} für %n Konto",
        "Vorlage {label} für %n Konten",
    ),
    "{days} closed for %n account(s)": (
        "{days} geschlossen für %n Konto",
        "{days} geschlossen für %n Konten",
    ),
    "&Continue remaining rows": "Restliche Zeilen &fortsetzen",
    "Cancel the import?": "Import abbrechen?",
    "The import stops after the rows being sent now. The rows not sent yet are kept: continue "
    "them here with “Continue remaining rows”, or the next time the console starts.": (
        "Der Import endet nach den Zeilen, die gerade gesendet werden. Die noch nicht gesendeten "
        "Zeilen bleiben erhalten: Setzen Sie sie hier mit „Restliche Zeilen fortsetzen“ fort "
        "oder beim nächsten Start der Konsole."
    ),
    "Stop the import": "Import beenden",
    "Keep importing": "Weiter importieren",
    "No web browser": "Kein Webbrowser",
    "No web browser could be opened for {url}. Copy the address and open it where you can.": (
        "Für {url} konnte kein Webbrowser geöffnet werden. Kopieren Sie die Adresse und öffnen "
        "Sie sie, wo es geht."
    ),
    "&Copy URL": "URL &kopieren",
    "Time &zone:": "&Zeitzone:",
    "E-&mail:": "E-&Mail:",
    "Open &hours": "Verfügbarkeit ö&ffnen",
    "Open meeting &types": "&Terminarten öffnen",
    "The meetergo API does not let the e-mail or the time zone of an account be changed; the "
    "account's owner changes them in meetergo. The time zone of the bookable hours is set in "
    "Availability.": (
        "Die meetergo-API erlaubt nicht, E-Mail-Adresse oder Zeitzone eines Kontos zu ändern; "
        "das ändert die Inhaberin oder der Inhaber des Kontos in meetergo. Die Zeitzone der "
        "buchbaren Zeiten wird unter Verfügbarkeit eingestellt."
    ),
    # live bookings: cancelling many, calendar, charts, notifications, receiver settings
    "Cancel %n booking(s)…": ("%n Buchung stornieren…", "%n Buchungen stornieren…"),
    "Cancel %n booking(s)": ("%n Buchung stornieren", "%n Buchungen stornieren"),
    "of %n account(s)?": ("von %n Konto?", "von %n Konten?"),
    "They are planned in the Changes panel first; nothing is sent before you press "
    "Apply there. A cancellation cannot be undone.": (
        "Sie werden zuerst im Änderungsbereich geplant; nichts wird gesendet, bevor Sie dort "
        "„Anwenden“ drücken. Eine Stornierung lässt sich nicht rückgängig machen."
    ),
    "Reason (sent to every client):": "Grund (wird jedem Kunden geschickt):",
    "Plan the cancellations": "Stornierungen planen",
    "Keep them": "Behalten",
    "Cancelling many bookings needs the Changes panel.": (
        "Zum Stornieren vieler Buchungen wird der Änderungsbereich gebraucht."
    ),
    "None of these bookings names its host.": "Keine dieser Buchungen nennt ihren Gastgeber.",
    "Cannot be undone": "Nicht rückgängig zu machen",
    "This change set cannot be undone": "Dieser Änderungssatz lässt sich nicht rückgängig machen",
    "Calendar": "Kalender",
    "Show the bookings as a calendar": "Die Buchungen als Kalender zeigen",
    "Calendar span": "Kalenderzeitraum",
    "Week": "Woche",
    "Previous day or week": "Voriger Tag oder vorige Woche",
    "Today": "Heute",
    "Next day or week": "Nächster Tag oder nächste Woche",
    "Bookings calendar": "Buchungskalender",
    "Host's time: %1": "Zeit des Gastgebers: %1",
    "new": "neu",
    "host %1": "Gastgeber %1",
    "your time: %1": "Ihre Zeit: %1",
    "meetergo console: live bookings": "meetergo console: Live-Buchungen",
    "%n booking event(s) while you were away": (
        "%n Buchungsereignis während Ihrer Abwesenheit",
        "%n Buchungsereignisse während Ihrer Abwesenheit",
    ),
    "New booking": "Neue Buchung",
    "Booking cancelled": "Buchung storniert",
    "Booking rescheduled": "Buchung verschoben",
    "Notifications": "Benachrichtigungen",
    "Desktop notifications": "Desktop-Benachrichtigungen",
    "Mute for this connection": "Für diese Verbindung stummschalten",
    "Do not disturb for 1 hour": "1 Stunde nicht stören",
    "This desktop has no notification area.": "Dieser Desktop hat keinen Infobereich.",
    "Do not disturb until %1": "Nicht stören bis %1",
    "Notifications: off": "Benachrichtigungen: aus",
    "Numbers": "Zahlen",
    "Show the numbers per day": "Die Zahlen pro Tag zeigen",
    "%n in all": ("%n insgesamt", "%n insgesamt"),
    "most on %1 (%2)": "die meisten am %1 (%2)",
    "Numbers: %1": "Zahlen: %1",
    "Numbers: all accounts": "Zahlen: alle Konten",
    "Bookings per day (by start)": "Buchungen pro Tag (nach Beginn)",
    "Cancellations per day": "Stornierungen pro Tag",
    "Reschedules per day": "Verschiebungen pro Tag",
    "No bookings made in the last 30 days.": "In den letzten 30 Tagen wurde nichts gebucht.",
    "Lead time (median of %n booking(s) made in the last 30 days): %1": (
        "Vorlauf (Median von %n Buchung der letzten 30 Tage): %1",
        "Vorlauf (Median von %n Buchungen der letzten 30 Tage): %1",
    ),
    "%1 h": "%1 Std.",
    "%1 days": "%1 Tage",
    "The public URL must not contain spaces.": (
        "Die öffentliche URL darf keine Leerzeichen enthalten."
    ),
    "The public URL must start with https:// (http:// only on this computer).": (
        "Die öffentliche URL muss mit https:// beginnen (http:// nur auf diesem Computer)."
    ),
    "The public URL {url!r} names no server.": "Die öffentliche URL {url!r} nennt keinen Server.",
    "The public URL must not contain a user name or password.": (
        "Die öffentliche URL darf keinen Benutzernamen und kein Passwort enthalten."
    ),
    "The public URL must not contain a query (?…) or a fragment (#…).": (
        "Die öffentliche URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten."
    ),
    "The public URL {url!r} has an invalid port.": (
        "Die öffentliche URL {url!r} hat einen ungültigen Port."
    ),
    "Enter the address the receiver listens on, e.g. {example}.": (
        "Geben Sie die Adresse ein, auf der der Empfänger lauscht, z. B. {example}."
    ),
    "{host!r} is not an address of this computer (no scheme, port or spaces).": (
        "{host!r} ist keine Adresse dieses Computers (ohne Schema, Port und Leerzeichen)."
    ),
    "The receiver's port must be a number from 0 to 65535.": (
        "Der Port des Empfängers muss eine Zahl von 0 bis 65535 sein."
    ),
    "A tunnel forwards to one fixed port: choose a port (e.g. 8765), not 0.": (
        "Ein Tunnel leitet an einen festen Port weiter: "
        "Wählen Sie einen Port (z. B. 8765), nicht 0."
    ),
    "Webhook receiver": "Webhook-Empfänger",
    "meetergo delivers webhooks only to an address on the internet. Behind a router, "
    "run a tunnel or reverse proxy whose https:// address forwards to the port "
    "below, and enter that address here. Without one, changes are found by polling.": (
        "meetergo liefert Webhooks nur an eine Adresse im Internet. Hinter einem Router "
        "betreiben Sie einen Tunnel oder Reverse-Proxy, dessen https://-Adresse an den Port "
        "unten weiterleitet, und tragen diese Adresse hier ein. Ohne ihn werden Änderungen "
        "durch Abfragen gefunden."
    ),
    "Public URL": "Öffentliche URL",
    "Receiver address": "Empfängeradresse",
    "any free port": "beliebiger freier Port",
    "Receiver port": "Empfänger-Port",
    "Public URL:": "Öffentliche URL:",
    "Listen on address:": "Lauschen auf Adresse:",
    "Port:": "Port:",
    "Receiving now at %1": "Empfängt jetzt unter %1",
    "The receiver is not running.": "Der Empfänger läuft nicht.",
    "Problem": "Problem",
    "Receiver…": "Empfänger…",
    "Webhook receiver settings": "Einstellungen des Webhook-Empfängers",
    "The webhook receiver cannot listen on %1:%2 (%3); polling only.": (
        "Der Webhook-Empfänger kann nicht auf %1:%2 lauschen (%3); nur Abfragen."
    ),
    "Receiver settings saved; the feed restarts.": (
        "Empfänger-Einstellungen gespeichert; der Feed startet neu."
    ),
    "Whom to cancel:": "Wen stornieren:",
    "Whom to cancel": "Wen stornieren",
    "All %n attendees": ("%n Teilnehmer (alle)", "Alle %n Teilnehmer"),
    "Only %1": "Nur %1",
    "Cancelled one attendee of the booking of %1.": (
        "Einen Teilnehmer der Buchung von %1 storniert."
    ),
    "BookingsTab|pending": "ausstehend",
    "no longer pending": "nicht mehr ausstehend",
    "Booking": "Buchung",
    # --- window manners, sandbox supervision, overflow rows (desk) ---
    "More actions": "Weitere Aktionen",
    "&File": "&Datei",
    "&Quit": "&Beenden",
    "meetergo API &documentation": "meetergo-API-&Dokumentation",
    "&About meetergo console": "Ü&ber die meetergo-Konsole",
    "No web browser could be opened; the documentation is at {url}": (
        "Es konnte kein Webbrowser geöffnet werden; die Dokumentation finden Sie unter {url}"
    ),
    "About meetergo console": "Über die meetergo-Konsole",
    "Bundled libraries and their licences:": "Mitgelieferte Bibliotheken und ihre Lizenzen:",
    "Bundled libraries": "Mitgelieferte Bibliotheken",
    "Library": "Bibliothek",
    "Version": "Version",
    "Licence": "Lizenz",
    "see the library's own files": "siehe die Dateien der Bibliothek",
    "Data (store, journals)": "Daten (Speicher, Protokolle)",
    "Sandbox data": "Sandbox-Daten",
    "Connections": "Verbindungen",
    "Settings": "Einstellungen",
    "Logs": "Logdateien",
    "Manage many client accounts on meetergo.": "Viele Kundenkonten auf meetergo verwalten.",
    "meetergo API documentation": "meetergo-API-Dokumentation",
    "A sandbox left running by an earlier start (process {pid}) was stopped.": (
        "Eine Sandbox, die ein früherer Start laufen ließ (Prozess {pid}), wurde beendet."
    ),
    "The sandbox stopped (exit status {status}); it starts again when you open the Sandbox "
    "connection.": (
        "Die Sandbox wurde beendet (Exit-Status {status}); sie startet wieder, wenn Sie die "
        "Verbindung „Sandbox“ öffnen."
    ),
    "The sandbox has stopped.": "Die Sandbox ist beendet.",
    "The sandbox keeps stopping (exit status {status}), so it was not started again. Choose "
    "the Sandbox connection to try once more.": (
        "Die Sandbox wird immer wieder beendet (Exit-Status {status}) und wurde daher nicht "
        "erneut gestartet. Wählen Sie die Verbindung „Sandbox“, um es noch einmal zu versuchen."
    ),
    "It stopped unexpectedly; restarting…": "Sie wurde unerwartet beendet; Neustart…",
    "The sandbox stopped unexpectedly (exit status {status}); restarting it…": (
        "Die Sandbox wurde unerwartet beendet (Exit-Status {status}); sie wird neu gestartet…"
    ),
    "The sandbox stopped unexpectedly and was restarted. Repeat what was running when it "
    "stopped.": (
        "Die Sandbox wurde unerwartet beendet und neu gestartet. Wiederholen Sie, was zu dem "
        "Zeitpunkt lief."
    ),
    "an import": "ein Import",
    "The paused import {name}": "Der angehaltene Import {name}",
    "The import {name}": "Der Import {name}",
    "The change set {name}": "Der Änderungssatz {name}",
    "(unnamed)": "(ohne Namen)",
    "Work is running": "Es läuft noch etwas",
    "{work} is still running. Closing stops it after the requests in flight; it can be "
    "continued at the next start. Close anyway?": (
        "{work} läuft noch. Beim Schließen wird er nach den laufenden Anfragen angehalten und "
        "kann beim nächsten Start fortgesetzt werden. Trotzdem schließen?"
    ),
    "Some meeting types have unsaved changes, too.": (
        "Außerdem haben einige Terminarten ungespeicherte Änderungen."
    ),
    "Stop and close": "Anhalten und schließen",
    "account created": "Konto angelegt",
    "account deleted": "Konto gelöscht",
    "renamed": "umbenannt",
    "slug changed": "Slug geändert",
    "booking page changed": "Buchungsseite geändert",
    "meeting type created": "Terminart angelegt",
    "meeting type changed": "Terminart geändert",
    "meeting type deleted": "Terminart gelöscht",
    "{what} created": "{what} angelegt",
    "{what} changed": "{what} geändert",
    "{what} set": "{what} gesetzt",
    "{what} deleted": "{what} gelöscht",
    "account": "Konto",
    "meeting type": "Terminart",
    "weekly hours": "Wochenzeiten",
    "booking page": "Buchungsseite",
    "template": "Vorlage",
    "ID": "ID",
    "e-mail": "E-Mail",
    "first name": "Vorname",
    "last name": "Nachname",
    "slug": "Slug",
    "time zone": "Zeitzone",
    "deleted": "gelöscht",
    "title": "Titel",
    "name": "Name",
    "duration": "Dauer",
    "enabled": "aktiv",
    "Weekly hours for %n account(s)": (
        "Wochenzeiten für %n Konto",
        "Wochenzeiten für %n Konten",
    ),
    "%1 for %n account(s)": ("%1 für %n Konto", "%1 für %n Konten"),
    "Settings of “%1”": "Einstellungen von „%1“",
    "Book an appointment": "Termin buchen",
    "The built-in sandbox could not be started: its folder {folder} is in use by sandbox "
    "process {pid}, which another meetergo-console or program still runs. Close that one "
    "first.": (
        "Die eingebaute Sandbox konnte nicht gestartet werden: Ihr Ordner {folder} wird vom "
        "Sandbox-Prozess {pid} benutzt, den eine andere meetergo-Konsole oder ein anderes "
        "Programm noch ausführt. Schließen Sie diese zuerst."
    ),
    "Import cancelled: {done} done, {failed} failed, {pending} pending, {skipped} skipped.": (
        "Import abgebrochen: {done} erledigt, {failed} fehlgeschlagen, {pending} offen, "
        "{skipped} übersprungen."
    ),
    "Import finished: {done} done, {failed} failed, {pending} pending, {skipped} skipped.": (
        "Import abgeschlossen: {done} erledigt, {failed} fehlgeschlagen, {pending} offen, "
        "{skipped} übersprungen."
    ),
    "{name}: {done} done, {failed} failed, {conflicts} conflicts, {pending} pending.": (
        "{name}: {done} erledigt, {failed} fehlgeschlagen, {conflicts} Konflikte, "
        "{pending} offen."
    ),
    # Shell: closing with running work and unsaved edits
    "%n account(s) have unsaved edits, too.": (
        "Außerdem hat %n Konto ungespeicherte Änderungen.",
        "Außerdem haben %n Konten ungespeicherte Änderungen.",
    ),
    # -- team mode (store) ----------------------------------------------------------------------
    "The store cannot be opened": "Der Datenspeicher lässt sich nicht öffnen",
    "The console cannot open its store and closes. %1": (
        "Die Konsole kann ihren Datenspeicher nicht öffnen und wird beendet. %1"
    ),
    "The store is chosen with 'meetergo-console store set URL' "
    "('store clear' goes back to this computer's own).": (
        "Der Datenspeicher wird mit „meetergo-console store set URL“ gewählt "
        "(„store clear“ kehrt zu dem dieses Computers zurück)."
    ),
    # Task runner: an error without a message
    "an unexpected error (the log file has the details)": (
        "ein unerwarteter Fehler (Einzelheiten stehen in der Protokolldatei)"
    ),
    # Bookings calendar: coloured by meeting type, one lane per account
    "(no meeting type)": "(keine Terminart)",
    "Lanes: {names}": "Spalten: {names}",
}
