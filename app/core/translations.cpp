#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "ankra.translations", QtInfoMsg)

namespace Ankra::Translations {

QList<Language> choices()
{
    return {
        {QString(), QCoreApplication::translate("Translations", "System language")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"sv"_s, u"Svenska"_s},
    };
}

QString languageKey()
{
    return u"view/language"_s;
}

QString savedLanguage()
{
    const QString code = QSettings().value(languageKey()).toString();
    for (const Language &language : choices()) {
        if (language.code == code)
            return code;
    }
    return QString(); // an unknown value in the file: follow the system
}

QLocale requestedLocale(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

namespace {

// Qt's own catalogue: where Qt's installation keeps it, or beside the executable (windeployqt
// and macdeployqt put it there).
bool loadQtCatalogue(QTranslator *translator, const QLocale &locale)
{
    const QStringList folders{
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + u"/translations"_s,
        QCoreApplication::applicationDirPath() + u"/../Resources/translations"_s,
    };
    for (const QString &folder : folders) {
        if (translator->load(locale, u"qtbase"_s, u"_"_s, folder))
            return true;
    }
    return false;
}

} // namespace

QString install(const QString &code)
{
    auto *app = QCoreApplication::instance();
    const QLocale requested = requestedLocale(code);

    auto *own = new QTranslator(app);
    QString inUse = u"en"_s;
    if (own->load(requested, u"ankra"_s, u"_"_s, u":/i18n"_s)) {
        inUse = own->language().section(u'_', 0, 0).section(u'-', 0, 0);
    } else {
        // No catalogue for any of the user's languages: English, whose catalogue holds the
        // plural forms ("1 ticket").
        qCDebug(lcTranslations, "no catalogue for %s; English",
                qUtf8Printable(requested.uiLanguages().join(u", "_s)));
        if (!own->load(u":/i18n/ankra_en.qm"_s))
            qCWarning(lcTranslations, "the English catalogue is missing from the resources");
    }
    QCoreApplication::installTranslator(own);

    const QLocale language(inUse);
    auto *qt = new QTranslator(app);
    if (inUse != u"en"_s && loadQtCatalogue(qt, language))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Dates, numbers and sizes in the language of the text: the system's own locale when it is
    // that language (it keeps the user's country: de_AT, sv_FI), else the language's.
    const QLocale system = QLocale::system();
    const bool systemMatches = system.language() == language.language()
                               || (inUse == u"en"_s && system.language() == QLocale::C);
    QLocale::setDefault(systemMatches ? system : language);
    qCDebug(lcTranslations, "language %s, locale %s", qUtf8Printable(inUse),
            qUtf8Printable(QLocale().name()));
    return inUse;
}

} // namespace Ankra::Translations
