<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Ankra</name>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Bugg</translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation>Funktionsönskemål</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Väntar på granskning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Triaging</source>
        <translation>Under bedömning</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Väntar på kund</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>AI review pending</source>
        <translation>AI-granskning väntar</translation>
    </message>
    <message>
        <source>AI review passed</source>
        <translation>AI-granskning godkänd</translation>
    </message>
    <message>
        <source>AI review flagged</source>
        <translation>AI-granskning flaggad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Ankra team</source>
        <translation>Ankra-teamet</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Ingen allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Okänd författare</translation>
    </message>
</context>
<context>
    <name>Ankra::AboutDialog</name>
    <message>
        <source>About Ankra Ticket Viewer</source>
        <translation>Om Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation>Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>Shows Ankra support tickets: status, AI summary, description, comments and attachments.</source>
        <translation>Visar supportärenden från Ankra: status, AI-sammanfattning, beskrivning, kommentarer och bilagor.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Appversion</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-version</translation>
    </message>
    <message>
        <source>Ankra platform</source>
        <translation>Ankra-plattformen</translation>
    </message>
    <message>
        <source>Ankra platform website</source>
        <translation>Ankra-plattformens webbplats</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (byggd med %2)</translation>
    </message>
</context>
<context>
    <name>Ankra::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Rensa %1</translation>
    </message>
</context>
<context>
    <name>Ankra::ApiClient</name>
    <message>
        <source>the response was empty</source>
        <translation>svaret var tomt</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>ogiltig JSON: %1 vid byte %2</translation>
    </message>
    <message>
        <source> (content type %1)</source>
        <translation> (innehållstyp %1)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mer än %1</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>oväntad HTTP-status %1</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1: %2</source>
        <translation>oväntad HTTP-status %1: %2</translation>
    </message>
    <message>
        <source>expected a ticket object</source>
        <translation>ett ärendeobjekt förväntades</translation>
    </message>
    <message>
        <source>the server sent another ticket than the one asked for</source>
        <translation>servern skickade ett annat ärende än det som begärdes</translation>
    </message>
    <message>
        <source>the attachment ID is not a UUID</source>
        <translation>bilagans ID är inte ett UUID</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>inget filnamn att spara till</translation>
    </message>
    <message>
        <source>no API token is set</source>
        <translation>ingen API-token har angetts</translation>
    </message>
    <message>
        <source>the API token contains spaces or characters that cannot be sent</source>
        <translation>API-token innehåller blanksteg eller tecken som inte kan skickas</translation>
    </message>
    <message>
        <source>no valid server address is set</source>
        <translation>ingen giltig serveradress har angetts</translation>
    </message>
    <message>
        <source>the organisation ID contains characters that cannot be sent</source>
        <translation>organisations-ID:t innehåller tecken som inte kan skickas</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>anslutningen stängdes efter %1 av %2 byte</translation>
    </message>
</context>
<context>
    <name>Ankra::ApiError</name>
    <message>
        <source>No error</source>
        <translation>Inget fel</translation>
    </message>
    <message>
        <source>Connection not set up</source>
        <translation>Anslutningen är inte konfigurerad</translation>
    </message>
    <message>
        <source>Not a ticket ID</source>
        <translation>Inte ett ärende-ID</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Servern kan inte nås</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Anslutningen nekades</translation>
    </message>
    <message>
        <source>Server did not answer in time</source>
        <translation>Servern svarade inte i tid</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Säker anslutning misslyckades</translation>
    </message>
    <message>
        <source>Redirect to another server blocked</source>
        <translation>Omdirigering till annan server blockerades</translation>
    </message>
    <message>
        <source>API token not accepted</source>
        <translation>API-token godtogs inte</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Åtkomst nekad</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Ärendet hittades inte</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Begäran avvisades</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>För många förfrågningar</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfel</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Svaret är för stort</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Oväntat svar</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Anslutningen misslyckades</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation>Begäran tog för lång tid</translation>
    </message>
    <message>
        <source>File size not as declared</source>
        <translation>Filstorleken stämmer inte med den angivna</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disken är full</translation>
    </message>
    <message>
        <source>File could not be saved</source>
        <translation>Filen kunde inte sparas</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Add an API token and the server address in the settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.</source>
        <translation>Inget skickades: %1. Lägg till en API-token och serveradressen i inställningarna (eller ange ANKRA_API_TOKEN, eller kör `ankra login`) och försök sedan igen.</translation>
    </message>
    <message>
        <source>Nothing was sent because the connection is not set up. Add an API token and the server address in the settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.</source>
        <translation>Inget skickades eftersom anslutningen inte är konfigurerad. Lägg till en API-token och serveradressen i inställningarna (eller ange ANKRA_API_TOKEN, eller kör `ankra login`) och försök sedan igen.</translation>
    </message>
    <message>
        <source>This is not a ticket ID. Paste the ticket&apos;s ID (a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b) or a link to the ticket.</source>
        <translation>Det här är inte ett ärende-ID. Klistra in ärendets ID (ett UUID som 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b) eller en länk till ärendet.</translation>
    </message>
    <message>
        <source>The server could not be reached: there is no network connection or its name does not resolve. Check your internet connection and the server address in the settings, then try again.</source>
        <translation>Servern kunde inte nås: det finns ingen nätverksanslutning eller så går dess namn inte att slå upp. Kontrollera internetanslutningen och serveradressen i inställningarna och försök sedan igen.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at this address. Check the server address and port in the settings, or try again later.</source>
        <translation>Servern nekade anslutningen: ingenting lyssnar på den här adressen. Kontrollera serveradressen och porten i inställningarna, eller försök igen senare.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again; if it keeps happening, the service may be slow or down.</source>
        <translation>Servern svarade inte i tid. Kontrollera nätverksanslutningen och försök igen. Om det fortsätter kan tjänsten vara långsam eller nere.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). Check the server address, your system clock and any proxy or antivirus that inspects HTTPS, then try again.</source>
        <translation>Det gick inte att upprätta en säker anslutning till servern (%1). Kontrollera serveradressen, systemklockan och eventuell proxy eller antivirusprogram som granskar HTTPS, och försök sedan igen.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. Check the server address, your system clock and any proxy or antivirus that inspects HTTPS, then try again.</source>
        <translation>Det gick inte att upprätta en säker anslutning till servern. Kontrollera serveradressen, systemklockan och eventuell proxy eller antivirusprogram som granskar HTTPS, och försök sedan igen.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed so that your token is not sent there. Check the server address in the settings.</source>
        <translation>Servern omdirigerade begäran till en annan adress (%1). Omdirigeringen följdes inte, så att din token inte skickas dit. Kontrollera serveradressen i inställningarna.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that your token is not sent there. Check the server address in the settings.</source>
        <translation>Servern omdirigerade begäran till en annan adress. Omdirigeringen följdes inte, så att din token inte skickas dit. Kontrollera serveradressen i inställningarna.</translation>
    </message>
    <message>
        <source>The API token was not accepted (it may be expired or revoked). Create a new token in Ankra under Profile → API Tokens, or run `ankra login`, then try again.</source>
        <translation>API-token godtogs inte (den kan ha gått ut eller återkallats). Skapa en ny token i Ankra under Profile → API Tokens, eller kör `ankra login`, och försök sedan igen.</translation>
    </message>
    <message>
        <source>Your token is not allowed to do this (missing permission “%1”). Ask an organisation admin to grant it, or choose the organisation the ticket belongs to.</source>
        <translation>Din token har inte behörighet att göra detta (behörigheten ”%1” saknas). Be en organisationsadministratör att bevilja den, eller välj den organisation som ärendet tillhör.</translation>
    </message>
    <message>
        <source>Your token is not allowed to see this ticket (the server said “%1”). Ask an organisation admin for access, or choose the organisation the ticket belongs to.</source>
        <translation>Din token har inte behörighet att se det här ärendet (servern svarade ”%1”). Be en organisationsadministratör om åtkomst, eller välj den organisation som ärendet tillhör.</translation>
    </message>
    <message>
        <source>Your token is not allowed to see this ticket. Ask an organisation admin for access, or choose the organisation the ticket belongs to.</source>
        <translation>Din token har inte behörighet att se det här ärendet. Be en organisationsadministratör om åtkomst, eller välj den organisation som ärendet tillhör.</translation>
    </message>
    <message>
        <source>No ticket with this ID in your organisation. Check the ID, or choose the organisation the ticket belongs to.</source>
        <translation>Det finns inget ärende med det här ID:t i din organisation. Kontrollera ID:t, eller välj den organisation som ärendet tillhör.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1. Check the ticket ID; if it is right, update the app or contact Ankra support.</source>
        <translation>Servern avvisade begäran: %1. Kontrollera ärende-ID:t. Om det stämmer, uppdatera appen eller kontakta Ankras support.</translation>
    </message>
    <message>
        <source>The server rejected the request. Check the ticket ID; if it is right, update the app or contact Ankra support.</source>
        <translation>Servern avvisade begäran. Kontrollera ärende-ID:t. Om det stämmer, uppdatera appen eller kontakta Ankras support.</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests from you. Wait and try again in %n s.</source>
        <translation>
            <numerusform>Servern har tagit emot för många förfrågningar från dig. Vänta och försök igen om %n s.</numerusform>
            <numerusform>Servern har tagit emot för många förfrågningar från dig. Vänta och försök igen om %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests from you. Wait a minute, then try again.</source>
        <translation>Servern har tagit emot för många förfrågningar från dig. Vänta en minut och försök sedan igen.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a few minutes; if it keeps happening, contact Ankra support.</source>
        <translation>Servern fick ett problem (HTTP %1). Försök igen om några minuter. Om det fortsätter, kontakta Ankras support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (%1) and was not read. Check that the server address in the settings points at Ankra; if it does, contact Ankra support.</source>
        <translation>Serverns svar var för stort (%1) och lästes inte. Kontrollera att serveradressen i inställningarna pekar på Ankra. Om den gör det, kontakta Ankras support.</translation>
    </message>
    <message>
        <source>over the size limit</source>
        <translation>över storleksgränsen</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what Ankra sends (%1). Check that the server address in the settings points at Ankra; if it does, update the app or contact Ankra support.</source>
        <translation>Serverns svar såg inte ut som det Ankra skickar (%1). Kontrollera att serveradressen i inställningarna pekar på Ankra. Om den gör det, uppdatera appen eller kontakta Ankras support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what Ankra sends. Check that the server address in the settings points at Ankra; if it does, update the app or contact Ankra support.</source>
        <translation>Serverns svar såg inte ut som det Ankra skickar. Kontrollera att serveradressen i inställningarna pekar på Ankra. Om den gör det, uppdatera appen eller kontakta Ankras support.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network connection and try again.</source>
        <translation>Anslutningen till servern misslyckades (%1). Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network connection and try again.</source>
        <translation>Anslutningen till servern misslyckades. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>The request was cancelled. Load the ticket again when you are ready.</source>
        <translation>Begäran avbröts. Läs in ärendet igen när du är redo.</translation>
    </message>
    <message>
        <source>The request was stopped because it was still not complete after the time allowed for a whole request, although the server kept sending. The service or a proxy on the way may be very slow; try again later, and contact Ankra support if it keeps happening.</source>
        <translation>Begäran stoppades eftersom den fortfarande inte var klar när tiden för en hel begäran hade gått ut, trots att servern fortsatte att skicka. Tjänsten eller en proxy på vägen kan vara mycket långsam. Försök igen senare och kontakta Ankras support om det fortsätter.</translation>
    </message>
    <message>
        <source>The file&apos;s size was not what the ticket declares (%1); nothing was saved. Reload the ticket and try again.</source>
        <translation>Filens storlek stämde inte med den som ärendet anger (%1). Ingenting sparades. Läs in ärendet igen och försök på nytt.</translation>
    </message>
    <message>
        <source>The file&apos;s size was not what the ticket declares; nothing was saved. Reload the ticket and try again.</source>
        <translation>Filens storlek stämde inte med den som ärendet anger. Ingenting sparades. Läs in ärendet igen och försök på nytt.</translation>
    </message>
    <message>
        <source>The disk is full (or the file is larger than allowed there); nothing was saved. Free some space or choose another folder.</source>
        <translation>Disken är full (eller så är filen större än vad som tillåts där). Ingenting sparades. Frigör utrymme eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Choose another folder and try again.</source>
        <translation>Filen kunde inte sparas (%1). Välj en annan mapp och försök igen.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder and try again.</source>
        <translation>Filen kunde inte sparas. Välj en annan mapp och försök igen.</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentActions</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>Spara &amp;alla…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Spara den markerade bilagan till en fil</translation>
    </message>
    <message>
        <source>Save every attachment of this ticket into a folder</source>
        <translation>Spara alla bilagor i det här ärendet i en mapp</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>%1 of %2, saving to %3</source>
        <translation>%1 av %2, sparar till %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparad som %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Save All Attachments To</source>
        <translation>Spara alla bilagor i</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentDownload</name>
    <message>
        <source>another download is saving to %1</source>
        <translation>en annan nedladdning sparar redan till %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 finns redan</translation>
    </message>
    <message>
        <source>the server sent more than the %1 the ticket declares (%2 or more)</source>
        <translation>servern skickade mer än de %1 som ärendet anger (%2 eller mer)</translation>
    </message>
    <message>
        <source>the server sent %1 of the %2 the ticket declares</source>
        <translation>servern skickade %1 av de %2 som ärendet anger</translation>
    </message>
    <message>
        <source>%1 appeared while downloading</source>
        <translation>%1 dök upp under nedladdningen</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>för många omdirigeringar</translation>
    </message>
    <message>
        <source>a redirect without a valid target</source>
        <translation>en omdirigering utan giltigt mål</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>oväntad HTTP-status %1</translation>
    </message>
    <message>
        <source>The server has no such attachment (any more). Reload the ticket to see its current attachments.</source>
        <translation>Servern har ingen sådan bilaga (längre). Läs in ärendet igen för att se dess aktuella bilagor.</translation>
    </message>
    <message>
        <source>Your token is not allowed to download this attachment. Ask an organisation admin for access.</source>
        <translation>Din token har inte behörighet att ladda ned den här bilagan. Be en organisationsadministratör om åtkomst.</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was saved.</source>
        <translation>Nedladdningen avbröts. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The download was stopped and nothing was saved: %1.</source>
        <translation>Nedladdningen stoppades och ingenting sparades: %1.</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Läser in %1…</translation>
    </message>
    <message>
        <source>Attachment text</source>
        <translation>Bilagans text</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Save it to your last folder and open it in its usual application</source>
        <translation>Spara den i den senast använda mappen och öppna den i dess vanliga program</translation>
    </message>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>Den nedladdade filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>No preview for this type (%1, %2). Save it to open it.</source>
        <translation>Ingen förhandsgranskning för den här typen (%1, %2). Spara filen för att öppna den.</translation>
    </message>
    <message>
        <source>No preview for this type (%1, %2). Open it in its usual application, or save it.</source>
        <translation>Ingen förhandsgranskning för den här typen (%1, %2). Öppna den i dess vanliga program, eller spara den.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>okänd typ</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentProxyModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-arkiv</translation>
    </message>
    <message>
        <source>Gzip archive</source>
        <translation>Gzip-arkiv</translation>
    </message>
    <message>
        <source>Tar archive</source>
        <translation>Tar-arkiv</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>PEM-certifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1-bild</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1-text</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::BadgePainter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (a value this version does not know)</source>
        <translation>%1: %2 (ett värde som den här versionen inte känner till)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>AI-granskning</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flaggad</translation>
    </message>
