#pragma once

#include <QHash>
#include <QTranslator>

namespace Ankra::Test {

// A pseudo-translation: every message of a .ts file comes back accented and about 40 % longer
// ("Settings" → "⟦Śéţţíñĝś·····⟧"), keeping placeholders (%1, %n, %L1), the accelerator's &,
// HTML tags and entities. A message the .ts file does not hold — a string outside tr(), or
// one whose context at run time is not the one lupdate saw — stays English, which is how a
// test finds it. Install it before the widgets are made.
class PseudoTranslator final : public QTranslator
{
public:
    // From the source tree's English catalogue (the German one: it holds every message).
    explicit PseudoTranslator(const QString &tsPath);

    bool isEmpty() const override { return m_messages.isEmpty(); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;

    static QString pseudo(const QString &english);
    // Whether `text` carries the pseudo-translation's marks.
    static bool isPseudo(const QString &text);

    QString error() const { return m_error; }
    qsizetype messageCount() const { return m_messages.size(); }

private:
    QHash<QString, QString> m_messages; // context \x1f source \x1f comment → pseudo text
    QString m_error;
};

} // namespace Ankra::Test
