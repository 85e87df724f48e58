<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About meetergo console</source>
        <extracomment>The meetergo API reference the console is built against.</extracomment>
        <translation>Über die meetergo-Konsole</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>Mitgelieferte Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Mitgelieferte Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>see the library's own files</source>
        <translation>siehe die Dateien der Bibliothek</translation>
    </message>
    <message>
        <source>Data (store, journals)</source>
        <translation>Daten (Speicher, Protokolle)</translation>
    </message>
    <message>
        <source>Sandbox data</source>
        <translation>Sandbox-Daten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logdateien</translation>
    </message>
    <message>
        <source>meetergo console</source>
        <translation>meetergo-Konsole</translation>
    </message>
    <message>
        <source>Manage many client accounts on meetergo.</source>
        <translation>Viele Kundenkonten auf meetergo verwalten.</translation>
    </message>
    <message>
        <source>meetergo API documentation</source>
        <translation>meetergo-API-Dokumentation</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Choose accounts</source>
        <translation>Konten auswählen</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>&amp;Alle Konten</translation>
    </message>
    <message>
        <source>Tick all accounts</source>
        <translation>Alle Konten ankreuzen</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Untick all accounts</source>
        <translation>Kein Konto ankreuzen</translation>
    </message>
    <message>
        <source>Accounts of this &amp;client (@{domain})</source>
        <translation>Konten dieses &amp;Kunden (@{domain})</translation>
    </message>
    <message>
        <source>Accounts of this &amp;client</source>
        <translation>Konten dieses &amp;Kunden</translation>
    </message>
    <message>
        <source>Tick the accounts with the e-mail domain {domain}</source>
        <translation>Die Konten mit der E-Mail-Domain {domain} ankreuzen</translation>
    </message>
    <message>
        <source>Tick the accounts of the current client</source>
        <translation>Die Konten des aktuellen Kunden ankreuzen</translation>
    </message>
    <message>
        <source>Every account whose e-mail ends in @{domain}</source>
        <translation>Jedes Konto, dessen E-Mail auf @{domain} endet</translation>
    </message>
    <message>
        <source>Select an account first: its e-mail domain names the client.</source>
        <translation>Bitte zuerst ein Konto auswählen: Seine E-Mail-Domain bestimmt den Kunden.</translation>
    </message>
    <message>
        <source>Saved groups</source>
        <translation>Gespeicherte Gruppen</translation>
    </message>
    <message>
        <source>&amp;Save as group…</source>
        <translation>Als Gruppe &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the ticked accounts as a group</source>
        <translation>Die angekreuzten Konten als Gruppe speichern</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation>Zu ändernde Konten</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Alle angezeigten ankreuzen</translation>
    </message>
    <message>
        <source>Accounts ticked</source>
        <translation>Angekreuzte Konten</translation>
    </message>
    <message>
        <source>Plan the change for the ticked accounts</source>
        <translation>Die Änderung für die angekreuzten Konten planen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved groups…</source>
        <translation>Gespeicherte Gruppen…</translation>
    </message>
    <message>
        <source>No saved groups</source>
        <translation>Keine gespeicherten Gruppen</translation>
    </message>
    <message>
        <source>Save as group</source>
        <translation>Als Gruppe speichern</translation>
    </message>
    <message>
        <source>Name of the group (e.g. the client's company):</source>
        <translation>Name der Gruppe (z. B. die Firma des Kunden):</translation>
    </message>
    <message numerus="yes">
        <source>{checked} of %n account(s) ticked</source>
        <translation>
            <numerusform>{checked} von %n Konto angekreuzt</numerusform>
            <numerusform>{checked} von %n Konten angekreuzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsHealth</name>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next slot</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Last booking</source>
        <translation>Letzte Buchung</translation>
    </message>
    <message>
        <source>Problems found by the last health check; hover a cell for details</source>
        <translation>Probleme aus der letzten Zustandsprüfung; Details im Tooltip der Zelle</translation>
    </message>
    <message>
        <source>The first bookable start in the next {days} days</source>
        <translation>Der erste buchbare Termin in den nächsten {days} Tagen</translation>
    </message>
    <message>
        <source>When a client last booked this account</source>
        <translation>Wann dieses Konto zuletzt gebucht wurde</translation>
    </message>
    <message>
        <source>No meeting type</source>
        <translation>Keine Terminart</translation>
    </message>
    <message>
        <source>No slot</source>
        <translation>Kein Termin frei</translation>
    </message>
    <message>
        <source>Slug clash</source>
        <translation>Slug doppelt</translation>
    </message>
    <message>
        <source>Template drift</source>
        <translation>Weicht von Vorlage ab</translation>
    </message>
    <message>
        <source>Brand kit drift</source>
        <translation>Weicht vom Brand-Kit ab</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No meeting type is enabled: clients cannot book this account.</source>
        <translation>Keine Terminart ist aktiviert: Kunden können dieses Konto nicht buchen.</translation>
    </message>
    <message>
        <source>No bookable slot in the next {days} days (check the hours).</source>
        <translation>Kein buchbarer Termin in den nächsten {days} Tagen (Verfügbarkeit prüfen).</translation>
    </message>
    <message>
        <source>Meeting types share the slug “{slug}”.</source>
        <translation>Mehrere Terminarten nutzen den Slug „{slug}“.</translation>
    </message>
    <message>
        <source>Other accounts use the same slug: {count}.</source>
        <translation>Andere Konten nutzen denselben Slug: {count}.</translation>
    </message>
    <message>
        <source>Differs from its template: {names}.</source>
        <translation>Weicht von seiner Vorlage ab: {names}.</translation>
    </message>
    <message>
        <source>Differs from its brand kit: {names}.</source>
        <translation>Weicht von seinem Brand-Kit ab: {names}.</translation>
    </message>
    <message>
        <source>The check failed: {reason}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message>
        <source>Checked {when}.</source>
        <translation>Geprüft am {when}.</translation>
    </message>
    <message>
        <source>Will be checked again shortly.</source>
        <translation>Wird in Kürze erneut geprüft.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <extracomment>The "Needs attention" filter: every account needing attention, or one kind of problem.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Booking URL</source>
        <translation>Buchungs-URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>AccountsPresenter</name>
    <message>
        <source>Could not load the accounts: {reason}</source>
        <translation>Die Konten konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>Created {email}.</source>
        <translation>{email} angelegt.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Updated {email}.</source>
        <translation>{email} geändert.</translation>
    </message>
    <message>
        <source>Deleted {email}.</source>
        <translation>{email} gelöscht.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Loading accounts… %v of %m</source>
        <translation>Konten werden geladen… %v von %m</translation>
    </message>
    <message>
        <source>Booking URL copied</source>
        <translation>Buchungs-URL kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n booking URL(s) copied</source>
        <translation>
            <numerusform>%n Buchungs-URL kopiert</numerusform>
            <numerusform>%n Buchungs-URLs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Embed code copied</source>
        <translation>Einbettungscode kopiert</translation>
    </message>
    <message>
        <source>No web browser</source>
        <translation>Kein Webbrowser</translation>
    </message>
    <message>
        <source>No web browser could be opened for {url}. Copy the address and open it where you can.</source>
        <translation>Für {url} konnte kein Webbrowser geöffnet werden. Kopieren Sie die Adresse und öffnen Sie sie, wo es geht.</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>Kontoaktionen</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy booking &amp;URL</source>
        <translation>Buchungs-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy em&amp;bed code</source>
        <translation>Ein&amp;bettungscode kopieren</translation>
    </message>
    <message>
        <source>&amp;Open booking page</source>
        <translation>Buchungsseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Client accounts</source>
        <translation>Kundenkonten</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} accounts shown</source>
        <translation>{shown} von {total} Konten angezeigt</translation>
    </message>
    <message>
        <source>{shown} of {total} accounts match the search</source>
        <translation>{shown} von {total} Konten passen zur Suche</translation>
    </message>
    <message>
        <source>No account matches “{text}”.
Press Esc in the search box to show all.</source>
        <translation>Kein Konto passt zu „{text}“.
