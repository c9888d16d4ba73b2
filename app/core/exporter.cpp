#include "core/exporter.h"

#include "core/terminaltext.h"
#include "core/ticketjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace Ankra {
namespace {

using namespace Qt::StringLiterals;

// The translation context of the exported document's own words (headings, field names).
class ExportText final
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::Exporter)
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// One line of server plain text, made to read literally in Markdown: inline syntax is
// backslash-escaped and HTML becomes entities, so that "<img src=...>" or "[x](file:...)" shows
// as typed. Line breaks and control characters become spaces (the text goes into a heading,
// a list item or a table cell).
QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8 + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'#':
        case u'|':
        case u'~':
        case u'@': // e-mail autolinks
            out += u'\\';
            out += c;
            break;
        case u'<':
            out += "&lt;"_L1;
            break;
        case u'>':
            out += "&gt;"_L1;
            break;
        case u'&':
            out += "&amp;"_L1;
            break;
        case u':':
            // GitHub-style bare URL autolinks ("http://..."); an escaped colon breaks them.
            if (QStringView(text).mid(i + 1, 2) == u"//")
                out += u'\\';
            out += c;
            break;
        case u'.':
            // ... and "www." autolinks.
            if (i >= 3 && QStringView(text).mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0)
                out += u'\\';
            out += c;
            break;
        default:
            out += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(u' ') : c;
        }
    }
    return out;
}

// Several lines of server plain text (the AI summary): each line escaped as above, plus what
// would start a block at the beginning of a line (lists, setext underlines, indented code).
QString escapeParagraphs(const QString &text)
{
    QString normalized = text;
    normalized.replace("\r\n"_L1, "\n"_L1).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    QString out;
    bool previousHadText = false;
    for (const QString &raw : lines) {
        QString line = escapeInline(raw.trimmed());
        if (line.isEmpty()) {
            if (previousHadText)
                out += "\n\n"_L1;
            previousHadText = false;
            continue;
        }
        if (line.startsWith(u'-') || line.startsWith(u'+') || line.startsWith(u'=')) {
            line.prepend(u'\\');
        } else {
            qsizetype digits = 0;
            while (digits < line.size() && isAsciiDigit(line.at(digits)))
                ++digits;
            if (digits > 0 && digits < line.size()
                && (line.at(digits) == u'.' || line.at(digits) == u')'))
                line.insert(digits, u'\\');
        }
        if (previousHadText)
            out += "\\\n"_L1; // a hard line break, as the server's text had one
        out += line;
        previousHadText = true;
    }
    return out.trimmed();
}

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    qsizetype indent = 0;
};

// A fenced code block opener as CommonMark has it: up to three spaces, then three or more
// backticks (with none in the info string) or tildes.
std::optional<Fence> fenceOpener(const QString &line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    if (indent > 3 || indent >= line.size())
        return std::nullopt;
    const QChar marker = line.at(indent);
    if (marker != u'`' && marker != u'~')
        return std::nullopt;
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == marker)
        ++end;
    if (end - indent < 3)
        return std::nullopt;
    if (marker == u'`' && line.indexOf(u'`', end) >= 0)
        return std::nullopt;
    return Fence{marker, end - indent, indent};
}

bool isFenceCloser(const QString &line, const Fence &fence)
{
    qsizetype pos = 0;
    while (pos < line.size() && pos < 4 && line.at(pos) == u' ')
        ++pos;
    if (pos > 3)
        return false;
    const qsizetype start = pos;
    while (pos < line.size() && line.at(pos) == fence.marker)
        ++pos;
    if (pos - start < fence.length)
        return false;
    return QStringView(line).mid(pos).trimmed().isEmpty();
}

qsizetype longestBacktickRun(const QStringList &lines)
{
    qsizetype longest = 0;
    for (const QString &line : lines) {
        qsizetype run = 0;
        for (const QChar c : line) {
            run = c == u'`' ? run + 1 : 0;
            longest = qMax(longest, run);
        }
    }
    return longest;
}

