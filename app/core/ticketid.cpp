#include "core/ticketid.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <array>

namespace Ankra {
namespace {

constexpr qsizetype UuidLength = 36;
constexpr std::array<qsizetype, 5> GroupLengths{8, 4, 4, 4, 12};
constexpr char ExampleId[] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
constexpr qsizetype MaxQuotedLength = 48;

bool isAsciiHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// Letters and digits of any script glue onto a UUID and make it part of a longer word, so a
// "UUID" inside "x3f2504e0-..." or a longer hex run is not taken. Hyphens join the groups.
// '_' and everything else separate, so "ticket_<id>.txt" and "tickets/<id>?tab" work.
bool isRunChar(QChar c)
{
    return c == u'-' || c.isLetterOrNumber();
}

// One hyphen-separated part of a run.
struct Part
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype nonHex = 0;       // characters that are not ASCII hex digits
    qsizetype firstNonHex = -1; // offset in the input of the first one
    bool asciiAlnum = true;     // only ASCII letters and digits

    bool isHex() const { return length > 0 && nonHex == 0; }
    qsizetype end() const { return start + length; }
};

enum class NearMiss { None, WrongLength, NonHex, WrongGroups, NoHyphens, LongerCode };

struct Finding
{
    NearMiss kind = NearMiss::None;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype badChar = -1;
};

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {}

    void run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            if (!isRunChar(m_text[i])) {
                // A percent escape (%7B, %20...) is one separator, not "%" plus two hex digits
                // that would glue onto a following UUID.
                if (m_text[i] == u'%' && i + 2 < n && isAsciiHex(m_text[i + 1])
                    && isAsciiHex(m_text[i + 2]))
                    i += 3;
                else
                    ++i;
                continue;
            }
            qsizetype end = i;
            while (end < n && isRunChar(m_text[end]))
                ++end;
            scanRun(i, end);
            i = end;
        }
    }

    const QSet<QString> &ids() const { return m_ids; }
    QString firstId() const { return m_firstId; }
    // A whole UUID glued into a longer code is the most telling; then five-group look-alikes,
    // the likeliest typos; then other shapes.
    Finding nearMiss() const
    {
        for (const Finding *f : {&m_gluedMiss, &m_fiveGroupMiss, &m_otherMiss}) {
            if (f->kind != NearMiss::None)
                return *f;
        }
        return {};
    }

private:
    void scanRun(qsizetype begin, qsizetype end)
    {
        m_parts.clear();
        Part part;
        part.start = begin;
        for (qsizetype i = begin; i <= end; ++i) {
            if (i == end || m_text[i] == u'-') {
                part.length = i - part.start;
                m_parts.append(part);
                part = Part();
                part.start = i + 1;
                continue;
            }
            const QChar c = m_text[i];
            if (!isAsciiHex(c)) {
                if (part.nonHex++ == 0)
                    part.firstNonHex = i;
            }
            if (!isAsciiAlnum(c))
                part.asciiAlnum = false;
        }
        for (qsizetype i = 0; i < m_parts.size(); ++i)
            scanAt(i);
    }

    bool hexAt(qsizetype i) const { return i >= 0 && i < m_parts.size() && m_parts[i].isHex(); }

    void scanAt(qsizetype i)
    {
        const Part &p = m_parts[i];
        if (p.isHex() && p.length == 32 && !hexAt(i - 1) && !hexAt(i + 1))
            note(&m_otherMiss, {NearMiss::NoHyphens, p.start, p.end()});

        if (i + 5 <= m_parts.size() && isExactUuid(i)) {
            const bool glued = hexAt(i - 1) || hexAt(i + 5);
            if (!glued) {
                const QString id = m_text.mid(m_parts[i].start, UuidLength).toString().toLower();
                if (m_ids.isEmpty())
                    m_firstId = id;
                m_ids.insert(id);
            } else {
                const qsizetype first = hexAt(i - 1) ? i - 1 : i;
                const qsizetype last = hexAt(i + 5) ? i + 5 : i + 4;
                note(&m_gluedMiss,
                     {NearMiss::LongerCode, m_parts[first].start, m_parts[last].end()});
            }
            return;
        }
        for (const qsizetype groups : {5, 4, 6}) {
            if (i + groups > m_parts.size())
                continue;
            const Finding f = lookAlike(i, groups);
            if (f.kind != NearMiss::None) {
                note(groups == 5 ? &m_fiveGroupMiss : &m_otherMiss, f);
                return;
            }
        }
    }

    bool isExactUuid(qsizetype first) const
    {
        for (qsizetype g = 0; g < 5; ++g) {
            const Part &p = m_parts[first + g];
            if (!p.isHex() || p.length != GroupLengths[g])
                return false;
        }
        return true;
    }

    // A token shaped almost like a UUID: 4-6 groups of ASCII letters and digits, 32-40
    // characters, at most 3 of them not hex digits. Ordinary hyphenated words never are.
    Finding lookAlike(qsizetype first, qsizetype groups) const
    {
        qsizetype total = groups - 1;
        qsizetype nonHex = 0;
        qsizetype badChar = -1;
        bool groupsMatch = groups == 5;
        for (qsizetype g = 0; g < groups; ++g) {
            const Part &p = m_parts[first + g];
            if (p.length == 0 || !p.asciiAlnum)
                return {};
            total += p.length;
            nonHex += p.nonHex;
            if (badChar < 0)
                badChar = p.firstNonHex;
            if (groups == 5 && p.length != GroupLengths[g])
                groupsMatch = false;
        }
        if (total < 32 || total > 40 || nonHex > 3)
            return {};
        const qsizetype start = m_parts[first].start;
        const qsizetype end = m_parts[first + groups - 1].end();
        if (total != UuidLength)
            return {NearMiss::WrongLength, start, end};
        if (nonHex > 0)
            return {NearMiss::NonHex, start, end, badChar};
        if (!groupsMatch)
            return {NearMiss::WrongGroups, start, end};
        return {};
    }

    static void note(Finding *slot, const Finding &f)
    {
        if (slot->kind == NearMiss::None)
            *slot = f;
    }

    QStringView m_text;
    QVarLengthArray<Part, 16> m_parts;
    QSet<QString> m_ids;
    QString m_firstId;
    Finding m_gluedMiss;
    Finding m_fiveGroupMiss;
    Finding m_otherMiss;
};

