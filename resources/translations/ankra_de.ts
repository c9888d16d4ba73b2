<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation>Funktionswunsch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Triaging</source>
        <translation>In Sichtung</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Warten auf Kunde</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>AI review pending</source>
        <translation>KI-Prüfung ausstehend</translation>
    </message>
    <message>
        <source>AI review passed</source>
        <translation>KI-Prüfung bestanden</translation>
    </message>
    <message>
        <source>AI review flagged</source>
        <translation>KI-Prüfung beanstandet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Ankra team</source>
        <translation>Ankra-Team</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Kein Schweregrad</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
</context>
<context>
    <name>Ankra::AboutDialog</name>
    <message>
        <source>About Ankra Ticket Viewer</source>
        <translation>Über Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>Ankra Ticket Viewer</source>
        <translation>Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>Shows Ankra support tickets: status, AI summary, description, comments and attachments.</source>
        <translation>Zeigt Ankra-Support-Tickets an: Status, KI-Zusammenfassung, Beschreibung, Kommentare und Anhänge.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Ankra platform</source>
        <translation>Ankra-Plattform</translation>
    </message>
    <message>
        <source>Ankra platform website</source>
        <translation>Website der Ankra-Plattform</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
</context>
<context>
    <name>Ankra::AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>Ankra::ApiClient</name>
    <message>
        <source>the response was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source> (content type %1)</source>
        <translation> (Inhaltstyp %1)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1: %2</source>
        <translation>unerwarteter HTTP-Status %1: %2</translation>
    </message>
    <message>
        <source>expected a ticket object</source>
        <translation>Ticket-Objekt erwartet</translation>
    </message>
    <message>
        <source>the server sent another ticket than the one asked for</source>
        <translation>der Server hat ein anderes Ticket gesendet als das angeforderte</translation>
    </message>
    <message>
        <source>the attachment ID is not a UUID</source>
        <translation>die Anhang-ID ist keine UUID</translation>
    </message>
    <message>
        <source>no file name to save to</source>
        <translation>kein Dateiname zum Speichern</translation>
    </message>
    <message>
        <source>no API token is set</source>
        <translation>es ist kein API-Token festgelegt</translation>
    </message>
    <message>
        <source>the API token contains spaces or characters that cannot be sent</source>
        <translation>das API-Token enthält Leerzeichen oder Zeichen, die nicht gesendet werden können</translation>
    </message>
    <message>
        <source>no valid server address is set</source>
        <translation>es ist keine gültige Serveradresse festgelegt</translation>
    </message>
    <message>
        <source>the organisation ID contains characters that cannot be sent</source>
        <translation>die Organisations-ID enthält Zeichen, die nicht gesendet werden können</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
</context>
<context>
    <name>Ankra::ApiError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Connection not set up</source>
        <translation>Verbindung nicht eingerichtet</translation>
    </message>
    <message>
        <source>Not a ticket ID</source>
        <translation>Keine Ticket-ID</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Server did not answer in time</source>
        <translation>Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Redirect to another server blocked</source>
        <translation>Weiterleitung zu anderem Server blockiert</translation>
    </message>
    <message>
        <source>API token not accepted</source>
        <translation>API-Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Ticket nicht gefunden</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Request took too long</source>
        <translation>Anfrage dauerte zu lange</translation>
    </message>
    <message>
        <source>File size not as declared</source>
        <translation>Dateigröße weicht von der Angabe ab</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>File could not be saved</source>
        <translation>Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Add an API token and the server address in the settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.</source>
        <translation>Es wurde nichts gesendet: %1. Geben Sie in den Einstellungen ein API-Token und die Serveradresse ein (oder setzen Sie ANKRA_API_TOKEN oder führen Sie `ankra login` aus) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was sent because the connection is not set up. Add an API token and the server address in the settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.</source>
        <translation>Es wurde nichts gesendet, weil die Verbindung nicht eingerichtet ist. Geben Sie in den Einstellungen ein API-Token und die Serveradresse ein (oder setzen Sie ANKRA_API_TOKEN oder führen Sie `ankra login` aus) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This is not a ticket ID. Paste the ticket&apos;s ID (a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b) or a link to the ticket.</source>
        <translation>Dies ist keine Ticket-ID. Fügen Sie die ID des Tickets (eine UUID wie 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b) oder einen Link zum Ticket ein.</translation>
    </message>
    <message>
        <source>The server could not be reached: there is no network connection or its name does not resolve. Check your internet connection and the server address in the settings, then try again.</source>
        <translation>Der Server ist nicht erreichbar: Es besteht keine Netzwerkverbindung oder sein Name lässt sich nicht auflösen. Prüfen Sie Ihre Internetverbindung und die Serveradresse in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at this address. Check the server address and port in the settings, or try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt: Unter dieser Adresse wartet kein Dienst auf Verbindungen. Prüfen Sie Serveradresse und Port in den Einstellungen oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again; if it keeps happening, the service may be slow or down.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut. Falls das Problem weiter auftritt, ist der Dienst möglicherweise langsam oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). Check the server address, your system clock and any proxy or antivirus that inspects HTTPS, then try again.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden (%1). Prüfen Sie die Serveradresse, Ihre Systemuhr sowie etwaige Proxys oder Virenschutzprogramme, die HTTPS untersuchen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established. Check the server address, your system clock and any proxy or antivirus that inspects HTTPS, then try again.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden. Prüfen Sie die Serveradresse, Ihre Systemuhr sowie etwaige Proxys oder Virenschutzprogramme, die HTTPS untersuchen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); it was not followed so that your token is not sent there. Check the server address in the settings.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet (%1). Der Weiterleitung wurde nicht gefolgt, damit Ihr Token nicht dorthin gesendet wird. Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed so that your token is not sent there. Check the server address in the settings.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet. Der Weiterleitung wurde nicht gefolgt, damit Ihr Token nicht dorthin gesendet wird. Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The API token was not accepted (it may be expired or revoked). Create a new token in Ankra under Profile → API Tokens, or run `ankra login`, then try again.</source>
        <translation>Das API-Token wurde nicht akzeptiert (es ist möglicherweise abgelaufen oder widerrufen). Erstellen Sie in Ankra unter Profil → API-Tokens ein neues Token oder führen Sie `ankra login` aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your token is not allowed to do this (missing permission “%1”). Ask an organisation admin to grant it, or choose the organisation the ticket belongs to.</source>
        <translation>Ihr Token hat dafür keine Berechtigung (fehlende Berechtigung „%1“). Bitten Sie einen Administrator der Organisation, sie zu erteilen, oder wählen Sie die Organisation, zu der das Ticket gehört.</translation>
    </message>
    <message>
        <source>Your token is not allowed to see this ticket (the server said “%1”). Ask an organisation admin for access, or choose the organisation the ticket belongs to.</source>
        <translation>Ihr Token darf dieses Ticket nicht anzeigen (Antwort des Servers: „%1“). Bitten Sie einen Administrator der Organisation um Zugriff oder wählen Sie die Organisation, zu der das Ticket gehört.</translation>
    </message>
    <message>
        <source>Your token is not allowed to see this ticket. Ask an organisation admin for access, or choose the organisation the ticket belongs to.</source>
        <translation>Ihr Token darf dieses Ticket nicht anzeigen. Bitten Sie einen Administrator der Organisation um Zugriff oder wählen Sie die Organisation, zu der das Ticket gehört.</translation>
    </message>
    <message>
        <source>No ticket with this ID in your organisation. Check the ID, or choose the organisation the ticket belongs to.</source>
        <translation>In Ihrer Organisation gibt es kein Ticket mit dieser ID. Prüfen Sie die ID oder wählen Sie die Organisation, zu der das Ticket gehört.</translation>
    </message>
    <message>
        <source>The server rejected the request: %1. Check the ticket ID; if it is right, update the app or contact Ankra support.</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1. Prüfen Sie die Ticket-ID. Wenn sie stimmt, aktualisieren Sie die App oder wenden Sie sich an den Ankra-Support.</translation>
    </message>
    <message>
        <source>The server rejected the request. Check the ticket ID; if it is right, update the app or contact Ankra support.</source>
        <translation>Der Server hat die Anfrage abgelehnt. Prüfen Sie die Ticket-ID. Wenn sie stimmt, aktualisieren Sie die App oder wenden Sie sich an den Ankra-Support.</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests from you. Wait and try again in %n s.</source>
        <translation>
            <numerusform>Der Server hat zu viele Anfragen von Ihnen erhalten. Warten Sie und versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Der Server hat zu viele Anfragen von Ihnen erhalten. Warten Sie und versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server received too many requests from you. Wait a minute, then try again.</source>
        <translation>Der Server hat zu viele Anfragen von Ihnen erhalten. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a few minutes; if it keeps happening, contact Ankra support.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es in einigen Minuten erneut. Falls das Problem weiter auftritt, wenden Sie sich an den Ankra-Support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (%1) and was not read. Check that the server address in the settings points at Ankra; if it does, contact Ankra support.</source>
        <translation>Die Antwort des Servers war zu groß (%1) und wurde nicht gelesen. Prüfen Sie, ob die Serveradresse in den Einstellungen auf Ankra verweist. Falls ja, wenden Sie sich an den Ankra-Support.</translation>
    </message>
    <message>
        <source>over the size limit</source>
        <translation>über der Größenbeschränkung</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what Ankra sends (%1). Check that the server address in the settings points at Ankra; if it does, update the app or contact Ankra support.</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was Ankra sendet (%1). Prüfen Sie, ob die Serveradresse in den Einstellungen auf Ankra verweist. Falls ja, aktualisieren Sie die App oder wenden Sie sich an den Ankra-Support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what Ankra sends. Check that the server address in the settings points at Ankra; if it does, update the app or contact Ankra support.</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was Ankra sendet. Prüfen Sie, ob die Serveradresse in den Einstellungen auf Ankra verweist. Falls ja, aktualisieren Sie die App oder wenden Sie sich an den Ankra-Support.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network connection and try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen (%1). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network connection and try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled. Load the ticket again when you are ready.</source>
        <translation>Die Anfrage wurde abgebrochen. Laden Sie das Ticket erneut, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>The request was stopped because it was still not complete after the time allowed for a whole request, although the server kept sending. The service or a proxy on the way may be very slow; try again later, and contact Ankra support if it keeps happening.</source>
        <translation>Die Anfrage wurde abgebrochen, weil sie nach der für eine vollständige Anfrage erlaubten Zeit noch nicht abgeschlossen war, obwohl der Server weiter Daten sendete. Der Dienst oder ein Proxy auf dem Weg ist möglicherweise sehr langsam. Versuchen Sie es später erneut und wenden Sie sich an den Ankra-Support, falls das Problem weiter auftritt.</translation>
    </message>
    <message>
        <source>The file&apos;s size was not what the ticket declares (%1); nothing was saved. Reload the ticket and try again.</source>
        <translation>Die Größe der Datei entsprach nicht der Angabe im Ticket (%1); es wurde nichts gespeichert. Laden Sie das Ticket neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file&apos;s size was not what the ticket declares; nothing was saved. Reload the ticket and try again.</source>
        <translation>Die Größe der Datei entsprach nicht der Angabe im Ticket; es wurde nichts gespeichert. Laden Sie das Ticket neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full (or the file is larger than allowed there); nothing was saved. Free some space or choose another folder.</source>
        <translation>Der Datenträger ist voll (oder die Datei ist größer als dort erlaubt); es wurde nichts gespeichert. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Choose another folder and try again.</source>
        <translation>Die Datei konnte nicht gespeichert werden (%1). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another folder and try again.</source>
        <translation>Die Datei konnte nicht gespeichert werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentActions</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>&amp;Alle speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save the selected attachment to a file</source>
        <translation>Ausgewählten Anhang in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save every attachment of this ticket into a folder</source>
        <translation>Alle Anhänge dieses Tickets in einem Ordner speichern</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>%1 of %2, saving to %3</source>
        <translation>%1 von %2, wird in %3 gespeichert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Save All Attachments To</source>
        <translation>Alle Anhänge speichern in</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentDownload</name>
    <message>
        <source>another download is saving to %1</source>
        <translation>ein anderer Download speichert bereits in %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>the server sent more than the %1 the ticket declares (%2 or more)</source>
        <translation>der Server hat mehr als die im Ticket angegebenen %1 gesendet (%2 oder mehr)</translation>
    </message>
    <message>
        <source>the server sent %1 of the %2 the ticket declares</source>
        <translation>der Server hat %1 der im Ticket angegebenen %2 gesendet</translation>
    </message>
    <message>
        <source>%1 appeared while downloading</source>
        <translation>%1 ist während des Downloads entstanden</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>a redirect without a valid target</source>
        <translation>eine Weiterleitung ohne gültiges Ziel</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>The server has no such attachment (any more). Reload the ticket to see its current attachments.</source>
        <translation>Der Server hat diesen Anhang nicht (mehr). Laden Sie das Ticket neu, um seine aktuellen Anhänge zu sehen.</translation>
    </message>
    <message>
        <source>Your token is not allowed to download this attachment. Ask an organisation admin for access.</source>
        <translation>Ihr Token darf diesen Anhang nicht herunterladen. Bitten Sie einen Administrator der Organisation um Zugriff.</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was saved.</source>
        <translation>Der Download wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The download was stopped and nothing was saved: %1.</source>
        <translation>Der Download wurde abgebrochen und nichts gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Attachment text</source>
        <translation>Text des Anhangs</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save it to your last folder and open it in its usual application</source>
        <translation>Im zuletzt verwendeten Ordner speichern und mit der zugehörigen Anwendung öffnen</translation>
    </message>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>Die heruntergeladene Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No preview for this type (%1, %2). Save it to open it.</source>
        <translation>Keine Vorschau für diesen Typ (%1, %2). Speichern Sie die Datei, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>No preview for this type (%1, %2). Open it in its usual application, or save it.</source>
        <translation>Keine Vorschau für diesen Typ (%1, %2). Öffnen Sie die Datei mit der zugehörigen Anwendung oder speichern Sie sie.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
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
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>Gzip archive</source>
        <translation>Gzip-Archiv</translation>
    </message>
    <message>
        <source>Tar archive</source>
        <translation>Tar-Archiv</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>PEM-Zertifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1-Bild</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1-Text</translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
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
        <translation>%1: %2 (ein dieser Version unbekannter Wert)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>KI-Prüfung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Beanstandet</translation>
    </message>
