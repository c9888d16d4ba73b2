<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ankra::ApiError</name>
    <message numerus="yes">
        <source>The server received too many requests from you. Wait and try again in %n s.</source>
        <translation>
            <numerusform>The server received too many requests from you. Wait and try again in %n s.</numerusform>
            <numerusform>The server received too many requests from you. Wait and try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::AttachmentTableModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::CommentView</name>
    <message numerus="yes">
        <source>Copy Text of %Ln Comment(s)</source>
        <translation>
            <numerusform>Copy Text of %Ln Comment</numerusform>
            <numerusform>Copy Text of %Ln Comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::FullTextView</name>
    <message numerus="yes">
        <source>All %Ln character(s). Lines longer than %1 characters are broken for display.</source>
        <translation>
            <numerusform>All %Ln character. Lines longer than %1 characters are broken for display.</numerusform>
            <numerusform>All %Ln characters. Lines longer than %1 characters are broken for display.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading: %1 of %Ln character(s) so far.</source>
        <translation>
            <numerusform>Loading: %1 of %Ln character so far.</numerusform>
            <numerusform>Loading: %1 of %Ln characters so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::MainWindow</name>
    <message numerus="yes">
        <source>%n new comment(s) since you last looked</source>
        <translation>
            <numerusform>%n new comment since you last looked</numerusform>
            <numerusform>%n new comments since you last looked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets can be watched.</source>
        <translation>
            <numerusform>At most %n ticket can be watched.</numerusform>
            <numerusform>At most %n tickets can be watched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comments, the last by %1</source>
        <translation>
            <numerusform>%n new comment, by %1</numerusform>
            <numerusform>%n new comments, the last by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::NewCommentCounts</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>The ticket list row&apos;s mark: comments added since the ticket was last looked at</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comments since you last looked</source>
        <extracomment>Read aloud for a ticket list row: comments added since the ticket was last looked at</extracomment>
        <translation>
            <numerusform>%n new comment since you last looked</numerusform>
            <numerusform>%n new comments since you last looked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::SettingsDialog</name>
    <message numerus="yes">
        <source>Connected to %1: the token works and belongs to %Ln organisation(s).</source>
        <translation>
            <numerusform>Connected to %1: the token works and belongs to %Ln organisation.</numerusform>
            <numerusform>Connected to %1: the token works and belongs to %Ln organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) found.</source>
        <translation>
            <numerusform>%Ln organisation found.</numerusform>
            <numerusform>%Ln organisations found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved.</source>
        <translation>
            <numerusform>%n ticket saved.</numerusform>
            <numerusform>%n tickets saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n saved ticket(s).</source>
        <translation>
            <numerusform>Deleted %n saved ticket.</numerusform>
            <numerusform>Deleted %n saved tickets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketId</name>
    <message numerus="yes">
        <source>The text contains %n different IDs; paste just the ticket&apos;s ID or a link to the ticket.</source>
        <translation>
            <numerusform>The text contains %n different IDs; paste just the ticket&apos;s ID or a link to the ticket.</numerusform>
            <numerusform>The text contains %n different IDs; paste just the ticket&apos;s ID or a link to the ticket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketListPanel</name>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n statuses</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) could not be shown (%1).</source>
        <translation>
            <numerusform>%Ln ticket could not be shown (%1).</numerusform>
            <numerusform>%Ln tickets could not be shown (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved ticket(s)</source>
        <translation>
            <numerusform>%Ln saved ticket</numerusform>
            <numerusform>%Ln saved tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TicketPage</name>
    <message numerus="yes">
        <source>%n new comment(s) since you last looked</source>
        <translation>
            <numerusform>%n new comment since you last looked</numerusform>
            <numerusform>%n new comments since you last looked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ankra::TimeFormat</name>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>ankra-ticket-viewer: %Ln ticket(s) could not be exported (%1).</source>
        <translation>
            <numerusform>ankra-ticket-viewer: %Ln ticket could not be exported (%1).</numerusform>
            <numerusform>ankra-ticket-viewer: %Ln tickets could not be exported (%1).</numerusform>
        </translation>
    </message>
</context>
</TS>