Esc im Suchfeld zeigt wieder alle.</translation>
    </message>
    <message>
        <source>No accounts yet. Create one with New account… or Import CSV…</source>
        <translation>Noch keine Konten. Legen Sie eines mit „Neues Konto…“ oder „CSV importieren…“ an.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n…</source>
        <translation>
            <numerusform>&amp;Löschen (%n)…</numerusform>
            <numerusform>&amp;Löschen (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Apply a &amp;brand kit…</source>
        <translation>&amp;Markenpaket anwenden…</translation>
    </message>
    <message>
        <source>Assign a &amp;template…</source>
        <translation>&amp;Vorlage zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Close a day…</source>
        <translation>Tag &amp;schließen…</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>account deleted</source>
        <translation>Konto gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>slug changed</source>
        <translation>Slug geändert</translation>
    </message>
    <message>
        <source>booking page changed</source>
        <translation>Buchungsseite geändert</translation>
    </message>
    <message>
        <source>meeting type created</source>
        <translation>Terminart angelegt</translation>
    </message>
    <message>
        <source>meeting type changed</source>
        <translation>Terminart geändert</translation>
    </message>
    <message>
        <source>meeting type deleted</source>
        <translation>Terminart gelöscht</translation>
    </message>
    <message>
        <source>{what} created</source>
        <translation>{what} angelegt</translation>
    </message>
    <message>
        <source>{what} changed</source>
        <translation>{what} geändert</translation>
    </message>
    <message>
        <source>{what} set</source>
        <translation>{what} gesetzt</translation>
    </message>
    <message>
        <source>{what} deleted</source>
        <translation>{what} gelöscht</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>meeting type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <source>booking page</source>
        <translation>Buchungsseite</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n Änderung protokolliert</numerusform>
            <numerusform>%n Änderungen protokolliert</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload audit trail</source>
        <translation>Änderungsprotokoll neu laden</translation>
    </message>
</context>
<context>
    <name>AvailabilityPresenter</name>
    <message numerus="yes">
        <source>Weekly hours for %n account(s)</source>
        <translation>
            <numerusform>Wochenzeiten für %n Konto</numerusform>
            <numerusform>Wochenzeiten für %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>{email} has no default availability.</source>
        <translation>{email} hat keine Standard-Verfügbarkeit.</translation>
    </message>
    <message>
        <source>no account is loaded.</source>
        <translation>es ist kein Konto geladen.</translation>
    </message>
    <message>
        <source>Hours of {email} saved.</source>
        <translation>Zeiten von {email} gespeichert.</translation>
    </message>
    <message>
        <source>Date-specific hours of {email} saved.</source>
        <translation>Datumsbezogene Zeiten von {email} gespeichert.</translation>
    </message>
</context>
<context>
    <name>AvailabilityTab</name>
    <message>
        <source>No account chosen.</source>
        <translation>Kein Konto gewählt.</translation>
    </message>
    <message>
        <source>Time zone of the hours</source>
        <translation>Zeitzone der Zeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Vorlage …</translation>
    </message>
    <message>
        <source>Business hours (Mon–Fri 09:00–17:00)</source>
        <translation>Geschäftszeiten (Mo–Fr 09:00–17:00)</translation>
    </message>
    <message>
        <source>Mon–Thu 09:00–18:00, Fri 09:00–17:00</source>
        <translation>Mo–Do 09:00–18:00, Fr 09:00–17:00</translation>
    </message>
    <message>
        <source>Mornings (Mon–Fri 09:00–12:00)</source>
        <translation>Vormittags (Mo–Fr 09:00–12:00)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Apply to &amp;accounts…</source>
        <translation>Auf &amp;Konten anwenden …</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Meeting type for the slots</source>
        <translation>Terminart für die Slots</translation>
    </message>
    <message>
        <source>&amp;Preview unsaved hours</source>
        <translation>Ungespeicherte Zeiten &amp;vorschauen</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Slots of:</source>
        <translation>Slots von:</translation>
    </message>
    <message>
        <source>Weekly &amp;list</source>
        <translation>Wochen&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Dates and holidays</source>
        <translation>&amp;Tage und Feiertage</translation>
    </message>
    <message>
        <source>Host's zone: {zone}</source>
        <translation>Zeitzone des Gastgebers: {zone}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Date-specific hours saved; showing them as the server stored them.</source>
        <translation>Datumsbezogene Zeiten gespeichert; angezeigt, wie der Server sie gespeichert hat.</translation>
    </message>
    <message>
        <source>Saved; showing the hours as the server stored them.</source>
        <translation>Gespeichert; angezeigt werden die Zeiten, wie der Server sie gespeichert hat.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{count} slots in the next 14 days, computed here from the unsaved hours and the existing appointments.</source>
        <translation>{count} Slots in den nächsten 14 Tagen, hier aus den ungespeicherten Zeiten und den bestehenden Terminen berechnet.</translation>
    </message>
    <message>
        <source>{count} slots in the next 14 days, as clients see them now.</source>
        <translation>{count} Slots in den nächsten 14 Tagen, wie Kunden sie jetzt sehen.</translation>
    </message>
    <message>
        <source>No slots on: {days}</source>
        <translation>Keine Slots am: {days}</translation>
    </message>
    <message>
        <source>(and more; hover for all)</source>
        <translation>(und weitere; alle beim Darüberfahren)</translation>
    </message>
    <message>
        <source>closed ({note})</source>
        <translation>geschlossen ({note})</translation>
    </message>
    <message>
        <source>date-specific hours</source>
        <translation>datumsbezogene Zeiten</translation>
    </message>
    <message>
        <source>no hours on {weekday}</source>
        <translation>keine Zeiten am {weekday}</translation>
    </message>
    <message>
        <source>the hours fall into the hour the clocks skip that night</source>
        <translation>die Zeiten fallen in die Stunde, die die Uhren in dieser Nacht überspringen</translation>
    </message>
    <message>
        <source>the longest open time ({minutes} min) is shorter than the meeting</source>
        <translation>die längste offene Zeit ({minutes} Min.) ist kürzer als der Termin</translation>
    </message>
    <message>
        <source>today's hours are over</source>
        <translation>die heutigen Zeiten sind vorbei</translation>
    </message>
    <message>
        <source>inside the minimum notice</source>
        <translation>innerhalb der Mindestvorlaufzeit</translation>
    </message>
    <message>
        <source>beyond the booking window</source>
        <translation>jenseits des Buchungszeitraums</translation>
    </message>
    <message>
        <source>booked out by existing appointments</source>
        <translation>durch bestehende Termine ausgebucht</translation>
    </message>
    <message>
        <source>Closed {days}</source>
        <translation>Geschlossen {days}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>{date}: date-specific hours ({hours}) apply instead of the weekly hours; closed dates win over open ones, as in the slots clients see.</source>
        <translation>{date}: Datumsbezogene Zeiten ({hours}) gelten statt der Wochenzeiten; geschlossene Daten gehen offenen vor, wie bei den Slots, die Kunden sehen.</translation>
    </message>
    <message>
        <source>Week of {first} – {last} (pick a date under Dates to see another)</source>
        <translation>Woche {first} – {last} (ein Datum unter „Tage“ wählen, um eine andere zu sehen)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>Bookings calendar</source>
        <extracomment>Meeting-type colours, told apart also by the block's second line and the legend's names.</extracomment>
        <translation>Buchungskalender</translation>
    </message>
    <message>
        <source>your time: %1</source>
        <translation>Ihre Zeit: %1</translation>
    </message>
    <message>
        <source>Host's time: %1</source>
        <translation>Zeit des Gastgebers: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>(no meeting type)</source>
        <translation>(keine Terminart)</translation>
    </message>
    <message>
        <source>Lanes: {names}</source>
        <translation>Spalten: {names}</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Gastgeber %1</translation>
    </message>
</context>
<context>
    <name>BookingNotifier</name>
    <message>
        <source>meetergo console: live bookings</source>
        <extracomment>How long a do-not-disturb lasts. Events arriving within this many milliseconds make one message.</extracomment>
        <translation>meetergo console: Live-Buchungen</translation>
    </message>
    <message>
        <source>meetergo console</source>
        <translation>meetergo-Konsole</translation>
    </message>
    <message numerus="yes">
        <source>%n booking event(s) while you were away</source>
        <translation>
            <numerusform>%n Buchungsereignis während Ihrer Abwesenheit</numerusform>
            <numerusform>%n Buchungsereignisse während Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Buchung storniert</translation>
    </message>
    <message>
        <source>Booking rescheduled</source>
        <translation>Buchung verschoben</translation>
    </message>
</context>
<context>
    <name>BookingNumbers</name>
    <message>
        <source>Numbers: %1</source>
        <translation>Zahlen: %1</translation>
    </message>
    <message>
        <source>Numbers: all accounts</source>
        <translation>Zahlen: alle Konten</translation>
    </message>
    <message>
        <source>Bookings per day (by start)</source>
        <translation>Buchungen pro Tag (nach Beginn)</translation>
    </message>
    <message>
        <source>Cancellations per day</source>
        <translation>Stornierungen pro Tag</translation>
    </message>
    <message>
        <source>Reschedules per day</source>
        <translation>Verschiebungen pro Tag</translation>
    </message>
    <message>
        <source>No bookings made in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde nichts gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>Lead time (median of %n booking(s) made in the last 30 days): %1</source>
        <translation>
            <numerusform>Vorlauf (Median von %n Buchung der letzten 30 Tage): %1</numerusform>
            <numerusform>Vorlauf (Median von %n Buchungen der letzten 30 Tage): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>BookingPreview</name>
    <message>
        <source>Booking page preview</source>
        <extracomment>meetergo's own colours when an account's custom colours are off. Page text on the light and the dark page.</extracomment>
        <translation>Vorschau der Buchungsseite</translation>
    </message>
    <message>
        <source>No free times to show</source>
        <translation>Keine freien Zeiten anzuzeigen</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>confirmed</source>
        <extracomment>How long a new or changed row stays highlighted. Role that returns the whole :class:`BookingRecord` of an index.</extracomment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Start (your time)</source>
        <translation>Beginn (Ihre Zeit)</translation>
    </message>
    <message>
        <source>Start (host's time)</source>
        <translation>Beginn (Zeit des Gastgebers)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>BookingsPresenter</name>
    <message>
        <source>The webhook receiver cannot listen on %1:%2 (%3); polling only.</source>
        <translation>Der Webhook-Empfänger kann nicht auf %1:%2 lauschen (%3); nur Abfragen.</translation>
    </message>
    <message>
        <source>Receiver settings saved; the feed restarts.</source>
        <translation>Empfänger-Einstellungen gespeichert; der Feed startet neu.</translation>
    </message>
    <message>
        <source>Webhook registered for this console (%1 of %2 in use).</source>
        <translation>Webhook für diese Konsole registriert (%1 von %2 belegt).</translation>
    </message>
    <message>
        <source>Webhook not registered (%1); finding changes by polling.</source>
        <translation>Webhook nicht registriert (%1); Änderungen werden per Abfrage gefunden.</translation>
    </message>
    <message>
        <source>Live feed: offline, last event %1</source>
        <translation>Live-Feed: offline, letztes Ereignis %1</translation>
    </message>
    <message>
        <source>Live feed: webhooks live, last event %1</source>
        <translation>Live-Feed: Webhooks aktiv, letztes Ereignis %1</translation>
    </message>
    <message>
        <source>Live feed: polling only, last event %1</source>
        <translation>Live-Feed: nur Abfrage, letztes Ereignis %1</translation>
    </message>
    <message numerus="yes">
        <source>webhook quiet since %1, %n event(s) found by polling</source>
        <translation>
            <numerusform>Webhook still seit %1, %n Ereignis durch Abfrage gefunden</numerusform>
            <numerusform>Webhook still seit %1, %n Ereignisse durch Abfrage gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled one attendee of the booking of %1.</source>
        <translation>Einen Teilnehmer der Buchung von %1 storniert.</translation>
    </message>
    <message>
        <source>Cancelled the booking of %1.</source>
        <translation>Buchung von %1 storniert.</translation>
    </message>
    <message>
        <source>Cancelling many bookings needs the Changes panel.</source>
        <translation>Zum Stornieren vieler Buchungen wird der Änderungsbereich gebraucht.</translation>
    </message>
    <message>
        <source>None of these bookings names its host.</source>
        <translation>Keine dieser Buchungen nennt ihren Gastgeber.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s)</source>
        <translation>
            <numerusform>%n Buchung stornieren</numerusform>
            <numerusform>%n Buchungen stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The free slots could not be loaded: %1</source>
        <translation>Die freien Termine konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Moved the booking of %1 to %2.</source>
        <translation>Buchung von %1 auf %2 verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n Buchung nach %1 exportiert.</numerusform>
            <numerusform>%n Buchungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>own action</source>
        <translation>eigene Aktion</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>no longer pending</source>
        <translation>nicht mehr ausstehend</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Any meeting type</source>
        <translation>Jede Terminart</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Search client name or e-mail</source>
        <translation>Kundenname oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search bookings</source>
        <translation>Buchungen suchen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Neueste Ereignisse</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show the bookings as a calendar</source>
        <translation>Die Buchungen als Kalender zeigen</translation>
    </message>
    <message>
        <source>Calendar span</source>
        <translation>Kalenderzeitraum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Voriger Tag oder vorige Woche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Nächster Tag oder nächste Woche</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Show the numbers per day</source>
        <translation>Die Zahlen pro Tag zeigen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mute for this connection</source>
        <translation>Für diese Verbindung stummschalten</translation>
    </message>
    <message>
        <source>Do not disturb for 1 hour</source>
        <translation>1 Stunde nicht stören</translation>
    </message>
    <message>
        <source>This desktop has no notification area.</source>
        <translation>Dieser Desktop hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Receiver…</source>
        <translation>Empfänger…</translation>
    </message>
    <message>
        <source>Webhook receiver settings</source>
        <translation>Einstellungen des Webhook-Empfängers</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Nicht stören bis %1</translation>
    </message>
    <message>
        <source>Notifications: off</source>
        <translation>Benachrichtigungen: aus</translation>
    </message>
    <message>
        <source>%1 of %2 bookings</source>
        <translation>%1 von %2 Buchungen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s)…</source>
        <translation>
            <numerusform>%n Buchung stornieren…</numerusform>
            <numerusform>%n Buchungen stornieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking details copied.</source>
        <translation>Buchungsdetails kopiert.</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Buchungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>BrandingPresenter</name>
    <message>
        <source>Brand kit {name} saved.</source>
        <translation>Markenpaket {name} gespeichert.</translation>
    </message>
    <message>
        <source>Brand kit {old} is now called {new}.</source>
        <translation>Das Markenpaket {old} heißt jetzt {new}.</translation>
    </message>
    <message>
        <source>Brand kit {old} was not renamed: {reason}</source>
        <translation>Das Markenpaket {old} wurde nicht umbenannt: {reason}</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Brand kit exported to {path}.</source>
        <translation>Markenpaket nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Could not import {path}: {error}</source>
        <translation>{path} konnte nicht importiert werden: {error}</translation>
    </message>
    <message>
        <source>Brand kit {name}</source>
        <translation>Markenpaket {name}</translation>
    </message>
    <message>
        <source>Apply brand kit {name} to</source>
        <translation>Markenpaket {name} anwenden auf</translation>
    </message>
    <message>
        <source>Could not load the booking page: {error}</source>
        <translation>Die Buchungsseite konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Booking page saved.</source>
        <translation>Buchungsseite gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields.</source>
        <translation>Nicht gespeichert: die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>{url} is not an image the preview can show.</source>
        <translation>{url} ist kein Bild, das die Vorschau zeigen kann.</translation>
    </message>
    <message>
        <source>The header image at {url} could not be loaded ({error}).</source>
        <translation>Das Kopfbild unter {url} konnte nicht geladen werden ({error}).</translation>
    </message>
    <message>
        <source>This account has no booking URL.</source>
        <translation>Dieses Konto hat keine Buchungs-URL.</translation>
    </message>
    <message>
        <source>Open the booking page</source>
        <translation>Buchungsseite öffnen</translation>
    </message>
    <message>
        <source>No browser could be opened for {url}.</source>
        <translation>Für {url} konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Booking URL copied.</source>
        <translation>Buchungs-URL kopiert.</translation>
    </message>
