#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ankra::Test {

// One <message> of a Qt Linguist .ts file, as the tests read it (QXmlStreamReader, no Qt
// Linguist library): where it is used, its English text, and its translation.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;          // the disambiguation, tr()'s second argument
    QString extraComment;     // the note for translators (//: in the source)
    QStringList translations; // one per plural form; empty when not translated at all
    bool numerus = false;
    bool unfinished = false; // type="unfinished"
    bool obsolete = false;   // type="vanished" or "obsolete"
};

struct TsFile
{
    QString language; // the <TS language="..."> attribute
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

TsFile readTsFile(const QString &path);

// The resources/translations folder of the source tree.
QString translationsSourceDir();

} // namespace Ankra::Test
