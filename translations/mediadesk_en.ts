<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MediaDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for Twilio&apos;s Media Content Service: upload, inspect and download Conversations media.&lt;/p&gt;&lt;p&gt;Secrets stay in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 The MediaDesk developers. MediaDesk is free software under the Apache License, Version 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (LGPL-3.0), QtKeychain (BSD-2-Clause), cpp-httplib (MIT) and OpenSSL (Apache-2.0); their notices come with MediaDesk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Twilio Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key and secret (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCS base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mcs.us1.twilio.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://conversations.twilio.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID and Auth T&amp;oken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom en&amp;dpoints (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStatus</name>
    <message>
        <source>Sent to %1</source>
        <extracomment>the conversation (its name, else its SID) an upload was sent to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in %1</source>
        <extracomment>%1 minutes:seconds until Twilio deletes media that no message carries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 in conversation %2 carries it, so Twilio keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message carries it yet. Twilio deletes it at %1 unless it is sent to a conversation before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message carries it, and its five minutes ended at %1, but a look-up at %2 still found it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up found it no more: Twilio has deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message carried it within five minutes (by %1), so Twilio has deleted it. Look it up to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The File Exists — MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to all in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>“%1” is not a base URL; write it with its scheme, e.g. https://mcs.us1.twilio.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”; “mediadesk-cli profiles” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Twilio credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID), or store a profile with “mediadesk-cli login”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ignored: it goes with credentials from the environment, and the profile “%2” keeps its own addresses (use --mcs-url or --conversations-url to change them for one command).</source>
        <extracomment>%1 a variable such as MEDIADESK_MCS_URL, %2 the profile&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsApi</name>
    <message>
        <source>Twilio&apos;s reply could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <source>Search by name, unique name or SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Aga&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Con&amp;versation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Se&amp;lected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or SID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The TWILIO_* environment variables are incomplete: set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_ACCOUNT_SID with TWILIO_API_KEY and TWILIO_API_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key also needs the Account SID (AC…) it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID (AC…) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Unknown Twilio region “%1”; Conversations media is available in %2.</source>
        <extracomment>%1 the region typed, %2 the list of known regions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created. Check that its parent exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of an earlier export in “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of an earlier export in “%1” is damaged (%2). Move it away to export into this folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds the export of another conversation (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest cannot be written in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportHandler</name>
    <message>
        <source>None of these messages carries media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved, %2 already complete.</source>
        <extracomment>%1 media saved now, %2 complete from an earlier export</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Twilio deleted %n media that the messages list.</source>
        <translation>
            <numerusform>Twilio deleted %n media that the messages list.</numerusform>
            <numerusform>Twilio deleted %n media that the messages list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media could not be saved; Retry exports what is missing.</source>
        <translation>
            <numerusform>%n media could not be saved; Retry exports what is missing.</numerusform>
            <numerusform>%n media could not be saved; Retry exports what is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Search by file name, Media SID or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — a local MCS emulator on this computer. Nothing you do here reaches Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload, inspect and download Twilio Conversations media. Add your Twilio account — its secret is kept in the system keychain — or try everything first on a sandbox that runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Twilio Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Twilio Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Up Media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Dropped Files &amp;To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload every file you drop or add and send it to a conversation as a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the files or the picture on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download to the Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media selected in the Library, or shown in Details, into the download folder of Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>The media description is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media description is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply does not describe a media item (no valid “sid”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaDetailsPanel</name>
    <message>
        <source>Media SID (ME…), an MCS address or the Media JSON — Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a Media SID to see every field Twilio keeps for it, preview it, open it or download it. You can also paste an MCS address or the Media JSON, or choose “Show Details” on an upload or a library row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a fresh temporary link and open it with this computer&apos;s handler for the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a freshly minted link that works without credentials for about five minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this media into a conversation as a message, before Twilio deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med&amp;ia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Temporary Lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Con&amp;versation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>The library folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” cannot be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of “%1” could not be added to the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer MediaDesk; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaLookupInput</name>
    <message>
        <source>The pasted text starts like JSON but is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted JSON has no “sid”; paste the Media resource as MCS returned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address holds no Media SID (ME followed by 32 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names a %1, not a Media item; paste an address that contains a Media SID (ME…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Chat Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services in this account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media Content Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations API:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDownload</name>
    <message>
        <source>Could not create “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appeared while downloading; it was left untouched, and what was downloaded stays in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another download is saving to “%1” already; wait for it to end, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the way of the download (a folder, a symbolic link or another special file); remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the way of the download; remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain slashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <source>The body (%1 bytes) was not recorded, so it is not in this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDACTED stands for a link&apos;s signature or a secret, which are never copied: get a fresh link (mediadesk-cli url) to run this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogWindow</name>
    <message>
        <source>Request Log — MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request MediaDesk makes, newest last, in local time. Credentials and link signatures are never shown, copied or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, status or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected requests as curl commands (Ctrl+Shift+C). Credentials are named by the TWILIO_* variables, never copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests shown, as a HAR 1.2 file for a support request or a browser&apos;s developer tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity the messages are sent as; remembered for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional text for the first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when MediaDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;imit uploads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit d&amp;ownloads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For all transfers together. The status bar turns them off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tify me when transfers finish while MediaDesk is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their progress on the launcher i&amp;con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a downloaded file e&amp;xists:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sid</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 SID is empty; it starts with %2 followed by 32 hexadecimal digits.</source>
        <extracomment>%1 is the kind of SID, e.g. &quot;Media&quot;; %2 its two-letter prefix</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains “%2” at position %3; a SID has only hexadecimal digits (0–9, a–f) after %4.</source>
        <extracomment>%3 is a 1-based character position</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a SID of type “%2”, but a SID of type “%3” is needed here (those start with %4).</source>
        <extracomment>%1 the text typed, %2 its kind (&quot;Conversation&quot;), %3 the kind expected, %4 expected prefix</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SIDs start with %2, but “%3” starts with “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SIDs have 34 characters (%2 and 32 hexadecimal digits), but “%3” has %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryUrlJob</name>
    <message>
        <source>Twilio did not include a temporary link for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary link Twilio returned has already expired; check that this computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders anywhere on this window, paste them, or use Add Files… They go to the Chat Service chosen in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk tried %1 times.</source>
        <extracomment>appended to an error; %1 is the number of attempts (2 or more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <extracomment>%1 host name, %2 the system&apos;s description of the failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped responding (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the computer&apos;s date and time, and whether a proxy or firewall is intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio rejected the credentials (HTTP %1, error %2). Check the Account SID or API Key SID and its secret, and that they belong to the region in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused access (HTTP %1%2): the account may be suspended or closed, or the key may not have permission. Check the account in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP %1%2): %3 Check the Chat Service SID and the Media SID; media belongs to one service.</source>
        <extracomment>%1 the HTTP status, %2 &quot;, error 20404&quot; or empty, %3 the server&apos;s own sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is limiting the request rate (HTTP 429%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than Twilio accepts (HTTP 413): media can be at most 150 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio&apos;s service failed (HTTP %1 %2%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is usually temporary; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error 50506: the message named no media. Choose an uploaded file or a Media SID and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error 50507: the media was not found in this conversation&apos;s Chat Service. It may belong to another service, or Twilio deleted it because no message carried it within five minutes of the upload; upload the file again and send it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error 50510: the media cannot go into this message, usually because another message already carries it. Each media goes into one message; upload the file again to send it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error 50511: this conversation does not accept media of this type (for example an SMS or WhatsApp participant). Send a supported image, audio or video type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error 50512: the media is too large for this conversation&apos;s participants. Send a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadIntake</name>
    <message>
        <source>Only files on this computer can be uploaded; “%1” is a web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http to %1: only https is allowed for hosts other than this computer (127.0.0.1, ::1, localhost).</source>
        <extracomment>%1 is a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only https (or http to this computer) is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base URL is only scheme, host and port (for example https://mcs.us1.twilio.com), but “%1” has more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Twilio&apos;s Media Content Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local MCS emulator and open the Sandbox profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print diagnostics (requests, transfers, library, keychain) to standard error; secrets are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::AccountDialog</name>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in memory for this session only? MediaDesk forgets it when it quits and never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Twilio Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Twilio Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (us1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland (ie1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This account has no Chat Services yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n Chat Service(s) found.</source>
        <translation>
            <numerusform>Connected: %n Chat Service found.</numerusform>
            <numerusform>Connected: %n Chat Services found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in details changed: enter the matching secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was renamed, but the keychain entry under its old name “%1” could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth Token:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::AccountStatus</name>
    <message>
        <source>Check TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY with TWILIO_API_SECRET (an API key&apos;s secret goes with its SK… SID), then start MediaDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API Key SID (SK…) and its secret — an Auth Token does not go with an API key — and that the key belongs to this account and to region %1.</source>
        <extracomment>%1 the region, e.g. us1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Account SID (AC…) and its Auth Token — an API key&apos;s secret does not go with an Account SID — and that the account works in region %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused this account&apos;s credentials (HTTP %1, error %2). %3</source>
        <extracomment>%1 the HTTP status, %2 Twilio&apos;s error code, %3 what to check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chat Services could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk never writes secrets to files; you can enter the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Services not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Secret for This Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::AccountSwitcher</name>
    <message>
        <source>Environment (TWILIO_*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials from the TWILIO_* environment variables; never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Twilio Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and delete its secret from the system keychain? The Twilio account itself is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for “%1” (kept in memory until MediaDesk quits):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ApiClient</name>
    <message>
        <source>The certificate file %1 (%2) cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 (%2) holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library (%1) cannot check a certificate against the system&apos;s authorities, so with %2 set only the servers that file vouches for are trusted</source>
        <extracomment>%1 the TLS library&apos;s name as Qt gives it (&quot;schannel&quot;, &quot;securetransport&quot;, &quot;cert-only&quot;), %2 MEDIADESK_CA_FILE</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ApiReply</name>
    <message>
        <source>no data for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than expected (over %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a redirect (HTTP %1) without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 redirects: the server keeps sending MediaDesk elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from a secure (https) address to an insecure one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the request (HTTP %2) but its reply was cut off (%3), so it may have been created. Check before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk refused to send the header “%1”: its name or value holds a control character, which could end the header line and add headers nobody asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 announced a length that is not a number of bytes (Content-Length: %2); the reply was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 bytes moved in %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ConflictDialog</name>
    <message>
        <source>“%1” is already in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file there: %1, changed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the media as “%1” and leaves the file there alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the file there once every byte of the media has arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationExportJob</name>
    <message>
        <source>Twilio no longer has %1 (“%2”), which the message lists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) was not saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationMediaModel</name>
    <message>
        <source>Message %1 (#%2)
%3</source>
        <extracomment>%1 the message&apos;s SID, %2 its index in the conversation, %3 its body</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationPicker</name>
    <message>
        <source>Choose a conversation, or type its SID (CH…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading conversations… (%n so far)</source>
        <translation>
            <numerusform>Loading conversations… (%n so far)</numerusform>
            <numerusform>Loading conversations… (%n so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be loaded: %1 You can still type a conversation SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationsPresenter</name>
    <message>
        <source>Fetching a fresh temporary link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program to open the link with. Use Copy Temporary Link in Details and paste it into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 through a fresh temporary link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading conversations… (%n so far)</source>
        <translation>
            <numerusform>Loading conversations… (%n so far)</numerusform>
            <numerusform>Loading conversations… (%n so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account and a Chat Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no conversations yet. Media sent into a conversation are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to see the media its messages carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the messages stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, of %3</source>
        <extracomment>%1 &quot;N media&quot;, %2 &quot;in M messages&quot;, %3 &quot;of K messages read&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n media</source>
        <translation>
            <numerusform>%n media</numerusform>
            <numerusform>%n media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s)</source>
        <translation>
            <numerusform>in %n message</numerusform>
            <numerusform>in %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading messages… (%n read)</source>
        <translation>
            <numerusform>Reading messages… (%n read)</numerusform>
            <numerusform>Reading messages… (%n read)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — reading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No message in this conversation carries media (%n message(s) read).</source>
        <translation>
            <numerusform>No message in this conversation carries media (%n message read).</numerusform>
            <numerusform>No message in this conversation carries media (%n messages read).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — every message read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — scroll down for older messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ConversationsTab</name>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Media SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Message SID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::DownloadJob</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; MediaDesk never saves through one. Remove it or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes the media has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 sent more than the %2 bytes the media has; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a part of the media other than the rest that was asked for (Content-Range: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was incomplete (%2 of %3 bytes); the file was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent the content encoded (%2) although MediaDesk asked for it as it is; it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::FileUploadDevice</name>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was being sent; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent; nothing was stored. Upload it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being sent; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::KeychainJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds. Make sure it is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for the profile “%1”. Log in again to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the secret for “%1” could not be used. Allow MediaDesk when the keychain asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain denied access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the secret for “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). MediaDesk keeps secrets only in the system keychain: start and unlock GNOME Keyring, KWallet or another Secret Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy password is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the proxy password could not be used. Allow MediaDesk when the keychain asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the proxy password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::LibraryModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::LibraryTab</name>
    <message>
        <source>Everything uploaded from this computer, by MediaDesk and mediadesk-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s)</source>
        <translation>
            <numerusform>%n upload</numerusform>
            <numerusform>%n uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Media SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Message SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Download %n to the Download Folder</source>
        <translation>
            <numerusform>Download It to the Download Folder</numerusform>
            <numerusform>Download %n to the Download Folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::MainWindow</name>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio account (profile) to work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first, then download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transfers finished: %n done.</source>
        <translation>
            <numerusform>Transfers finished: %n done.</numerusform>
            <numerusform>Transfers finished: %n done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select uploads that no message carries yet, in Transfers or the Library, then send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending to a conversation&lt;/b&gt; — files you drop or add are uploaded and sent to %1 as messages from %2.</source>
        <extracomment>%1 the conversation, %2 the author the messages are sent as</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download All Media To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Selected Messages&apos; Media To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the media of “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers finished: %1 done, %2 failed or refused.</source>
        <extracomment>&quot;failed&quot; covers transfers refused before they started too</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading Chat Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers finished, some failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done.</source>
        <translation>
            <numerusform>%n done.</numerusform>
            <numerusform>%n done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select media in the Library, or look one up in Details, then download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk could not create the download folder “%1”. Choose another in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n media to “%1”.</source>
        <translation>
            <numerusform>Downloading %n media to “%1”.</numerusform>
            <numerusform>Downloading %n media to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: the file was there already.</source>
        <translation>
            <numerusform>%n skipped: the file was there already.</numerusform>
            <numerusform>%n skipped: the files were there already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n belong to a service this account does not have: open its account to download them.</source>
        <translation>
            <numerusform>%n belongs to a service this account does not have: open its account to download it.</numerusform>
            <numerusform>%n belong to a service this account does not have: open its account to download them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaDetailsModel</name>
    <message>
        <source>absent — %1</source>
        <extracomment>a field the reply did not contain; %1 says what that means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in Twilio&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null — %1</source>
        <extracomment>a field the reply sent as JSON null; %1 says what that means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no “%1” key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has “%1”: null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (sent as %2)</source>
        <extracomment>%1 the date in UTC (ISO 8601), %2 the text Twilio sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached to a message yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the size in human units (e.g. &quot;1.5 MB&quot;), %2 the exact byte count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCS usually leaves the account out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded without a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no author recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older media have none; it means “media”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary link, valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary link, expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none offered; content comes through the content link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached to a message; its five minutes are over, but Twilio still has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached to a message yet; deleted in %1 unless sent</source>
        <extracomment>%1 minutes:seconds left</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaDetailsPanel</name>
    <message>
        <source>The Media JSON is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Field Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaDetailsPresenter</name>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>%1 a Chat Service&apos;s name, %2 its SID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first; then press Enter to look %1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Chat Service in the toolbar to look %1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to look %1 up in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 in %2. Press Enter to look it up in %3.</source>
        <extracomment>%1 the Media SID, %2 &quot;the pasted address&quot; or &quot;the pasted JSON&quot;, %3 the service</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first, then look %1 up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Chat Service in the toolbar, then look %1 up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media %1 in the Chat Service %2. Check the Media SID, or choose the service it was uploaded to in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking %1 up in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, as Twilio returned it just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1. Use Open Content to view it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large to preview here (%1). Use Open Content to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio gave no link to the content, so there is nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); it may be damaged or in a format this computer cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <extracomment>%1 × %2 the image&apos;s width and height in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beginning of the text (%1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching a fresh temporary link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program to open the link with. Use Copy Temporary Link and paste it into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a fresh temporary link, valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh temporary link is on the clipboard. Twilio did not say when it expires; it usually lasts five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh temporary link is on the clipboard. It expires in %1 (at %2).</source>
        <extracomment>%1 minutes:seconds left, %2 the local time it expires</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied link expired at %1 and was taken off the clipboard. Copy a fresh one when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied link expired at %1. Copy a fresh one when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for a free transfer slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1”… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::MediaSetJob</name>
    <message>
        <source>Twilio&apos;s MediaSet reply could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::OverviewTab</name>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s Chat Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no Chat Services. Create one in the Twilio Console, or enter a Chat Service SID in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the account&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (TWILIO_* variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::PagedListJob</name>
    <message>
        <source>Twilio&apos;s list reply has no “%1” array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio&apos;s next page points to another host (%1); MediaDesk stopped there rather than send your credentials elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages of results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::PreviewJob</name>
    <message>
        <source>The preview has all the bytes it shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::QueueState</name>
    <message>
        <source>The upload queue cannot be saved, so a restart would lose it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved upload queue cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved upload queue “%1” is damaged (%2) and could not be moved aside (%3); it is left as it is, and this session&apos;s queue is not saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved upload queue is damaged (%1); it was kept as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the upload queue cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::RequestLogModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::RequestLogWindow</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Requests as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) shown</source>
        <translation>
            <numerusform>%1 of %n request shown</numerusform>
            <numerusform>%1 of %n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::SandboxProcess</name>
    <message>
        <source>The sandbox server (mediadesk-emulator) was not found next to MediaDesk or in its installation folder. Reinstall MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cannot keep its data in “%1”: the folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server could not be started: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server did not start within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server answered something unexpected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server stopped unexpectedly (it crashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server stopped unexpectedly (exit code %1); another program may hold its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::SendCoordinator</name>
    <message>
        <source>Choose an account and a Chat Service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected files belong to different Chat Services; a conversation takes media from its own service only. Send them service by service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n file(s) to %1.</source>
        <translation>
            <numerusform>Sending %n file to %1.</numerusform>
            <numerusform>Sending %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::SendDialog</name>
    <message>
        <source>Send to Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Dropped Files to a Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, every file you drop or add is uploaded and then sent to this conversation as its own message, until you stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 characters typed, %2 the limit (1600)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 — too long for one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file goes into the conversation as a message of its own. Twilio deletes uploads that no message carries five minutes after the upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ServiceList</name>
    <message>
        <source>The Chat Services could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::ServicePicker</name>
    <message>
        <source>Choose a Chat Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chat Service to work with. Type to search by name or SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of Chat Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading Chat Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading Chat Services… (%n so far)</source>
        <translation>
            <numerusform>Loading Chat Services… (%n so far)</numerusform>
            <numerusform>Loading Chat Services… (%n so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter SID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a Chat Service that is not in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Chat Service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service SID (IS…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Chat Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search by name or SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the Chat Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Services not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::Session</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password is kept in the system keychain. The sandbox never uses a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the whole path of the folder, not a path relative to another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist (it may have been removed, or its drive is not connected). Until it is back, downloads are offered in “%1”.</source>
        <extracomment>%1 the folder offered instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (save as “name (2)”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::SpeedLimitButton</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1</source>
        <extracomment>the upload limit in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1</source>
        <extracomment>the download limit in the status bar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit &amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers go as fast as the connection allows. Click to set upload and download limits in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited: %1</source>
        <extracomment>%1 the limits, such as &quot;↑ 2.0 MiB/s ↓ 5.0 MiB/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfers together are held to these speeds. Click to lift the limits for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed limits are off. Click to hold transfers to %1 again.</source>
        <extracomment>%1 the limits, such as &quot;↑ 2.0 MiB/s ↓ 5.0 MiB/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::TransferModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is message #%2 there.</source>
        <extracomment>%1 what happened, %2 the message&apos;s index in its conversation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of the media of conversation %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n media</source>
        <translation>
            <numerusform>%n media</numerusform>
            <numerusform>%n media</numerusform>
        </translation>
    </message>
    <message>
        <source>A message carrying %1 (%2) into conversation %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1</source>
        <extracomment>a transfer row that sends an uploaded media into a conversation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::TransferQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded as %1, but Twilio no longer has it: %2 Retry uploads the file again and sends it.</source>
        <extracomment>%1 the Media SID, %2 why the message failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded as %1, but the message could not be sent: %2 Retry sends the message again without uploading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. When resumed, the upload starts again from its first byte: Twilio takes a media in one request.</source>
        <extracomment>The state of a paused upload, in the transfer list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mediadesk::TransfersTab</name>
    <message>
        <source>Add Files to Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>%n uploading</numerusform>
            <numerusform>%n uploading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Media SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Media JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Message JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Chat Service first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to upload to %1 and send to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account and a Chat Service first, then add the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The dropped folders hold %n file(s). Upload them all?</source>
        <translation>
            <numerusform>The dropped folders hold %n file. Upload them all?</numerusform>
            <numerusform>The dropped folders hold %n files. Upload them all?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be saved for uploading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no files or image to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exporting</source>
        <translation>
            <numerusform>%n exporting</numerusform>
            <numerusform>%n exporting</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mediadesk::UploadJob</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; upload the files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty; Twilio does not accept empty media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 bytes, more than the 150 MiB (%3 bytes) Twilio accepts for one media file.</source>
        <extracomment>%2 the file&apos;s size in bytes, %3 the limit in bytes (both with digit grouping)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a content type; write it as type/subtype, e.g. image/png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed since it was queued; it was not sent. Add it again to upload the new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
