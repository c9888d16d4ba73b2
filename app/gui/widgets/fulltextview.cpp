#include "gui/widgets/fulltextview.h"

#include "gui/text/shortenedtext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace Ankra {

FullTextView::FullTextView(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_text(text)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    // Plain text only: QPlainTextEdit never reads server text as rich text.
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_edit->setAccessibleName(title);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &FullTextView::appendSlice);
    appendSlice();
    if (!isComplete())
        m_timer->start();
}

void FullTextView::appendSlice()
{
    const qsizetype end = std::min(m_text.size(), m_done + SliceChars);
    QString slice;
    slice.reserve(end - m_done + (end - m_done) / LineBreak + 1);
    for (qsizetype i = m_done; i < end; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'\n') {
            m_column = 0;
        } else if (m_column >= LineBreak && !c.isLowSurrogate()) {
            slice += u'\n';
            m_column = 0;
        }
        slice += c;
        ++m_column;
    }
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(slice);
    m_done = end;

    const QLocale locale;
    if (isComplete()) {
        m_timer->stop();
        m_status->setText(tr("All %Ln character(s). Lines longer than %1 characters are broken "
                             "for display.",
                             nullptr, int(m_text.size()))
                              .arg(locale.toString(LineBreak)));
        emit completed();
    } else {
        m_status->setText(tr("Loading: %1 of %Ln character(s) so far.", nullptr, int(m_text.size()))
                              .arg(locale.toString(m_done)));
    }
}

} // namespace Ankra