// Server Markdown (description, comment bodies), kept as Markdown but with no raw HTML left for
// a viewer to render: every '<' outside code blocks becomes "&lt;". Fenced code blocks are kept
// verbatim (HTML is never live there, and kubectl's "<none>" should read as such), and re-fenced
// with a fence longer than any backtick run inside, so that nothing inside can end the block
// early and leave its raw '<' outside code. An unclosed fence is closed here rather than
// swallowing the rest of the export. Inline code spans are not told apart (their extent depends
// on the whole paragraph): a '<' there shows as "&lt;", the safe way round.
QString neutralizeHtml(const QString &markdown)
{
    QString normalized = markdown;
    normalized.replace("\r\n"_L1, "\n"_L1).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    QStringList out;
    out.reserve(lines.size() + 8);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const std::optional<Fence> fence = fenceOpener(lines.at(i));
        if (!fence) {
            QString line = lines.at(i);
            out.append(line.replace(u'<', "&lt;"_L1));
            continue;
        }
        QStringList code;
        qsizetype j = i + 1;
        for (; j < lines.size() && !isFenceCloser(lines.at(j), *fence); ++j) {
            QString line = lines.at(j);
            qsizetype strip = 0; // CommonMark removes the opener's indentation from the content
            while (strip < fence->indent && strip < line.size() && line.at(strip) == u' ')
                ++strip;
            code.append(line.mid(strip));
        }
        QString info = lines.at(i).mid(fence->indent).mid(fence->length).trimmed();
        info.remove(u'`').replace(u'<', "&lt;"_L1);
        const QString marker(qMax<qsizetype>(3, longestBacktickRun(code) + 1), u'`');
        // Blank lines around the block end any list, quote or table before it, so the fence is
        // always a top-level one that only the closer written here can end.
        if (!out.isEmpty() && !out.constLast().trimmed().isEmpty())
            out.append(QString());
        out.append(marker + info);
        out.append(code);
        out.append(marker);
        i = j; // the closer, or past the end
        if (i + 1 < lines.size() && !lines.at(i + 1).trimmed().isEmpty())
            out.append(QString());
    }
    // Blank lines at either end would only add space; leading spaces are meaningful.
    while (!out.isEmpty() && out.constFirst().trimmed().isEmpty())
        out.removeFirst();
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