</context>
<context>
    <name>Ankra::CommandLine</name>
    <message>
        <source>Exit codes:</source>
        <translation>Avslutningskoder:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>lyckades</translation>
    </message>
    <message>
        <source>usage error, or the output could not be written</source>
        <translation>användningsfel, eller så kunde utdata inte skrivas</translation>
    </message>
    <message>
        <source>Shows an Ankra support ticket: subject, status, AI summary, description, comments and attachments.

The API token comes from the app&apos;s settings, ANKRA_API_TOKEN, or ~/.ankra.yaml (ankra login); ANKRA_BASE_URL, ANKRA_ORG and ANKRA_ALLOW_INSECURE_HTTP are honoured as by the ankra CLI.

</source>
        <translation>Visar ett supportärende från Ankra: ämne, status, AI-sammanfattning, beskrivning, kommentarer och bilagor.

API-token hämtas från appens inställningar, ANKRA_API_TOKEN eller ~/.ankra.yaml (ankra login). ANKRA_BASE_URL, ANKRA_ORG och ANKRA_ALLOW_INSECURE_HTTP används på samma sätt som i ankra-CLI:t.

</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Visa den här hjälpen och avsluta.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Visa versionen och avsluta.</translation>
    </message>
    <message>
        <source>Fetch TICKET and write it as json or markdown, without a window; with --list, the matching tickets as json, csv or markdown.</source>
        <translation>Hämta ÄRENDE och skriv det som json eller markdown, utan fönster. Med --list: de matchande ärendena som json, csv eller markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Save attachments of TICKET without a window: --download TICKET [ATTACHMENT...] [-o DIR], by ID or exact filename, all of them when none is named; prints each saved path. Names are made safe and never overwrite a file.</source>
        <translation>Spara bilagor från ÄRENDE utan fönster: --download ÄRENDE [BILAGA...] [-o MAPP], efter ID eller exakt filnamn, alla om ingen anges. Skriver ut sökvägen till varje sparad fil. Namnen görs säkra och skriver aldrig över en befintlig fil.</translation>
    </message>
    <message>
        <source>With --export: the ticket list (every page, up to --limit) instead of one ticket.</source>
        <translation>Med --export: ärendelistan (alla sidor, upp till --limit) i stället för ett enskilt ärende.</translation>
    </message>
    <message>
        <source>With --list: only tickets with this status (repeat for several): %1.</source>
        <translation>Med --list: bara ärenden med den här statusen (upprepa för flera): %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>With --list: only tickets with TEXT in their subject.</source>
        <translation>Med --list: bara ärenden med TEXT i ämnet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>With --list: at most N tickets (default 1000).</source>
        <translation>Med --list: högst N ärenden (standard 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --export: write to FILE instead of the standard output. With --download: save into this folder (default: the current one).</source>
        <translation>Med --export: skriv till FIL i stället för standardutdata. Med --download: spara i den här mappen (standard: den aktuella).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Show bundled sample tickets; no account needed.</source>
        <translation>Visa medföljande exempelärenden; inget konto behövs.</translation>
    </message>
    <message>
        <source>Open the TICKETs (without any: the saved tabs, else the first demo ticket), save the window with the last one shown as a PNG and exit.</source>
        <translation>Öppna ÄRENDEN (utan några: de sparade flikarna, annars det första demoärendet), spara fönstret med det sista av dem som PNG och avsluta.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x860).</source>
        <translation>Med --screenshot: fönsterstorleken (standard 1280x860).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Force a light or dark palette.</source>
        <translation>Tvinga ljus eller mörk palett.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Log debug messages of the app (to standard error and the log file).</source>
        <translation>Logga appens felsökningsmeddelanden (till standardfel och loggfilen).</translation>
    </message>
    <message>
        <source>Ticket IDs, or links that contain one (such as ankra-ticket://ticket/ID), opened in order; the last one is shown. A window that is already running opens them and comes to the front.</source>
        <translation>Ärende-ID:n, eller länkar som innehåller ett (till exempel ankra-ticket://ticket/ID), som öppnas i tur och ordning; det sista visas. Ett fönster som redan körs öppnar dem och läggs överst.</translation>
    </message>
    <message>
        <source>[TICKET...]</source>
        <translation>[ÄRENDE...]</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, for example 1280x860.</source>
        <translation>--size kräver BREDDxHÖJD, till exempel 1280x860.</translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark.</source>
        <translation>--color-scheme kräver light eller dark.</translation>
    </message>
    <message>
        <source>--download cannot be combined with --export.</source>
        <translation>--download kan inte kombineras med --export.</translation>
    </message>
    <message>
        <source>--download needs a ticket ID, for example: ankra-ticket-viewer --download 3f2504e0-4f89-41d3-9a0c-0305e82c3301 -o ~/Downloads</source>
        <translation>--download kräver ett ärende-ID, till exempel: ankra-ticket-viewer --download 3f2504e0-4f89-41d3-9a0c-0305e82c3301 -o ~/Downloads</translation>
    </message>
    <message>
        <source>--download cannot be combined with --demo or --screenshot.</source>
        <translation>--download kan inte kombineras med --demo eller --screenshot.</translation>
    </message>
    <message>
        <source>--status, --search and --limit go with --export FORMAT --list.</source>
        <translation>--status, --search och --limit används tillsammans med --export FORMAT --list.</translation>
    </message>
    <message>
        <source>--list goes with --export, for example: ankra-ticket-viewer --export csv --list --status open</source>
        <translation>--list används tillsammans med --export, till exempel: ankra-ticket-viewer --export csv --list --status open</translation>
    </message>
    <message>
        <source>--status takes one of %1 (got “%2”).</source>
        <translation>--status kräver ett av %1 (fick ”%2”).</translation>
    </message>
    <message>
        <source>--limit takes a number of tickets from 1 to 1000000.</source>
        <translation>--limit kräver ett antal ärenden från 1 till 1000000.</translation>
    </message>
    <message>
        <source>--export --list takes json, csv or markdown.</source>
        <translation>--export --list kräver json, csv eller markdown.</translation>
    </message>
    <message>
        <source>--list exports the ticket list: give no ticket ID with it.</source>
        <translation>--list exporterar ärendelistan: ange inget ärende-ID tillsammans med det.</translation>
    </message>
    <message>
        <source>csv is for the ticket list: add --list, or export one ticket as json or markdown.</source>
        <translation>csv är avsett för ärendelistan: lägg till --list, eller exportera ett enskilt ärende som json eller markdown.</translation>
    </message>
    <message>
        <source>--export takes json or markdown.</source>
        <translation>--export kräver json eller markdown.</translation>
    </message>
    <message>
        <source>--export needs a ticket ID, for example: ankra-ticket-viewer --export json 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (or --list for the list)</source>
        <translation>--export kräver ett ärende-ID, till exempel: ankra-ticket-viewer --export json 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (eller --list för listan)</translation>
    </message>
    <message>
        <source>--export takes one ticket at a time (got %1).</source>
        <translation>--export tar ett ärende i taget (fick %1).</translation>
    </message>
    <message>
        <source>--export cannot be combined with --demo or --screenshot.</source>
        <translation>--export kan inte kombineras med --demo eller --screenshot.</translation>
    </message>
    <message>
        <source>--output goes with --export or --download.</source>
        <translation>--output används tillsammans med --export eller --download.</translation>
    </message>
</context>
<context>
    <name>Ankra::CommentDelegate</name>
    <message>
        <source>Copy the comment or export the ticket for all of it.</source>
        <translation>Kopiera kommentaren eller exportera ärendet för att få med allt.</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentarstext</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The mark on a comment added since the agent last looked at the ticket</extracomment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Nytt sedan du senast tittade</translation>
    </message>
</context>
<context>
    <name>Ankra::CommentThreadModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>Read before a comment added since the agent last looked at the ticket</extracomment>
        <translation>Ny: %1</translation>
    </message>
</context>
<context>
    <name>Ankra::CommentView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open Link…</source>
        <translation>Öppna länk…</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Kopiera länkadress</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Kopiera text</translation>
    </message>
    <message>
        <source>Copy with Author and Time</source>
        <translation>Kopiera med författare och tid</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Kopiera som Markdown</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Kopiera länk</translation>
    </message>
    <message>
        <source>Select Text…</source>
        <translation>Markera text…</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Inga kommentarer än.</translation>
    </message>
    <message numerus="yes">
        <source>Copy Text of %Ln Comment(s)</source>
        <translation>
            <numerusform>Kopiera texten i %Ln kommentar</numerusform>
            <numerusform>Kopiera texten i %Ln kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::Config</name>
    <message>
        <source>%1 is larger than 1 MiB and was not read; it is not a file written by `ankra login`.</source>
        <translation>%1 är större än 1 MiB och lästes inte; det är inte en fil som skrivits av `ankra login`.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2); its token is not used.</source>
        <translation>Det gick inte att läsa %1 (%2); dess token används inte.</translation>
    </message>
    <message>
        <source>%1 can be read and changed by other users of this computer, and it holds your Ankra token. Run “%2” to make it private.</source>
        <translation>%1 kan läsas och ändras av andra användare på den här datorn, och den innehåller din Ankra-token. Kör ”%2” för att göra den privat.</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds your Ankra token. Run “%2” to make it private.</source>
        <translation>%1 kan läsas av andra användare på den här datorn, och den innehåller din Ankra-token. Kör ”%2” för att göra den privat.</translation>
    </message>
    <message>
        <source>%1 can be changed by other users of this computer, who could redirect your Ankra token. Run “%2” to make it private.</source>
        <translation>%1 kan ändras av andra användare på den här datorn, som då skulle kunna omdirigera din Ankra-token. Kör ”%2” för att göra den privat.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>inte en vanlig fil</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>större än %1 byte</translation>
    </message>
    <message>
        <source>The base URL is empty. Enter the address of the Ankra service, e.g. %1.</source>
        <translation>Bas-URL:en är tom. Ange adressen till Ankra-tjänsten, t.ex. %1.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL. Enter it like %1.</source>
        <translation>Bas-URL:en är inte en giltig URL. Ange den som %1.</translation>
    </message>
    <message>
        <source>The base URL must start with https://, e.g. %1.</source>
        <translation>Bas-URL:en måste börja med https://, t.ex. %1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password. Remove the part up to “@”; the app signs in with your API token.</source>
        <translation>Bas-URL:en får inte innehålla användarnamn eller lösenord. Ta bort delen fram till ”@”; appen loggar in med din API-token.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for this computer&apos;s own address), e.g. %1.</source>
        <translation>Bas-URL:en måste börja med https:// (eller http:// för den här datorns egen adress), t.ex. %1.</translation>
    </message>
    <message>
        <source>The base URL has no host name. Enter it like %1.</source>
        <translation>Bas-URL:en saknar värdnamn. Ange den som %1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query. Remove the part from “?” on, e.g. %1.</source>
        <translation>Bas-URL:en får inte innehålla en frågesträng. Ta bort delen från och med ”?”, t.ex. %1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment. Remove the part from “#” on, e.g. %1.</source>
        <translation>Bas-URL:en får inte innehålla ett fragment. Ta bort delen från och med ”#”, t.ex. %1.</translation>
    </message>
    <message>
        <source>The base URL uses plain http:// for a host other than this computer, which would send your token unencrypted. Use https://, or set ANKRA_ALLOW_INSECURE_HTTP=1 if you accept that risk (http:// is allowed for localhost and 127.0.0.1 without it).</source>
        <translation>Bas-URL:en använder okrypterad http:// för en annan värd än den här datorn, vilket skulle skicka din token okrypterad. Använd https://, eller ange ANKRA_ALLOW_INSECURE_HTTP=1 om du accepterar risken (http:// tillåts för localhost och 127.0.0.1 även utan det).</translation>
    </message>
    <message>
        <source>saved in Ankra Ticket Viewer</source>
        <translation>sparad i Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>ANKRA_API_TOKEN environment variable</source>
        <translation>miljövariabeln ANKRA_API_TOKEN</translation>
    </message>
    <message>
        <source>~/.ankra.yaml (ankra login)</source>
        <translation>~/.ankra.yaml (ankra login)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>ingen token</translation>
    </message>
    <message>
        <source>the base URL saved in Ankra Ticket Viewer</source>
        <translation>bas-URL:en som sparats i Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>ANKRA_BASE_URL</source>
        <translation>ANKRA_BASE_URL</translation>
    </message>
    <message>
        <source>the default base URL</source>
        <translation>standardvärdet för bas-URL</translation>
    </message>
    <message>
        <source> The token from %1 is used instead.</source>
        <translation> Token från %1 används i stället.</translation>
    </message>
    <message>
        <source>The token saved in Ankra Ticket Viewer was saved for %1 and is not sent to the server that %2 names.%3 To use this server, sign in for it: open Settings and enter an API token made for it. To use the saved token, go back to %1%4.</source>
        <translation>Token som sparats i Ankra Ticket Viewer sparades för %1 och skickas inte till servern som anges av %2.%3 Om du vill använda den här servern loggar du in för den: öppna Inställningar och ange en API-token som skapats för den. Om du vill använda den sparade token går du tillbaka till %1%4.</translation>
    </message>
    <message>
        <source> in Settings</source>
        <translation> i Inställningar</translation>
    </message>
    <message>
        <source> (unset ANKRA_BASE_URL)</source>
        <translation> (ta bort ANKRA_BASE_URL)</translation>
    </message>
    <message>
        <source>base-url in %1</source>
        <translation>base-url i %1</translation>
    </message>
    <message>
        <source>ANKRA_BASE_URL is ignored: the token from %1 (ankra login) is only used with that file&apos;s base-url, as the ankra command does.</source>
        <translation>ANKRA_BASE_URL ignoreras: token från %1 (ankra login) används bara med filens base-url, precis som kommandot ankra gör.</translation>
    </message>
    <message>
        <source>The base URL saved in Ankra Ticket Viewer is ignored: the token from %1 (ankra login) is only used with that file&apos;s base-url. Sign in in the app to use another service.</source>
        <translation>Bas-URL:en som sparats i Ankra Ticket Viewer ignoreras: token från %1 (ankra login) används bara med filens base-url. Logga in i appen om du vill använda en annan tjänst.</translation>
    </message>
    <message>
        <source>Cannot use %1. %2</source>
        <translation>Det går inte att använda %1. %2</translation>
    </message>
    <message>
        <source>The organisation saved in Ankra Ticket Viewer is not a valid organisation ID and is ignored; choose the organisation again.</source>
        <translation>Organisationen som sparats i Ankra Ticket Viewer är inte ett giltigt organisations-ID och ignoreras. Välj organisationen igen.</translation>
    </message>
    <message>
        <source>ANKRA_ORG is not an organisation ID, so it is ignored and your default organisation is used. Set ANKRA_ORG to the organisation&apos;s ID, a UUID of 32 hexadecimal digits such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301; names are not looked up.</source>
        <translation>ANKRA_ORG är inte ett organisations-ID, så den ignoreras och din standardorganisation används. Ange organisationens ID i ANKRA_ORG, ett UUID med 32 hexadecimala siffror som 3f2504e0-4f89-41d3-9a0c-0305e82c3301; namn slås inte upp.</translation>
    </message>
