<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Ankra</name>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankra team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AboutDialog</name>
    <message>
        <source>About Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows Ankra support tickets: status, AI summary, description, comments and attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankra platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankra platform website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::ApiClient</name>
    <message>
        <source>the response was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (content type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a ticket object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent another ticket than the one asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment ID is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API token is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token contains spaces or characters that cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation ID contains characters that cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::ApiError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to another server blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size not as declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Add an API token and the server address in the settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent because the connection is not set up. Add an API token and the server address in the settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ticket ID. Paste the ticket&apos;s ID (a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b) or a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: there is no network connection or its name does not resolve. Check your internet connection and the server address in the settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at this address. Check the server address and port in the settings, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again; if it keeps happening, the service may be slow or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). Check the server address, your system clock and any proxy or antivirus that inspects HTTPS, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. Check the server address, your system clock and any proxy or antivirus that inspects HTTPS, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed so that your token is not sent there. Check the server address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that your token is not sent there. Check the server address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was not accepted (it may be expired or revoked). Create a new token in Ankra under Profile → API Tokens, or run `ankra login`, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is not allowed to do this (missing permission “%1”). Ask an organisation admin to grant it, or choose the organisation the ticket belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is not allowed to see this ticket (the server said “%1”). Ask an organisation admin for access, or choose the organisation the ticket belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is not allowed to see this ticket. Ask an organisation admin for access, or choose the organisation the ticket belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket with this ID in your organisation. Check the ID, or choose the organisation the ticket belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request: %1. Check the ticket ID; if it is right, update the app or contact Ankra support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request. Check the ticket ID; if it is right, update the app or contact Ankra support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests from you. Wait and try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests from you. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a few minutes; if it keeps happening, contact Ankra support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (%1) and was not read. Check that the server address in the settings points at Ankra; if it does, contact Ankra support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what Ankra sends (%1). Check that the server address in the settings points at Ankra; if it does, update the app or contact Ankra support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what Ankra sends. Check that the server address in the settings points at Ankra; if it does, update the app or contact Ankra support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled. Load the ticket again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was stopped because it was still not complete after the time allowed for a whole request, although the server kept sending. The service or a proxy on the way may be very slow; try again later, and contact Ankra support if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s size was not what the ticket declares (%1); nothing was saved. Reload the ticket and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s size was not what the ticket declares; nothing was saved. Reload the ticket and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (or the file is larger than allowed there); nothing was saved. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentActions</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every attachment of this ticket into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, saving to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All Attachments To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentDownload</name>
    <message>
        <source>another download is saving to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than the %1 the ticket declares (%2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 of the %2 the ticket declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect without a valid target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such attachment (any more). Reload the ticket to see its current attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is not allowed to download this attachment. Ask an organisation admin for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was stopped and nothing was saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it to your last folder and open it in its usual application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this type (%1, %2). Save it to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this type (%1, %2). Open it in its usual application, or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentProxyModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentTableModel</name>
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
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::BadgePainter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (a value this version does not know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::CommandLine</name>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error, or the output could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an Ankra support ticket: subject, status, AI summary, description, comments and attachments.

The API token comes from the app&apos;s settings, ANKRA_API_TOKEN, or ~/.ankra.yaml (ankra login); ANKRA_BASE_URL, ANKRA_ORG and ANKRA_ALLOW_INSECURE_HTTP are honoured as by the ankra CLI.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch TICKET and write it as json or markdown, without a window; with --list, the matching tickets as json, csv or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachments of TICKET without a window: --download TICKET [ATTACHMENT...] [-o DIR], by ID or exact filename, all of them when none is named; prints each saved path. Names are made safe and never overwrite a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: the ticket list (every page, up to --limit) instead of one ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: only tickets with this status (repeat for several): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: only tickets with TEXT in their subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: at most N tickets (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: write to FILE instead of the standard output. With --download: save into this folder (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bundled sample tickets; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the TICKETs (without any: the saved tabs, else the first demo ticket), save the window with the last one shown as a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x860).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force a light or dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages of the app (to standard error and the log file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket IDs, or links that contain one (such as ankra-ticket://ticket/ID), opened in order; the last one is shown. A window that is already running opens them and comes to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TICKET...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, for example 1280x860.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--download cannot be combined with --export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--download needs a ticket ID, for example: ankra-ticket-viewer --download 3f2504e0-4f89-41d3-9a0c-0305e82c3301 -o ~/Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--download cannot be combined with --demo or --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status, --search and --limit go with --export FORMAT --list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list goes with --export, for example: ankra-ticket-viewer --export csv --list --status open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes one of %1 (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of tickets from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export --list takes json, csv or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list exports the ticket list: give no ticket ID with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv is for the ticket list: add --list, or export one ticket as json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export takes json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs a ticket ID, for example: ankra-ticket-viewer --export json 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (or --list for the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export takes one ticket at a time (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export cannot be combined with --demo or --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output goes with --export or --download.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::CommentDelegate</name>
    <message>
        <source>Copy the comment or export the ticket for all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::CommentThreadModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::CommentView</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Text of %1 Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Author and Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::Config</name>
    <message>
        <source>%1 is larger than 1 MiB and was not read; it is not a file written by `ankra login`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2); its token is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read and changed by other users of this computer, and it holds your Ankra token. Run “%2” to make it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds your Ankra token. Run “%2” to make it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be changed by other users of this computer, who could redirect your Ankra token. Run “%2” to make it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is empty. Enter the address of the Ankra service, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid URL. Enter it like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password. Remove the part up to “@”; the app signs in with your API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for this computer&apos;s own address), e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host name. Enter it like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query. Remove the part from “?” on, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment. Remove the part from “#” on, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL uses plain http:// for a host other than this computer, which would send your token unencrypted. Use https://, or set ANKRA_ALLOW_INSECURE_HTTP=1 if you accept that risk (http:// is allowed for localhost and 127.0.0.1 without it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANKRA_API_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ankra.yaml (ankra login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL saved in Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANKRA_BASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The token from %1 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token saved in Ankra Ticket Viewer was saved for %1 and is not sent to the server that %2 names.%3 To use this server, sign in for it: open Settings and enter an API token made for it. To use the saved token, go back to %1%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unset ANKRA_BASE_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base-url in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANKRA_BASE_URL is ignored: the token from %1 (ankra login) is only used with that file&apos;s base-url, as the ankra command does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL saved in Ankra Ticket Viewer is ignored: the token from %1 (ankra login) is only used with that file&apos;s base-url. Sign in in the app to use another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation saved in Ankra Ticket Viewer is not a valid organisation ID and is ignored; choose the organisation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANKRA_ORG is not an organisation ID, so it is ignored and your default organisation is used. Set ANKRA_ORG to the organisation&apos;s ID, a UUID of 32 hexadecimal digits such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301; names are not looked up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::Credentials</name>
    <message>
        <source>The token saved in this app was saved for %1 and is not sent to this server; enter an API token made for this server to sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the token entered in this app (being saved in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the token entered in this app, kept for this session only because the system keychain is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the token saved in this app (in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the token from the ANKRA_API_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the token from ~/.ankra.yaml, saved by `ankra login`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token saved in this app from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable — the token saved in this app could not be read, so the token from %1 is used. Enter a token in Settings to use it for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable — the token saved in this app could not be read. Enter it in Settings to use it for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable — the token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the token — it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::DemoServer</name>
    <message>
        <source>The sample tickets are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo server on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::DiagnosticsMenu</name>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the app&apos;s versions, system, server, keychain state and last log lines (never the token), to paste into a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied. They hold no token; paste them into your support request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the log folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::DownloadCommand</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has no attachment with the ID or name “%1”. Run without attachment names to save them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::Exporter</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
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
        <source>Tracked by the Ankra team</source>
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
        <source>AI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated; it may be inaccurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename</source>
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
        <source>Tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::FindBar</name>
    <message>
        <source>Find in ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::FullTextView</name>
    <message numerus="yes">
        <source>All %Ln character(s). Lines longer than %1 characters are broken for display.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading: %1 of %Ln character(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::GuiApp</name>
    <message>
        <source>Could not write the screenshot to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::LinkOpener</name>
    <message>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link comes from the ticket. Open it in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail links are opened from a ticket. This one was not:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::MainWindow</name>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a ticket ID or a link to a ticket and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a ticket ID or link and press Enter (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket field error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Do I Get a Token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Ticket Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the ticket field to paste an ID or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the ticket again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the ticket (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticket ID (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL, API token and organisation (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newest Comments First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Show &amp;Absolute Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Closed Ta&amp;b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an ankra-ticket:// link that opens this ticket in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a sample ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sample tickets come from a demo server inside this app. Click one to open it, or paste a sample&apos;s ID into the field above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a ticket ID, or a link to a ticket, into the field above and press Enter. Ctrl+L puts the cursor there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is set up, so you see demo data. To see your organisation&apos;s tickets, create a token in the Ankra web app (Profile, then API Tokens) and paste it in Settings (Ctrl+,), start this app with it in ANKRA_API_TOKEN, or sign in with `ankra login`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: sample tickets from a server inside this app (--demo). Nothing is sent to Ankra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: no API token is set up, so these are sample tickets from a server inside this app. Nothing is sent to Ankra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty tab: paste a ticket ID into the field above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ticket ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where an API token comes from&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;a href=&quot;https://platform.ankra.app&quot;&gt;platform.ankra.app&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;i&gt;Profile&lt;/i&gt;, then &lt;i&gt;API Tokens&lt;/i&gt;, and choose &lt;i&gt;Add Token&lt;/i&gt;. Copy it: it is shown only once.&lt;/li&gt;&lt;li&gt;Paste it in &lt;i&gt;Settings&lt;/i&gt; (Ctrl+,), where it is saved in the system keychain; or start this app with the token in the environment variable &lt;code&gt;ANKRA_API_TOKEN&lt;/code&gt;, or sign in with the Ankra CLI (&lt;code&gt;ankra login&lt;/code&gt;); this app reads the token it saves in &lt;code&gt;~/.ankra.yaml&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using the token from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is set up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the configuration has an error (File → Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · API token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::OrganisationJson</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::Preview</name>
    <message>
        <source>This is not an image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an image this app can show, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to preview (%1 × %2 pixels). Save it to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded (it may be truncated or damaged): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: characters that could not be read are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Save the file to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::RunnableType</name>
    <message>
        <source>Files of type .%1 can run programs, so this one is only shown in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content is %1, which can run as a program, so it is only shown in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macOS program (Mach-O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macOS installer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a desktop launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Java or Android application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to check its type, so it is only shown in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::SafeMarkdown</name>
    <message>
        <source>[Image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the Ankra service, for example https://platform.ankra.app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API token to save it in the system keychain; leave empty to keep the token in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token you entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the token saved in this app from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of your organisations, or type an organisation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch your organisations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show &amp;absolute times (instead of “3 hours ago”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show absolute times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen my tabs at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen my tabs at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain — paste a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API token (Ankra web app: Profile → API Tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default organisation of the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default organisation, or an organisation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains spaces, line breaks or other characters a token does not have. Paste only the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test with. Paste an API token above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation ID entered is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but there is no Ankra API at this address (HTTP 404). Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisations can be listed once a token and base URL work. You can type an organisation ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your role: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token belongs to no organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list your organisations (%1). You can type an organisation ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is neither one from the list nor an organisation ID (a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the token saved in this app was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token saved here is used instead of ANKRA_API_TOKEN and ~/.ankra.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token entered here is saved in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable (%1) — a token entered here is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows, dates and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the token works and belongs to %Ln organisation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::ShortenedText</name>
    <message>
        <source>Shortened: showing the first %1 of %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::SingleInstance</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tickets to hand over to the running window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running window did not answer; opening another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another start holds %1 but does not listen; opening another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TicketId</name>
    <message>
        <source>“%1” looks like a ticket ID but has %2 characters instead of 36. Copy the whole ID again (e.g. %3), or paste a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID but contains “%2”, which is not a hexadecimal digit (0-9, a-f). Copy the ID again, or paste a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID but its hyphens are in the wrong places; a ticket ID is grouped 8-4-4-4-12, e.g. %2. Copy the ID again, or paste a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID without its hyphens. Paste it grouped 8-4-4-4-12, e.g. %2, or paste a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID in “%1” is part of a longer code. Paste the ticket ID on its own, e.g. %2, or a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a ticket ID, e.g. %1, or paste a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ticket link; ticket links look like ankra-ticket://ticket/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text contains %n different IDs; paste just the ticket&apos;s ID or a link to the ticket.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket ID found. Paste the ticket ID, e.g. %1, or a link to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TicketJson</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a UUID or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a ticket list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListDelegate</name>
    <message>
        <source>Ankra team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in a tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListPanel</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ticket subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (not resolved or closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Which statuses the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the list request (%1). Check the server address in the settings; if it is right, update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has one of the chosen statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket with one of the chosen statuses has “%1” in its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has no support tickets. Tickets you open in Ankra appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tickets could not be loaded: %1. The list shows what arrived before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1. It shows what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) could not be shown (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review</source>
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
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked by Ankra team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TicketPage</name>
    <message>
        <source>Loading the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to Get a &amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This is the demo server: it accepts only its own token.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: refreshing failed (%1). Showing the ticket as loaded at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TicketView</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by AI, not written by a person. Check it against the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI summary text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI summary for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest comment at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest comments first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a comment to select part of its text; Ctrl+C copies the selected comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster ID</source>
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
        <source>Tracked by the Ankra team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the Ankra team is tracking this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI review flagged this ticket. The summary may be wrong or misleading: read the description and comments before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No description.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find searches only this part; exports have all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TimeFormat</name>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format (d = day, MMM = short month name, yyyy = year), for the language&apos;s order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm:ss t</source>
        <extracomment>A QDateTime format (dddd = weekday, MMMM = month name, t = time zone)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ankra::TokenStore</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another file with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankra-ticket-viewer: 1 ticket could not be exported (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankra-ticket-viewer: %1 tickets could not be exported (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
