<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <source>AccountsModel</source>
        <comment>E-mail</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccountsModel</source>
        <comment>Slug</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccountsModel</source>
        <comment>Time zone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccountsModel</source>
        <comment>Meeting types</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccountsModel</source>
        <comment>Booking URL</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccountsModel</source>
        <comment>Created</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>The server did not answer in time. Try again.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>Could not reach the server. Check the base URL and the network.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>The key was rejected. Check that it is correct and not expired.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>This key is not allowed to do that.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>Not found on the server (it may have been deleted).</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>Conflict: {detail}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>Too many requests; the server asked to wait. Try again shortly.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>The server refused the input: {detail}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>The server had a problem ({status}). Try again later.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors</source>
        <comment>Something went wrong: {detail}</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Loading accounts… %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Booking URL copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Embed code copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy booking &amp;URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy em&amp;bed code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open booking page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client accounts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>{shown} of {total} accounts match the search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload audit trail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A connection with this name already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL must start with https:// (or be local).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the API key or personal access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key looks like a personal access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key looks like a platform API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm that the key is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key expires on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure key storage (OS keyring) is available on this computer. The key can be kept in memory for this session only; it is never written anywhere else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key has expired. Create a new key in meetergo.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This key expires in %n day(s). Create a new key soon.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsPresenter</name>
    <message>
        <source>No key to test with.</source>
        <extracomment>``(base_url, key) -&gt; async context manager yielding a client``; app.py passes MeetergoClient.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection: {name}</source>
        <extracomment>How often the status bar re-reads the client's request budget.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget: —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>meetergo console — manage your client accounts.

Ctrl+F  search accounts
Ctrl+N  new account
Ctrl+R  refresh
F1  this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>meetergo console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage connections…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox — demo data. Nothing here reaches meetergo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts of this connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live feed: off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will list each account's meeting types — duration, buffers, notice and booking limits — and let you edit them or assign templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will show the weekly schedule of the selected account, date overrides and public holidays, with checks for overlaps and time-zone changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will edit the booking page: title, colours, logo and brand kits applied to many accounts at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will manage meeting-type templates and assign them to many accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will show what clients book, cancel and reschedule, live from webhooks and polling.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Budget: %n request(s) left this minute</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>AccountsModel</source>
        <comment>Name</comment>
        <extracomment>Role that returns the whole :class:`AccountRow` of an index. Role that returns a sortable key (numbers and dates sort as such, not as text).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>