</context>
<context>
    <name>Ankra::Credentials</name>
    <message>
        <source>The token saved in this app was saved for %1 and is not sent to this server; enter an API token made for this server to sign in here.</source>
        <translation>Token som sparats i den här appen sparades för %1 och skickas inte till den här servern. Ange en API-token som skapats för den här servern för att logga in här.</translation>
    </message>
    <message>
        <source>In use: the token entered in this app (being saved in the system keychain).</source>
        <translation>Används: token som angetts i den här appen (sparas i systemets nyckelring).</translation>
    </message>
    <message>
        <source>In use: the token entered in this app, kept for this session only because the system keychain is unavailable.</source>
        <translation>Används: token som angetts i den här appen. Den behålls bara under den här sessionen eftersom systemets nyckelring inte är tillgänglig.</translation>
    </message>
    <message>
        <source>In use: the token saved in this app (in the system keychain).</source>
        <translation>Används: token som sparats i den här appen (i systemets nyckelring).</translation>
    </message>
    <message>
        <source>In use: the token from the ANKRA_API_TOKEN environment variable.</source>
        <translation>Används: token från miljövariabeln ANKRA_API_TOKEN.</translation>
    </message>
    <message>
        <source>In use: the token from ~/.ankra.yaml, saved by `ankra login`.</source>
        <translation>Används: token från ~/.ankra.yaml, sparad av `ankra login`.</translation>
    </message>
    <message>
        <source>Reading the token saved in this app from the system keychain…</source>
        <translation>Läser token som sparats i den här appen från systemets nyckelring…</translation>
    </message>
    <message>
        <source>No API token is set up.</source>
        <translation>Ingen API-token har konfigurerats.</translation>
    </message>
    <message>
        <source>Keychain unavailable — the token saved in this app could not be read, so the token from %1 is used. Enter a token in Settings to use it for this session.</source>
        <translation>Nyckelringen är inte tillgänglig — token som sparats i den här appen kunde inte läsas, så token från %1 används. Ange en token i Inställningar för att använda den under den här sessionen.</translation>
    </message>
    <message>
        <source>Keychain unavailable — the token saved in this app could not be read. Enter it in Settings to use it for this session.</source>
        <translation>Nyckelringen är inte tillgänglig — token som sparats i den här appen kunde inte läsas. Ange den i Inställningar för att använda den under den här sessionen.</translation>
    </message>
    <message>
        <source>Keychain unavailable — the token is kept for this session only.</source>
        <translation>Nyckelringen är inte tillgänglig — token behålls bara under den här sessionen.</translation>
    </message>
    <message>
        <source>The keychain did not store the token — it is kept for this session only.</source>
        <translation>Nyckelringen lagrade inte token — den behålls bara under den här sessionen.</translation>
    </message>
