<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPicker</name>
    <message numerus="yes">
        <source>{checked} of %n account(s) ticked</source>
        <translation>
            <numerusform>{checked} of %n account ticked</numerusform>
            <numerusform>{checked} of %n accounts ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message numerus="yes">
        <source>%n booking URL(s) copied</source>
        <translation>
            <numerusform>%n booking URL copied</numerusform>
            <numerusform>%n booking URLs copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n…</source>
        <translation>
            <numerusform>&amp;Delete %n…</numerusform>
            <numerusform>&amp;Delete %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n change recorded</numerusform>
            <numerusform>%n changes recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityPresenter</name>
    <message numerus="yes">
        <source>Weekly hours for %n account(s)</source>
        <translation>
            <numerusform>Weekly hours for %n account</numerusform>
            <numerusform>Weekly hours for %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingNotifier</name>
    <message numerus="yes">
        <source>%n booking event(s) while you were away</source>
        <translation>
            <numerusform>%n booking event while you were away</numerusform>
            <numerusform>%n booking events while you were away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingNumbers</name>
    <message numerus="yes">
        <source>Lead time (median of %n booking(s) made in the last 30 days): %1</source>
        <translation>
            <numerusform>Lead time (median of %n booking made in the last 30 days): %1</numerusform>
            <numerusform>Lead time (median of %n bookings made in the last 30 days): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsPresenter</name>
    <message numerus="yes">
        <source>webhook quiet since %1, %n event(s) found by polling</source>
        <translation>
            <numerusform>webhook quiet since %1, %n event found by polling</numerusform>
            <numerusform>webhook quiet since %1, %n events found by polling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n booking(s)</source>
        <translation>
            <numerusform>Cancel %n booking</numerusform>
            <numerusform>Cancel %n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n booking exported to %1.</numerusform>
            <numerusform>%n bookings exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message numerus="yes">
        <source>Cancel %n booking(s)…</source>
        <translation>
            <numerusform>Cancel %n booking…</numerusform>
            <numerusform>Cancel %n bookings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Delete %n account(s)</source>
        <translation>
            <numerusform>Delete %n account</numerusform>
            <numerusform>Delete %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply a brand kit to %n account(s)</source>
        <translation>
            <numerusform>Apply a brand kit to %n account</numerusform>
            <numerusform>Apply a brand kit to %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brand kit {label} for %n account(s)</source>
        <translation>
            <numerusform>Brand kit {label} for %n account</numerusform>
            <numerusform>Brand kit {label} for %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign a template to %n account(s)</source>
        <translation>
            <numerusform>Assign a template to %n account</numerusform>
            <numerusform>Assign a template to %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template {label} for %n account(s)</source>
        <translation>
            <numerusform>Template {label} for %n account</numerusform>
            <numerusform>Template {label} for %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days} closed for %n account(s)</source>
        <translation>
            <numerusform>{days} closed for %n account</numerusform>
            <numerusform>{days} closed for %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDeleteDialog</name>
    <message numerus="yes">
        <source>Delete %n account(s)</source>
        <extracomment>A labelled edit the user can choose (a brand kit, a template), read when a dialog opens.</extracomment>
        <translation>
            <numerusform>Delete %n account</numerusform>
            <numerusform>Delete %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message numerus="yes">
        <source>All %n attendees</source>
        <translation>
            <numerusform>All %n attendees</numerusform>
            <numerusform>All %n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelManyDialog</name>
    <message numerus="yes">
        <source>Cancel %n booking(s)</source>
        <translation>
            <numerusform>Cancel %n booking</numerusform>
            <numerusform>Cancel %n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n account(s)?</source>
        <translation>
            <numerusform>of %n account?</numerusform>
            <numerusform>of %n accounts?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <source>%n account(s) to change</source>
        <translation>
            <numerusform>%n account to change</numerusform>
            <numerusform>%n accounts to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPresenter</name>
    <message numerus="yes">
        <source>Reading the current state of %n account(s)…</source>
        <translation>
            <numerusform>Reading the current state of %n account…</numerusform>
            <numerusform>Reading the current state of %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was interrupted with %n operation(s) still to send. Resume it? Operations that may have been sent already are checked on the server first, so nothing is applied twice.</source>
        <translation>
            <numerusform>“{name}” was interrupted with %n operation still to send. Resume it? Operations that may have been sent already are checked on the server first, so nothing is applied twice.</numerusform>
            <numerusform>“{name}” was interrupted with %n operations still to send. Resume it? Operations that may have been sent already are checked on the server first, so nothing is applied twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more interrupted change set(s) are in the history.</source>
        <translation>
            <numerusform>%n more interrupted change set are in the history.</numerusform>
            <numerusform>%n more interrupted change sets are in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This restores the values from before the change on %n account(s): {fields}.</source>
        <translation>
            <numerusform>This restores the values from before the change on %n account: {fields}.</numerusform>
            <numerusform>This restores the values from before the change on %n accounts: {fields}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It deletes %n item(s) the change created.</source>
        <translation>
            <numerusform>It deletes %n item the change created.</numerusform>
            <numerusform>It deletes %n items the change created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) are attached to them.</source>
        <translation>
            <numerusform>%n appointment are attached to them.</numerusform>
            <numerusform>%n appointments are attached to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were changed again since and are left as they are.</source>
        <translation>
            <numerusform>%n account were changed again since and are left as they are.</numerusform>
            <numerusform>%n accounts were changed again since and are left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDaysDialog</name>
    <message numerus="yes">
        <source>Close a day for %n account(s)</source>
        <translation>
            <numerusform>Close a day for %n account</numerusform>
            <numerusform>Close a day for %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message numerus="yes">
        <source>This key expires in %n day(s). Create a new key soon.</source>
        <translation>
            <numerusform>This key expires in %n day. Create a new key soon.</numerusform>
            <numerusform>This key expires in %n days. Create a new key soon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation>
            <numerusform>{done} of %n done</numerusform>
            <numerusform>{done} of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n account(s))</source>
        <translation>
            <numerusform>Unchanged (%n account)</numerusform>
            <numerusform>Unchanged (%n accounts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{account} (%n change(s))</source>
        <translation>
            <numerusform>{account} (%n change)</numerusform>
            <numerusform>{account} (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n to send</source>
        <translation>
            <numerusform>{state} · %n to send</numerusform>
            <numerusform>{state} · %n to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message numerus="yes">
        <source>Server unreachable — retrying in %n s</source>
        <extracomment>The label is refreshed this often while the job waits out an outage or a 429.</extracomment>
        <translation>
            <numerusform>Server unreachable — retrying in %n s</numerusform>
            <numerusform>Server unreachable — retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPresenter</name>
    <message numerus="yes">
        <source>Key: %n day(s) left</source>
        <translation>
            <numerusform>Key: %n day left</numerusform>
            <numerusform>Key: %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Budget: %n request(s) left this minute</source>
        <translation>
            <numerusform>Budget: %n request left this minute</numerusform>
            <numerusform>Budget: %n requests left this minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingTypesPresenter</name>
    <message numerus="yes">
        <source>%1 for %n account(s)</source>
        <translation>
            <numerusform>%1 for %n account</numerusform>
            <numerusform>%1 for %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>%n account(s) have unsaved edits, too.</source>
        <translation>
            <numerusform>%n account have unsaved edits, too.</numerusform>
            <numerusform>%n accounts have unsaved edits, too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved edits of %n account(s)?</source>
        <translation>
            <numerusform>Discard the unsaved edits of %n account?</numerusform>
            <numerusform>Discard the unsaved edits of %n accounts?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesPresenter</name>
    <message numerus="yes">
        <source>Re-apply %1 to %n account(s)</source>
        <translation>
            <numerusform>Re-apply %1 to %n account</numerusform>
            <numerusform>Re-apply %1 to %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) got it; their meeting types stay, but the console no longer knows they came from it: %1</source>
        <translation>
            <numerusform>%n account got it; their meeting types stay, but the console no longer knows they came from it: %1</numerusform>
            <numerusform>%n accounts got it; their meeting types stay, but the console no longer knows they came from it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %n account(s)</source>
        <translation>
            <numerusform>Assign %1 to %n account</numerusform>
            <numerusform>Assign %1 to %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message numerus="yes">
        <source>%n account(s) got this template</source>
        <translation>
            <numerusform>%n account got this template</numerusform>
            <numerusform>%n accounts got this template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n drifted</numerusform>
            <numerusform>%n drifted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting type(s) gone</source>
        <translation>
            <numerusform>%n meeting type gone</numerusform>
            <numerusform>%n meeting types gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drifted in %n field(s)</source>
        <translation>
            <numerusform>drifted in %n field</numerusform>
            <numerusform>drifted in %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>