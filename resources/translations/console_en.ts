<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Budget: %n request(s) left this minute</source>
        <translation>
            <numerusform>Budget: %n request left this minute</numerusform>
            <numerusform>Budget: %n requests left this minute</numerusform>
        </translation>
    </message>
</context>
</TS>