</context>
<context>
    <name>Ankra::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>Ankra::DemoServer</name>
    <message>
        <source>The sample tickets are missing from this build.</source>
        <translation>Exempelärendena saknas i det här bygget.</translation>
    </message>
    <message>
        <source>Could not start the demo server on 127.0.0.1.</source>
        <translation>Det gick inte att starta demoservern på 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Ankra::DiagnosticsMenu</name>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Kopiera &amp;diagnostik</translation>
    </message>
    <message>
        <source>Copy the app&apos;s versions, system, server, keychain state and last log lines (never the token), to paste into a support request</source>
        <translation>Kopiera appens versioner, system, server, nyckelringens status och de senaste loggraderna (aldrig token) för att klistra in i en supportförfrågan</translation>
    </message>
    <message>
        <source>Diagnostics copied. They hold no token; paste them into your support request.</source>
        <translation>Diagnostiken har kopierats. Den innehåller ingen token; klistra in den i din supportförfrågan.</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Öppna &amp;loggmapp</translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log files</source>
        <translation>Visa mappen med appens loggfiler</translation>
    </message>
    <message>
        <source>Could not open the log folder: %1</source>
        <translation>Det gick inte att öppna loggmappen: %1</translation>
    </message>
</context>
<context>
    <name>Ankra::DialogButtons</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>Ankra::DownloadCommand</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 är inte en mapp</translation>
    </message>
    <message>
        <source>The ticket has no attachment with the ID or name “%1”. Run without attachment names to save them all.</source>
        <translation>Ärendet har ingen bilaga med ID:t eller namnet ”%1”. Kör utan bilagenamn för att spara alla.</translation>
    </message>
</context>
<context>
    <name>Ankra::Exporter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>AI-granskning</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation>Följs av Ankra-teamet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>AI-sammanfattning</translation>
    </message>
    <message>
        <source>AI-generated; it may be inaccurate.</source>
        <translation>AI-genererad; den kan vara felaktig.</translation>
    </message>
    <message>
        <source>No AI summary.</source>
        <translation>Ingen AI-sammanfattning.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Ingen beskrivning.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentarer (%1)</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Inga kommentarer.</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Bilagor (%1)</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Inga bilagor.</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Ärenden (%1)</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Inga ärenden matchar.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Följs</translation>
    </message>
