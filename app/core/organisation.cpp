#include "core/organisation.h"

#include "core/ticketid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

const char *const context = "Ankra::OrganisationJson";

bool fail(ParseError *error, const QString &path, const char *message)
{
    if (error)
        *error = {path, QCoreApplication::translate(context, message)};
    return false;
}

// An optional string member: absent and null are empty, anything else must be a string.
bool optionalString(const QJsonObject &object, QLatin1String key, const QString &path, QString *out,
                    ParseError *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return fail(error, path + u'.' + key,
                    QT_TRANSLATE_NOOP("Ankra::OrganisationJson", "expected a string"));
    *out = value.toString();
    return true;
}

} // namespace

QString Organisation::displayName() const
{
    const QString shownName = name.simplified();
    const QString shownSlug = slug.simplified();
    if (!shownName.isEmpty() && !shownSlug.isEmpty() && shownName != shownSlug)
        return shownName + u" ("_s + shownSlug + u')';
    if (!shownName.isEmpty())
        return shownName;
    if (!shownSlug.isEmpty())
        return shownSlug;
    return id;
}

std::optional<QList<Organisation>> organisationsFromJson(const QJsonDocument &document,
                                                         ParseError *error)
{
    if (!document.isArray()) {
        fail(error, QString(), QT_TRANSLATE_NOOP("Ankra::OrganisationJson", "expected an array"));
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    QList<Organisation> organisations;
    organisations.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u'[' + QString::number(i) + u']';
        const QJsonValue element = array.at(i);
        if (!element.isObject()) {
            fail(error, path, QT_TRANSLATE_NOOP("Ankra::OrganisationJson", "expected an object"));
            return std::nullopt;
        }
        const QJsonObject object = element.toObject();
        Organisation organisation;

        const QJsonValue id = object.value("organisation_id"_L1);
        if (id.isUndefined()) {
            fail(error, path + u".organisation_id"_s,
                 QT_TRANSLATE_NOOP("Ankra::OrganisationJson", "missing"));
            return std::nullopt;
        }
        // The id goes into a request header later: only a canonical UUID is accepted.
        organisation.id = canonicalUuidStrict(id.toString()); // empty for a non-string
        if (organisation.id.isEmpty()) {
            fail(error, path + u".organisation_id"_s,
                 QT_TRANSLATE_NOOP("Ankra::OrganisationJson", "expected a UUID"));
            return std::nullopt;
        }

        const QJsonValue current = object.value("user_current"_L1);
        if (!current.isUndefined() && !current.isNull() && !current.isBool()) {
            fail(error, path + u".user_current"_s,
                 QT_TRANSLATE_NOOP("Ankra::OrganisationJson", "expected a boolean"));
            return std::nullopt;
        }
        organisation.current = current.toBool(false);

        if (!optionalString(object, "name"_L1, path, &organisation.name, error)
            || !optionalString(object, "slug"_L1, path, &organisation.slug, error)
            || !optionalString(object, "status"_L1, path, &organisation.status, error)
            || !optionalString(object, "role"_L1, path, &organisation.role, error))
            return std::nullopt;
        organisations.append(organisation);
    }
    return organisations;
}

} // namespace Ankra