</context>
<context>
    <name>Ankra::CommandLine</name>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>usage error, or the output could not be written</source>
        <translation>Aufruffehler oder die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Shows an Ankra support ticket: subject, status, AI summary, description, comments and attachments.

The API token comes from the app&apos;s settings, ANKRA_API_TOKEN, or ~/.ankra.yaml (ankra login); ANKRA_BASE_URL, ANKRA_ORG and ANKRA_ALLOW_INSECURE_HTTP are honoured as by the ankra CLI.

</source>
        <translation>Zeigt ein Ankra-Support-Ticket an: Betreff, Status, KI-Zusammenfassung, Beschreibung, Kommentare und Anhänge.

Das API-Token stammt aus den Einstellungen der App, aus ANKRA_API_TOKEN oder aus ~/.ankra.yaml (ankra login); ANKRA_BASE_URL, ANKRA_ORG und ANKRA_ALLOW_INSECURE_HTTP werden wie von der ankra-CLI berücksichtigt.

</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Fetch TICKET and write it as json or markdown, without a window; with --list, the matching tickets as json, csv or markdown.</source>
        <translation>TICKET abrufen und ohne Fenster als json oder markdown ausgeben; mit --list die passenden Tickets als json, csv oder markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Save attachments of TICKET without a window: --download TICKET [ATTACHMENT...] [-o DIR], by ID or exact filename, all of them when none is named; prints each saved path. Names are made safe and never overwrite a file.</source>
        <translation>Anhänge von TICKET ohne Fenster speichern: --download TICKET [ANHANG...] [-o ORDNER], per ID oder exaktem Dateinamen, alle, wenn keiner angegeben ist; gibt jeden gespeicherten Pfad aus. Namen werden bereinigt und überschreiben nie eine Datei.</translation>
    </message>
    <message>
        <source>With --export: the ticket list (every page, up to --limit) instead of one ticket.</source>
        <translation>Mit --export: die Ticketliste (alle Seiten, bis zu --limit) statt eines einzelnen Tickets.</translation>
    </message>
    <message>
        <source>With --list: only tickets with this status (repeat for several): %1.</source>
        <translation>Mit --list: nur Tickets mit diesem Status (für mehrere wiederholen): %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>With --list: only tickets with TEXT in their subject.</source>
        <translation>Mit --list: nur Tickets, deren Betreff TEXT enthält.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>With --list: at most N tickets (default 1000).</source>
        <translation>Mit --list: höchstens N Tickets (Standard: 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --export: write to FILE instead of the standard output. With --download: save into this folder (default: the current one).</source>
        <translation>Mit --export: in DATEI statt in die Standardausgabe schreiben. Mit --download: in diesem Ordner speichern (Standard: der aktuelle).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Show bundled sample tickets; no account needed.</source>
        <translation>Mitgelieferte Beispiel-Tickets anzeigen; kein Konto erforderlich.</translation>
    </message>
    <message>
        <source>Open the TICKETs (without any: the saved tabs, else the first demo ticket), save the window with the last one shown as a PNG and exit.</source>
        <translation>Die TICKETs öffnen (ohne Angabe: die gespeicherten Tabs, sonst das erste Demo-Ticket), das Fenster mit dem zuletzt angezeigten als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x860).</source>
        <translation>Mit --screenshot: die Fenstergröße (Standard: 1280x860).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Force a light or dark palette.</source>
        <translation>Helle oder dunkle Farbpalette erzwingen.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Log debug messages of the app (to standard error and the log file).</source>
        <translation>Debug-Meldungen der App protokollieren (in die Standardfehlerausgabe und die Protokolldatei).</translation>
    </message>
    <message>
        <source>Ticket IDs, or links that contain one (such as ankra-ticket://ticket/ID), opened in order; the last one is shown. A window that is already running opens them and comes to the front.</source>
        <translation>Ticket-IDs oder Links, die eine enthalten (etwa ankra-ticket://ticket/ID), werden der Reihe nach geöffnet; das letzte wird angezeigt. Ein bereits laufendes Fenster öffnet sie und kommt in den Vordergrund.</translation>
    </message>
    <message>
        <source>[TICKET...]</source>
        <translation>[TICKET...]</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, for example 1280x860.</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1280x860.</translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark.</source>
        <translation>--color-scheme erwartet light oder dark.</translation>
    </message>
    <message>
        <source>--download cannot be combined with --export.</source>
        <translation>--download kann nicht mit --export kombiniert werden.</translation>
    </message>
    <message>
        <source>--download needs a ticket ID, for example: ankra-ticket-viewer --download 3f2504e0-4f89-41d3-9a0c-0305e82c3301 -o ~/Downloads</source>
        <translation>--download benötigt eine Ticket-ID, zum Beispiel: ankra-ticket-viewer --download 3f2504e0-4f89-41d3-9a0c-0305e82c3301 -o ~/Downloads</translation>
    </message>
    <message>
        <source>--download cannot be combined with --demo or --screenshot.</source>
        <translation>--download kann nicht mit --demo oder --screenshot kombiniert werden.</translation>
    </message>
    <message>
        <source>--status, --search and --limit go with --export FORMAT --list.</source>
        <translation>--status, --search und --limit gehören zu --export FORMAT --list.</translation>
    </message>
    <message>
        <source>--list goes with --export, for example: ankra-ticket-viewer --export csv --list --status open</source>
        <translation>--list gehört zu --export, zum Beispiel: ankra-ticket-viewer --export csv --list --status open</translation>
    </message>
    <message>
        <source>--status takes one of %1 (got “%2”).</source>
        <translation>--status erwartet einen der Werte %1 (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>--limit takes a number of tickets from 1 to 1000000.</source>
        <translation>--limit erwartet eine Anzahl Tickets von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>--export --list takes json, csv or markdown.</source>
        <translation>--export --list erwartet json, csv oder markdown.</translation>
    </message>
    <message>
        <source>--list exports the ticket list: give no ticket ID with it.</source>
        <translation>--list exportiert die Ticketliste: Geben Sie dabei keine Ticket-ID an.</translation>
    </message>
    <message>
        <source>csv is for the ticket list: add --list, or export one ticket as json or markdown.</source>
        <translation>csv ist für die Ticketliste gedacht: Fügen Sie --list hinzu oder exportieren Sie ein einzelnes Ticket als json oder markdown.</translation>
    </message>
    <message>
        <source>--export takes json or markdown.</source>
        <translation>--export erwartet json oder markdown.</translation>
    </message>
    <message>
        <source>--export needs a ticket ID, for example: ankra-ticket-viewer --export json 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (or --list for the list)</source>
        <translation>--export benötigt eine Ticket-ID, zum Beispiel: ankra-ticket-viewer --export json 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (oder --list für die Liste)</translation>
    </message>
    <message>
        <source>--export takes one ticket at a time (got %1).</source>
        <translation>--export verarbeitet nur ein Ticket auf einmal (erhalten: %1).</translation>
    </message>
    <message>
        <source>--export cannot be combined with --demo or --screenshot.</source>
        <translation>--export kann nicht mit --demo oder --screenshot kombiniert werden.</translation>
    </message>
    <message>
        <source>--output goes with --export or --download.</source>
        <translation>--output gehört zu --export oder --download.</translation>
    </message>
</context>
<context>
    <name>Ankra::CommentDelegate</name>
    <message>
        <source>Copy the comment or export the ticket for all of it.</source>
        <translation>Kopieren Sie den Kommentar oder exportieren Sie das Ticket, um ihn vollständig zu erhalten.</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentartext</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>The mark on a comment added since the agent last looked at the ticket</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Neu seit Ihrem letzten Besuch</translation>
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
        <translation>Neu: %1</translation>
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
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy with Author and Time</source>
        <translation>Mit Autor und Zeit kopieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Select Text…</source>
        <translation>Text auswählen…</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message numerus="yes">
        <source>Copy Text of %Ln Comment(s)</source>
        <translation>
            <numerusform>Text von %Ln Kommentar kopieren</numerusform>
            <numerusform>Text von %Ln Kommentaren kopieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::Config</name>
    <message>
        <source>%1 is larger than 1 MiB and was not read; it is not a file written by `ankra login`.</source>
        <translation>%1 ist größer als 1 MiB und wurde nicht gelesen; es ist keine von `ankra login` geschriebene Datei.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2); its token is not used.</source>
        <translation>%1 konnte nicht gelesen werden (%2); das darin enthaltene Token wird nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 can be read and changed by other users of this computer, and it holds your Ankra token. Run “%2” to make it private.</source>
        <translation>%1 kann von anderen Benutzern dieses Computers gelesen und geändert werden und enthält Ihr Ankra-Token. Führen Sie „%2“ aus, um die Datei privat zu machen.</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer, and it holds your Ankra token. Run “%2” to make it private.</source>
        <translation>%1 kann von anderen Benutzern dieses Computers gelesen werden und enthält Ihr Ankra-Token. Führen Sie „%2“ aus, um die Datei privat zu machen.</translation>
    </message>
    <message>
        <source>%1 can be changed by other users of this computer, who could redirect your Ankra token. Run “%2” to make it private.</source>
        <translation>%1 kann von anderen Benutzern dieses Computers geändert werden, die Ihr Ankra-Token umleiten könnten. Führen Sie „%2“ aus, um die Datei privat zu machen.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Bytes</translation>
    </message>
    <message>
        <source>The base URL is empty. Enter the address of the Ankra service, e.g. %1.</source>
        <translation>Die Basis-URL ist leer. Geben Sie die Adresse des Ankra-Dienstes ein, z. B. %1.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL. Enter it like %1.</source>
        <translation>Die Basis-URL ist keine gültige URL. Geben Sie sie in der Form %1 ein.</translation>
    </message>
    <message>
        <source>The base URL must start with https://, e.g. %1.</source>
        <translation>Die Basis-URL muss mit https:// beginnen, z. B. %1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password. Remove the part up to “@”; the app signs in with your API token.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten. Entfernen Sie den Teil bis einschließlich „@“; die App meldet sich mit Ihrem API-Token an.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for this computer&apos;s own address), e.g. %1.</source>
        <translation>Die Basis-URL muss mit https:// beginnen (oder mit http:// für die eigene Adresse dieses Computers), z. B. %1.</translation>
    </message>
    <message>
        <source>The base URL has no host name. Enter it like %1.</source>
        <translation>Die Basis-URL enthält keinen Hostnamen. Geben Sie sie in der Form %1 ein.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query. Remove the part from “?” on, e.g. %1.</source>
        <translation>Die Basis-URL darf keine Abfrage enthalten. Entfernen Sie den Teil ab „?“, z. B. %1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment. Remove the part from “#” on, e.g. %1.</source>
        <translation>Die Basis-URL darf kein Fragment enthalten. Entfernen Sie den Teil ab „#“, z. B. %1.</translation>
    </message>
    <message>
        <source>The base URL uses plain http:// for a host other than this computer, which would send your token unencrypted. Use https://, or set ANKRA_ALLOW_INSECURE_HTTP=1 if you accept that risk (http:// is allowed for localhost and 127.0.0.1 without it).</source>
        <translation>Die Basis-URL verwendet unverschlüsseltes http:// für einen anderen Host als diesen Computer, wodurch Ihr Token unverschlüsselt gesendet würde. Verwenden Sie https:// oder setzen Sie ANKRA_ALLOW_INSECURE_HTTP=1, wenn Sie dieses Risiko in Kauf nehmen (für localhost und 127.0.0.1 ist http:// auch ohne diese Einstellung erlaubt).</translation>
    </message>
    <message>
        <source>saved in Ankra Ticket Viewer</source>
        <translation>in Ankra Ticket Viewer gespeichert</translation>
    </message>
    <message>
        <source>ANKRA_API_TOKEN environment variable</source>
        <translation>Umgebungsvariable ANKRA_API_TOKEN</translation>
    </message>
    <message>
        <source>~/.ankra.yaml (ankra login)</source>
        <translation>~/.ankra.yaml (ankra login)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>the base URL saved in Ankra Ticket Viewer</source>
        <translation>die in Ankra Ticket Viewer gespeicherte Basis-URL</translation>
    </message>
    <message>
        <source>ANKRA_BASE_URL</source>
        <translation>ANKRA_BASE_URL</translation>
    </message>
    <message>
        <source>the default base URL</source>
        <translation>die Standard-Basis-URL</translation>
    </message>
    <message>
        <source> The token from %1 is used instead.</source>
        <translation> Stattdessen wird das Token aus folgender Quelle verwendet: %1.</translation>
    </message>
    <message>
        <source>The token saved in Ankra Ticket Viewer was saved for %1 and is not sent to the server that %2 names.%3 To use this server, sign in for it: open Settings and enter an API token made for it. To use the saved token, go back to %1%4.</source>
        <translation>Das in Ankra Ticket Viewer gespeicherte Token wurde für %1 gespeichert und wird nicht an den Server gesendet, den %2 angibt.%3 Um diesen Server zu verwenden, melden Sie sich dort an: Öffnen Sie die Einstellungen und geben Sie ein dafür erstelltes API-Token ein. Um das gespeicherte Token zu verwenden, wechseln Sie zurück zu %1%4.</translation>
    </message>
    <message>
        <source> in Settings</source>
        <translation> in den Einstellungen</translation>
    </message>
    <message>
        <source> (unset ANKRA_BASE_URL)</source>
        <translation> (ANKRA_BASE_URL entfernen)</translation>
    </message>
    <message>
        <source>base-url in %1</source>
        <translation>base-url in %1</translation>
    </message>
    <message>
        <source>ANKRA_BASE_URL is ignored: the token from %1 (ankra login) is only used with that file&apos;s base-url, as the ankra command does.</source>
        <translation>ANKRA_BASE_URL wird ignoriert: Das Token aus %1 (ankra login) wird nur mit der base-url dieser Datei verwendet, wie es auch der Befehl ankra tut.</translation>
    </message>
    <message>
        <source>The base URL saved in Ankra Ticket Viewer is ignored: the token from %1 (ankra login) is only used with that file&apos;s base-url. Sign in in the app to use another service.</source>
        <translation>Die in Ankra Ticket Viewer gespeicherte Basis-URL wird ignoriert: Das Token aus %1 (ankra login) wird nur mit der base-url dieser Datei verwendet. Melden Sie sich in der App an, um einen anderen Dienst zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot use %1. %2</source>
        <translation>%1 kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>The organisation saved in Ankra Ticket Viewer is not a valid organisation ID and is ignored; choose the organisation again.</source>
        <translation>Die in Ankra Ticket Viewer gespeicherte Organisation ist keine gültige Organisations-ID und wird ignoriert. Wählen Sie die Organisation erneut.</translation>
    </message>
    <message>
        <source>ANKRA_ORG is not an organisation ID, so it is ignored and your default organisation is used. Set ANKRA_ORG to the organisation&apos;s ID, a UUID of 32 hexadecimal digits such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301; names are not looked up.</source>
        <translation>ANKRA_ORG ist keine Organisations-ID und wird daher ignoriert; Ihre Standardorganisation wird verwendet. Setzen Sie ANKRA_ORG auf die ID der Organisation, eine UUID aus 32 Hexadezimalziffern wie 3f2504e0-4f89-41d3-9a0c-0305e82c3301; Namen werden nicht nachgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Ankra::Credentials</name>
    <message>
        <source>The token saved in this app was saved for %1 and is not sent to this server; enter an API token made for this server to sign in here.</source>
        <translation>Das in dieser App gespeicherte Token wurde für %1 gespeichert und wird nicht an diesen Server gesendet. Geben Sie ein für diesen Server erstelltes API-Token ein, um sich hier anzumelden.</translation>
    </message>
    <message>
        <source>In use: the token entered in this app (being saved in the system keychain).</source>
        <translation>Verwendet: das in dieser App eingegebene Token (wird im Schlüsselbund des Systems gespeichert).</translation>
    </message>
    <message>
        <source>In use: the token entered in this app, kept for this session only because the system keychain is unavailable.</source>
        <translation>Verwendet: das in dieser App eingegebene Token, nur für diese Sitzung aufbewahrt, da der Schlüsselbund des Systems nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>In use: the token saved in this app (in the system keychain).</source>
        <translation>Verwendet: das in dieser App gespeicherte Token (im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>In use: the token from the ANKRA_API_TOKEN environment variable.</source>
        <translation>Verwendet: das Token aus der Umgebungsvariable ANKRA_API_TOKEN.</translation>
    </message>
    <message>
        <source>In use: the token from ~/.ankra.yaml, saved by `ankra login`.</source>
        <translation>Verwendet: das Token aus ~/.ankra.yaml, gespeichert von `ankra login`.</translation>
    </message>
    <message>
        <source>Reading the token saved in this app from the system keychain…</source>
        <translation>Das in dieser App gespeicherte Token wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>No API token is set up.</source>
        <translation>Es ist kein API-Token eingerichtet.</translation>
    </message>
    <message>
        <source>Keychain unavailable — the token saved in this app could not be read, so the token from %1 is used. Enter a token in Settings to use it for this session.</source>
        <translation>Schlüsselbund nicht verfügbar – das in dieser App gespeicherte Token konnte nicht gelesen werden, daher wird das Token aus folgender Quelle verwendet: %1. Geben Sie in den Einstellungen ein Token ein, um es für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>Keychain unavailable — the token saved in this app could not be read. Enter it in Settings to use it for this session.</source>
        <translation>Schlüsselbund nicht verfügbar – das in dieser App gespeicherte Token konnte nicht gelesen werden. Geben Sie es in den Einstellungen ein, um es für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>Keychain unavailable — the token is kept for this session only.</source>
        <translation>Schlüsselbund nicht verfügbar – das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain did not store the token — it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert – es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Ankra::DBusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Ankra::DemoServer</name>
    <message>
        <source>The sample tickets are missing from this build.</source>
        <translation>Die Beispiel-Tickets fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>Could not start the demo server on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Ankra::DiagnosticsMenu</name>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy the app&apos;s versions, system, server, keychain state and last log lines (never the token), to paste into a support request</source>
        <translation>Versionen der App, System, Server, Schlüsselbund-Status und letzte Protokollzeilen (nie das Token) kopieren, um sie in eine Support-Anfrage einzufügen</translation>
    </message>
    <message>
        <source>Diagnostics copied. They hold no token; paste them into your support request.</source>
        <translation>Diagnosedaten kopiert. Sie enthalten kein Token; fügen Sie sie in Ihre Support-Anfrage ein.</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the app&apos;s log files</source>
        <translation>Ordner mit den Protokolldateien der App anzeigen</translation>
    </message>
    <message>
        <source>Could not open the log folder: %1</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Ankra::DialogButtons</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Ankra::DownloadCommand</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>The ticket has no attachment with the ID or name “%1”. Run without attachment names to save them all.</source>
        <translation>Das Ticket hat keinen Anhang mit der ID oder dem Namen „%1“. Führen Sie den Befehl ohne Anhangnamen aus, um alle zu speichern.</translation>
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
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>KI-Prüfung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation>Vom Ankra-Team verfolgt</translation>
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
        <source>AI summary</source>
        <translation>KI-Zusammenfassung</translation>
    </message>
    <message>
        <source>AI-generated; it may be inaccurate.</source>
        <translation>KI-generiert; möglicherweise ungenau.</translation>
    </message>
    <message>
        <source>No AI summary.</source>
        <translation>Keine KI-Zusammenfassung.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Keine Anhänge.</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Keine passenden Tickets.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Verfolgt</translation>
    </message>
</context>
<context>
    <name>Ankra::FindBar</name>
    <message>
        <source>Find in ticket</source>
        <translation>Im Ticket suchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 von %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Ankra::FullTextView</name>
    <message numerus="yes">
        <source>All %Ln character(s). Lines longer than %1 characters are broken for display.</source>
        <translation>
            <numerusform>Insgesamt %Ln Zeichen. Zeilen, die länger als %1 Zeichen sind, werden für die Anzeige umbrochen.</numerusform>
            <numerusform>Insgesamt %Ln Zeichen. Zeilen, die länger als %1 Zeichen sind, werden für die Anzeige umbrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading: %1 of %Ln character(s) so far.</source>
        <translation>
            <numerusform>Wird geladen: bisher %1 von %Ln Zeichen.</numerusform>
            <numerusform>Wird geladen: bisher %1 von %Ln Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::GuiApp</name>
    <message>
        <source>Could not write the screenshot to %1: %2</source>
        <translation>Der Screenshot konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ankra::LinkOpener</name>
    <message>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>This link comes from the ticket. Open it in your browser?</source>
        <translation>Dieser Link stammt aus dem Ticket. Im Browser öffnen?</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail links are opened from a ticket. This one was not:</source>
        <translation>Aus einem Ticket werden nur Web-Links (http, https) und E-Mail-Links geöffnet. Dieser wurde nicht geöffnet:</translation>
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
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>Ticket ID or link</source>
        <translation>Ticket-ID oder Link</translation>
    </message>
    <message>
        <source>Paste a ticket ID or a link to a ticket and press Enter.</source>
        <translation>Fügen Sie eine Ticket-ID oder einen Link zu einem Ticket ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Paste a ticket ID or link and press Enter (Ctrl+L)</source>
        <translation>Ticket-ID oder Link einfügen und Eingabetaste drücken (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation>Ticket-ID kopieren</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Ticket field error</source>
        <translation>Fehler im Ticketfeld</translation>
    </message>
    <message>
        <source>Open a ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>Sample tickets</source>
        <translation>Beispiel-Tickets</translation>
    </message>
    <message>
        <source>Where Do I Get a Token?</source>
        <translation>Wo bekomme ich ein Token?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>Bei&amp;spiele</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Go to Ticket Field</source>
        <translation>&amp;Zum Ticketfeld</translation>
    </message>
    <message>
        <source>Put the cursor in the ticket field to paste an ID or link</source>
        <translation>Cursor in das Ticketfeld setzen, um eine ID oder einen Link einzufügen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the ticket again (F5)</source>
        <translation>Ticket erneut abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find in Ticket…</source>
        <translation>&amp;Im Ticket suchen…</translation>
    </message>
    <message>
        <source>Find text in the ticket (Ctrl+F)</source>
        <translation>Text im Ticket suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>Laden abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Copy Ticket ID</source>
        <translation>Ticket-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the ticket ID (Ctrl+Shift+C)</source>
        <translation>Ticket-ID kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Base URL, API token and organisation (Ctrl+,)</source>
        <translation>Basis-URL, API-Token und Organisation (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Newest Comments First</source>
        <translation>&amp;Neueste Kommentare zuerst</translation>
    </message>
    <message>
        <source>Always Show &amp;Absolute Times</source>
        <translation>Immer &amp;absolute Zeiten anzeigen</translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation>Wo bekomme ich ein API-&amp;Token?</translation>
    </message>
    <message>
        <source>&amp;About Ankra Ticket Viewer</source>
        <translation>Ü&amp;ber Ankra Ticket Viewer</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Geöffnete Tickets</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>Zuletzt geöffnete Tickets</translation>
    </message>
    <message>
        <source>Loaded at %1.</source>
        <translation>Geladen um %1.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>Reopen Closed Ta&amp;b</source>
        <translation>Geschlossenen Tab &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy an ankra-ticket:// link that opens this ticket in the viewer</source>
        <translation>Einen ankra-ticket://-Link kopieren, der dieses Ticket im Viewer öffnet</translation>
    </message>
    <message>
        <source>Recent &amp;Tickets</source>
        <translation>Zuletzt &amp;geöffnete Tickets</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ticket &amp;List</source>
        <translation>&amp;Ticketliste</translation>
    </message>
    <message>
        <source>&amp;Search Tickets</source>
        <translation>Tickets &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Try a sample ticket</source>
        <translation>Beispiel-Ticket ausprobieren</translation>
    </message>
    <message>
        <source>These sample tickets come from a demo server inside this app. Click one to open it, or paste a sample&apos;s ID into the field above.</source>
        <translation>Diese Beispiel-Tickets stammen von einem Demo-Server in dieser App. Klicken Sie auf eines, um es zu öffnen, oder fügen Sie die ID eines Beispiels in das Feld oben ein.</translation>
    </message>
    <message>
        <source>Paste a ticket ID, or a link to a ticket, into the field above and press Enter. Ctrl+L puts the cursor there.</source>
        <translation>Fügen Sie eine Ticket-ID oder einen Link zu einem Ticket in das Feld oben ein und drücken Sie die Eingabetaste. Mit Ctrl+L gelangen Sie direkt in das Feld.</translation>
    </message>
    <message>
        <source>API token: %1.</source>
        <translation>API-Token: %1.</translation>
    </message>
    <message>
        <source>No API token is set up, so you see demo data. To see your organisation&apos;s tickets, create a token in the Ankra web app (Profile, then API Tokens) and paste it in Settings (Ctrl+,), start this app with it in ANKRA_API_TOKEN, or sign in with `ankra login`.</source>
        <translation>Es ist kein API-Token eingerichtet, daher sehen Sie Demodaten. Um die Tickets Ihrer Organisation zu sehen, erstellen Sie in der Ankra-Web-App ein Token (Profil, dann API-Tokens) und fügen Sie es in den Einstellungen (Ctrl+,) ein, starten Sie diese App mit dem Token in ANKRA_API_TOKEN oder melden Sie sich mit `ankra login` an.</translation>
    </message>
    <message>
        <source>Demo data: sample tickets from a server inside this app (--demo). Nothing is sent to Ankra.</source>
        <translation>Demodaten: Beispiel-Tickets von einem Server in dieser App (--demo). Es wird nichts an Ankra gesendet.</translation>
    </message>
    <message>
        <source>Demo data: no API token is set up, so these are sample tickets from a server inside this app. Nothing is sent to Ankra.</source>
        <translation>Demodaten: Es ist kein API-Token eingerichtet, daher sind dies Beispiel-Tickets von einem Server in dieser App. Es wird nichts an Ankra gesendet.</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>An empty tab: paste a ticket ID into the field above.</source>
        <translation>Ein leerer Tab: Fügen Sie oben eine Ticket-ID in das Feld ein.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Tickets</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Copied ticket ID %1.</source>
        <translation>Ticket-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied link %1.</source>
        <translation>Link %1 kopiert.</translation>
    </message>
    <message>
        <source>API Token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where an API token comes from&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in at &lt;a href=&quot;https://platform.ankra.app&quot;&gt;platform.ankra.app&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;Open &lt;i&gt;Profile&lt;/i&gt;, then &lt;i&gt;API Tokens&lt;/i&gt;, and choose &lt;i&gt;Add Token&lt;/i&gt;. Copy it: it is shown only once.&lt;/li&gt;&lt;li&gt;Paste it in &lt;i&gt;Settings&lt;/i&gt; (Ctrl+,), where it is saved in the system keychain; or start this app with the token in the environment variable &lt;code&gt;ANKRA_API_TOKEN&lt;/code&gt;, or sign in with the Ankra CLI (&lt;code&gt;ankra login&lt;/code&gt;); this app reads the token it saves in &lt;code&gt;~/.ankra.yaml&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Woher ein API-Token kommt&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Melden Sie sich bei &lt;a href=&quot;https://platform.ankra.app&quot;&gt;platform.ankra.app&lt;/a&gt; an.&lt;/li&gt;&lt;li&gt;Öffnen Sie &lt;i&gt;Profil&lt;/i&gt;, dann &lt;i&gt;API-Tokens&lt;/i&gt;, und wählen Sie &lt;i&gt;Token hinzufügen&lt;/i&gt;. Kopieren Sie es: Es wird nur einmal angezeigt.&lt;/li&gt;&lt;li&gt;Fügen Sie es in den &lt;i&gt;Einstellungen&lt;/i&gt; (Ctrl+,) ein, wo es im Schlüsselbund des Systems gespeichert wird; oder starten Sie diese App mit dem Token in der Umgebungsvariable &lt;code&gt;ANKRA_API_TOKEN&lt;/code&gt; oder melden Sie sich mit der Ankra-CLI an (&lt;code&gt;ankra login&lt;/code&gt;); diese App liest das Token, das die CLI in &lt;code&gt;~/.ankra.yaml&lt;/code&gt; speichert.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Now using the token from %1.</source>
        <translation>Jetzt wird das Token aus folgender Quelle verwendet: %1.</translation>
    </message>
    <message>
        <source>No token is set up now.</source>
        <translation>Jetzt ist kein Token eingerichtet.</translation>
    </message>
    <message>
        <source>API token saved in the system keychain.</source>
        <translation>API-Token im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>Demo-Server unter %1</translation>
    </message>
    <message>
        <source>Not connected: the configuration has an error (File → Settings)</source>
        <translation>Nicht verbunden: Die Konfiguration enthält einen Fehler (Datei → Einstellungen)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source> · API token: %1</source>
        <translation> · API-Token: %1</translation>
    </message>
    <message>
        <source> · no API token</source>
        <translation> · kein API-Token</translation>
    </message>
    <message>
        <source>No changes since the last load (checked at %1).</source>
        <translation>Keine Änderungen seit dem letzten Laden (geprüft um %1).</translation>
    </message>
    <message>
        <source>Saved copy from %1.</source>
        <translation>Gespeicherte Kopie von %1.</translation>
    </message>
    <message>
        <source>&amp;Jump to First New</source>
        <translation>Zum ersten Neuen &amp;springen</translation>
    </message>
    <message>
        <source>&amp;Mark as Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s title: the ticket&apos;s subject and how many comments are new since last looked</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) since you last looked</source>
        <translation>
            <numerusform>%n neuer Kommentar seit Ihrem letzten Besuch</numerusform>
            <numerusform>%n neue Kommentare seit Ihrem letzten Besuch</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Watch Ticket</source>
        <translation>Ticket &amp;beobachten</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Be notified of new comments and status changes on this ticket, even when its tab is closed</source>
        <translation>Über neue Kommentare und Statusänderungen dieses Tickets benachrichtigt werden, auch wenn sein Tab geschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets can be watched.</source>
        <translation>
            <numerusform>Höchstens %n Ticket kann beobachtet werden.</numerusform>
            <numerusform>Höchstens %n Tickets können beobachtet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new comments, the last by %1</source>
        <translation>
            <numerusform>%n neuer Kommentar, von %1</numerusform>
            <numerusform>%n neue Kommentare, der letzte von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 hat kommentiert</translation>
    </message>
</context>
<context>
    <name>Ankra::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Ankra::NewCommentCounts</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>The ticket list row&apos;s mark: comments added since the ticket was last looked at</extracomment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comments since you last looked</source>
        <extracomment>Read aloud for a ticket list row: comments added since the ticket was last looked at</extracomment>
        <translation>
            <numerusform>%n neuer Kommentar seit Ihrem letzten Besuch</numerusform>
            <numerusform>%n neue Kommentare seit Ihrem letzten Besuch</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated since you last looked</source>
        <extracomment>The ticket list row&apos;s dot: the ticket changed after it was last looked at</extracomment>
        <translation>Seit Ihrem letzten Besuch geändert</translation>
    </message>
</context>
<context>
    <name>Ankra::NewSince</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Status changed: %1 → %2</source>
        <extracomment>The ticket&apos;s status before and now, e.g. &quot;Status changed: Open → Waiting on customer&quot;</extracomment>
        <translation>Status geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Severity changed: %1 → %2</source>
        <extracomment>The ticket&apos;s severity before and now, e.g. &quot;Severity changed: Low → High&quot;</extracomment>
        <translation>Schweregrad geändert: %1 → %2</translation>
    </message>
</context>
<context>
    <name>Ankra::OrganisationJson</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID erwartet</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>Boolescher Wert erwartet</translation>
    </message>
</context>
<context>
    <name>Ankra::Preview</name>
    <message>
        <source>This is not an image: %1</source>
        <translation>Dies ist kein Bild: %1</translation>
    </message>
    <message>
        <source>The file is not an image this app can show, or it is damaged.</source>
        <translation>Die Datei ist kein Bild, das diese App anzeigen kann, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The image is too large to preview (%1 × %2 pixels). Save it to open it elsewhere.</source>
        <translation>Das Bild ist zu groß für die Vorschau (%1 × %2 Pixel). Speichern Sie es, um es anderweitig zu öffnen.</translation>
    </message>
    <message>
        <source>The image could not be decoded (it may be truncated or damaged): %1</source>
        <translation>Das Bild konnte nicht dekodiert werden (es ist möglicherweise abgeschnitten oder beschädigt): %1</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: characters that could not be read are shown as �.</source>
        <translation>Der Text ist kein gültiges UTF-8: Zeichen, die nicht gelesen werden konnten, werden als � angezeigt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Save the file to see all of it.</source>
        <translation>Die ersten %1 von %2 werden angezeigt. Speichern Sie die Datei, um alles zu sehen.</translation>
    </message>
</context>
<context>
    <name>Ankra::RunnableType</name>
    <message>
        <source>Files of type .%1 can run programs, so this one is only shown in its folder.</source>
        <translation>Dateien vom Typ .%1 können Programme ausführen, daher wird diese Datei nur in ihrem Ordner angezeigt.</translation>
    </message>
    <message>
        <source>Its content is %1, which can run as a program, so it is only shown in its folder.</source>
        <translation>Der Inhalt der Datei ist %1 und kann als Programm ausgeführt werden, daher wird sie nur in ihrem Ordner angezeigt.</translation>
    </message>
    <message>
        <source>a Linux program (ELF)</source>
        <translation>ein Linux-Programm (ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>ein Windows-Programm</translation>
    </message>
    <message>
        <source>a macOS program (Mach-O)</source>
        <translation>ein macOS-Programm (Mach-O)</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>ein macOS- oder Java-Programm</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>ein Skript</translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation>eine Windows-Verknüpfung</translation>
    </message>
    <message>
        <source>a macOS installer package</source>
        <translation>ein macOS-Installationspaket</translation>
    </message>
    <message>
        <source>a disk image</source>
        <translation>ein Disk-Image</translation>
    </message>
    <message>
        <source>a desktop launcher</source>
        <translation>ein Desktop-Starter</translation>
    </message>
    <message>
        <source>a Java or Android application</source>
        <translation>eine Java- oder Android-Anwendung</translation>
    </message>
    <message>
        <source>The file could not be read to check its type, so it is only shown in its folder.</source>
        <translation>Die Datei konnte nicht gelesen werden, um ihren Typ zu prüfen, daher wird sie nur in ihrem Ordner angezeigt.</translation>
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
        <translation>Bild nicht geladen</translation>
    </message>
    <message>
        <source>link not opened</source>
        <translation>Link nicht geöffnet</translation>
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
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>Ankra::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The address of the Ankra service, for example https://platform.ankra.app</source>
        <translation>Die Adresse des Ankra-Dienstes, zum Beispiel https://platform.ankra.app</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste an API token to save it in the system keychain; leave empty to keep the token in use</source>
        <translation>Fügen Sie ein API-Token ein, um es im Schlüsselbund des Systems zu speichern; lassen Sie das Feld leer, um das verwendete Token zu behalten</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token you entered</source>
        <translation>Eingegebenes Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Paste the token from the clipboard</source>
        <translation>Token aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Token in use</source>
        <translation>Verwendetes Token</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Verbindung te&amp;sten</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Remove the token saved in this app from the keychain</source>
        <translation>Das in dieser App gespeicherte Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
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
        <translation>Wählen Sie eine Ihrer Organisationen aus oder geben Sie eine Organisations-ID ein</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload organisations</source>
        <translation>Organisationen neu laden</translation>
    </message>
    <message>
        <source>Fetch your organisations again</source>
        <translation>Ihre Organisationen erneut abrufen</translation>
    </message>
    <message>
        <source>Organisation list status</source>
        <translation>Status der Organisationsliste</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Always show &amp;absolute times (instead of “3 hours ago”)</source>
        <translation>Immer absolute &amp;Zeiten anzeigen (statt „vor 3 Stunden“)</translation>
    </message>
    <message>
        <source>Always show absolute times</source>
        <translation>Immer absolute Zeiten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reopen my tabs at the next start</source>
        <translation>Meine Tabs beim nächsten Start &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Reopen my tabs at the next start</source>
        <translation>Meine Tabs beim nächsten Start wiederherstellen</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Schlüsselbund-Status</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Saved in the keychain — paste a new token to replace it</source>
        <translation>Im Schlüsselbund gespeichert – fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Paste an API token (Ankra web app: Profile → API Tokens)</source>
        <translation>API-Token einfügen (Ankra-Web-App: Profil → API-Tokens)</translation>
    </message>
    <message>
        <source>Default organisation of the token</source>
        <translation>Standardorganisation des Tokens</translation>
    </message>
    <message>
        <source>Default organisation, or an organisation ID</source>
        <translation>Standardorganisation oder eine Organisations-ID</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>The token contains spaces, line breaks or other characters a token does not have. Paste only the token.</source>
        <translation>Das Token enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die in einem Token nicht vorkommen. Fügen Sie nur das Token ein.</translation>
    </message>
    <message>
        <source>There is no token to test with. Paste an API token above.</source>
        <translation>Es gibt kein Token zum Testen. Fügen Sie oben ein API-Token ein.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>The organisation ID entered is not one of them.</source>
        <translation>Die eingegebene Organisations-ID gehört nicht dazu.</translation>
    </message>
    <message>
        <source>%1 answered, but there is no Ankra API at this address (HTTP 404). Check the base URL.</source>
        <translation>%1 hat geantwortet, aber unter dieser Adresse gibt es keine Ankra-API (HTTP 404). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your organisations can be listed once a token and base URL work. You can type an organisation ID instead.</source>
        <translation>Ihre Organisationen können aufgelistet werden, sobald Token und Basis-URL funktionieren. Sie können stattdessen eine Organisations-ID eingeben.</translation>
    </message>
    <message>
        <source>Loading your organisations…</source>
        <translation>Ihre Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation>%1 – Standard</translation>
    </message>
    <message>
        <source>%1 (your role: %2)</source>
        <translation>%1 (Ihre Rolle: %2)</translation>
    </message>
    <message>
        <source>The token belongs to no organisation.</source>
        <translation>Das Token gehört zu keiner Organisation.</translation>
    </message>
    <message>
        <source>Could not list your organisations (%1). You can type an organisation ID instead.</source>
        <translation>Ihre Organisationen konnten nicht aufgelistet werden (%1). Sie können stattdessen eine Organisations-ID eingeben.</translation>
    </message>
    <message>
        <source>The organisation is neither one from the list nor an organisation ID (a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation>Die Organisation stammt weder aus der Liste, noch ist sie eine Organisations-ID (eine UUID wie 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</translation>
    </message>
    <message>
        <source>Signed out: the token saved in this app was removed.</source>
        <translation>Abgemeldet: Das in dieser App gespeicherte Token wurde entfernt.</translation>
    </message>
    <message>
        <source>A token saved here is used instead of ANKRA_API_TOKEN and ~/.ankra.yaml.</source>
        <translation>Ein hier gespeichertes Token wird anstelle von ANKRA_API_TOKEN und ~/.ankra.yaml verwendet.</translation>
    </message>
    <message>
        <source>A token entered here is saved in the system keychain, never in a settings file.</source>
        <translation>Ein hier eingegebenes Token wird im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Keychain unavailable (%1) — a token entered here is kept for this session only.</source>
        <translation>Schlüsselbund nicht verfügbar (%1) – ein hier eingegebenes Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows, dates and numbers</source>
        <translation>Die Sprache der App-Fenster, Datumsangaben und Zahlen</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wird beim nächsten Start wirksam.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the token works and belongs to %Ln organisation(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: Das Token funktioniert und gehört zu %Ln Organisation.</numerusform>
            <numerusform>Verbunden mit %1: Das Token funktioniert und gehört zu %Ln Organisationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) found.</source>
        <translation>
            <numerusform>%Ln Organisation gefunden.</numerusform>
            <numerusform>%Ln Organisationen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh the &amp;current ticket:</source>
        <translation>Aktuelles Ticket a&amp;ktualisieren:</translation>
    </message>
    <message>
        <source>Refresh the current ticket</source>
        <translation>Aktuelles Ticket aktualisieren</translation>
    </message>
    <message>
        <source>How often the ticket in the current tab is fetched again by itself. Other tabs are refreshed every 5 minutes, the ticket list every minute while it is shown.</source>
        <translation>Wie oft das Ticket im aktuellen Tab von selbst neu abgerufen wird. Andere Tabs werden alle 5 Minuten aktualisiert, die Ticketliste jede Minute, solange sie angezeigt wird.</translation>
    </message>
    <message>
        <source>Off (F5 only)</source>
        <translation>Aus (nur F5)</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation>Gespeicherte Kopien</translation>
    </message>
    <message>
        <source>&amp;Keep copies of tickets on this computer</source>
        <translation>Kopien von Tickets auf diesem &amp;Computer behalten</translation>
    </message>
    <message>
        <source>Keep copies of tickets on this computer</source>
        <translation>Kopien von Tickets auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>Tickets you open are saved here, readable when the server cannot be reached and searchable. Never your token.</source>
        <translation>Geöffnete Tickets werden hier gespeichert: lesbar, wenn der Server nicht erreichbar ist, und durchsuchbar. Ihr Token nie.</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Most tickets kept</source>
        <translation>Höchstzahl gespeicherter Tickets</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> Tickets</translation>
    </message>
    <message>
        <source>for at most</source>
        <translation>für höchstens</translation>
    </message>
    <message>
        <source>Most days kept</source>
        <translation>Höchstzahl der Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Copies Now</source>
        <translation>Gespeicherte Kopien jetzt &amp;löschen</translation>
    </message>
    <message>
        <source>No tickets are saved.</source>
        <translation>Keine Tickets gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved.</source>
        <translation>
            <numerusform>%n Ticket gespeichert.</numerusform>
            <numerusform>%n Tickets gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n saved ticket(s).</source>
        <translation>
            <numerusform>%n gespeichertes Ticket gelöscht.</numerusform>
            <numerusform>%n gespeicherte Tickets gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for watched tickets</source>
        <translation>Desktop-Be&amp;nachrichtigungen für beobachtete Tickets anzeigen</translation>
    </message>
    <message>
        <source>Show desktop notifications for watched tickets</source>
        <translation>Desktop-Benachrichtigungen für beobachtete Tickets anzeigen</translation>
    </message>
    <message>
        <source>A new comment or another status on a ticket you watch is announced on the desktop, even when its tab is not open.</source>
        <translation>Ein neuer Kommentar oder ein anderer Status eines beobachteten Tickets wird auf dem Desktop gemeldet, auch wenn sein Tab nicht geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>Ankra::ShortenedText</name>
    <message>
        <source>Shortened: showing the first %1 of %2 characters.</source>
        <translation>Gekürzt: Die ersten %1 von %2 Zeichen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>Ankra::SingleInstance</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private.</source>
        <translation>Der Ordner %1 konnte nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>Too many tickets to hand over to the running window.</source>
        <translation>Zu viele Tickets für die Übergabe an das laufende Fenster.</translation>
    </message>
    <message>
        <source>Could not use the lock file %1.</source>
        <translation>Die Sperrdatei %1 konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The running window did not answer; opening another one.</source>
        <translation>Das laufende Fenster hat nicht geantwortet; es wird ein weiteres geöffnet.</translation>
    </message>
    <message>
        <source>Another start holds %1 but does not listen; opening another window.</source>
        <translation>Ein anderer Start hält %1, wartet aber nicht auf Verbindungen; es wird ein weiteres Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>%1 konnte nicht für eingehende Verbindungen geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketId</name>
    <message>
        <source>“%1” looks like a ticket ID but has %2 characters instead of 36. Copy the whole ID again (e.g. %3), or paste a link to the ticket.</source>
        <translation>„%1“ sieht wie eine Ticket-ID aus, hat aber %2 statt 36 Zeichen. Kopieren Sie die vollständige ID erneut (z. B. %3) oder fügen Sie einen Link zum Ticket ein.</translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID but contains “%2”, which is not a hexadecimal digit (0-9, a-f). Copy the ID again, or paste a link to the ticket.</source>
        <translation>„%1“ sieht wie eine Ticket-ID aus, enthält aber „%2“, das keine Hexadezimalziffer (0-9, a-f) ist. Kopieren Sie die ID erneut oder fügen Sie einen Link zum Ticket ein.</translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID but its hyphens are in the wrong places; a ticket ID is grouped 8-4-4-4-12, e.g. %2. Copy the ID again, or paste a link to the ticket.</source>
        <translation>„%1“ sieht wie eine Ticket-ID aus, aber die Bindestriche stehen an den falschen Stellen; eine Ticket-ID ist als 8-4-4-4-12 gruppiert, z. B. %2. Kopieren Sie die ID erneut oder fügen Sie einen Link zum Ticket ein.</translation>
    </message>
    <message>
        <source>“%1” looks like a ticket ID without its hyphens. Paste it grouped 8-4-4-4-12, e.g. %2, or paste a link to the ticket.</source>
        <translation>„%1“ sieht wie eine Ticket-ID ohne Bindestriche aus. Fügen Sie sie als 8-4-4-4-12 gruppiert ein, z. B. %2, oder fügen Sie einen Link zum Ticket ein.</translation>
    </message>
    <message>
        <source>The ID in “%1” is part of a longer code. Paste the ticket ID on its own, e.g. %2, or a link to the ticket.</source>
        <translation>Die ID in „%1“ ist Teil einer längeren Zeichenfolge. Fügen Sie nur die Ticket-ID ein, z. B. %2, oder einen Link zum Ticket.</translation>
    </message>
    <message>
        <source>Enter a ticket ID, e.g. %1, or paste a link to the ticket.</source>
        <translation>Geben Sie eine Ticket-ID ein, z. B. %1, oder fügen Sie einen Link zum Ticket ein.</translation>
    </message>
    <message>
        <source>“%1” is not a ticket link; ticket links look like ankra-ticket://ticket/%2.</source>
        <translation>„%1“ ist kein Ticket-Link; Ticket-Links sehen so aus: ankra-ticket://ticket/%2.</translation>
    </message>
    <message numerus="yes">
        <source>The text contains %n different IDs; paste just the ticket&apos;s ID or a link to the ticket.</source>
        <translation>
            <numerusform>Der Text enthält %n verschiedene ID; fügen Sie nur die ID des Tickets oder einen Link zum Ticket ein.</numerusform>
            <numerusform>Der Text enthält %n verschiedene IDs; fügen Sie nur die ID des Tickets oder einen Link zum Ticket ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket ID found. Paste the ticket ID, e.g. %1, or a link to the ticket.</source>
        <translation>Keine Ticket-ID gefunden. Fügen Sie die Ticket-ID ein, z. B. %1, oder einen Link zum Ticket.</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketJson</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>expected a UUID</source>
        <translation>UUID erwartet</translation>
    </message>
    <message>
        <source>expected a UUID or null</source>
        <translation>UUID oder null erwartet</translation>
    </message>
    <message>
        <source>expected a date-time</source>
        <translation>Datum mit Uhrzeit erwartet</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>Boolescher Wert erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>nicht negative Ganzzahl erwartet</translation>
    </message>
    <message>
        <source>the response is not valid JSON: %1 at offset %2</source>
        <translation>die Antwort ist kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a ticket list</source>
        <translation>Ticketliste erwartet</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListDelegate</name>
    <message>
        <source>Ankra team</source>
        <translation>Ankra-Team</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation>Vom Ankra-Team verfolgt</translation>
    </message>
    <message>
        <source>Open in a tab</source>
        <translation>In einem Tab öffnen</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListPanel</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show &amp;All Tickets</source>
        <translation>Alle Tickets an&amp;zeigen</translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation>Wo bekomme ich ein API-&amp;Token?</translation>
    </message>
    <message>
        <source>Search subjects</source>
        <translation>Betreffe durchsuchen</translation>
    </message>
    <message>
        <source>Search ticket subjects</source>
        <translation>Ticket-Betreffe durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Refresh the list (F5)</source>
        <translation>Liste aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Tickets werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Active (not resolved or closed)</source>
        <translation>A&amp;ktiv (nicht gelöst oder geschlossen)</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Which statuses the list shows</source>
        <translation>Welche Status die Liste anzeigt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The server did not accept the list request (%1). Check the server address in the settings; if it is right, update the app.</source>
        <translation>Der Server hat die Listenanfrage nicht angenommen (%1). Prüfen Sie die Serveradresse in den Einstellungen. Wenn sie stimmt, aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The tickets could not be loaded: %1</source>
        <translation>Die Tickets konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation>Keine passenden Tickets</translation>
    </message>
    <message>
        <source>No ticket has one of the chosen statuses.</source>
        <translation>Kein Ticket hat einen der gewählten Status.</translation>
    </message>
    <message>
        <source>No ticket with one of the chosen statuses has “%1” in its subject.</source>
        <translation>Kein Ticket mit einem der gewählten Status enthält „%1“ im Betreff.</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>Noch keine Tickets</translation>
    </message>
    <message>
        <source>Your organisation has no support tickets. Tickets you open in Ankra appear here.</source>
        <translation>Ihre Organisation hat keine Support-Tickets. Tickets, die Sie in Ankra eröffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>More tickets could not be loaded: %1. The list shows what arrived before.</source>
        <translation>Weitere Tickets konnten nicht geladen werden: %1. Die Liste zeigt, was bis dahin angekommen ist.</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1. It shows what was loaded before.</source>
        <translation>Die Liste konnte nicht aktualisiert werden: %1. Sie zeigt, was zuvor geladen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) could not be shown (%1).</source>
        <translation>
            <numerusform>%Ln Ticket konnte nicht angezeigt werden (%1).</numerusform>
            <numerusform>%Ln Tickets konnten nicht angezeigt werden (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open in &amp;Background Tab</source>
        <translation>In &amp;Hintergrund-Tab öffnen</translation>
    </message>
    <message>
        <source>Offline — showing the list saved at %1</source>
        <translation>Offline – die um %1 gespeicherte Liste wird angezeigt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Search the server&apos;s tickets, or the copies saved on this computer (works offline)</source>
        <translation>Die Tickets des Servers durchsuchen oder die auf diesem Computer gespeicherten Kopien (funktioniert offline)</translation>
    </message>
    <message>
        <source>Saved tickets found</source>
        <translation>Gefundene gespeicherte Tickets</translation>
    </message>
    <message>
        <source>Search saved tickets</source>
        <translation>Gespeicherte Tickets durchsuchen</translation>
    </message>
    <message>
        <source>Search the tickets saved on this computer</source>
        <translation>Die auf diesem Computer gespeicherten Tickets durchsuchen</translation>
    </message>
    <message>
        <source>Search the saved copies again (F5)</source>
        <translation>Die gespeicherten Kopien erneut durchsuchen (F5)</translation>
    </message>
    <message>
        <source>Search the saved copies</source>
        <translation>Die gespeicherten Kopien durchsuchen</translation>
    </message>
    <message>
        <source>Type words from a ticket opened on this computer: its subject, description, summary, comments or attachment names. This works offline.</source>
        <translation>Geben Sie Wörter aus einem Ticket ein, das auf diesem Computer geöffnet wurde: aus Betreff, Beschreibung, Zusammenfassung, Kommentaren oder Anhangsnamen. Das funktioniert auch offline.</translation>
    </message>
    <message>
        <source>No saved ticket matches</source>
        <translation>Kein gespeichertes Ticket passt</translation>
    </message>
    <message>
        <source>No ticket saved on this computer has “%1” in it.</source>
        <translation>Kein auf diesem Computer gespeichertes Ticket enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved ticket(s)</source>
        <translation>
            <numerusform>%Ln gespeichertes Ticket</numerusform>
            <numerusform>%Ln gespeicherte Tickets</numerusform>
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
        <translation>Nein</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>Ticket-ID</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>KI-Prüfung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>Cluster-ID</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>KI-Zusammenfassung</translation>
    </message>
    <message>
        <source>Tracked by Ankra team</source>
        <translation>Vom Ankra-Team verfolgt</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketPage</name>
    <message>
        <source>Loading the ticket</source>
        <translation>Ticket wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Was passiert ist und was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit the Ticket ID</source>
        <translation>Ticket-ID &amp;bearbeiten</translation>
    </message>
    <message>
        <source>How to Get a &amp;Token</source>
        <translation>So erhalten Sie ein &amp;Token</translation>
    </message>
    <message>
        <source>Where Do I Get an API &amp;Token?</source>
        <translation>Wo bekomme ich ein API-&amp;Token?</translation>
    </message>
    <message>
        <source>Loading ticket %1…</source>
        <translation>Ticket %1 wird geladen…</translation>
    </message>
    <message>
        <source>(This is the demo server: it accepts only its own token.)</source>
        <translation>(Dies ist der Demo-Server: Er akzeptiert nur sein eigenes Token.)</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>Wiederholen in %1 s</translation>
    </message>
    <message>
        <source>Out of date: refreshing failed (%1). Showing the ticket as loaded at %2.</source>
        <translation>Veraltet: Aktualisieren fehlgeschlagen (%1). Das Ticket wird mit dem Stand von %2 angezeigt.</translation>
    </message>
    <message>
        <source>Offline — showing the copy saved at %1</source>
        <translation>Offline – die um %1 gespeicherte Kopie wird angezeigt</translation>
    </message>
    <message>
        <source>Saved copy from %1 · refreshing…</source>
        <translation>Gespeicherte Kopie von %1 · wird aktualisiert…</translation>
    </message>
    <message>
        <source>Saved copy from %1</source>
        <translation>Gespeicherte Kopie von %1</translation>
    </message>
    <message>
        <source>&amp;Jump to First New</source>
        <translation>Zum ersten Neuen &amp;springen</translation>
    </message>
    <message>
        <source>&amp;Mark as Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Scroll to the first comment added since you last looked (%1)</source>
        <translation>Zum ersten Kommentar seit Ihrem letzten Besuch blättern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) since you last looked</source>
        <translation>
            <numerusform>%n neuer Kommentar seit Ihrem letzten Besuch</numerusform>
            <numerusform>%n neue Kommentare seit Ihrem letzten Besuch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketStore</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is readable by others and could not be made private.</source>
        <translation>%1 ist für andere lesbar und konnte nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off: Qt&apos;s SQLite driver is not installed (Debian and Ubuntu: libqt6sql6-sqlite). Tickets open as usual.</source>
        <translation>Gespeicherte Kopien sind aus: Der SQLite-Treiber von Qt ist nicht installiert (Debian und Ubuntu: libqt6sql6-sqlite). Tickets öffnen sich wie gewohnt.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 cannot be written (%2). Tickets open as usual; make the folder writable and start the app again.</source>
        <translation>Gespeicherte Kopien sind für diese Sitzung aus: %1 kann nicht geschrieben werden (%2). Tickets öffnen sich wie gewohnt; machen Sie den Ordner beschreibbar und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 is in use by another program (it stayed locked for %2 s). Tickets open as usual; close the other program and start the app again.</source>
        <translation>Gespeicherte Kopien sind für diese Sitzung aus: %1 wird von einem anderen Programm verwendet (es blieb %2 s gesperrt). Tickets öffnen sich wie gewohnt; schließen Sie das andere Programm und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 could not be opened (%2). Tickets open as usual.</source>
        <translation>Gespeicherte Kopien sind für diese Sitzung aus: %1 konnte nicht geöffnet werden (%2). Tickets öffnen sich wie gewohnt.</translation>
    </message>
    <message>
        <source>Saved copies of tickets are off for this session: %1 could not be read or moved aside. Tickets open as usual; delete the file and start the app again.</source>
        <translation>Gespeicherte Kopien sind für diese Sitzung aus: %1 konnte weder gelesen noch beiseitegelegt werden. Tickets öffnen sich wie gewohnt; löschen Sie die Datei und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>The saved copies of tickets were made by a newer version of the app (schema %1; this one knows %2). They were moved aside to %3 and saving starts afresh; the newer version can still read them.</source>
        <translation>Die gespeicherten Kopien stammen von einer neueren Version der App (Schema %1; diese kennt %2). Sie wurden nach %3 verschoben, und das Speichern beginnt neu; die neuere Version kann sie weiterhin lesen.</translation>
    </message>
    <message>
        <source>The saved copies of tickets could not be read (the file is damaged). It was moved aside to %1 and an empty one made; tickets open as usual. You may delete the moved file.</source>
        <translation>Die gespeicherten Kopien konnten nicht gelesen werden (die Datei ist beschädigt). Sie wurde nach %1 verschoben und eine leere angelegt; Tickets öffnen sich wie gewohnt. Sie können die verschobene Datei löschen.</translation>
    </message>
</context>
<context>
    <name>Ankra::TicketView</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket header</source>
        <translation>Ticket-Kopfbereich</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Ticket ID</source>
        <translation>Ticket-ID</translation>
    </message>
    <message>
        <source>Copy the ticket ID</source>
        <translation>Ticket-ID kopieren</translation>
    </message>
    <message>
        <source>Copy ticket ID</source>
        <translation>Ticket-ID kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>AI review</source>
        <translation>KI-Prüfung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>AI summary and description</source>
        <translation>KI-Zusammenfassung und Beschreibung</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>KI-Zusammenfassung</translation>
    </message>
    <message>
        <source>Generated by AI, not written by a person. Check it against the ticket.</source>
        <translation>Von KI erstellt, nicht von einem Menschen geschrieben. Gleichen Sie sie mit dem Ticket ab.</translation>
    </message>
    <message>
        <source>AI summary text</source>
        <translation>Text der KI-Zusammenfassung</translation>
    </message>
    <message>
        <source>No AI summary for this ticket.</source>
        <translation>Keine KI-Zusammenfassung für dieses Ticket.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Show the newest comment at the top</source>
        <translation>Neuesten Kommentar oben anzeigen</translation>
    </message>
    <message>
        <source>Newest comments first</source>
        <translation>Neueste Kommentare zuerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Double-click a comment to select part of its text; Ctrl+C copies the selected comments.</source>
        <translation>Doppelklicken Sie auf einen Kommentar, um einen Teil seines Textes auszuwählen; Ctrl+C kopiert die ausgewählten Kommentare.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Ticketdetails</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>Cluster-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Tracked by the Ankra team</source>
        <translation>Vom Ankra-Team verfolgt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>No attachments on this ticket.</source>
        <translation>Keine Anhänge zu diesem Ticket.</translation>
    </message>
    <message>
        <source>Yes, the Ankra team is tracking this ticket</source>
        <translation>Ja, das Ankra-Team verfolgt dieses Ticket</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The AI review flagged this ticket. The summary may be wrong or misleading: read the description and comments before acting on it.</source>
        <translation>Die KI-Prüfung hat dieses Ticket beanstandet. Die Zusammenfassung kann falsch oder irreführend sein: Lesen Sie die Beschreibung und die Kommentare, bevor Sie danach handeln.</translation>
    </message>
    <message>
        <source>*No description.*</source>
        <translation>*Keine Beschreibung.*</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>Comments, %1</source>
        <translation>Kommentare, %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>%1 of ticket %2</source>
        <translation>%1 von Ticket %2</translation>
    </message>
    <message>
        <source>Find searches only this part; exports have all of it.</source>
        <translation>Die Suche durchsucht nur diesen Teil; Exporte enthalten alles.</translation>
    </message>
    <message>
        <source>Show all of the subject</source>
        <translation>Ganzen Betreff anzeigen</translation>
    </message>
    <message>
        <source>Show all of the description</source>
        <translation>Ganze Beschreibung anzeigen</translation>
    </message>
    <message>
        <source>Show all of the AI summary</source>
        <translation>Ganze KI-Zusammenfassung anzeigen</translation>
    </message>
</context>
<context>
    <name>Ankra::TimeFormat</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
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
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format (d = day, MMM = short month name, yyyy = year), for the language&apos;s order</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm:ss t</source>
        <extracomment>A QDateTime format (dddd = weekday, MMMM = month name, t = time zone)</extracomment>
        <translation>dddd, d. MMMM yyyy, HH:mm:ss t</translation>
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
        <translation>Kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (%1 s).</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (%1 s).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write to the standard output.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another file with -o.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie mit -o eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>ankra-ticket-viewer: %Ln ticket(s) could not be exported (%1).</source>
        <translation>
            <numerusform>ankra-ticket-viewer: %Ln Ticket konnte nicht exportiert werden (%1).</numerusform>
            <numerusform>ankra-ticket-viewer: %Ln Tickets konnten nicht exportiert werden (%1).</numerusform>
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
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Führen Sie den Befehl mit --help aus, um die Verwendung anzuzeigen.</translation>
    </message>
</context>
</TS>
