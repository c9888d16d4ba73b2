#pragma once

#include "core/ticketjson.h"

#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One organisation of the token's user, from GET /api/v1/org/organisation, for the
// organisation picker; and the parser of that list.

namespace Ankra {

struct Organisation
{
    QString id;   // organisation_id, a lower-case UUID
    QString name; // may be empty; then the slug or the id is shown
    QString slug;
    bool current = false; // user_current: the organisation the token acts in by default
    QString status;       // verbatim, e.g. "active"
    QString role;         // verbatim, e.g. "admin"

    // What a picker shows: "Name (slug)", falling back to the slug or the id.
    QString displayName() const;

    friend bool operator==(const Organisation &a, const Organisation &b)
    {
        return a.id == b.id && a.name == b.name && a.slug == b.slug && a.current == b.current
               && a.status == b.status && a.role == b.role;
    }
    friend bool operator!=(const Organisation &a, const Organisation &b) { return !(a == b); }
};

// The response is an array of objects; organisation_id must be a UUID, the other members are
// optional strings (user_current a boolean) and unknown members are ignored. An element that is
// not a usable organisation fails the whole list with its path ("[2].organisation_id: ...").
std::optional<QList<Organisation>> organisationsFromJson(const QJsonDocument &document,
                                                         ParseError *error = nullptr);

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::Organisation)
