#include "support/tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Ankra::Test {

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = TsMessage{context, {}, {}, {}, {}, false, false, false};
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (name == "extracomment"_L1) {
                message.extraComment = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                message.unfinished = type == "unfinished"_L1;
                message.obsolete = type == "vanished"_L1 || type == "obsolete"_L1;
                if (!message.numerus) {
                    const QString text = xml.readElementText();
                    if (!text.isEmpty())
                        message.translations << text;
                }
            } else if (name == "numerusform"_L1) {
                const QString text = xml.readElementText();
                if (!text.isEmpty())
                    message.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString translationsSourceDir()
{
    return QStringLiteral(ANKRA_TRANSLATIONS_DIR);
}

} // namespace Ankra::Test
