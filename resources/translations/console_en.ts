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
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
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
    <name>BookingsPresenter</name>
    <message numerus="yes">
        <source>webhook quiet since %1, %n event(s) found by polling</source>
        <translation>
            <numerusform>webhook quiet since %1, %n event found by polling</numerusform>
            <numerusform>webhook quiet since %1, %n events found by polling</numerusform>
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
    <name>TemplatesPresenter</name>
    <message numerus="yes">
        <source>Re-apply %1 to %n account(s)</source>
        <translation>
            <numerusform>Re-apply %1 to %n account</numerusform>
            <numerusform>Re-apply %1 to %n accounts</numerusform>
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
</TS>