#include "gui/text/shortenedtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ankra::ShortenedText {

QString head(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

QString note(qsizetype shown, qsizetype total)
{
    const QLocale locale;
    return QCoreApplication::translate("Ankra::ShortenedText",
                                       "Shortened: showing the first %1 of %2 characters.")
        .arg(locale.toString(shown), locale.toString(total));
}

} // namespace Ankra::ShortenedText
