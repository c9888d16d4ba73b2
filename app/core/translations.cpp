#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
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
    // qtbase_<lang>.qm, else qt_<lang>.qm (Swedish has only the latter in Qt 6.4's set).
    for (const QString &name : {u"qtbase"_s, u"qt"_s}) {
        for (const QString &folder : folders) {
            if (translator->load(locale, name, u"_"_s, folder))
                return true;
        }
    }
    return false;
}

// Dates, numbers and sizes in the language of the text: the user's own formats when they are
// that language's (they keep the country: de_AT, sv_FI), else the language's.
QLocale formatsFor(const QString &inUse)
{
    const QLocale language(inUse);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt's system locale here takes its name and language from LANGUAGE but its formats from
    // LC_ALL / LC_TIME / LANG: with LANGUAGE=de and LANG=C.UTF-8 it says "de_DE" and writes
    // "Dec" and "1.2 kB". The environment says which formats the user has.
    for (const char *variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        const QString value
            = qEnvironmentVariable(variable).section(u'.', 0, 0).section(u'@', 0, 0);
        if (value.isEmpty())
            continue;
        const QLocale formats(value);
        if (formats.language() == language.language())
            return formats;
        // English text over C/POSIX formats: as the app has always written them.
        if (inUse == u"en"_s && formats.language() == QLocale::C)
            return QLocale::system();
        return language;
    }
    return inUse == u"en"_s ? QLocale::system() : language;
#else
    const QLocale system = QLocale::system();
    return system.language() == language.language() ? system : language;
#endif
}

} // namespace

QString install(const QString &code)
{
    auto *app = QCoreApplication::instance();
    const QLocale requested = requestedLocale(code);
    // The catalogues of an earlier call go: one language at a time.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &old : std::as_const(installed)) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old.data();
        }
    }
    installed.clear();

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
    installed << own;

    const QLocale language(inUse);
    auto *qt = new QTranslator(app);
    if (inUse != u"en"_s && loadQtCatalogue(qt, language)) {
        QCoreApplication::installTranslator(qt);
        installed << qt;
    } else
        delete qt;

    QLocale::setDefault(formatsFor(inUse));
    qCDebug(lcTranslations, "language %s, locale %s", qUtf8Printable(inUse),
            qUtf8Printable(QLocale().name()));
    return inUse;
}

} // namespace Ankra::Translations
