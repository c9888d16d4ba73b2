#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Ankra {

// The languages the app speaks and how a start picks one (Qt Linguist: .ts files in
// resources/translations/, compiled to .qm in the :/i18n resources). The app's catalogue and Qt's
// own `qtbase` catalogue are installed together, and QLocale's default follows the language, so
// dates, sizes and numbers are written the way the text around them is.
namespace Translations {

struct Language
{
    QString code;       // "de"; empty for "the system's language"
    QString nativeName; // "Deutsch": a language is offered in its own name, never translated
};

// System, English, Deutsch, Svenska: what Settings offers, in that order.
QList<Language> choices();

// The language setting ("" = follow the system) as QSettings holds it. Read before any window
// (and before the command line's help text) exists, so it does not wait for Preferences.
QString savedLanguage();
QString languageKey();

// The locale whose UI languages are tried, in order: the system's (QLocale::uiLanguages, which
// follows LANGUAGE on Linux) for "", else `code`.
QLocale requestedLocale(const QString &code);

// Installs the translators for `code` ("" = the system's languages) into the running
// application and sets QLocale's default to match. Returns the language now in use ("en" when
// no catalogue matched). Call once, before any translated text is made.
QString install(const QString &code);

} // namespace Translations

} // namespace Ankra
