#include "support/pseudotranslator.h"

#include "support/tsfile.h"

using namespace Qt::StringLiterals;

namespace Ankra::Test {

namespace {

QString key(const QString &context, const QString &source, const QString &comment)
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

QChar accented(QChar c)
{
    static const QString plain = u"aceinorsuyzACEINORSUYZ"_s;
    static const QString marked = u"áçéíñöŕšüýžÁÇÉÍÑÖŔŠÜÝŽ"_s;
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : marked.at(i);
}

} // namespace

PseudoTranslator::PseudoTranslator(const QString &tsPath)
{
    const TsFile ts = readTsFile(tsPath);
    m_error = ts.error;
    for (const TsMessage &m : ts.messages) {
        if (m.obsolete)
            continue;
        // A date format ("d MMM yyyy") is read by QLocale, not by a person: accented letters
        // would be shown as they are. Only marked.
        const bool format = m.extraComment.contains(u"format"_s, Qt::CaseInsensitive);
        m_messages.insert(key(m.context, m.source, m.comment),
                          format ? u"⟦"_s + m.source + u"⟧"_s : pseudo(m.source));
    }
}

QString PseudoTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    Q_UNUSED(n) // %n is replaced by QCoreApplication::translate afterwards
    return m_messages.value(key(QString::fromUtf8(context), QString::fromUtf8(sourceText),
                                QString::fromUtf8(disambiguation)));
}

QString PseudoTranslator::pseudo(const QString &english)
{
    QString out;
    out.reserve(english.size() * 2);
    qsizetype letters = 0;
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QChar c = english.at(i);
        // Kept as they are: %1 %n %L1 %Ln, <tags>, &entities; and the accelerator's & (it
        // marks the next letter, which is accented like the rest).
        if (c == u'%' && i + 1 < english.size()) {
            qsizetype end = i + 1;
            if (english.at(end) == u'L')
                ++end;
            if (end < english.size() && (english.at(end).isDigit() || english.at(end) == u'n')) {
                while (end < english.size() && english.at(end).isDigit())
                    ++end;
                if (end < english.size() && english.at(end) == u'n')
                    ++end;
                out += english.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        if (c == u'<'
            || (c == u'&' && english.indexOf(u';', i) > i && english.indexOf(u';', i) - i < 8
                && !english.mid(i + 1, english.indexOf(u';', i) - i - 1).contains(u' '))) {
            const qsizetype end = english.indexOf(c == u'<' ? u'>' : u';', i);
            if (end > i) {
                out += english.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c.isLetter())
            ++letters;
        out += accented(c);
    }
    // About 40 % longer, as German and Finnish often are, with a visible end: a clipped text
    // loses its "⟧".
    const qsizetype padding = (letters * 4 + 9) / 10;
    return u"⟦"_s + out + QString(padding, u'·') + u"⟧"_s;
}

bool PseudoTranslator::isPseudo(const QString &text)
{
    return text.contains(u'⟦') && text.contains(u'⟧');
}

} // namespace Ankra::Test