// For input that starts with "ankra-ticket:": the UUID of ankra-ticket://ticket/<uuid>, or an
// empty string when the link has any other shape.
QString idOfOwnLink(QStringView text)
{
    static constexpr QStringView Prefix = u"ankra-ticket://ticket/";
    if (!text.startsWith(Prefix, Qt::CaseInsensitive))
        return {};
    QStringView rest = text.mid(Prefix.size());
    const QString id = canonicalUuidStrict(rest.left(UuidLength));
    if (id.isEmpty())
        return {};
    rest = rest.mid(UuidLength);
    if (rest.startsWith(u'/'))
        rest = rest.mid(1);
    if (!rest.isEmpty() && !rest.startsWith(u'?') && !rest.startsWith(u'#'))
        return {};
    return id;
}

QString quoted(QStringView text, const Finding &f)
{
    QString token = text.mid(f.start, f.end - f.start).toString();
    if (token.size() > MaxQuotedLength)
        token = token.left(MaxQuotedLength - 1) + QChar(0x2026);
    return token;
}

QString nearMissMessage(QStringView text, const Finding &f)
{
    const QString token = quoted(text, f);
    const QString example = QString::fromLatin1(ExampleId);
    switch (f.kind) {
    case NearMiss::WrongLength:
        return TicketId::tr(
                   "“%1” looks like a ticket ID but has %2 characters instead of 36. Copy the "
                   "whole ID again (e.g. %3), or paste a link to the ticket.")
            .arg(token)
            .arg(f.end - f.start)
            .arg(example);
    case NearMiss::NonHex:
        return TicketId::tr(
                   "“%1” looks like a ticket ID but contains “%2”, which is not a hexadecimal "
                   "digit (0-9, a-f). Copy the ID again, or paste a link to the ticket.")
            .arg(token, text.mid(f.badChar, 1).toString());
    case NearMiss::WrongGroups:
        return TicketId::tr(
                   "“%1” looks like a ticket ID but its hyphens are in the wrong places; a ticket "
                   "ID is grouped 8-4-4-4-12, e.g. %2. Copy the ID again, or paste a link to the "
                   "ticket.")
            .arg(token, example);
    case NearMiss::NoHyphens:
        return TicketId::tr(
                   "“%1” looks like a ticket ID without its hyphens. Paste it grouped 8-4-4-4-12, "
                   "e.g. %2, or paste a link to the ticket.")
            .arg(token, example);
    case NearMiss::LongerCode:
        return TicketId::tr(
                   "The ID in “%1” is part of a longer code. Paste the ticket ID on its own, e.g. "
                   "%2, or a link to the ticket.")
            .arg(token, example);
    case NearMiss::None:
        break;
    }
    return {};
}

} // namespace

QString canonicalUuidStrict(QStringView text)
{
    if (text.size() != UuidLength)
        return {};
    for (qsizetype i = 0; i < UuidLength; ++i) {
        const bool hyphenPlace = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphenPlace ? text[i] != u'-' : !isAsciiHex(text[i]))
            return {};
    }
    return text.toString().toLower();
}

QString canonicalUuid(QStringView text)
{
    text = text.trimmed();
    if (text.size() == UuidLength + 2 && text.front() == u'{' && text.back() == u'}')
        text = text.mid(1, UuidLength);
    return canonicalUuidStrict(text);
}

QString TicketId::toLink() const
{
    if (!isValid())
        return {};
    return QStringLiteral("ankra-ticket://ticket/") + m_id;
}

TicketId TicketId::fromUserInput(const QString &input, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return TicketId();
    };

    if (input.trimmed().isEmpty()) {
        return fail(TicketId::tr("Enter a ticket ID, e.g. %1, or paste a link to the ticket.")
                        .arg(QString::fromLatin1(ExampleId)));
    }

    const QStringView trimmed = QStringView(input).trimmed();
    if (trimmed.startsWith(u"ankra-ticket:", Qt::CaseInsensitive)) {
        const QString id = idOfOwnLink(trimmed);
        if (id.isEmpty()) {
            return fail(TicketId::tr("“%1” is not a ticket link; ticket links look like "
                                     "ankra-ticket://ticket/%2.")
                            .arg(quoted(trimmed, {NearMiss::None, 0, trimmed.size()}),
                                 QString::fromLatin1(ExampleId)));
        }
        if (errorMessage)
            errorMessage->clear();
        return TicketId(id);
    }

    Scanner scanner(input);
    scanner.run();

    const qsizetype found = scanner.ids().size();
    if (found == 1) {
        if (errorMessage)
            errorMessage->clear();
        return TicketId(scanner.firstId());
    }
    if (found > 1) {
        return fail(
            TicketId::tr("The text contains %n different IDs; paste just the ticket's ID or a link "
                         "to the ticket.",
                         nullptr, static_cast<int>(found)));
    }
    const Finding miss = scanner.nearMiss();
    if (miss.kind != NearMiss::None)
        return fail(nearMissMessage(input, miss));
    return fail(
        TicketId::tr("No ticket ID found. Paste the ticket ID, e.g. %1, or a link to the ticket.")
            .arg(QString::fromLatin1(ExampleId)));
}

} // namespace Ankra