</context>
<context>
    <name>BrandingTab</name>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Use custom colours</source>
        <translation>Eigene Farben verwenden</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation>Sekundärfarbe</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfbereich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Show all meeting types</source>
        <translation>Alle Terminarten zeigen</translation>
    </message>
    <message>
        <source>Drag to change the order on the booking page</source>
        <translation>Ziehen, um die Reihenfolge auf der Buchungsseite zu ändern</translation>
    </message>
    <message>
        <source>Meeting-type order</source>
        <translation>Reihenfolge der Terminarten</translation>
    </message>
    <message>
        <source>Online profiles and address</source>
        <translation>Online-Profile und Adresse</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Xing</source>
        <translation>Xing</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Open the real booking page</source>
        <translation>Die echte Buchungsseite öffnen</translation>
    </message>
    <message>
        <source>Phone width</source>
        <translation>Telefonbreite</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Custom links</source>
        <translation>Eigene Links</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the link up</source>
        <translation>Link nach oben schieben</translation>
    </message>
    <message>
        <source>Move the link down</source>
        <translation>Link nach unten schieben</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Booking page of {name}</source>
        <translation>Buchungsseite von {name}</translation>
    </message>
    <message>
        <source>Choose an account on the left to edit its booking page.</source>
        <translation>Links ein Konto wählen, um seine Buchungsseite zu bearbeiten.</translation>
    </message>
    <message>
        <source>{text!r} is not a hex colour like #0066cc or #06c.</source>
        <translation>{text!r} ist keine Hex-Farbe wie #0066cc oder #06c.</translation>
    </message>
    <message>
        <source>Use {colour}</source>
        <translation>{colour} verwenden</translation>
    </message>
    <message>
        <source>A colour of the same hue that reaches 4.5:1</source>
        <translation>Eine Farbe desselben Farbtons, die 4,5:1 erreicht</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Delete %n account(s)</source>
        <translation>
            <numerusform>%n Konto löschen</numerusform>
            <numerusform>%n Konten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply a brand kit to %n account(s)</source>
        <translation>
            <numerusform>Markenpaket auf %n Konto anwenden</numerusform>
            <numerusform>Markenpaket auf %n Konten anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Brand kit:</source>
        <translation>&amp;Markenpaket:</translation>
    </message>
    <message>
        <source>There are no brand kits yet: save one in the Branding tab first.</source>
        <translation>Es gibt noch keine Markenpakete: Speichern Sie zuerst eines im Reiter Branding.</translation>
    </message>
    <message numerus="yes">
        <source>Brand kit {label} for %n account(s)</source>
        <translation>
            <numerusform>Markenpaket {label} für %n Konto</numerusform>
            <numerusform>Markenpaket {label} für %n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a template to %n account(s)</source>
        <translation>
            <numerusform>Vorlage %n Konto zuweisen</numerusform>
            <numerusform>Vorlage %n Konten zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>There are no templates yet: create one in the Templates tab first.</source>
        <translation>Es gibt noch keine Vorlagen: Legen Sie zuerst eine im Reiter Vorlagen an.</translation>
    </message>
    <message numerus="yes">
        <source>Template {label} for %n account(s)</source>
        <translation>
            <numerusform>Vorlage {label} für %n Konto</numerusform>
            <numerusform>Vorlage {label} für %n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days} closed for %n account(s)</source>
        <translation>
            <numerusform>{days} geschlossen für %n Konto</numerusform>
            <numerusform>{days} geschlossen für %n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDeleteDialog</name>
    <message numerus="yes">
        <source>Delete %n account(s)</source>
        <extracomment>A labelled edit the user can choose (a brand kit, a template), read when a dialog opens.</extracomment>
        <translation>
            <numerusform>%n Konto löschen</numerusform>
            <numerusform>%n Konten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weiteres</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This plans deleting the meetergo accounts of {names}. Nothing is sent until you apply it in the Changes panel; once applied it cannot be undone.</source>
        <translation>Damit wird das Löschen der meetergo-Konten von {names} geplant. Gesendet wird erst, wenn Sie es im Bereich Änderungen anwenden; danach lässt es sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Nobody (delete their meeting types too)</source>
        <translation>Niemand (auch ihre Terminarten löschen)</translation>
    </message>
    <message>
        <source>&amp;Transfer to:</source>
        <translation>Ü&amp;bertragen an:</translation>
    </message>
    <message>
        <source>Type the number of accounts to &amp;confirm:</source>
        <translation>Anzahl der Konten zur &amp;Bestätigung eingeben:</translation>
    </message>
    <message>
        <source>Plan the deletion</source>
        <translation>Löschen planen</translation>
    </message>
</context>
<context>
    <name>BusTexts</name>
    <message>
        <source>Import cancelled: {done} done, {failed} failed, {pending} pending, {skipped} skipped.</source>
        <translation>Import abgebrochen: {done} erledigt, {failed} fehlgeschlagen, {pending} offen, {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>Import finished: {done} done, {failed} failed, {pending} pending, {skipped} skipped.</source>
        <translation>Import abgeschlossen: {done} erledigt, {failed} fehlgeschlagen, {pending} offen, {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>{name}: {done} done, {failed} failed, {conflicts} conflicts, {pending} pending.</source>
        <translation>{name}: {done} erledigt, {failed} fehlgeschlagen, {conflicts} Konflikte, {pending} offen.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2?</source>
        <translation>Die Buchung von %1 am %2 stornieren?</translation>
    </message>
    <message>
        <source>Reason (sent to the client):</source>
        <translation>Grund (wird dem Kunden geschickt):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Whom to cancel:</source>
        <translation>Wen stornieren:</translation>
    </message>
    <message>
        <source>Whom to cancel</source>
        <translation>Wen stornieren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>All %n attendees</source>
        <translation>
            <numerusform>%n Teilnehmer (alle)</numerusform>
            <numerusform>Alle %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
</context>
<context>
    <name>CancelManyDialog</name>
    <message numerus="yes">
        <source>Cancel %n booking(s)</source>
        <translation>
            <numerusform>%n Buchung stornieren</numerusform>
            <numerusform>%n Buchungen stornieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n account(s)?</source>
        <translation>
            <numerusform>von %n Konto?</numerusform>
            <numerusform>von %n Konten?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are planned in the Changes panel first; nothing is sent before you press Apply there. A cancellation cannot be undone.</source>
        <translation>Sie werden zuerst im Änderungsbereich geplant; nichts wird gesendet, bevor Sie dort „Anwenden“ drücken. Eine Stornierung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Reason (sent to every client):</source>
        <translation>Grund (wird jedem Kunden geschickt):</translation>
    </message>
    <message>
        <source>Plan the cancellations</source>
        <translation>Stornierungen planen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Change set</source>
        <translation>Änderungssatz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Planned changes by account</source>
        <translation>Geplante Änderungen nach Konto</translation>
    </message>
    <message>
        <source>History of this connection</source>
        <translation>Verlauf dieser Verbindung</translation>
    </message>
    <message>
        <source>Change sets of this connection</source>
        <translation>Änderungssätze dieser Verbindung</translation>
    </message>
    <message>
        <source>Progress of the change set</source>
        <translation>Fortschritt des Änderungssatzes</translation>
    </message>
    <message>
        <source>Counts of the change set</source>
        <translation>Zählung des Änderungssatzes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the apply</source>
        <translation>Das Anwenden abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>Rückgängig…</translation>
    </message>
    <message>
        <source>Undo this change set</source>
        <translation>Diesen Änderungssatz rückgängig machen</translation>
    </message>
    <message>
        <source>Cannot be undone</source>
        <translation>Nicht rückgängig zu machen</translation>
    </message>
    <message>
        <source>This change set cannot be undone</source>
        <translation>Dieser Änderungssatz lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>No change sets yet.</source>
        <translation>Noch keine Änderungssätze.</translation>
    </message>
    <message>
        <source>No change sets yet. A tab's “Apply to many…” plans one and shows it here; nothing is sent before you press Apply.</source>
        <translation>Noch keine Änderungssätze. „Auf viele anwenden…“ in einem Reiter plant einen und zeigt ihn hier; gesendet wird erst, wenn Sie „Anwenden“ drücken.</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>Resume the interrupted change set</source>
        <translation>Den unterbrochenen Änderungssatz fortsetzen</translation>
    </message>
    <message>
        <source>Apply the planned changes</source>
        <translation>Die geplanten Änderungen anwenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue the apply</source>
        <translation>Das Anwenden fortsetzen</translation>
    </message>
    <message>
        <source>Pause the apply</source>
        <translation>Das Anwenden anhalten</translation>
    </message>
    <message>
        <source>Send the failed operations again</source>
        <translation>Die fehlgeschlagenen Vorgänge erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to change</source>
        <translation>
            <numerusform>%n Konto zu ändern</numerusform>
            <numerusform>%n Konten zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Account / field</source>
        <translation>Konto / Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now on server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>delete {resource}</source>
        <translation>{resource} löschen</translation>
    </message>
    <message>
        <source>Before: {value}</source>
        <translation>Vorher: {value}</translation>
    </message>
    <message>
        <source>Now on server: {value}</source>
        <translation>Jetzt auf dem Server: {value}</translation>
    </message>
    <message>
        <source>After: {value}</source>
        <translation>Nachher: {value}</translation>
    </message>
    <message>
        <source>New {resource}</source>
        <translation>Neu: {resource}</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>conflict — changed on the server since planning; nothing was overwritten</source>
        <translation>Konflikt — seit der Planung auf dem Server geändert; nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>planned, not sent</source>
        <translation>geplant, nicht gesendet</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>wird angewendet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>finished with problems</source>
        <translation>mit Problemen beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Booking page</source>
        <translation>Buchungsseite</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty text)</source>
        <translation>(leerer Text)</translation>
    </message>
</context>
<context>
    <name>ChangesPresenter</name>
    <message>
        <source>Changes to many accounts are not available for this connection.</source>
        <translation>Änderungen an vielen Konten sind für diese Verbindung nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the current state of %n account(s)…</source>
        <translation>
            <numerusform>Der aktuelle Stand von %n Konto wird gelesen…</numerusform>
            <numerusform>Der aktuelle Stand von %n Konten wird gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what the undo would restore…</source>
        <translation>Es wird gelesen, was das Rückgängigmachen herstellt…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was interrupted with %n operation(s) still to send. Resume it? Operations that may have been sent already are checked on the server first, so nothing is applied twice.</source>
        <translation>
            <numerusform>„{name}“ wurde unterbrochen; %n Vorgang ist noch zu senden. Fortsetzen? Vorgänge, die vielleicht schon gesendet wurden, werden zuerst auf dem Server geprüft, damit nichts doppelt angewendet wird.</numerusform>
            <numerusform>„{name}“ wurde unterbrochen; %n Vorgänge sind noch zu senden. Fortsetzen? Vorgänge, die vielleicht schon gesendet wurden, werden zuerst auf dem Server geprüft, damit nichts doppelt angewendet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more interrupted change set(s) are in the history.</source>
        <translation>
            <numerusform>%n weiterer unterbrochener Änderungssatz steht im Verlauf.</numerusform>
            <numerusform>%n weitere unterbrochene Änderungssätze stehen im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be made: {reason}</source>
        <translation>Der Plan konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>The undo could not be planned: {reason}</source>
        <translation>Das Rückgängigmachen konnte nicht geplant werden: {reason}</translation>
    </message>
    <message>
        <source>Nothing to undo: every value was changed again since, or is already restored.</source>
        <translation>Nichts rückgängig zu machen: Jeder Wert wurde seitdem wieder geändert oder ist schon wiederhergestellt.</translation>
    </message>
    <message>
        <source>The change set could not be read: {reason}</source>
        <translation>Der Änderungssatz konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Undo “{name}”?</source>
        <translation>„{name}“ rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>This restores the values from before the change on %n account(s): {fields}.</source>
        <translation>
            <numerusform>Damit werden die Werte von vor der Änderung auf %n Konto wiederhergestellt: {fields}.</numerusform>
            <numerusform>Damit werden die Werte von vor der Änderung auf %n Konten wiederhergestellt: {fields}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It deletes %n item(s) the change created.</source>
        <translation>
            <numerusform>Es wird %n Objekt gelöscht, das die Änderung angelegt hat.</numerusform>
            <numerusform>Es werden %n Objekte gelöscht, die die Änderung angelegt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) are attached to them.</source>
        <translation>
            <numerusform>Daran hängt %n Termin.</numerusform>
            <numerusform>Daran hängen %n Termine.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments are attached to them.</source>
        <translation>Daran hängen keine Termine.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were changed again since and are left as they are.</source>
        <translation>
            <numerusform>%n Konto wurde seitdem wieder geändert und bleibt, wie es ist.</numerusform>
            <numerusform>%n Konten wurden seitdem wieder geändert und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo change set</source>
        <translation>Änderungssatz rückgängig machen</translation>
    </message>
    <message>
        <source>Undo now</source>
        <translation>Jetzt rückgängig machen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>it is not in this connection's journal</source>
        <translation>er steht nicht im Journal dieser Verbindung</translation>
    </message>
    <message>
        <source>Another console is applying this change set: {owner}, since {since}. Wait until it has finished, or stop it there.</source>
        <translation>Eine andere Konsole wendet diesen Änderungssatz an: {owner}, seit {since}. Bitte warten, bis sie fertig ist, oder ihn dort anhalten.</translation>
    </message>
    <message>
        <source>The apply stopped: {reason}</source>
        <translation>Das Anwenden wurde beendet: {reason}</translation>
    </message>
    <message>
        <source>“{name}”: {counts}</source>
        <translation>„{name}“: {counts}</translation>
    </message>
