#include "core/ticket.h"

#include <QCoreApplication>

#include <array>

namespace Ankra {
namespace {

template<typename E>
struct EnumEntry
{
    E value;
    const char16_t *wire;
    const char *label; // translated in the "Ankra" context
};

constexpr std::array<EnumEntry<Source>, 4> sources{{
    {Source::Portal, u"portal", QT_TRANSLATE_NOOP("Ankra", "Portal")},
    {Source::Api, u"api", QT_TRANSLATE_NOOP("Ankra", "API")},
    {Source::Cli, u"cli", QT_TRANSLATE_NOOP("Ankra", "CLI")},
    {Source::Agent, u"agent", QT_TRANSLATE_NOOP("Ankra", "Agent")},
}};

constexpr std::array<EnumEntry<Category>, 6> categories{{
    {Category::Technical, u"technical", QT_TRANSLATE_NOOP("Ankra", "Technical")},
    {Category::Account, u"account", QT_TRANSLATE_NOOP("Ankra", "Account")},
    {Category::Billing, u"billing", QT_TRANSLATE_NOOP("Ankra", "Billing")},
    {Category::Bug, u"bug", QT_TRANSLATE_NOOP("Ankra", "Bug")},
    {Category::FeatureRequest, u"feature_request", QT_TRANSLATE_NOOP("Ankra", "Feature request")},
    {Category::Other, u"other", QT_TRANSLATE_NOOP("Ankra", "Other")},
}};

constexpr std::array<EnumEntry<Status>, 7> statuses{{
    {Status::PendingReview, u"pending_review", QT_TRANSLATE_NOOP("Ankra", "Pending review")},
    {Status::Open, u"open", QT_TRANSLATE_NOOP("Ankra", "Open")},
    {Status::Triaging, u"triaging", QT_TRANSLATE_NOOP("Ankra", "Triaging")},
    {Status::InProgress, u"in_progress", QT_TRANSLATE_NOOP("Ankra", "In progress")},
    {Status::WaitingCustomer, u"waiting_customer",
     QT_TRANSLATE_NOOP("Ankra", "Waiting on customer")},
    {Status::Resolved, u"resolved", QT_TRANSLATE_NOOP("Ankra", "Resolved")},
    {Status::Closed, u"closed", QT_TRANSLATE_NOOP("Ankra", "Closed")},
}};

constexpr std::array<EnumEntry<Severity>, 4> severities{{
    {Severity::Low, u"low", QT_TRANSLATE_NOOP("Ankra", "Low")},
    {Severity::Medium, u"medium", QT_TRANSLATE_NOOP("Ankra", "Medium")},
    {Severity::High, u"high", QT_TRANSLATE_NOOP("Ankra", "High")},
    {Severity::Critical, u"critical", QT_TRANSLATE_NOOP("Ankra", "Critical")},
}};

constexpr std::array<EnumEntry<AiReview>, 3> aiReviews{{
    {AiReview::Pending, u"pending", QT_TRANSLATE_NOOP("Ankra", "AI review pending")},
    {AiReview::Passed, u"passed", QT_TRANSLATE_NOOP("Ankra", "AI review passed")},
    {AiReview::Flagged, u"flagged", QT_TRANSLATE_NOOP("Ankra", "AI review flagged")},
}};

// author_type is undocumented; these are the spellings the service is known or likely to use
// for "you, the Ankra team, AI, or the system". Anything else is kept verbatim.
constexpr std::array<EnumEntry<AuthorType>, 9> authorTypes{{
    {AuthorType::Customer, u"customer", QT_TRANSLATE_NOOP("Ankra", "Customer")},
    {AuthorType::Customer, u"user", QT_TRANSLATE_NOOP("Ankra", "Customer")},
    {AuthorType::Team, u"team", QT_TRANSLATE_NOOP("Ankra", "Ankra team")},
    {AuthorType::Team, u"ankra", QT_TRANSLATE_NOOP("Ankra", "Ankra team")},
    {AuthorType::Team, u"staff", QT_TRANSLATE_NOOP("Ankra", "Ankra team")},
    {AuthorType::Team, u"support", QT_TRANSLATE_NOOP("Ankra", "Ankra team")},
    {AuthorType::Ai, u"ai", QT_TRANSLATE_NOOP("Ankra", "AI")},
    {AuthorType::Ai, u"assistant", QT_TRANSLATE_NOOP("Ankra", "AI")},
    {AuthorType::System, u"system", QT_TRANSLATE_NOOP("Ankra", "System")},
}};

template<typename E, std::size_t N>
EnumValue<E> fromWire(const std::array<EnumEntry<E>, N> &table, const QString &s)
{
    for (const auto &entry : table) {
        if (s == QStringView(entry.wire))
            return {entry.value, s};
    }
    return {E::Unknown, s};
}

template<typename E, std::size_t N>
QString labelOf(const std::array<EnumEntry<E>, N> &table, const EnumValue<E> &v)
{
    for (const auto &entry : table) {
        if (entry.value == v.value)
            return QCoreApplication::translate("Ankra", entry.label);
    }
    return v.raw; // Unknown: the server's own word, verbatim
}

template<typename E, std::size_t N>
QString wireOf(const std::array<EnumEntry<E>, N> &table, const EnumValue<E> &v)
{
    for (const auto &entry : table) {
        if (entry.value == v.value)
            return QString::fromUtf16(entry.wire);
    }
    return v.raw; // Unknown: verbatim; None: empty
}

} // namespace

EnumValue<Source> sourceFromWire(const QString &s)
{
    return fromWire(sources, s);
}
EnumValue<Category> categoryFromWire(const QString &s)
{
    return fromWire(categories, s);
}
EnumValue<Status> statusFromWire(const QString &s)
{
    return fromWire(statuses, s);
}
EnumValue<AiReview> aiReviewFromWire(const QString &s)
{
    return fromWire(aiReviews, s);
}

EnumValue<Severity> severityFromWire(const QString &s)
{
    if (s.isEmpty())
        return {Severity::None, {}};
    return fromWire(severities, s);
}

EnumValue<AuthorType> authorTypeFromWire(const QString &s)
{
    if (s.isEmpty())
        return {AuthorType::None, {}};
    // Case-insensitive: the values are undocumented, "AI" and "ai" mean the same.
    auto v = fromWire(authorTypes, s.toLower());
    v.raw = s;
    return v;
}

QString wireName(const EnumValue<Source> &v)
{
    return wireOf(sources, v);
}
QString wireName(const EnumValue<Category> &v)
{
    return wireOf(categories, v);
}
QString wireName(const EnumValue<Status> &v)
{
    return wireOf(statuses, v);
}
QString wireName(const EnumValue<Severity> &v)
{
    return wireOf(severities, v);
}
QString wireName(const EnumValue<AiReview> &v)
{
    return wireOf(aiReviews, v);
}
QString wireName(const EnumValue<AuthorType> &v)
{
    return wireOf(authorTypes, v);
}

QString label(const EnumValue<Source> &v)
{
    return labelOf(sources, v);
}
QString label(const EnumValue<Category> &v)
{
    return labelOf(categories, v);
}
QString label(const EnumValue<Status> &v)
{
    return labelOf(statuses, v);
}
QString label(const EnumValue<AiReview> &v)
{
    return labelOf(aiReviews, v);
}

QString label(const EnumValue<Severity> &v)
{
    if (v.value == Severity::None)
        return QCoreApplication::translate("Ankra", "No severity");
    return labelOf(severities, v);
}

QString label(const EnumValue<AuthorType> &v)
{
    if (v.value == AuthorType::None)
        return QCoreApplication::translate("Ankra", "Unknown author");
    return labelOf(authorTypes, v);
}

} // namespace Ankra
