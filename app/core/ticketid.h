#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// A validated ticket ID: a UUID in canonical lower-case form. The only way to get one is
// TicketId::fromUserInput(), so an ID never reaches a URL unvalidated.

namespace Ankra {

class TicketId final
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::TicketId)

public:
    TicketId() = default;

    // Accepts a UUID in any case, with or without braces or surrounding space, or any pasted
    // text or link that contains exactly one UUID. A link of the app's own scheme must have the
    // shape toLink() writes: ankra-ticket://ticket/<uuid> (a trailing slash, query or fragment
    // is ignored). On failure returns an invalid id and, if
    // errorMessage is given, a sentence that says what was wrong and what to paste instead.
    static TicketId fromUserInput(const QString &input, QString *errorMessage = nullptr);

    bool isValid() const { return !m_id.isEmpty(); }
    QString toString() const { return m_id; }
    // ankra-ticket://ticket/<uuid>, the link the desktop hands back to this app; empty when
    // invalid.
    QString toLink() const;

    static constexpr char16_t LinkScheme[] = u"ankra-ticket";

    friend bool operator==(const TicketId &a, const TicketId &b) { return a.m_id == b.m_id; }
    friend bool operator!=(const TicketId &a, const TicketId &b) { return a.m_id != b.m_id; }

private:
    explicit TicketId(const QString &canonical)
        : m_id(canonical)
    {}
    QString m_id;
};

// The canonical form (lower case, no braces) when `text`, apart from surrounding space and one
// pair of braces, is exactly a UUID (8-4-4-4-12 hex digits); otherwise an empty string.
// For values that must be a UUID and nothing else, such as ANKRA_ORG.
QString canonicalUuid(QStringView text);

// The same for a value from the server, which must be exactly a UUID: no space, no braces.
QString canonicalUuidStrict(QStringView text);

} // namespace Ankra