</context>
<context>
    <name>CloseDaysDialog</name>
    <message numerus="yes">
        <source>Close a day for %n account(s)</source>
        <translation>
            <numerusform>Einen Tag für %n Konto schließen</numerusform>
            <numerusform>Einen Tag für %n Konten schließen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Bis (einschließlich):</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Gespeichert — zum Ersetzen einen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>No key stored — paste the key</source>
        <translation>Kein Schlüssel gespeichert — Schlüssel einfügen</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: it is not in the keyring, and a key kept for one session only is gone after a restart. Paste the key and save to use this connection again.</source>
        <translation>Für „%1“ ist kein Schlüssel gespeichert: Er ist nicht im Schlüsselbund, und ein nur für eine Sitzung aufbewahrter Schlüssel ist nach einem Neustart weg. Fügen Sie den Schlüssel ein und speichern Sie, um diese Verbindung wieder zu nutzen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Bitte der Verbindung einen Namen geben.</translation>
    </message>
    <message>
        <source>A connection with this name already exists.</source>
        <translation>Eine Verbindung mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
        <source>Paste the API key or personal access token.</source>
        <translation>Bitte den API-Schlüssel oder das persönliche Zugriffstoken einfügen.</translation>
    </message>
    <message>
        <source>This key looks like a personal access token.</source>
        <translation>Dieser Schlüssel sieht wie ein persönliches Zugriffstoken aus.</translation>
    </message>
    <message>
        <source>This key looks like a platform API key.</source>
        <translation>Dieser Schlüssel sieht wie ein Plattform-API-Schlüssel aus.</translation>
    </message>
    <message>
        <source>Confirm that the key is kept for this session only.</source>
        <translation>Bitte bestätigen, dass der Schlüssel nur für diese Sitzung behalten wird.</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Platform API key</source>
        <translation>Plattform-API-Schlüssel</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Key expires on</source>
        <translation>Schlüssel läuft ab am</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Zugangsart:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>No secure key storage (OS keyring) is available on this computer. The key can be kept in memory for this session only; it is never written anywhere else.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselspeicher (Schlüsselbund des Betriebssystems) verfügbar. Der Schlüssel kann nur für diese Sitzung im Speicher behalten werden; er wird nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>This key has expired. Create a new key in meetergo.</source>
        <translation>Dieser Schlüssel ist abgelaufen. Bitte in meetergo einen neuen erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>This key expires in %n day(s). Create a new key soon.</source>
        <translation>
            <numerusform>Dieser Schlüssel läuft in %n Tag ab. Bitte bald einen neuen erstellen.</numerusform>
            <numerusform>Dieser Schlüssel läuft in %n Tagen ab. Bitte bald einen neuen erstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the connection “%1”? Its key is removed from this computer; the accounts on meetergo stay as they are.</source>
        <translation>Die Verbindung „%1“ löschen? Ihr Schlüssel wird von diesem Computer entfernt; die Konten bei meetergo bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>It is the last connection: the built-in sandbox (demo data) will be used until you add another.</source>
        <translation>Es ist die letzte Verbindung: Bis Sie eine weitere hinzufügen, wird die eingebaute Sandbox (Demodaten) verwendet.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConnectionsPresenter</name>
    <message>
        <source>No key is stored for this connection. Paste the key above, then test.</source>
        <translation>Für diese Verbindung ist kein Schlüssel gespeichert. Fügen Sie ihn oben ein und testen Sie dann.</translation>
    </message>
    <message>
        <source>Paste the key above, then test.</source>
        <translation>Fügen Sie den Schlüssel oben ein und testen Sie dann.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected as {who}.</source>
        <translation>Verbunden als {who}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CopySettingsDialog</name>
    <message>
        <source>Copy settings to other accounts</source>
        <extracomment>Editor field → the change engine's setting name (those a change set may write).</extracomment>
        <translation>Einstellungen in andere Konten übernehmen</translation>
    </message>
    <message>
        <source>Settings of “%1” (as saved) to copy:</source>
        <translation>Zu übernehmende Einstellungen von „%1“ (gespeicherter Stand):</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>Puffer davor</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>Puffer danach</translation>
    </message>
    <message>
        <source>Slot interval</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>Mindestvorlauf</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Find the meeting type in each account by its:</source>
        <translation>Die Terminart in jedem Konto finden über ihren:</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation>Namen (%1)</translation>
    </message>
    <message>
        <source>Slug (%1)</source>
        <translation>Slug (%1)</translation>
    </message>
    <message>
        <source>Create it in accounts that have none</source>
        <translation>In Konten ohne sie anlegen</translation>
    </message>
    <message>
        <source>Created with this name, duration, description and channel; undo deletes it.</source>
        <translation>Mit diesem Namen, dieser Dauer, Beschreibung und diesem Kanal angelegt; Rückgängig löscht sie wieder.</translation>
    </message>
    <message>
        <source>Accounts without a match get it created; the plan lists them as creates.</source>
        <translation>Konten ohne Treffer bekommen sie angelegt; der Plan führt sie als Neuanlagen.</translation>
    </message>
    <message>
        <source>Accounts without a match are listed as skipped in the plan.</source>
        <translation>Konten ohne passende Terminart stehen im Plan als übersprungen.</translation>
    </message>
    <message>
        <source>Settings of “%1”</source>
        <translation>Einstellungen von „%1“</translation>
    </message>
    <message>
        <source>Choose accounts…</source>
        <translation>Konten wählen…</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation>
            <numerusform>{done} von %n erledigt</numerusform>
            <numerusform>{done} von %n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n account(s))</source>
        <translation>
            <numerusform>Unverändert (%n Konto)</numerusform>
            <numerusform>Unverändert (%n Konten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account} (%n change(s))</source>
        <translation>
            <numerusform>{account} (%n Änderung)</numerusform>
            <numerusform>{account} (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n to send</source>
        <translation>
            <numerusform>{state} · %n zu senden</numerusform>
            <numerusform>{state} · %n zu senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message numerus="yes">
        <source>Server unreachable — retrying in %n s</source>
        <extracomment>The label is refreshed this often while the job waits out an outage or a 429.</extracomment>
        <translation>
            <numerusform>Server nicht erreichbar — neuer Versuch in %n s</numerusform>
            <numerusform>Server nicht erreichbar — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Server unreachable — retrying now…</source>
        <translation>Server nicht erreichbar — neuer Versuch läuft…</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>most on %1 (%2)</source>
        <translation>die meisten am %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DatesPanel</name>
    <message>
        <source>Calendar of date-specific hours</source>
        <translation>Kalender der datumsbezogenen Zeiten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Date-specific hours</source>
        <translation>Datumsbezogene Zeiten</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Closed or available</source>
        <translation>Geschlossen oder verfügbar</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Von Uhrzeit</translation>
    </message>
    <message>
        <source>Until time (00:00 = midnight)</source>
        <translation>Bis Uhrzeit (00:00 = Mitternacht)</translation>
    </message>
    <message>
        <source>e.g. Office closed</source>
        <translation>z. B. Büro geschlossen</translation>
    </message>
    <message>
        <source>Problem with the date-specific hours</source>
        <translation>Problem mit den datumsbezogenen Zeiten</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>All da&amp;y</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>Add da&amp;te</source>
        <translation>&amp;Datum hinzufügen</translation>
    </message>
    <message>
        <source>U&amp;ndo date change</source>
        <translation>Datums&amp;änderung rückgängig</translation>
    </message>
    <message>
        <source>Public &amp;holidays…</source>
        <translation>&amp;Feiertage…</translation>
    </message>
    <message>
        <source>Close days for &amp;other accounts…</source>
        <translation>Tage für &amp;andere Konten schließen…</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Available all day</source>
        <translation>Ganztägig verfügbar</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Ganztägig geschlossen</translation>
    </message>
    <message>
        <source>Available {hours}</source>
        <translation>Verfügbar {hours}</translation>
    </message>
    <message>
        <source>Closed {hours}</source>
        <translation>Geschlossen {hours}</translation>
    </message>
    <message>
        <source>The hours must end after they start.</source>
        <translation>Die Zeiten müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>Das letzte Datum liegt vor dem ersten.</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>This deletes the meetergo account of {name} ({email}). It cannot be undone.</source>
        <translation>Damit wird das meetergo-Konto von {name} ({email}) gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nobody (delete its meeting types too)</source>
        <translation>Niemand (Terminarten ebenfalls löschen)</translation>
    </message>
    <message>
        <source>&amp;Transfer to:</source>
        <translation>Ü&amp;bertragen an:</translation>
    </message>
    <message>
        <source>Type the e-mail to &amp;confirm:</source>
        <translation>Zum Bestätigen die E-Mail &amp;eingeben:</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Open &amp;hours</source>
        <translation>Verfügbarkeit ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open meeting &amp;types</source>
        <translation>&amp;Terminarten öffnen</translation>
    </message>
    <message>
        <source>Changing the slug changes the booking URL; old links stop working.</source>
        <translation>Ein neuer Slug ändert die Buchungs-URL; alte Links funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>The meetergo API does not let the e-mail or the time zone of an account be changed; the account's owner changes them in meetergo. The time zone of the bookable hours is set in Availability.</source>
        <translation>Die meetergo-API erlaubt nicht, E-Mail-Adresse oder Zeitzone eines Kontos zu ändern; das ändert die Inhaberin oder der Inhaber des Kontos in meetergo. Die Zeitzone der buchbaren Zeiten wird unter Verfügbarkeit eingestellt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Embed</name>
    <message>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Given name</source>
        <extracomment>Wire path → label (translated at display time).</extracomment>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Buffer before</source>
        <translation>Puffer davor</translation>
    </message>
    <message>
        <source>Buffer after</source>
        <translation>Puffer danach</translation>
    </message>
    <message>
        <source>Buffers within working hours</source>
        <translation>Puffer innerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Custom channel name</source>
        <translation>Name des eigenen Kanals</translation>
    </message>
    <message>
        <source>Custom channel link</source>
        <translation>Link des eigenen Kanals</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Group booking</source>
        <translation>Gruppenbuchung</translation>
    </message>
    <message>
        <source>Show free spots</source>
        <translation>Freie Plätze anzeigen</translation>
    </message>
    <message>
        <source>Redirect after booking</source>
        <translation>Nach der Buchung weiterleiten</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Pass the booking to the redirect</source>
        <translation>Buchungsdaten an die Weiterleitung übergeben</translation>
    </message>
    <message>
        <source>Durations to choose</source>
        <translation>Wählbare Dauern</translation>
    </message>
    <message>
        <source>Client chooses the channel</source>
        <translation>Kunde wählt den Kanal</translation>
    </message>
    <message>
        <source>Channels to choose</source>
        <translation>Wählbare Kanäle</translation>
    </message>
    <message>
        <source>Client may choose the host</source>
        <translation>Kunde darf den Gastgeber wählen</translation>
    </message>
    <message>
        <source>Client must choose the host</source>
        <translation>Kunde muss den Gastgeber wählen</translation>
    </message>
    <message>
        <source>Client may add guests</source>
        <translation>Kunde darf Gäste hinzufügen</translation>
    </message>
    <message>
        <source>Double opt-in</source>
        <translation>Double-Opt-in</translation>
    </message>
    <message>
        <source>Host confirms bookings</source>
        <translation>Gastgeber bestätigt Buchungen</translation>
    </message>
    <message>
        <source>Cluster appointments</source>
        <translation>Termine bündeln</translation>
    </message>
    <message>
        <source>Carry buffers over</source>
        <translation>Puffer übertragen</translation>
    </message>
    <message>
        <source>Longest buffer carry-over</source>
        <translation>Längste Pufferübertragung</translation>
    </message>
    <message>
        <source>Booking with a phone number only</source>
        <translation>Buchung nur mit Telefonnummer</translation>
    </message>
    <message>
        <source>Slot interval</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>Mindestvorlauf</translation>
    </message>
    <message>
        <source>Booking window</source>
        <translation>Buchungszeitraum</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Buchbar</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>Vorlage für</translation>
    </message>
    <message>
        <source>Distribution in the team</source>
        <translation>Verteilung im Team</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation>Ausnahmen an Tagen</translation>
    </message>
    <message>
        <source>Own colours</source>
        <translation>Eigene Farben</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation>Sekundärfarbe</translation>
    </message>
    <message>
        <source>Header image</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <source>Header title</source>
        <translation>Titel im Kopf</translation>
    </message>
    <message>
        <source>Header subtitle</source>
        <translation>Untertitel im Kopf</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>Show all meeting types</source>
        <translation>Alle Terminarten zeigen</translation>
    </message>
    <message>
        <source>Order of meeting types</source>
        <translation>Reihenfolge der Terminarten</translation>
    </message>
    <message>
        <source>Online profiles</source>
        <translation>Online-Profile</translation>
    </message>
    <message>
        <source>single accounts</source>
        <extracomment>Fields in minutes. Fields in days. Fields holding a channel, or a list of channels. Enumerated wire values → what a user calls them.</extracomment>
        <translation>einzelne Konten</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <source>Weighted round robin</source>
        <translation>Gewichtet reihum</translation>
    </message>
    <message>
        <source>Equal distribution</source>
        <translation>Gleichmäßige Verteilung</translation>
    </message>
    <message>
        <source>as the company sets it</source>
        <translation>wie im Unternehmen eingestellt</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <extracomment>The ``onlineProfiles`` entries by what a user calls them.</extracomment>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Xing</source>
        <translation>Xing</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Custom links</source>
        <translation>Eigene Links</translation>
    </message>
    <message>
        <source>Field on the wire: {wire}</source>
        <translation>Feld in der API: {wire}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
</context>
<context>
    <name>HealthFilterBox</name>
    <message>
        <source>Show accounts</source>
        <translation>Konten anzeigen</translation>
    </message>
    <message>
        <source>Show all accounts, or only those the health check flagged</source>
        <translation>Alle Konten anzeigen oder nur die, bei denen die Zustandsprüfung etwas gefunden hat</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>HealthPresenter</name>
    <message>
        <source>The health check paused: {reason}</source>
        <extracomment>Accounts checked per step of a pass (the service runs a few of them at once). Requests of the budget a pass leaves to the user: below this it stops until the next one. Time between passes; stale entries (older than the service's max age) are rechecked then.</extracomment>
        <translation>Die Zustandsprüfung pausiert: {reason}</translation>
    </message>
    <message>
        <source>The key's expiry date is not set (Manage connections…).</source>
        <translation>Das Ablaufdatum des Schlüssels ist nicht eingetragen (Verbindungen verwalten…).</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <source>The key expired; create a new one in meetergo.</source>
        <translation>Der Schlüssel ist abgelaufen; erstellen Sie in meetergo einen neuen.</translation>
    </message>
    <message numerus="yes">
        <source>Key: %n day(s) left</source>
        <translation>
            <numerusform>Schlüssel: noch %n Tag</numerusform>
            <numerusform>Schlüssel: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The key expires on {day}.</source>
        <translation>Der Schlüssel läuft am {day} ab.</translation>
    </message>
    <message>
        <source>Webhooks {count}/{limit}</source>
        <translation>Webhooks {count}/{limit}</translation>
    </message>
    <message>
        <source>The company has {count} of at most {limit} webhooks.</source>
        <translation>Das Unternehmen hat {count} von höchstens {limit} Webhooks.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Booking history</source>
        <translation>Buchungsverlauf</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>German state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Holidays to add</source>
        <translation>Hinzuzufügende Feiertage</translation>
    </message>
    <message>
        <source>Close on these days</source>
        <translation>An diesen Tagen schließen</translation>
    </message>
    <message>
        <source>Close for other accounts…</source>
        <translation>Für andere Konten schließen…</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <source>Public holidays {region} {year}</source>
        <translation>Feiertage {region} {year}</translation>
    </message>
    <message>
        <source>{count} holidays; untick the ones to leave open.</source>
        <translation>{count} Feiertage; Haken bei denen entfernen, die offen bleiben sollen.</translation>
    </message>
</context>
<context>
    <name>HoursList</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Weekly hours as a list</source>
        <translation>Wochenzeiten als Liste</translation>
    </message>
    <message>
        <source>Day for a new interval</source>
        <translation>Tag für einen neuen Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Add interval</source>
        <translation>Zeitraum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move interval</source>
        <translation>Zeitraum ent&amp;fernen</translation>
    </message>
    <message>
        <source>An interval must end after it starts.</source>
        <translation>Ein Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Change interval</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>Add interval</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Remove interval</source>
        <translation>Zeitraum entfernen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>exists, will be linked</source>
        <translation>existiert, wird verknüpft</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>{total} rows: {valid} to create, {link} to link, {invalid} invalid</source>
        <translation>{total} Zeilen: {valid} anzulegen, {link} zu verknüpfen, {invalid} ungültig</translation>
    </message>
    <message>
        <source>{done} done, {failed} failed, {pending} to go</source>
        <translation>{done} fertig, {failed} fehlgeschlagen, {pending} ausstehend</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Continue remaining rows</source>
        <translation>Restliche Zeilen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>The export lists every row with its result (user id, booking URL, status, error) and the other columns of your file, with the same separator, so skipped rows can be fixed and imported again. Cells starting with =, +, -, @ or a tab get a leading apostrophe so that a spreadsheet shows them as text and never runs them as formulas.</source>
        <translation>Der Export listet jede Zeile mit ihrem Ergebnis (Benutzer-ID, Buchungs-URL, Status, Fehler) und den übrigen Spalten Ihrer Datei, mit demselben Trennzeichen, so dass übersprungene Zeilen korrigiert und erneut importiert werden können. Zellen, die mit =, +, -, @ oder einem Tabulator beginnen, erhalten ein vorangestelltes Apostroph, damit eine Tabellenkalkulation sie als Text zeigt und nie als Formel ausführt.</translation>
    </message>
    <message>
        <source>Import accounts from CSV</source>
        <translation>Konten aus CSV importieren</translation>
    </message>
    <message>
        <source>C&amp;hoose CSV file…</source>
        <translation>CSV-&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Columns: e-mail, given name, family name, time zone, slug, meeting type (comma or semicolon separated, as Excel saves it).</source>
        <translation>Spalten: E-Mail, Vorname, Nachname, Zeitzone, Slug, Terminart (durch Komma oder Semikolon getrennt, wie Excel speichert).</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cancel the import?</source>
        <translation>Import abbrechen?</translation>
    </message>
    <message>
        <source>The import stops after the rows being sent now. The rows not sent yet are kept: continue them here with “Continue remaining rows”, or the next time the console starts.</source>
        <translation>Der Import endet nach den Zeilen, die gerade gesendet werden. Die noch nicht gesendeten Zeilen bleiben erhalten: Setzen Sie sie hier mit „Restliche Zeilen fortsetzen“ fort oder beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Import beenden</translation>
    </message>
    <message>
        <source>Keep importing</source>
        <translation>Weiter importieren</translation>
    </message>
</context>
<context>
    <name>ImportPresenter</name>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Results saved to {path}.</source>
        <translation>Ergebnisse gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Unfinished import</source>
        <translation>Unvollständiger Import</translation>
    </message>
    <message>
        <source>The import of {source} was interrupted with {pending} rows still to do. Resume it now? Accounts already created are not created again.</source>
        <translation>Der Import von {source} wurde mit {pending} offenen Zeilen unterbrochen. Jetzt fortsetzen? Bereits angelegte Konten werden nicht noch einmal angelegt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>Der Import wurde angehalten: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>KitsBox</name>
    <message>
        <source>Brand kits</source>
        <translation>Markenpakete</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Markenpaket</translation>
    </message>
    <message>
        <source>Save look as kit…</source>
        <translation>Aussehen als Paket speichern…</translation>
    </message>
    <message>
        <source>Use in form</source>
        <translation>Ins Formular übernehmen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Apply to accounts…</source>
        <translation>Auf Konten anwenden…</translation>
    </message>
    <message>
        <source>Save brand kit</source>
        <translation>Markenpaket speichern</translation>
    </message>
    <message>
        <source>Name of the kit (e.g. the client):</source>
        <translation>Name des Pakets (z. B. der Kunde):</translation>
    </message>
    <message>
        <source>Export brand kit</source>
        <translation>Markenpaket exportieren</translation>
    </message>
    <message>
        <source>Brand kit (*.json)</source>
        <translation>Markenpaket (*.json)</translation>
    </message>
    <message>
        <source>Import brand kit</source>
        <translation>Markenpaket importieren</translation>
    </message>
</context>
<context>
    <name>LocationsEditor</name>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection: {name}</source>
        <translation>Verbindung: {name}</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Budget: —</source>
        <translation>Kontingent: —</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>meetergo console — manage your client accounts.

Ctrl+F  search accounts
Ctrl+N  new account
Ctrl+R  refresh
Ctrl+Shift+J  changes panel
F1  this help</source>
        <translation>meetergo-Konsole — Kundenkonten verwalten.

Strg+F  Konten suchen
Strg+N  neues Konto
Strg+R  aktualisieren
Strg+Umschalt+J  Änderungen
F1  diese Hilfe</translation>
    </message>
    <message>
        <source>No web browser could be opened; the documentation is at {url}</source>
        <translation>Es konnte kein Webbrowser geöffnet werden; die Dokumentation finden Sie unter {url}</translation>
    </message>
    <message>
        <source>meetergo console</source>
        <translation>meetergo-Konsole</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>meetergo API &amp;documentation</source>
        <translation>meetergo-API-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About meetergo console</source>
        <translation>Ü&amp;ber die meetergo-Konsole</translation>
    </message>
    <message>
        <source>Sandbox — demo data. Nothing here reaches meetergo.</source>
        <translation>Sandbox — Demodaten. Nichts davon erreicht meetergo.</translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Konten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <source>Accounts of this connection</source>
        <translation>Konten dieser Verbindung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Key expiry and webhooks</source>
        <translation>Schlüsselablauf und Webhooks</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Live feed: off</source>
        <translation>Live-Feed: aus</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Apply weekly hours to…</source>
        <translation>Wochenzeiten anwenden auf …</translation>
    </message>
    <message>
        <source>Close days for…</source>
        <translation>Tage schließen für…</translation>
    </message>
    <message numerus="yes">
        <source>Budget: %n request(s) left this minute</source>
        <translation>
            <numerusform>Kontingent: noch %n Anfrage in dieser Minute</numerusform>
            <numerusform>Kontingent: noch %n Anfragen in dieser Minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingTypeEditor</name>
    <message>
        <source>Not kept by the server (it stored what is shown).</source>
        <translation>Vom Server nicht übernommen (gespeichert ist, was angezeigt wird).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Buchbar</translation>
    </message>
    <message>
        <source>Nam&amp;e</source>
        <translation>Nam&amp;e</translation>
    </message>
    <message>
        <source>Buffer be&amp;fore</source>
        <translation>Puffer davo&amp;r</translation>
    </message>
    <message>
        <source>S&amp;lot interval</source>
        <translation>&amp;Zeitraster</translation>
    </message>
    <message>
        <source>Minimum noti&amp;ce</source>
        <translation>&amp;Mindestvorlauf</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Custom channel lin&amp;k</source>
        <translation>Link des ei&amp;genen Kanals</translation>
    </message>
    <message>
        <source>Slu&amp;g</source>
        <translation>S&amp;lug</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(keine gewählt)</translation>
    </message>
    <message>
        <source>Channels the client may choose instead of the main one.</source>
        <translation>Kanäle, die der Kunde statt des Hauptkanals wählen kann.</translation>
    </message>
    <message>
        <source>The weekly hours this meeting type uses.</source>
        <translation>Die Wochenzeiten, die diese Terminart nutzt.</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Buffer &amp;after</source>
        <translation>Puffer dan&amp;ach</translation>
    </message>
    <message>
        <source>Booking &amp;window</source>
        <translation>Buc&amp;hungszeitraum</translation>
    </message>
    <message>
        <source>S&amp;pots (group booking)</source>
        <translation>&amp;Plätze (Gruppenbuchung)</translation>
    </message>
    <message>
        <source>Also offered</source>
        <translation>Zusätzlich angeboten</translation>
    </message>
    <message>
        <source>Custom channel name</source>
        <translation>Name des eigenen Kanals</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Colo&amp;r</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Booking URL</source>
        <translation>Buchungs-URL</translation>
    </message>
</context>
<context>
    <name>MeetingTypesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Booking URL</source>
        <translation>Buchungs-URL</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>MeetingTypesPresenter</name>
    <message>
        <source>Could not load the account's availabilities: %1</source>
        <extracomment>The place name this tab's drafts have in :class:`UnsavedEdits`.</extracomment>
        <translation>Die Verfügbarkeiten des Kontos konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the meeting types: %1</source>
        <translation>Die Terminarten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Bitte zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved, but the server did not keep every change (marked).</source>
        <translation>Gespeichert, aber der Server hat nicht jede Änderung übernommen (markiert).</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving “%1” failed: %2</source>
        <translation>Speichern von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server refused the change; your edit is kept: %1</source>
        <translation>Der Server hat die Änderung abgelehnt; Ihre Eingaben bleiben erhalten: %1</translation>
    </message>
    <message>
        <source>Name of the meeting type:</source>
        <translation>Name der Terminart:</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>New meeting type</source>
        <translation>Neue Terminart</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate meeting type</source>
        <translation>Terminart duplizieren</translation>
    </message>
    <message>
        <source>Enabled “%1”.</source>
        <translation>„%1“ aktiviert.</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>„%1“ deaktiviert.</translation>
    </message>
    <message>
        <source>Delete meeting type</source>
        <translation>Terminart löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its booking URL stops taking bookings. Existing appointments stay as they are.</source>
        <translation>„%1“ löschen? Über die Buchungs-URL kann dann nicht mehr gebucht werden. Bestehende Termine bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete with its availability</source>
        <translation>Mit ihrer Verfügbarkeit löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Availability is shared</source>
        <translation>Verfügbarkeit wird geteilt</translation>
    </message>
    <message>
        <source>The availability of “%1” is also used by: %2. It cannot be deleted while they use it. Delete only the meeting type and keep the availability for them? Existing appointments stay as they are.</source>
        <translation>Die Verfügbarkeit von „%1“ wird auch von %2 genutzt und kann nicht gelöscht werden, solange sie sie nutzen. Nur die Terminart löschen und die Verfügbarkeit für die anderen behalten? Bestehende Termine bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete the meeting type only</source>
        <translation>Nur die Terminart löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n account(s)</source>
        <translation>
            <numerusform>%1 für %n Konto</numerusform>
            <numerusform>%1 für %n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingTypesTab</name>
    <message>
        <source>Choose an account on the left to see its meeting types.</source>
        <translation>Links ein Konto wählen, um seine Terminarten zu sehen.</translation>
    </message>
    <message>
        <source>Meeting types of %1</source>
        <translation>Terminarten von %1</translation>
    </message>
    <message>
        <source>“%1”, made from the template “%2”</source>
        <translation>„%1“, erstellt aus der Vorlage „%2“</translation>
    </message>
    <message>
        <source>“%1”, not made from a template the console knows</source>
        <translation>„%1“, nicht aus einer der Konsole bekannten Vorlage erstellt</translation>
    </message>
    <message>
        <source>Booking URL copied</source>
        <translation>Buchungs-URL kopiert</translation>
    </message>
    <message>
        <source>Embed code copied</source>
        <translation>Einbettungscode kopiert</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Search meeting types</source>
        <translation>Terminarten suchen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Copy settings t&amp;o other accounts…</source>
        <translation>Einstellungen in andere K&amp;onten übernehmen…</translation>
    </message>
    <message>
        <source>Cop&amp;y booking URL</source>
        <translation>Buchungs-URL kop&amp;ieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Copy e&amp;mbed code</source>
        <translation>Einbettungs&amp;code kopieren</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation>wird aus dem Namen gebildet</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene Zeiten…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>00:00 is midnight, the end of the day.</source>
        <translation>00:00 ist Mitternacht, das Ende des Tages.</translation>
    </message>
    <message>
        <source>30 minute meeting</source>
        <translation>30-Minuten-Termin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>Ver&amp;fügbarkeit:</translation>
    </message>
    <message>
        <source>First &amp;meeting type:</source>
        <translation>Erste &amp;Terminart:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>E-mail is missing.</source>
        <translation>Die E-Mail-Adresse fehlt.</translation>
    </message>
    <message>
        <source>{email!r} is not a valid e-mail address.</source>
        <translation>{email!r} ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Given name is missing.</source>
        <translation>Der Vorname fehlt.</translation>
    </message>
    <message>
        <source>Family name is missing.</source>
        <translation>Der Nachname fehlt.</translation>
    </message>
    <message>
        <source>Time zone is missing.</source>
        <translation>Die Zeitzone fehlt.</translation>
    </message>
    <message>
        <source>{zone!r} is not a known time zone (use e.g. Europe/Berlin).</source>
        <translation>{zone!r} ist keine bekannte Zeitzone (z. B. Europe/Berlin verwenden).</translation>
    </message>
    <message>
        <source>Slug must have at least {count} characters.</source>
        <translation>Der Slug braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Duration must be {low} to {high} minutes.</source>
        <translation>Die Dauer muss {low} bis {high} Minuten sein.</translation>
    </message>
    <message>
        <source>Slug {slug!r} is already taken.</source>
        <translation>Der Slug {slug!r} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Meeting type name</source>
        <translation>Name der Terminart</translation>
    </message>
    <message>
        <source>{field} contains an invisible or control character ({code}).</source>
        <translation>{field} enthält ein unsichtbares oder Steuerzeichen ({code}).</translation>
    </message>
    <message>
        <source>E-mail {email!r} is too long (at most {count} characters, {local} before the @).</source>
        <translation>Die E-Mail-Adresse {email!r} ist zu lang (höchstens {count} Zeichen, {local} vor dem @).</translation>
    </message>
    <message>
        <source>{zone!r} is not the time zone of a place (use e.g. Europe/Berlin).</source>
        <translation>{zone!r} ist nicht die Zeitzone eines Ortes (z. B. Europe/Berlin verwenden).</translation>
    </message>
    <message>
        <source>Time zone {old!r} is now called {new!r}; {new} is sent.</source>
        <translation>Die Zeitzone {old!r} heißt heute {new!r}; gesendet wird {new}.</translation>
    </message>
    <message>
        <source>Meeting type name is missing.</source>
        <translation>Der Name der Terminart fehlt.</translation>
    </message>
    <message>
        <source>Meeting type name has {length} characters (at most {count}).</source>
        <translation>Der Name der Terminart hat {length} Zeichen (höchstens {count}).</translation>
    </message>
    <message>
        <source>Duration {value!r} must be a whole number of minutes.</source>
        <translation>Die Dauer {value!r} muss eine ganze Zahl von Minuten sein.</translation>
    </message>
    <message>
        <source>Unknown preset {preset!r}.</source>
        <translation>Unbekannte Vorlage {preset!r}.</translation>
    </message>
    <message>
        <source>{day}: {first} overlaps {second}.</source>
        <translation>{day}: {first} überschneidet sich mit {second}.</translation>
    </message>
    <message>
        <source>{day}: {interval} ends at or before it starts.</source>
        <translation>{day}: {interval} endet nicht nach seinem Beginn.</translation>
    </message>
    <message>
        <source>The schedule has no working hours.</source>
        <translation>Der Wochenplan enthält keine Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Missing column(s): {columns} (e.g. email, Vorname, Nachname).</source>
        <translation>Fehlende Spalte(n): {columns} (z. B. email, Vorname, Nachname).</translation>
    </message>
    <message>
        <source>Duration {value!r} is not a number of minutes.</source>
        <translation>Die Dauer {value!r} ist keine Minutenzahl.</translation>
    </message>
    <message>
        <source>Duplicate e-mail: same as line {line}.</source>
        <translation>Doppelte E-Mail-Adresse: wie in Zeile {line}.</translation>
    </message>
    <message>
        <source>Duplicate slug {slug!r}: same as line {line}.</source>
        <translation>Doppelter Slug {slug!r}: wie in Zeile {line}.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as “CSV UTF-8” (Excel) or “Text CSV” with character set UTF-8 (LibreOffice).</source>
        <translation>Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als „CSV UTF-8“ (Excel) bzw. „Text CSV“ mit Zeichensatz UTF-8 (LibreOffice).</translation>
    </message>
    <message>
        <source>This file is a workbook ({kind}), not a CSV file: nothing was read.</source>
        <translation>Diese Datei ist eine Arbeitsmappe ({kind}), keine CSV-Datei: Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>This file is UTF-16 text (Excel’s “Unicode Text”), not a CSV file in UTF-8: nothing was read.</source>
        <translation>Diese Datei ist UTF-16-Text (Excels „Unicode-Text“), keine CSV-Datei in UTF-8: Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The file mixes character encodings: line {bad} is not UTF-8 but line {good} is, so umlauts would be garbled. Nothing was read.</source>
        <translation>Die Datei mischt Zeichenkodierungen: Zeile {bad} ist kein UTF-8, Zeile {good} schon, Umlaute würden verstümmelt. Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>Line {line} mixes UTF-8 with another character encoding, so umlauts would be garbled. Nothing was read.</source>
        <translation>Zeile {line} mischt UTF-8 mit einer anderen Zeichenkodierung, Umlaute würden verstümmelt. Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The quote opened on line {line} is never closed and swallows the rest of the file. Nothing was read.</source>
        <translation>Das in Zeile {line} geöffnete Anführungszeichen wird nie geschlossen und verschluckt den Rest der Datei. Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The record on line {line} has a cell of more than {limit} characters (a quote never closed?). Nothing was read.</source>
        <translation>Der Datensatz in Zeile {line} hat eine Zelle mit mehr als {limit} Zeichen (ein nie geschlossenes Anführungszeichen?). Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows: nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als {limit} Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Column {column!r} holds more than {limit} characters.</source>
        <translation>Die Spalte {column!r} enthält mehr als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. {example}.</source>
        <translation>Bitte die Basis-URL eingeben, z. B. {example}.</translation>
    </message>
    <message>
        <source>The base URL must not contain spaces.</source>
        <translation>Die Basis-URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The base URL {url!r} has no scheme; write {suggestion}.</source>
        <translation>Die Basis-URL {url!r} hat kein Schema; bitte {suggestion} schreiben.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// on this computer).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; the key has its own field.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; der Schlüssel hat sein eigenes Feld.</translation>
    </message>
    <message>
        <source>The base URL {url!r} names no server.</source>
        <translation>Die Basis-URL {url!r} nennt keinen Server.</translation>
    </message>
    <message>
        <source>The base URL {url!r} has an invalid port.</source>
        <translation>Die Basis-URL {url!r} hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die Basis-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>The base URL takes no path (the console adds /v4 itself): use {suggestion}.</source>
        <translation>Die Basis-URL hat keinen Pfad (die Konsole ergänzt /v4 selbst): bitte {suggestion} verwenden.</translation>
    </message>
    <message>
        <source>The base URL must use https://; http:// sends the key unencrypted (this computer only).</source>
        <translation>Die Basis-URL muss https:// verwenden; mit http:// ginge der Schlüssel unverschlüsselt über das Netz (nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>In person (host's address)</source>
        <extracomment>Editor field → wire path (dotted: ``meetingInfo.duration`` is nested in the body). Documented ranges (meetergo-api §8 "Constraints"): field → (low, high). The current channel enum with what a user calls each one (deprecated values are kept readable for meeting types that still use them, but not offered for new choices).</extracomment>
        <translation>Vor Ort (Adresse des Gastgebers)</translation>
    </message>
    <message>
        <source>In person (client's address)</source>
        <translation>Vor Ort (Adresse des Kunden)</translation>
    </message>
    <message>
        <source>Google Meet</source>
        <translation>Google Meet</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Phone (host calls)</source>
        <translation>Telefon (Gastgeber ruft an)</translation>
    </message>
    <message>
        <source>Phone (client calls)</source>
        <translation>Telefon (Kunde ruft an)</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>meetergo Connect</source>
        <translation>meetergo Connect</translation>
    </message>
    <message>
        <source>Webex</source>
        <translation>Webex</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Microsoft Teams (Exchange)</source>
        <translation>Microsoft Teams (Exchange)</translation>
    </message>
    <message>
        <source>Custom link</source>
        <translation>Eigener Link</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Whereby</source>
        <translation>Whereby</translation>
    </message>
    <message>
        <source>kMeet</source>
        <translation>kMeet</translation>
    </message>
    <message>
        <source>Jitsi</source>
        <translation>Jitsi</translation>
    </message>
    <message>
        <source>Nextcloud Talk</source>
        <translation>Nextcloud Talk</translation>
    </message>
    <message>
        <source>OpenTalk</source>
        <translation>OpenTalk</translation>
    </message>
    <message>
        <source>alfaview</source>
        <translation>alfaview</translation>
    </message>
    <message>
        <source>Must be {low} to {high}.</source>
        <translation>Muss {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Slug is missing.</source>
        <translation>Der Slug fehlt.</translation>
    </message>
    <message>
        <source>Slug may hold only lower-case letters, digits and single hyphens.</source>
        <translation>Der Slug darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>Another meeting type of this account uses {slug!r}.</source>
        <translation>Eine andere Terminart dieses Kontos verwendet {slug!r}.</translation>
    </message>
    <message>
        <source>A custom channel needs its link.</source>
        <translation>Ein eigener Kanal braucht seinen Link.</translation>
    </message>
    <message>
        <source>{channel!r} is not a channel meetergo offers.</source>
        <translation>{channel!r} ist kein Kanal, den meetergo anbietet.</translation>
    </message>
    <message>
        <source>{text!r} is not a hex colour like #0066cc or #06c.</source>
        <translation>{text!r} ist keine Hex-Farbe wie #0066cc oder #06c.</translation>
    </message>
    <message>
        <source>Button text on the primary colour</source>
        <translation>Button-Text auf der Primärfarbe</translation>
    </message>
    <message>
        <source>Primary colour on the light page</source>
        <translation>Primärfarbe auf der hellen Seite</translation>
    </message>
    <message>
        <source>Primary colour on the dark page</source>
        <translation>Primärfarbe auf der dunklen Seite</translation>
    </message>
    <message>
        <source>Page text on the secondary colour</source>
        <translation>Seitentext auf der Sekundärfarbe</translation>
    </message>
    <message>
        <source>{day}: {interval} overlaps {other}; merge them.</source>
        <translation>{day}: {interval} überschneidet sich mit {other}; bitte zusammenfassen.</translation>
    </message>
    <message>
        <source>{day}: {interval} and {other} touch; they can be one interval.</source>
        <translation>{day}: {interval} und {other} grenzen aneinander; sie können ein Zeitraum sein.</translation>
    </message>
    <message>
        <source>{day} is closed although the days around it are open.</source>
        <translation>{day} ist geschlossen, obwohl die Tage davor und danach offen sind.</translation>
    </message>
    <message>
        <source>The week has no bookable time: clients can book only on exceptions.</source>
        <translation>Die Woche hat keine buchbare Zeit: Kunden können nur an Ausnahmen buchen.</translation>
    </message>
    <message>
        <source>{date}: {span} does not exist in {zone}.</source>
        <translation>{date}: {span} gibt es in {zone} nicht.</translation>
    </message>
    <message>
        <source>{date}: {span} happens twice in {zone}.</source>
        <translation>{date}: {span} gibt es in {zone} zweimal.</translation>
    </message>
    <message>
        <source>The hours are in {zone}, but the user's time zone is {user_zone}.</source>
        <translation>Die Zeiten gelten in {zone}, die Zeitzone des Benutzers ist aber {user_zone}.</translation>
    </message>
    <message>
        <source>{name} needs {minutes} minutes with its buffers; no interval is that long.</source>
        <translation>{name} braucht mit Puffern {minutes} Minuten; kein Zeitraum ist so lang.</translation>
    </message>
    <message>
        <source>The exception on {date} is in the past.</source>
        <translation>Die Ausnahme am {date} liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The link to {url} needs a name.</source>
        <translation>Der Link zu {url} braucht einen Namen.</translation>
    </message>
    <message>
        <source>The link name {name!r} is longer than {count}.</source>
        <translation>Der Linkname {name!r} ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>{url!r} is not a web address like https://example.com/page.</source>
        <translation>{url!r} ist keine Webadresse wie https://example.com/seite.</translation>
    </message>
    <message>
        <source>The public URL must not contain spaces.</source>
        <translation>Die öffentliche URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The public URL must start with https:// (http:// only on this computer).</source>
        <translation>Die öffentliche URL muss mit https:// beginnen (http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>The public URL {url!r} names no server.</source>
        <translation>Die öffentliche URL {url!r} nennt keinen Server.</translation>
    </message>
    <message>
        <source>The public URL must not contain a user name or password.</source>
        <translation>Die öffentliche URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The public URL must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die öffentliche URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>The public URL {url!r} has an invalid port.</source>
        <translation>Die öffentliche URL {url!r} hat einen ungültigen Port.</translation>
    </message>
    <message>
        <source>Enter the address the receiver listens on, e.g. {example}.</source>
        <translation>Geben Sie die Adresse ein, auf der der Empfänger lauscht, z. B. {example}.</translation>
    </message>
    <message>
        <source>{host!r} is not an address of this computer (no scheme, port or spaces).</source>
        <translation>{host!r} ist keine Adresse dieses Computers (ohne Schema, Port und Leerzeichen).</translation>
    </message>
    <message>
        <source>The receiver's port must be a number from 0 to 65535.</source>
        <translation>Der Port des Empfängers muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>A tunnel forwards to one fixed port: choose a port (e.g. 8765), not 0.</source>
        <translation>Ein Tunnel leitet an einen festen Port weiter: Wählen Sie einen Port (z. B. 8765), nicht 0.</translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <source>meetergo delivers webhooks only to an address on the internet. Behind a router, run a tunnel or reverse proxy whose https:// address forwards to the port below, and enter that address here. Without one, changes are found by polling.</source>
        <translation>meetergo liefert Webhooks nur an eine Adresse im Internet. Hinter einem Router betreiben Sie einen Tunnel oder Reverse-Proxy, dessen https://-Adresse an den Port unten weiterleitet, und tragen diese Adresse hier ein. Ohne ihn werden Änderungen durch Abfragen gefunden.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Empfänger-Port</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>Lauschen auf Adresse:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Receiving now at %1</source>
        <translation>Empfängt jetzt unter %1</translation>
    </message>
    <message>
        <source>The receiver is not running.</source>
        <translation>Der Empfänger läuft nicht.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RenameKitDialog</name>
    <message>
        <source>Rename brand kit</source>
        <translation>Markenpaket umbenennen</translation>
    </message>
    <message>
        <source>New name of the kit {name}:</source>
        <translation>Neuer Name des Pakets {name}:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A kit named {name} exists already.</source>
        <translation>Ein Paket namens {name} gibt es schon.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule booking</source>
        <translation>Buchung verschieben</translation>
    </message>
    <message>
        <source>Loading free slots…</source>
        <translation>Freie Termine werden geladen…</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Freie Termine</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Hierhin verschieben</translation>
    </message>
    <message>
        <source>Pick a new time:</source>
        <translation>Neue Zeit wählen:</translation>
    </message>
    <message>
        <source>No free slot in the next 14 days.</source>
        <translation>Kein freier Termin in den nächsten 14 Tagen.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>There is no connection called {name}.</source>
        <translation>Es gibt keine Verbindung namens {name}.</translation>
    </message>
    <message>
        <source>No key is stored for {name} (a key kept for one session only is gone after a restart). The sandbox is open meanwhile; enter the key under Manage connections.</source>
        <translation>Für {name} ist kein Schlüssel gespeichert (ein nur für eine Sitzung aufbewahrter Schlüssel ist nach einem Neustart weg). Solange ist die Sandbox geöffnet; geben Sie den Schlüssel unter „Verbindungen verwalten“ ein.</translation>
    </message>
    <message>
        <source>There is no connection called {wanted}; {name} is open instead. Add it under Manage connections.</source>
        <extracomment>A child that dies more than this often within RESTART_WINDOW_S is not restarted again (a crash at start would otherwise loop for ever).</extracomment>
        <translation>Es gibt keine Verbindung namens {wanted}; stattdessen ist {name} geöffnet. Legen Sie sie unter „Verbindungen verwalten“ an.</translation>
    </message>
    <message>
        <source>No key is stored for {name} (a key kept for one session only is gone after a restart). Enter it under Manage connections.</source>
        <translation>Für {name} ist kein Schlüssel gespeichert (ein nur für eine Sitzung aufbewahrter Schlüssel ist nach einem Neustart weg). Geben Sie ihn unter „Verbindungen verwalten“ ein.</translation>
    </message>
    <message>
        <source>An import is running; switch connections when it has finished.</source>
        <translation>Ein Import läuft; die Verbindung bitte erst nach dessen Ende wechseln.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>A sandbox left running by an earlier start (process {pid}) was stopped.</source>
        <translation>Eine Sandbox, die ein früherer Start laufen ließ (Prozess {pid}), wurde beendet.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started: its folder {folder} is in use by sandbox process {pid}, which another meetergo-console or program still runs. Close that one first.</source>
        <translation>Die eingebaute Sandbox konnte nicht gestartet werden: Ihr Ordner {folder} wird vom Sandbox-Prozess {pid} benutzt, den eine andere meetergo-Konsole oder ein anderes Programm noch ausführt. Schließen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started: {reason}</source>
        <translation>Die eingebaute Sandbox konnte nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <source>The sandbox stopped (exit status {status}); it starts again when you open the Sandbox connection.</source>
        <translation>Die Sandbox wurde beendet (Exit-Status {status}); sie startet wieder, wenn Sie die Verbindung „Sandbox“ öffnen.</translation>
    </message>
    <message>
        <source>The sandbox has stopped.</source>
        <translation>Die Sandbox ist beendet.</translation>
    </message>
    <message>
        <source>The sandbox keeps stopping (exit status {status}), so it was not started again. Choose the Sandbox connection to try once more.</source>
        <translation>Die Sandbox wird immer wieder beendet (Exit-Status {status}) und wurde daher nicht erneut gestartet. Wählen Sie die Verbindung „Sandbox“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>It stopped unexpectedly; restarting…</source>
        <translation>Sie wurde unerwartet beendet; Neustart…</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly (exit status {status}); restarting it…</source>
        <translation>Die Sandbox wurde unerwartet beendet (Exit-Status {status}); sie wird neu gestartet…</translation>
    </message>
    <message>
        <source>The sandbox stopped unexpectedly and was restarted. Repeat what was running when it stopped.</source>
        <translation>Die Sandbox wurde unerwartet beendet und neu gestartet. Wiederholen Sie, was zu dem Zeitpunkt lief.</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>ein Import</translation>
    </message>
    <message>
        <source>The paused import {name}</source>
        <translation>Der angehaltene Import {name}</translation>
    </message>
    <message>
        <source>The import {name}</source>
        <translation>Der Import {name}</translation>
    </message>
    <message>
        <source>The change set {name}</source>
        <translation>Der Änderungssatz {name}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Work is running</source>
        <translation>Es läuft noch etwas</translation>
    </message>
    <message>
        <source>{work} is still running. Closing stops it after the requests in flight; it can be continued at the next start. Close anyway?</source>
        <translation>{work} läuft noch. Beim Schließen wird er nach den laufenden Anfragen angehalten und kann beim nächsten Start fortgesetzt werden. Trotzdem schließen?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have unsaved edits, too.</source>
        <translation>
            <numerusform>Außerdem hat %n Konto ungespeicherte Änderungen.</numerusform>
            <numerusform>Außerdem haben %n Konten ungespeicherte Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved edits of %n account(s)?</source>
        <translation>
            <numerusform>Die ungespeicherten Änderungen an %n Konto verwerfen?</numerusform>
            <numerusform>Die ungespeicherten Änderungen an %n Konten verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel keeps them; save them in their tab first.</source>
        <translation>Abbrechen behält sie; speichern Sie sie zuerst in ihrem Reiter.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>Discard and switch</source>
        <translation>Verwerfen und wechseln</translation>
    </message>
    <message>
        <source>Discard and reopen</source>
        <translation>Verwerfen und neu öffnen</translation>
    </message>
    <message>
        <source>No connection is left; the built-in sandbox (demo data) is open.</source>
        <translation>Es ist keine Verbindung mehr übrig; die eingebaute Sandbox (Demodaten) ist geöffnet.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>StoreProblem</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>Der Datenspeicher lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The console cannot open its store and closes. %1</source>
        <translation>Die Konsole kann ihren Datenspeicher nicht öffnen und wird beendet. %1</translation>
    </message>
    <message>
        <source>The store is chosen with 'meetergo-console store set URL' ('store clear' goes back to this computer's own).</source>
        <translation>Der Datenspeicher wird mit „meetergo-console store set URL“ gewählt („store clear“ kehrt zu dem dieses Computers zurück).</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>an unexpected error (the log file has the details)</source>
        <translation>ein unerwarteter Fehler (Einzelheiten stehen in der Protokolldatei)</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Etwas ist schiefgegangen: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <source>Partly ticked: not set, the platform's default applies.</source>
        <translation>Teilweise angehakt: nicht gesetzt, es gilt die Voreinstellung der Plattform.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Assigned accounts may not change this field.</source>
        <translation>Zugewiesene Konten dürfen dieses Feld nicht ändern.</translation>
    </message>
    <message>
        <source>{field} locked</source>
        <translation>{field} gesperrt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>One location a line</source>
        <translation>Ein Ort pro Zeile</translation>
    </message>
    <message>
        <source>e.g. 15, 30, 60</source>
        <translation>z. B. 15, 30, 60</translation>
    </message>
</context>
<context>
    <name>TemplatesPresenter</name>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Re-apply %1 to %n account(s)</source>
        <translation>
            <numerusform>%1 erneut auf %n Konto anwenden</numerusform>
            <numerusform>%1 erneut auf %n Konten anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Template %1 is no longer kept here; it stays on the server.</source>
        <translation>Die Vorlage %1 wird hier nicht mehr geführt; auf dem Server bleibt sie.</translation>
    </message>
    <message>
        <source>Stop keeping the template %1 in the console?</source>
        <translation>Die Vorlage %1 nicht mehr in der Konsole führen?</translation>
    </message>
    <message>
        <source>The API cannot delete templates: it stays on the server (delete it in the meetergo dashboard).</source>
        <translation>Die API kann keine Vorlagen löschen: Sie bleibt auf dem Server (löschen Sie sie im meetergo-Dashboard).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) got it; their meeting types stay, but the console no longer knows they came from it: %1</source>
        <translation>
            <numerusform>%n Konto hat sie erhalten; seine Terminart bleibt, aber die Konsole weiß nicht mehr, dass sie von ihr stammt: %1</numerusform>
            <numerusform>%n Konten haben sie erhalten; ihre Terminarten bleiben, aber die Konsole weiß nicht mehr, dass sie von ihr stammen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget template</source>
        <translation>Vorlage vergessen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %n account(s)</source>
        <translation>
            <numerusform>%1 %n Konto zuweisen</numerusform>
            <numerusform>%1 %n Konten zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to…</source>
        <translation>%1 zuweisen an…</translation>
    </message>
    <message>
        <source>Choose the fields to re-apply.</source>
        <translation>Wählen Sie die Felder, die erneut angewendet werden sollen.</translation>
    </message>
    <message>
        <source>Tick the accounts to re-apply them to.</source>
        <translation>Haken Sie die Konten an, auf die sie angewendet werden sollen.</translation>
    </message>
    <message>
        <source>Templates: %1</source>
        <translation>Vorlagen: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>The API cannot list templates: the console keeps the ones it created or was given.</source>
        <translation>Die API kann keine Vorlagen auflisten: Die Konsole behält die, die sie angelegt hat oder deren ID ihr genannt wurde.</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Id of a template made elsewhere</source>
        <translation>ID einer anderswo angelegten Vorlage</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Assign to accounts…</source>
        <translation>Konten &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Check &amp;drift</source>
        <translation>&amp;Abweichungen prüfen</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <source>Stop keeping this template in the console. The API cannot delete templates: it stays on the server, and the meeting types it made stay on their accounts.</source>
        <translation>Diese Vorlage nicht mehr in der Konsole führen. Die API kann keine Vorlagen löschen: Sie bleibt auf dem Server, und die Terminarten aus ihr bleiben in ihren Konten.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Basics</source>
        <extracomment>The pages of the editor and their fields, in order. What a new template starts with (every required field is sent, none left at a range end).</extracomment>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Channel and place</source>
        <translation>Kanal und Ort</translation>
    </message>
    <message>
        <source>Booking options</source>
        <translation>Buchungsoptionen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Durations to choose: whole minutes, e.g. 15, 30, 60.</source>
        <translation>Wählbare Dauern: ganze Minuten, z. B. 15, 30, 60.</translation>
    </message>
    <message>
        <source>Account value</source>
        <translation>Wert im Konto</translation>
    </message>
    <message>
        <source>&amp;Re-apply chosen fields…</source>
        <translation>Gewählte Felder &amp;erneut anwenden…</translation>
    </message>
    <message>
        <source>Fields to re-apply (to the accounts ticked above):</source>
        <translation>Erneut anzuwendende Felder (auf die oben angehakten Konten):</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) got this template</source>
        <translation>
            <numerusform>%n Konto hat diese Vorlage erhalten</numerusform>
            <numerusform>%n Konten haben diese Vorlage erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n abgewichen</numerusform>
            <numerusform>%n abgewichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting type(s) gone</source>
        <translation>
            <numerusform>%n Terminart gelöscht</numerusform>
            <numerusform>%n Terminarten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <source>meeting type gone</source>
        <translation>Terminart gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>drifted in %n field(s)</source>
        <translation>
            <numerusform>in %n Feld abgewichen</numerusform>
            <numerusform>in %n Feldern abgewichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>More actions</source>
        <extracomment>A combo with more entries than this is not offered as a submenu (a list of 400 time zones is no menu); it stays in the row. What a stretching field (a search box) keeps before its neighbours move into the menu.</extracomment>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <source>Paste hours</source>
        <translation>Zeiten einfügen</translation>
    </message>
    <message>
        <source>Draw interval</source>
        <translation>Zeitraum zeichnen</translation>
    </message>
    <message>
        <source>Move interval</source>
        <translation>Zeitraum verschieben</translation>
    </message>
    <message>
        <source>Resize interval</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>Remove interval</source>
        <translation>Zeitraum entfernen</translation>
    </message>
    <message>
        <source>Copy {day}'s hours</source>
        <translation>Zeiten von {day} kopieren</translation>
    </message>
    <message>
        <source>Paste onto {day}</source>
        <translation>Auf {day} einfügen</translation>
    </message>
    <message>
        <source>Copy {day}'s hours to</source>
        <translation>Zeiten von {day} kopieren nach</translation>
    </message>
    <message>
        <source>All weekdays (Mon–Fri)</source>
        <translation>Alle Werktage (Mo–Fr)</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Copy hours</source>
        <translation>Zeiten kopieren</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the base URL and the network.</source>
        <translation>Der Server ist nicht erreichbar. Bitte Basis-URL und Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>The key was rejected. Check that it is correct and not expired.</source>
        <translation>Der Schlüssel wurde abgelehnt. Bitte prüfen, ob er stimmt und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>This key is not allowed to do that.</source>
        <translation>Dieser Schlüssel hat dafür keine Berechtigung.</translation>
    </message>
    <message>
        <source>Not found on the server (it may have been deleted).</source>
        <translation>Auf dem Server nicht gefunden (vielleicht wurde es gelöscht).</translation>
    </message>
    <message>
        <source>Conflict: {detail}</source>
        <translation>Konflikt: {detail}</translation>
    </message>
    <message>
        <source>Too many requests; the server asked to wait. Try again shortly.</source>
        <translation>Zu viele Anfragen; der Server bittet um eine Pause. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The server refused the input: {detail}</source>
        <translation>Der Server hat die Eingabe abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The server sent an answer the console cannot read. Try again; if this keeps happening, the server may have changed.</source>
        <translation>Der Server hat eine Antwort geschickt, die die Konsole nicht lesen kann. Bitte erneut versuchen; bleibt es dabei, hat sich der Server vielleicht geändert.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}). Try again later.</source>
        <translation>Der Server hatte ein Problem ({status}). Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Etwas ist schiefgegangen: {detail}</translation>
    </message>
</context>
</TS>