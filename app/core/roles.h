#pragma once

#include <Qt>

// Item roles shared by the core's models and the GUI's delegates.

namespace Ankra::Roles {

enum : int {
    // The value as a C++ type (QDateTime, qint64, an enum as int, QString...), apart from the
    // display text. Sorting and delegates use it.
    RawValueRole = Qt::UserRole + 1,
    // For enum-valued cells: the server's string ("in_progress"); verbatim for unknown values.
    WireValueRole,
    // For enum-valued cells: true when the value is one the app knows.
    KnownValueRole,
    // Comment list: author label, author kind (Ankra::AuthorType as int), time (QDateTime UTC),
    // body (QString).
    AuthorLabelRole,
    AuthorTypeRole,
    CreatedAtRole,
    BodyRole,
    // Attachment table: the content type, for the type icon.
    ContentTypeRole,
    // Comment list: added since the agent last looked at the ticket (bool).
    IsNewRole,
};

} // namespace Ankra::Roles