QString timestamp(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString metadataLine(const QString &name, const QString &escapedValue)
{
    return "- **"_L1 + name + ":** "_L1 + escapedValue + u'\n';
}

QString clusterText(const Ticket &t)
{
    const QString dash = QString(QChar(0x2014));
    const QString name
        = t.clusterName && !t.clusterName->isEmpty() ? escapeInline(*t.clusterName) : QString();
    const QString id = t.clusterId ? QString(u'`' + *t.clusterId + u'`') : QString();
    if (name.isEmpty() && id.isEmpty())
        return dash;
    if (name.isEmpty())
        return id;
    if (id.isEmpty())
        return name;
    return name + " ("_L1 + id + u')';
}

QByteArray toMarkdown(const Ticket &t)
{
    QString md;
    md += "# "_L1 + escapeInline(t.subject) + "\n\n"_L1;

    md += metadataLine(ExportText::tr("ID"), escapeInline(t.id));
    md += metadataLine(ExportText::tr("Organisation"), escapeInline(t.organisationId));
    md += metadataLine(ExportText::tr("Status"), escapeInline(label(t.status)));
    md += metadataLine(ExportText::tr("Severity"), escapeInline(label(t.severity)));
    md += metadataLine(ExportText::tr("AI review"), escapeInline(label(t.aiReviewStatus)));
    md += metadataLine(ExportText::tr("Category"), escapeInline(label(t.category)));
    md += metadataLine(ExportText::tr("Source"), escapeInline(label(t.source)));
    md += metadataLine(ExportText::tr("Cluster"), clusterText(t));
    md += metadataLine(ExportText::tr("Created"), timestamp(t.createdAt));
    md += metadataLine(ExportText::tr("Updated"), timestamp(t.updatedAt));
    md += metadataLine(ExportText::tr("Tracked by the Ankra team"),
                       t.isTrackedByTeam ? ExportText::tr("yes") : ExportText::tr("no"));

    md += "\n## "_L1 + ExportText::tr("AI summary") + "\n\n"_L1;
    if (t.aiSummary && !t.aiSummary->trimmed().isEmpty()) {
        md += u'*' + ExportText::tr("AI-generated; it may be inaccurate.") + "*\n\n"_L1;
        md += escapeParagraphs(*t.aiSummary) + u'\n';
    } else {
        md += ExportText::tr("No AI summary.") + u'\n';
    }

    md += "\n## "_L1 + ExportText::tr("Description") + "\n\n"_L1;
    const QString description = neutralizeHtml(t.description);
    md += (description.isEmpty() ? u'*' + ExportText::tr("No description.") + u'*' : description)
          + u'\n';

    md += "\n## "_L1 + ExportText::tr("Comments (%1)").arg(t.comments.size()) + u'\n';
    if (t.comments.isEmpty())
        md += u'\n' + ExportText::tr("No comments.") + u'\n';
    for (const Comment &c : t.comments) {
        md += "\n### "_L1 + escapeInline(c.authorLabel) + "\n\n"_L1;
        md += u'*' + escapeInline(label(c.authorType)) + u" \u00b7 "_s + timestamp(c.createdAt)
              + "*\n"_L1;
        const QString body = neutralizeHtml(c.body);
        if (!body.isEmpty())
            md += u'\n' + body + u'\n';
    }

    md += "\n## "_L1 + ExportText::tr("Attachments (%1)").arg(t.attachments.size()) + "\n\n"_L1;
    if (t.attachments.isEmpty()) {
        md += ExportText::tr("No attachments.") + u'\n';
    } else {
        md += "| "_L1 + ExportText::tr("Filename") + " | "_L1 + ExportText::tr("Type") + " | "_L1
              + ExportText::tr("Size") + " | "_L1 + ExportText::tr("Created")
              + " |\n| --- | --- | --: | --- |\n"_L1;
        for (const Attachment &a : t.attachments) {
            md += "| "_L1 + escapeInline(a.filename) + " | "_L1 + escapeInline(a.contentType)
                  + " | "_L1 + escapeInline(humanSize(a.sizeBytes)) + " | "_L1
                  + timestamp(a.createdAt) + " |\n"_L1;
        }
    }
    // Last, over everything: no control the server sent reaches a terminal (CR included).
    return withVisibleControls(md).toUtf8();
}

QString optionalText(const std::optional<QString> &value)
{
    return value ? *value : QString();
}

// Verbatim as received (an unknown value as the server sent it), else the schema's name.
template<typename E>
QString wireText(const EnumValue<E> &v)
{
    return v.raw.isEmpty() ? wireName(v) : v.raw;
}

QByteArray listToCsv(const QList<TicketSummary> &tickets)
{
    static const QStringList header{u"id"_s,
                                    u"subject"_s,
                                    u"status"_s,
                                    u"severity"_s,
                                    u"cluster_name"_s,
                                    u"cluster_id"_s,
                                    u"source"_s,
                                    u"category"_s,
                                    u"ai_review_status"_s,
                                    u"is_tracked_by_team"_s,
                                    u"created_at"_s,
                                    u"updated_at"_s};
    QString csv = header.join(u',') + "\r\n"_L1;
    for (const TicketSummary &t : tickets) {
        const QStringList cells{t.id,
                                t.subject,
                                wireText(t.status),
                                t.severity.value == Severity::None ? QString()
                                                                   : wireText(t.severity),
                                optionalText(t.clusterName),
                                optionalText(t.clusterId),
                                wireText(t.source),
                                wireText(t.category),
                                wireText(t.aiReviewStatus),
                                t.isTrackedByTeam ? u"true"_s : u"false"_s,
                                timestamp(t.createdAt),
                                timestamp(t.updatedAt)};
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields.append(csvField(cell));
        csv += fields.join(u',') + "\r\n"_L1;
    }
    return csv.toUtf8();
}

QByteArray listToMarkdown(const QList<TicketSummary> &tickets)
{
    QString md = "# "_L1 + ExportText::tr("Tickets (%1)").arg(tickets.size()) + "\n\n"_L1;
    if (tickets.isEmpty())
        return (md + ExportText::tr("No tickets match.") + u'\n').toUtf8();
    md += "| "_L1 + ExportText::tr("Subject") + " | "_L1 + ExportText::tr("Status") + " | "_L1
          + ExportText::tr("Severity") + " | "_L1 + ExportText::tr("Cluster") + " | "_L1
          + ExportText::tr("Updated") + " | "_L1 + ExportText::tr("Tracked") + " | "_L1
          + ExportText::tr("ID") + " |\n| --- | --- | --- | --- | --- | --- | --- |\n"_L1;
    const QString dash = QString(QChar(0x2014));
    for (const TicketSummary &t : tickets) {
        const QString cluster
            = t.clusterName && !t.clusterName->isEmpty() ? escapeInline(*t.clusterName) : dash;
        md += "| "_L1 + escapeInline(t.subject) + " | "_L1 + escapeInline(label(t.status))
              + " | "_L1 + escapeInline(label(t.severity)) + " | "_L1 + cluster + " | "_L1
              + timestamp(t.updatedAt) + " | "_L1
              + (t.isTrackedByTeam ? ExportText::tr("yes") : ExportText::tr("no")) + " | `"_L1
              + t.id + "` |\n"_L1;
    }
    return withVisibleControls(md).toUtf8();
}

} // namespace

QString csvField(const QString &value)
{
    QString cell = value;
    // OWASP "CSV injection": what a spreadsheet would evaluate starts as text instead.
    if (!cell.isEmpty()) {
        const char16_t first = cell.at(0).unicode();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    cell = withVisibleControls(cell); // a terminal may show it; line breaks and tabs stay
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray exportTicketList(const QList<TicketSummary> &tickets, ListExportFormat format)
{
    switch (format) {
    case ListExportFormat::Json: {
        QJsonArray array;
        for (const TicketSummary &t : tickets)
            array.append(ticketSummaryToJson(t));
        return jsonWithEscapedC1(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    case ListExportFormat::Csv:
        return listToCsv(tickets);
    case ListExportFormat::Markdown:
        return listToMarkdown(tickets);
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray exportTicket(const Ticket &ticket, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return jsonWithEscapedC1(
            QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Indented));
    case ExportFormat::Markdown:
        return toMarkdown(ticket);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Ankra
