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
    # templates tab
    "The API cannot list templates: the console keeps the ones it created or was given.": (
        "Die API kann keine Vorlagen auflisten: Die Konsole behält die, die sie angelegt hat "
        "oder deren ID ihr genannt wurde."
    ),
    "&New template": "&Neue Vorlage",
    "Id of a template made elsewhere": "ID einer anderswo angelegten Vorlage",
    "&Keep": "&Übernehmen",
    "Description": "Beschreibung",
    "Duration (min)": "Dauer (Min.)",
    "Buffer before (min)": "Puffer davor (Min.)",
    "Buffer after (min)": "Puffer danach (Min.)",
    "Channel": "Kanal",
    "Slot interval (min)": "Zeitraster (Min.)",
    "Minimum notice (min)": "Mindestvorlauf (Min.)",
    "Spots": "Plätze",
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
}