</context>
<context>
    <name>Ankra::FindBar</name>
    <message>
        <source>Find in ticket</source>
        <translation>Sök i ärendet</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Föregående träff (Skift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nästa träff (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Stäng sökfältet (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 av %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>Ankra::FullTextView</name>
    <message numerus="yes">
        <source>All %Ln character(s). Lines longer than %1 characters are broken for display.</source>
        <translation>
            <numerusform>Hela texten: %Ln tecken. Rader längre än %1 tecken bryts vid visning.</numerusform>
            <numerusform>Hela texten: %Ln tecken. Rader längre än %1 tecken bryts vid visning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading: %1 of %Ln character(s) so far.</source>
        <translation>
            <numerusform>Läser in: %1 av %Ln tecken hittills.</numerusform>
            <numerusform>Läser in: %1 av %Ln tecken hittills.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::GuiApp</name>
    <message>
        <source>Could not write the screenshot to %1: %2</source>
        <translation>Det gick inte att skriva skärmbilden till %1: %2</translation>
    </message>
</context>
<context>
    <name>Ankra::LinkOpener</name>
    <message>
        <source>Open link?</source>
        <translation>Öppna länken?</translation>
    </message>
    <message>
        <source>This link comes from the ticket. Open it in your browser?</source>
        <translation>Den här länken kommer från ärendet. Vill du öppna den i webbläsaren?</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Öppna länk</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Länken öppnades inte</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail links are opened from a ticket. This one was not:</source>
        <translation>Endast webblänkar (http, https) och e-postlänkar öppnas från ett ärende. Den här öppnades inte:</translation>
    </message>
</context>
<context>
    <name>Ankra::MainWindow</name>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation>Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>Ticket ID or link</source>
        <translation>Ärende-ID eller länk</translation>
    </message>
    <message>
        <source>Paste a ticket ID or a link to a ticket and press Enter.</source>
        <translation>Klistra in ett ärende-ID eller en länk till ett ärende och tryck på Retur.</translation>
    </message>
    <message>
        <source>Paste a ticket ID or link and press Enter (Ctrl+L)</source>
        <translation>Klistra in ett ärende-ID eller en länk och tryck på Retur (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation>Kopiera ärende-ID</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Läser in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt inläsningen</translation>
    </message>
    <message>
        <source>Ticket field error</source>
        <translation>Fel i ärendefältet</translation>
    </message>
    <message>
        <source>Open a ticket</source>
        <translation>Öppna ett ärende</translation>
    </message>
    <message>
        <source>Sample tickets</source>
        <translation>Exempelärenden</translation>
    </message>
    <message>
        <source>Where Do I Get a Token?</source>
        <translation>Var får jag en token?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>&amp;Exempel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Go to Ticket Field</source>
        <translation>&amp;Gå till ärendefältet</translation>
    </message>
    <message>
        <source>Put the cursor in the ticket field to paste an ID or link</source>
        <translation>Placera markören i ärendefältet för att klistra in ett ID eller en länk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Fetch the ticket again (F5)</source>
        <translation>Hämta ärendet igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find in Ticket…</source>
        <translation>&amp;Sök i ärendet…</translation>
    </message>
    <message>
        <source>Find text in the ticket (Ctrl+F)</source>
        <translation>Sök efter text i ärendet (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>Avbr&amp;yt inläsning</translation>
    </message>
    <message>
        <source>&amp;Copy Ticket ID</source>
        <translation>&amp;Kopiera ärende-ID</translation>
    </message>
    <message>
        <source>Copy the ticket ID (Ctrl+Shift+C)</source>
        <translation>Kopiera ärende-ID:t (Ctrl+Skift+C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Base URL, API token and organisation (Ctrl+,)</source>
        <translation>Bas-URL, API-token och organisation (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Newest Comments First</source>
        <translation>&amp;Nyaste kommentarerna först</translation>
    </message>
    <message>
        <source>Always Show &amp;Absolute Times</source>
        <translation>Visa alltid &amp;absoluta tider</translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation>Var får jag en API-&amp;token?</translation>
    </message>
    <message>
        <source>&amp;About Ankra Ticket Viewer</source>
        <translation>&amp;Om Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Öppnade ärenden</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>Senaste ärenden</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Inläst %1.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Kopiera ID</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Ny &amp;flik</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>S&amp;täng flik</translation>
    </message>
    <message>
        <source>Reopen Closed Ta&amp;b</source>
        <translation>&amp;Återöppna stängd flik</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Nä&amp;sta flik</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Föregående flik</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Kopiera &amp;länk</translation>
    </message>
    <message>
        <source>Copy an ankra-ticket:// link that opens this ticket in the viewer</source>
        <translation>Kopiera en ankra-ticket://-länk som öppnar det här ärendet i visaren</translation>
    </message>
    <message>
        <source>Recent &amp;Tickets</source>
        <translation>&amp;Senaste ärenden</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Ticket &amp;List</source>
        <translation>Ärende&amp;lista</translation>
    </message>
    <message>
        <source>&amp;Search Tickets</source>
        <translation>S&amp;ök ärenden</translation>
    </message>
    <message>
        <source>Try a sample ticket</source>
        <translation>Prova ett exempelärende</translation>
    </message>
    <message>
        <source>These sample tickets come from a demo server inside this app. Click one to open it, or paste a sample&apos;s ID into the field above.</source>
        <translation>De här exempelärendena kommer från en demoserver i appen. Klicka på ett för att öppna det, eller klistra in ett exempelärendes ID i fältet ovan.</translation>
    </message>
    <message>
        <source>Paste a ticket ID, or a link to a ticket, into the field above and press Enter. Ctrl+L puts the cursor there.</source>
        <translation>Klistra in ett ärende-ID, eller en länk till ett ärende, i fältet ovan och tryck på Retur. Ctrl+L placerar markören där.</translation>
    </message>
    <message>
        <source>API token: %1.</source>
        <translation>API-token: %1.</translation>
    </message>
    <message>
        <source>No API token is set up, so you see demo data. To see your organisation&apos;s tickets, create a token in the Ankra web app (Profile, then API Tokens) and paste it in Settings (Ctrl+,), start this app with it in ANKRA_API_TOKEN, or sign in with `ankra login`.</source>
        <translation>Ingen API-token har konfigurerats, så du ser demodata. Om du vill se organisationens ärenden skapar du en token i Ankras webbapp (Profile och sedan API Tokens) och klistrar in den i Inställningar (Ctrl+,), startar appen med den i ANKRA_API_TOKEN eller loggar in med `ankra login`.</translation>
    </message>
    <message>
        <source>Demo data: sample tickets from a server inside this app (--demo). Nothing is sent to Ankra.</source>
        <translation>Demodata: exempelärenden från en server i appen (--demo). Ingenting skickas till Ankra.</translation>
    </message>
    <message>
        <source>Demo data: no API token is set up, so these are sample tickets from a server inside this app. Nothing is sent to Ankra.</source>
        <translation>Demodata: ingen API-token har konfigurerats, så detta är exempelärenden från en server i appen. Ingenting skickas till Ankra.</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>Allvarlighetsgrad: %1</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Ny flik</translation>
    </message>
    <message>
        <source>An empty tab: paste a ticket ID into the field above.</source>
        <translation>En tom flik: klistra in ett ärende-ID i fältet ovan.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Tickets</source>
        <translation>&amp;Rensa senaste ärenden</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Inläsningen avbröts.</translation>
    </message>
    <message>
        <source>Copied ticket ID %1.</source>
        <translation>Ärende-ID %1 har kopierats.</translation>
    </message>
    <message>
        <source>Copied link %1.</source>
        <translation>Länken %1 har kopierats.</translation>
    </message>
    <message>
        <source>API Token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where an API token comes from&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;a href=&quot;https://platform.ankra.app&quot;&gt;platform.ankra.app&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;i&gt;Profile&lt;/i&gt;, then &lt;i&gt;API Tokens&lt;/i&gt;, and choose &lt;i&gt;Add Token&lt;/i&gt;. Copy it: it is shown only once.&lt;/li&gt;&lt;li&gt;Paste it in &lt;i&gt;Settings&lt;/i&gt; (Ctrl+,), where it is saved in the system keychain; or start this app with the token in the environment variable &lt;code&gt;ANKRA_API_TOKEN&lt;/code&gt;, or sign in with the Ankra CLI (&lt;code&gt;ankra login&lt;/code&gt;); this app reads the token it saves in &lt;code&gt;~/.ankra.yaml&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Så får du en API-token&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Logga in på &lt;a href=&quot;https://platform.ankra.app&quot;&gt;platform.ankra.app&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Öppna &lt;i&gt;Profile&lt;/i&gt;, sedan &lt;i&gt;API Tokens&lt;/i&gt;, och välj &lt;i&gt;Add Token&lt;/i&gt;. Kopiera den: den visas bara en gång.&lt;/li&gt;&lt;li&gt;Klistra in den i &lt;i&gt;Inställningar&lt;/i&gt; (Ctrl+,), där den sparas i systemets nyckelring. Du kan också starta appen med token i miljövariabeln &lt;code&gt;ANKRA_API_TOKEN&lt;/code&gt;, eller logga in med Ankra CLI (&lt;code&gt;ankra login&lt;/code&gt;); appen läser den token som sparas i &lt;code&gt;~/.ankra.yaml&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Now using the token from %1.</source>
        <translation>Nu används token från %1.</translation>
    </message>
    <message>
        <source>No token is set up now.</source>
        <translation>Ingen token har konfigurerats nu.</translation>
    </message>
    <message>
        <source>API token saved in the system keychain.</source>
        <translation>API-token har sparats i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>Demoserver på %1</translation>
    </message>
    <message>
        <source>Not connected: the configuration has an error (File → Settings)</source>
        <translation>Inte ansluten: konfigurationen innehåller ett fel (Arkiv → Inställningar)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source> · API token: %1</source>
        <translation> · API-token: %1</translation>
    </message>
    <message>
        <source> · no API token</source>
        <translation> · ingen API-token</translation>
    </message>
    <message>
        <source>No changes since the last load (checked at %1).</source>
        <translation>Inga ändringar sedan senaste inläsningen (kontrollerat %1).</translation>
    </message>
    <message>
        <source>Saved copy from %1.</source>
        <translation>Sparad kopia från %1.</translation>
    </message>
    <message>
        <source>&amp;Jump to First New</source>
        <translation>&amp;Hoppa till första nya</translation>
    </message>
    <message>
        <source>&amp;Mark as Read</source>
        <translation>&amp;Markera som läst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s title: the ticket&apos;s subject and how many comments are new since last looked</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) since you last looked</source>
        <translation>
            <numerusform>%n ny kommentar sedan du senast tittade</numerusform>
            <numerusform>%n nya kommentarer sedan du senast tittade</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Watch Ticket</source>
        <translation>&amp;Bevaka ärende</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Bevaka</translation>
    </message>
    <message>
        <source>Be notified of new comments and status changes on this ticket, even when its tab is closed</source>
        <translation>Få besked om nya kommentarer och statusändringar i det här ärendet, även när dess flik är stängd</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Bevaka</translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets can be watched.</source>
        <translation>
            <numerusform>Högst %n ärende kan bevakas.</numerusform>
            <numerusform>Högst %n ärenden kan bevakas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new comments, the last by %1</source>
        <translation>
            <numerusform>%n ny kommentar, av %1</numerusform>
            <numerusform>%n nya kommentarer, den senaste av %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 kommenterade</translation>
    </message>
</context>
<context>
    <name>Ankra::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>Ankra::NewCommentCounts</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>The ticket list row&apos;s mark: comments added since the ticket was last looked at</extracomment>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comments since you last looked</source>
        <extracomment>Read aloud for a ticket list row: comments added since the ticket was last looked at</extracomment>
        <translation>
            <numerusform>%n ny kommentar sedan du senast tittade</numerusform>
            <numerusform>%n nya kommentarer sedan du senast tittade</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated since you last looked</source>
        <extracomment>The ticket list row&apos;s dot: the ticket changed after it was last looked at</extracomment>
        <translation>Ändrad sedan du senast tittade</translation>
    </message>
</context>
<context>
    <name>Ankra::NewSince</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Status changed: %1 → %2</source>
        <extracomment>The ticket&apos;s status before and now, e.g. &quot;Status changed: Open → Waiting on customer&quot;</extracomment>
        <translation>Status ändrad: %1 → %2</translation>
    </message>
    <message>
        <source>Severity changed: %1 → %2</source>
        <extracomment>The ticket&apos;s severity before and now, e.g. &quot;Severity changed: Low → High&quot;</extracomment>
        <translation>Allvarlighetsgrad ändrad: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Ankra::OrganisationJson</name>
    <message>
        <source>expected a string</source>
        <translation>en sträng förväntades</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>en array förväntades</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ett objekt förväntades</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>ett UUID förväntades</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>ett booleskt värde förväntades</translation>
    </message>
</context>
<context>
    <name>Ankra::Preview</name>
    <message>
        <source>This is not an image: %1</source>
        <translation>Det här är ingen bild: %1</translation>
    </message>
    <message>
        <source>The file is not an image this app can show, or it is damaged.</source>
        <translation>Filen är ingen bild som appen kan visa, eller så är den skadad.</translation>
    </message>
    <message>
        <source>The image is too large to preview (%1 × %2 pixels). Save it to open it elsewhere.</source>
        <translation>Bilden är för stor för att förhandsgranskas (%1 × %2 pixlar). Spara den för att öppna den i ett annat program.</translation>
    </message>
    <message>
        <source>The image could not be decoded (it may be truncated or damaged): %1</source>
        <translation>Bilden kunde inte avkodas (den kan vara avkortad eller skadad): %1</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: characters that could not be read are shown as �.</source>
        <translation>Texten är inte giltig UTF-8: tecken som inte kunde läsas visas som �.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Save the file to see all of it.</source>
        <translation>Visar de första %1 av %2. Spara filen för att se allt.</translation>
    </message>
</context>
<context>
    <name>Ankra::RunnableType</name>
    <message>
        <source>Files of type .%1 can run programs, so this one is only shown in its folder.</source>
        <translation>Filer av typen .%1 kan köra program, så den här visas bara i sin mapp.</translation>
    </message>
    <message>
        <source>Its content is %1, which can run as a program, so it is only shown in its folder.</source>
        <translation>Dess innehåll är %1, som kan köras som ett program, så den visas bara i sin mapp.</translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <translation>ett Linux-program (ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>ett Windows-program</translation>
    </message>
    <message>
        <source>a macOS program (Mach-O)</source>
        <translation>ett macOS-program (Mach-O)</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>ett macOS- eller Java-program</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>ett skript</translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation>en Windows-genväg</translation>
    </message>
    <message>
        <source>a macOS installer package</source>
        <translation>ett installationspaket för macOS</translation>
    </message>
    <message>
        <source>a disk image</source>
        <translation>en diskavbild</translation>
    </message>
    <message>
        <source>a desktop launcher</source>
        <translation>en skrivbordsstartare</translation>
    </message>
    <message>
        <source>a Java or Android application</source>
        <translation>ett Java- eller Android-program</translation>
    </message>
    <message>
        <source>The file could not be read to check its type, so it is only shown in its folder.</source>
        <translation>Filen kunde inte läsas för att kontrollera dess typ, så den visas bara i sin mapp.</translation>
    </message>
</context>
<context>
    <name>Ankra::SafeMarkdown</name>
    <message>
        <source>[Image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <source>image not loaded</source>
        <translation>bilden lästes inte in</translation>
    </message>
    <message>
        <source>link not opened</source>
        <translation>länken öppnades inte</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>Ankra::SavedSearchDelegate</name>
    <message>
        <source>Updated %1</source>
        <translation>Uppdaterad %1</translation>
    </message>
</context>
<context>
    <name>Ankra::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Bas-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>The address of the Ankra service, for example https://platform.ankra.app</source>
        <translation>Adressen till Ankra-tjänsten, till exempel https://platform.ankra.app</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problem med bas-URL</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>Paste an API token to save it in the system keychain; leave empty to keep the token in use</source>
        <translation>Klistra in en API-token för att spara den i systemets nyckelring. Lämna tomt för att behålla token som används</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Visa token</translation>
    </message>
    <message>
        <source>Show or hide the token you entered</source>
        <translation>Visa eller dölj token som du har angett</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Klistra in</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Klistra in token</translation>
    </message>
    <message>
        <source>Paste the token from the clipboard</source>
        <translation>Klistra in token från urklipp</translation>
    </message>
    <message>
        <source>Token in use</source>
        <translation>Token som används</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Testa a&amp;nslutning</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutning</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Remove the token saved in this app from the keychain</source>
        <translation>Ta bort token som sparats i den här appen från nyckelringen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av anslutningstest</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Pick one of your organisations, or type an organisation ID</source>
        <translation>Välj en av dina organisationer, eller skriv ett organisations-ID</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Läs in &amp;igen</translation>
    </message>
    <message>
        <source>Reload organisations</source>
        <translation>Läs in organisationer igen</translation>
    </message>
    <message>
        <source>Fetch your organisations again</source>
        <translation>Hämta dina organisationer igen</translation>
    </message>
    <message>
        <source>Organisation list status</source>
        <translation>Status för organisationslistan</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Always show &amp;absolute times (instead of “3 hours ago”)</source>
        <translation>Visa alltid &amp;absoluta tider (i stället för ”för 3 timmar sedan”)</translation>
    </message>
    <message>
        <source>Always show absolute times</source>
        <translation>Visa alltid absoluta tider</translation>
    </message>
    <message>
        <source>&amp;Reopen my tabs at the next start</source>
        <translation>Öppna mina flikar igen vid nästa sta&amp;rt</translation>
    </message>
    <message>
        <source>Reopen my tabs at the next start</source>
        <translation>Öppna mina flikar igen vid nästa start</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Nyckelringens status</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogknappar</translation>
    </message>
    <message>
        <source>Saved in the keychain — paste a new token to replace it</source>
        <translation>Sparad i nyckelringen — klistra in en ny token för att ersätta den</translation>
    </message>
    <message>
        <source>Paste an API token (Ankra web app: Profile → API Tokens)</source>
        <translation>Klistra in en API-token (Ankras webbapp: Profile → API Tokens)</translation>
    </message>
    <message>
        <source>Default organisation of the token</source>
        <translation>Standardorganisation för token</translation>
    </message>
    <message>
        <source>Default organisation, or an organisation ID</source>
        <translation>Standardorganisation, eller ett organisations-ID</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>The token contains spaces, line breaks or other characters a token does not have. Paste only the token.</source>
        <translation>Token innehåller blanksteg, radbrytningar eller andra tecken som en token inte har. Klistra bara in själva token.</translation>
    </message>
    <message>
        <source>There is no token to test with. Paste an API token above.</source>
        <translation>Det finns ingen token att testa med. Klistra in en API-token ovan.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testar anslutningen till %1…</translation>
    </message>
    <message>
        <source>The organisation ID entered is not one of them.</source>
        <translation>Det angivna organisations-ID:t är inte ett av dem.</translation>
    </message>
    <message>
        <source>%1 answered, but there is no Ankra API at this address (HTTP 404). Check the base URL.</source>
        <translation>%1 svarade, men det finns inget Ankra-API på den här adressen (HTTP 404). Kontrollera bas-URL:en.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your organisations can be listed once a token and base URL work. You can type an organisation ID instead.</source>
        <translation>Dina organisationer kan listas när en token och en bas-URL fungerar. Du kan skriva ett organisations-ID i stället.</translation>
    </message>
    <message>
        <source>Loading your organisations…</source>
        <translation>Läser in dina organisationer…</translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation>%1 — standard</translation>
    </message>
    <message>
        <source>%1 (your role: %2)</source>
        <translation>%1 (din roll: %2)</translation>
    </message>
    <message>
        <source>The token belongs to no organisation.</source>
        <translation>Token tillhör ingen organisation.</translation>
    </message>
    <message>
        <source>Could not list your organisations (%1). You can type an organisation ID instead.</source>
        <translation>Det gick inte att lista dina organisationer (%1). Du kan skriva ett organisations-ID i stället.</translation>
    </message>
    <message>
        <source>The organisation is neither one from the list nor an organisation ID (a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation>Organisationen är varken en från listan eller ett organisations-ID (ett UUID som 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</translation>
    </message>
    <message>
        <source>Signed out: the token saved in this app was removed.</source>
        <translation>Utloggad: token som sparats i den här appen har tagits bort.</translation>
    </message>
    <message>
        <source>A token saved here is used instead of ANKRA_API_TOKEN and ~/.ankra.yaml.</source>
        <translation>En token som sparas här används i stället för ANKRA_API_TOKEN och ~/.ankra.yaml.</translation>
    </message>
    <message>
        <source>A token entered here is saved in the system keychain, never in a settings file.</source>
        <translation>En token som anges här sparas i systemets nyckelring, aldrig i en inställningsfil.</translation>
    </message>
    <message>
        <source>Keychain unavailable (%1) — a token entered here is kept for this session only.</source>
        <translation>Nyckelringen är inte tillgänglig (%1) — en token som anges här behålls bara under den här sessionen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows, dates and numbers</source>
        <translation>Språk för appens fönster, datum och tal</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Börjar gälla vid nästa start.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the token works and belongs to %Ln organisation(s).</source>
        <translation>
            <numerusform>Ansluten till %1: token fungerar och tillhör %Ln organisation.</numerusform>
            <numerusform>Ansluten till %1: token fungerar och tillhör %Ln organisationer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) found.</source>
        <translation>
            <numerusform>%Ln organisation hittades.</numerusform>
            <numerusform>%Ln organisationer hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh the &amp;current ticket:</source>
        <translation>Up&amp;pdatera aktuellt ärende:</translation>
    </message>
    <message>
        <source>Refresh the current ticket</source>
        <translation>Uppdatera aktuellt ärende</translation>
    </message>
    <message>
        <source>How often the ticket in the current tab is fetched again by itself. Other tabs are refreshed every 5 minutes, the ticket list every minute while it is shown.</source>
        <translation>Hur ofta ärendet i den aktuella fliken hämtas på nytt av sig självt. Andra flikar uppdateras var 5:e minut, ärendelistan varje minut medan den visas.</translation>
    </message>
    <message>
        <source>Off (F5 only)</source>
        <translation>Av (endast F5)</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Var 30:e sekund</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Varje minut</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Var 5:e minut</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Var 15:e minut</translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation>Sparade kopior</translation>
    </message>
    <message>
        <source>&amp;Keep copies of tickets on this computer</source>
        <translation>Be&amp;håll kopior av ärenden på den här datorn</translation>
    </message>
    <message>
        <source>Keep copies of tickets on this computer</source>
        <translation>Behåll kopior av ärenden på den här datorn</translation>
    </message>
    <message>
        <source>Tickets you open are saved here, readable when the server cannot be reached and searchable. Never your token.</source>
        <translation>Ärenden du öppnar sparas här, läsbara när servern inte kan nås och sökbara. Aldrig din token.</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Behåll högst</translation>
    </message>
    <message>
        <source>Most tickets kept</source>
        <translation>Högsta antal sparade ärenden</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> ärenden</translation>
    </message>
    <message>
        <source>for at most</source>
        <translation>i högst</translation>
    </message>
    <message>
        <source>Most days kept</source>
        <translation>Högsta antal dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Copies Now</source>
        <translation>Ta bort sparad&amp;e kopior nu</translation>
    </message>
    <message>
        <source>No tickets are saved.</source>
        <translation>Inga ärenden är sparade.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved.</source>
        <translation>
            <numerusform>%n ärende sparat.</numerusform>
            <numerusform>%n ärenden sparade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n saved ticket(s).</source>
        <translation>
            <numerusform>Tog bort %n sparat ärende.</numerusform>
            <numerusform>Tog bort %n sparade ärenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for watched tickets</source>
        <translation>Visa skrivbordsa&amp;viseringar för bevakade ärenden</translation>
    </message>
    <message>
        <source>Show desktop notifications for watched tickets</source>
        <translation>Visa skrivbordsaviseringar för bevakade ärenden</translation>
    </message>
    <message>
        <source>A new comment or another status on a ticket you watch is announced on the desktop, even when its tab is not open.</source>
        <translation>En ny kommentar eller en ny status i ett ärende du bevakar visas på skrivbordet, även när dess flik inte är öppen.</translation>
    </message>
</context>
<context>
    <name>Ankra::ShortenedText</name>
    <message>
        <source>Shortened: showing the first %1 of %2 characters.</source>
        <translation>Förkortad: visar de första %1 av %2 tecken.</translation>
    </message>
</context>
<context>
    <name>Ankra::SingleInstance</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Det gick inte att skapa mappen %1.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 är inte en mapp.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user.</source>
        <translation>Mappen %1 tillhör en annan användare.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private.</source>
        <translation>Det gick inte att göra mappen %1 privat.</translation>
    </message>
    <message>
        <source>Too many tickets to hand over to the running window.</source>
        <translation>För många ärenden för att lämna över till fönstret som körs.</translation>
    </message>
    <message>
        <source>Could not use the lock file %1.</source>
        <translation>Det gick inte att använda låsfilen %1.</translation>
    </message>
    <message>
        <source>The running window did not answer; opening another one.</source>
        <translation>Fönstret som körs svarade inte; ett nytt öppnas.</translation>
    </message>
    <message>
        <source>Another start holds %1 but does not listen; opening another window.</source>
        <translation>En annan start håller %1 men lyssnar inte; ett nytt fönster öppnas.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Det gick inte att lyssna på %1: %2</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketId</name>
    <message>
        <source>“%1” looks like a ticket ID but has %2 characters instead of 36. Copy the whole ID again (e.g. %3), or paste a link to the ticket.</source>
        <translation>”%1” ser ut som ett ärende-ID men har %2 tecken i stället för 36. Kopiera hela ID:t igen (t.ex. %3), eller klistra in en länk till ärendet.</translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID but contains “%2”, which is not a hexadecimal digit (0-9, a-f). Copy the ID again, or paste a link to the ticket.</source>
        <translation>”%1” ser ut som ett ärende-ID men innehåller ”%2”, som inte är en hexadecimal siffra (0-9, a-f). Kopiera ID:t igen, eller klistra in en länk till ärendet.</translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID but its hyphens are in the wrong places; a ticket ID is grouped 8-4-4-4-12, e.g. %2. Copy the ID again, or paste a link to the ticket.</source>
        <translation>”%1” ser ut som ett ärende-ID men bindestrecken sitter på fel ställen; ett ärende-ID grupperas 8-4-4-4-12, t.ex. %2. Kopiera ID:t igen, eller klistra in en länk till ärendet.</translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID without its hyphens. Paste it grouped 8-4-4-4-12, e.g. %2, or paste a link to the ticket.</source>
        <translation>”%1” ser ut som ett ärende-ID utan bindestreck. Klistra in det grupperat 8-4-4-4-12, t.ex. %2, eller klistra in en länk till ärendet.</translation>
    </message>
    <message>
        <source>The ID in “%1” is part of a longer code. Paste the ticket ID on its own, e.g. %2, or a link to the ticket.</source>
        <translation>ID:t i ”%1” är en del av en längre kod. Klistra in enbart ärende-ID:t, t.ex. %2, eller en länk till ärendet.</translation>
    </message>
    <message>
        <source>Enter a ticket ID, e.g. %1, or paste a link to the ticket.</source>
        <translation>Ange ett ärende-ID, t.ex. %1, eller klistra in en länk till ärendet.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket link; ticket links look like ankra-ticket://ticket/%2.</source>
        <translation>”%1” är inte en ärendelänk; ärendelänkar ser ut som ankra-ticket://ticket/%2.</translation>
    </message>
    <message numerus="yes">
        <source>The text contains %n different IDs; paste just the ticket&apos;s ID or a link to the ticket.</source>
        <translation>
            <numerusform>Texten innehåller %n ID; klistra bara in ärendets ID eller en länk till ärendet.</numerusform>
            <numerusform>Texten innehåller %n olika ID:n; klistra bara in ärendets ID eller en länk till ärendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket ID found. Paste the ticket ID, e.g. %1, or a link to the ticket.</source>
        <translation>Inget ärende-ID hittades. Klistra in ärende-ID:t, t.ex. %1, eller en länk till ärendet.</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketJson</name>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>en sträng förväntades</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>en sträng eller null förväntades</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>ett UUID förväntades</translation>
    </message>
    <message>
        <source>expected a UUID or null</source>
        <translation>ett UUID eller null förväntades</translation>
    </message>
    <message>
        <source>expected a date-time</source>
        <translation>ett datum med tid förväntades</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>ett booleskt värde förväntades</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>en array förväntades</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ett objekt förväntades</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>ett icke-negativt heltal förväntades</translation>
    </message>
    <message>
        <source>the response is not valid JSON: %1 at offset %2</source>
        <translation>svaret är inte giltig JSON: %1 vid position %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ett JSON-objekt förväntades</translation>
    </message>
    <message>
        <source>expected a ticket list</source>
        <translation>en ärendelista förväntades</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListDelegate</name>
    <message>
        <source>Ankra team</source>
        <translation>Ankra-teamet</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Kluster: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Uppdaterad: %1</translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation>Följs av Ankra-teamet</translation>
    </message>
    <message>
        <source>Open in a tab</source>
        <translation>Öppna i en flik</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListPanel</name>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Show &amp;All Tickets</source>
        <translation>Visa &amp;alla ärenden</translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation>Var får jag en API-&amp;token?</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Sök i ämnen</translation>
    </message>
    <message>
        <source>Search ticket subjects</source>
        <translation>Sök i ärendenas ämnen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Refresh the list (F5)</source>
        <translation>Uppdatera listan (F5)</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Läser in ärenden…</translation>
    </message>
    <message>
        <source>&amp;Active (not resolved or closed)</source>
        <translation>A&amp;ktiva (inte lösta eller stängda)</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lla</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statusar</numerusform>
        </translation>
    </message>
    <message>
        <source>Which statuses the list shows</source>
        <translation>Vilka statusar listan visar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>The server did not accept the list request (%1). Check the server address in the settings; if it is right, update the app.</source>
        <translation>Servern godtog inte begäran om listan (%1). Kontrollera serveradressen i inställningarna. Om den stämmer, uppdatera appen.</translation>
    </message>
    <message>
        <source>The tickets could not be loaded: %1</source>
        <translation>Ärendena kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation>Inga ärenden matchar</translation>
    </message>
    <message>
        <source>No ticket has one of the chosen statuses.</source>
        <translation>Inget ärende har någon av de valda statusarna.</translation>
    </message>
    <message>
        <source>No ticket with one of the chosen statuses has “%1” in its subject.</source>
        <translation>Inget ärende med någon av de valda statusarna har ”%1” i ämnet.</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>Inga ärenden än</translation>
    </message>
    <message>
        <source>Your organisation has no support tickets. Tickets you open in Ankra appear here.</source>
        <translation>Din organisation har inga supportärenden. Ärenden som du öppnar i Ankra visas här.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>More tickets could not be loaded: %1. The list shows what arrived before.</source>
        <translation>Fler ärenden kunde inte läsas in: %1. Listan visar det som kom fram innan.</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1. It shows what was loaded before.</source>
        <translation>Listan kunde inte uppdateras: %1. Den visar det som lästes in tidigare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ärende</numerusform>
            <numerusform>%Ln ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) could not be shown (%1).</source>
        <translation>
            <numerusform>%Ln ärende kunde inte visas (%1).</numerusform>
            <numerusform>%Ln ärenden kunde inte visas (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open in &amp;Background Tab</source>
        <translation>Öppna i &amp;bakgrundsflik</translation>
    </message>
    <message>
        <source>Offline — showing the list saved at %1</source>
        <translation>Offline – visar listan som sparades %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Sparade på den här datorn</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Sök i</translation>
    </message>
    <message>
        <source>Search the server&apos;s tickets, or the copies saved on this computer (works offline)</source>
        <translation>Sök bland serverns ärenden eller bland kopiorna som sparats på den här datorn (fungerar offline)</translation>
    </message>
    <message>
        <source>Saved tickets found</source>
        <translation>Hittade sparade ärenden</translation>
    </message>
    <message>
        <source>Search saved tickets</source>
        <translation>Sök i sparade ärenden</translation>
    </message>
    <message>
        <source>Search the tickets saved on this computer</source>
        <translation>Sök bland ärendena som sparats på den här datorn</translation>
    </message>
    <message>
        <source>Search the saved copies again (F5)</source>
        <translation>Sök i de sparade kopiorna igen (F5)</translation>
    </message>
    <message>
        <source>Search the saved copies</source>
        <translation>Sök i de sparade kopiorna</translation>
    </message>
    <message>
        <source>Type words from a ticket opened on this computer: its subject, description, summary, comments or attachment names. This works offline.</source>
        <translation>Skriv ord ur ett ärende som öppnats på den här datorn: ur ämnet, beskrivningen, sammanfattningen, kommentarerna eller bilagornas namn. Det fungerar offline.</translation>
    </message>
    <message>
        <source>No saved ticket matches</source>
        <translation>Inget sparat ärende matchar</translation>
    </message>
    <message>
        <source>No ticket saved on this computer has “%1” in it.</source>
        <translation>Inget ärende som sparats på den här datorn innehåller ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved ticket(s)</source>
        <translation>
            <numerusform>%Ln sparat ärende</numerusform>
            <numerusform>%Ln sparade ärenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>Ärende-ID</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>AI-granskning</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>Kluster-ID</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>AI-sammanfattning</translation>
    </message>
    <message>
        <source>Tracked by Ankra team</source>
        <translation>Följs av Ankra-teamet</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketPage</name>
    <message>
        <source>Loading the ticket</source>
        <translation>Läser in ärendet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Avbryt inläsningen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Vad som hände och vad du kan göra</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>&amp;Edit the Ticket ID</source>
        <translation>&amp;Redigera ärende-ID:t</translation>
    </message>
    <message>
        <source>How to Get a &amp;Token</source>
        <translation>Så får du en &amp;token</translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation>Var får jag en API-&amp;token?</translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation>Läser in ärende %1…</translation>
    </message>
    <message>
        <source>(This is the demo server: it accepts only its own token.)</source>
        <translation>(Det här är demoservern: den godtar bara sin egen token.)</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>Försök igen om %1 s</translation>
    </message>
    <message>
        <source>Out of date: refreshing failed (%1). Showing the ticket as loaded at %2.</source>
        <translation>Inaktuellt: uppdateringen misslyckades (%1). Visar ärendet som det lästes in %2.</translation>
    </message>
    <message>
        <source>Offline — showing the copy saved at %1</source>
        <translation>Offline – visar kopian som sparades %1</translation>
    </message>
    <message>
        <source>Saved copy from %1 · refreshing…</source>
        <translation>Sparad kopia från %1 · uppdaterar…</translation>
    </message>
    <message>
        <source>Saved copy from %1</source>
        <translation>Sparad kopia från %1</translation>
    </message>
    <message>
        <source>&amp;Jump to First New</source>
        <translation>&amp;Hoppa till första nya</translation>
    </message>
    <message>
        <source>&amp;Mark as Read</source>
        <translation>&amp;Markera som läst</translation>
    </message>
    <message>
        <source>Scroll to the first comment added since you last looked (%1)</source>
        <translation>Rulla till den första kommentaren sedan du senast tittade (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) since you last looked</source>
        <translation>
            <numerusform>%n ny kommentar sedan du senast tittade</numerusform>
            <numerusform>%n nya kommentarer sedan du senast tittade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketStore</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>%1 is readable by others and could not be made private.</source>
        <translation>%1 kan läsas av andra och kunde inte göras privat.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off: Qt&apos;s SQLite driver is not installed (Debian and Ubuntu: libqt6sql6-sqlite). Tickets open as usual.</source>
        <translation>Sparade kopior är avstängda: Qts SQLite-drivrutin är inte installerad (Debian och Ubuntu: libqt6sql6-sqlite). Ärenden öppnas som vanligt.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 cannot be written (%2). Tickets open as usual; make the folder writable and start the app again.</source>
        <translation>Sparade kopior är avstängda för den här sessionen: %1 kan inte skrivas (%2). Ärenden öppnas som vanligt; gör mappen skrivbar och starta appen igen.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 is in use by another program (it stayed locked for %2 s). Tickets open as usual; close the other program and start the app again.</source>
        <translation>Sparade kopior är avstängda för den här sessionen: %1 används av ett annat program (den var låst i %2 s). Ärenden öppnas som vanligt; stäng det andra programmet och starta appen igen.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 could not be opened (%2). Tickets open as usual.</source>
        <translation>Sparade kopior är avstängda för den här sessionen: %1 kunde inte öppnas (%2). Ärenden öppnas som vanligt.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 could not be read or moved aside. Tickets open as usual; delete the file and start the app again.</source>
        <translation>Sparade kopior är avstängda för den här sessionen: %1 kunde varken läsas eller flyttas undan. Ärenden öppnas som vanligt; ta bort filen och starta appen igen.</translation>
    </message>
    <message>
        <source>The saved copies of tickets were made by a newer version of the app (schema %1; this one knows %2). They were moved aside to %3 and saving starts afresh; the newer version can still read them.</source>
        <translation>De sparade kopiorna gjordes av en nyare version av appen (schema %1; den här känner till %2). De flyttades till %3 och sparandet börjar om; den nyare versionen kan fortfarande läsa dem.</translation>
    </message>
    <message>
        <source>The saved copies of tickets could not be read (the file is damaged). It was moved aside to %1 and an empty one made; tickets open as usual. You may delete the moved file.</source>
        <translation>De sparade kopiorna kunde inte läsas (filen är skadad). Den flyttades till %1 och en tom skapades; ärenden öppnas som vanligt. Du kan ta bort den flyttade filen.</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketView</name>
    <message>
        <source>Ticket</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Ticket header</source>
        <translation>Ärendehuvud</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>Ärende-ID</translation>
    </message>
    <message>
        <source>Copy the ticket ID</source>
        <translation>Kopiera ärende-ID:t</translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation>Kopiera ärende-ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>AI-granskning</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>AI summary and description</source>
        <translation>AI-sammanfattning och beskrivning</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>AI-sammanfattning</translation>
    </message>
    <message>
        <source>Generated by AI, not written by a person. Check it against the ticket.</source>
        <translation>Genererad av AI, inte skriven av en person. Jämför den med ärendet.</translation>
    </message>
    <message>
        <source>AI summary text</source>
        <translation>AI-sammanfattningens text</translation>
    </message>
    <message>
        <source>No AI summary for this ticket.</source>
        <translation>Ingen AI-sammanfattning för det här ärendet.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Show the newest comment at the top</source>
        <translation>Visa den nyaste kommentaren överst</translation>
    </message>
    <message>
        <source>Newest comments first</source>
        <translation>Nyaste kommentarerna först</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyaste först</translation>
    </message>
    <message>
        <source>Double-click a comment to select part of its text; Ctrl+C copies the selected comments.</source>
        <translation>Dubbelklicka på en kommentar för att markera en del av texten; Ctrl+C kopierar de markerade kommentarerna.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Ärendedetaljer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>Kluster-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation>Följs av Ankra-teamet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>No attachments on this ticket.</source>
        <translation>Inga bilagor i det här ärendet.</translation>
    </message>
    <message>
        <source>Yes, the Ankra team is tracking this ticket</source>
        <translation>Ja, Ankra-teamet följer det här ärendet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The AI review flagged this ticket. The summary may be wrong or misleading: read the description and comments before acting on it.</source>
        <translation>AI-granskningen flaggade det här ärendet. Sammanfattningen kan vara felaktig eller missvisande: läs beskrivningen och kommentarerna innan du agerar på den.</translation>
    </message>
    <message>
        <source>*No description.*</source>
        <translation>*Ingen beskrivning.*</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentarer (%1)</translation>
    </message>
    <message>
        <source>Comments, %1</source>
        <translation>Kommentarer, %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Bilagor (%1)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>%1 of ticket %2</source>
        <translation>%1 för ärende %2</translation>
    </message>
    <message>
        <source>Find searches only this part; exports have all of it.</source>
        <translation>Sökningen söker bara i den här delen; exporter innehåller allt.</translation>
    </message>
    <message>
        <source>Show all of the subject</source>
        <translation>Visa hela ämnet</translation>
    </message>
    <message>
        <source>Show all of the description</source>
        <translation>Visa hela beskrivningen</translation>
    </message>
    <message>
        <source>Show all of the AI summary</source>
        <translation>Visa hela AI-sammanfattningen</translation>
    </message>
</context>
<context>
    <name>Ankra::TimeFormat</name>
    <message>
        <source>unknown time</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>för %Ln minut sedan</numerusform>
            <numerusform>för %Ln minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>för %Ln timme sedan</numerusform>
            <numerusform>för %Ln timmar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>för %Ln dag sedan</numerusform>
            <numerusform>för %Ln dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>för %Ln månad sedan</numerusform>
            <numerusform>för %Ln månader sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>för %Ln år sedan</numerusform>
            <numerusform>för %Ln år sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format (d = day, MMM = short month name, yyyy = year), for the language&apos;s order</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm:ss t</source>
        <extracomment>A QDateTime format (dddd = weekday, MMMM = month name, t = time zone)</extracomment>
        <translation>dddd d MMMM yyyy, HH:mm:ss t</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A relative time, then the absolute one (&quot;3 hours ago · 4 Mar 2025, 14:03&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Ankra::TokenStore</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Ingen nyckelring är tillgänglig (%1).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (%1 s).</source>
        <translation>Nyckelringen svarade inte i tid (%1 s).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write to the standard output.</source>
        <translation>Det gick inte att skriva till standardutdata.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another file with -o.</source>
        <translation>Det gick inte att skriva %1: %2. Välj en annan fil med -o.</translation>
    </message>
    <message numerus="yes">
        <source>ankra-ticket-viewer: %Ln ticket(s) could not be exported (%1).</source>
        <translation>
            <numerusform>ankra-ticket-viewer: %Ln ärende kunde inte exporteras (%1).</numerusform>
            <numerusform>ankra-ticket-viewer: %Ln ärenden kunde inte exporteras (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation>Ankra Ticket Viewer</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Kör med --help för att visa hur programmet används.</translation>
    </message>
</context>
</TS>
