#include "gui/widgets/findbar.h"

#include "gui/style/icons.h"
#include "gui/style/theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Ankra {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setAccessibleName(tr("Find in ticket"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);

    auto *caption = new QLabel(tr("Find:"), this);
    caption->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("Find in ticket"));
    m_edit->setAccessibleName(tr("Find in ticket"));
    m_edit->setMaximumWidth(360);
    m_edit->installEventFilter(this);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setMinimumWidth(m_result->fontMetrics().horizontalAdvance(u"9999 of 9999"_s));

    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setIcon(Icons::icon(u"close"_s));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    for (QToolButton *button : {m_previous, m_next, m_close})
        button->setAutoRaise(true);

    layout->addWidget(caption);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    setResult(0, 0);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(int current, int total, bool complete)
{
    const bool none = total == 0 && !m_edit->text().isEmpty() && complete;
    if (m_edit->text().isEmpty())
        m_result->clear();
    else if (none)
        m_result->setText(tr("No matches"));
    else if (!complete)
        m_result->setText(tr("%1 of %2…").arg(current).arg(total));
    else
        m_result->setText(tr("%1 of %2").arg(current).arg(total));
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
    // A query with no match says so in colour too, as browsers do.
    QPalette p = m_edit->palette();
    p.setColor(QPalette::Base, none ? Theme::toneBackground(Theme::Tone::Danger, palette())
                                    : palette().color(QPalette::Base));
    m_edit->setPalette(p);
    m_result->setAccessibleName(m_result->text());
}

QString FindBar::resultText() const
{
    return m_result->text();
}

void FindBar::close()
{
    hide();
    emit closed();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the find field closes the bar, even while the window's Esc (cancel a fetch) is
    // enabled: the field claims the key before shortcuts are looked at.
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                emit previousRequested();
            else
                emit nextRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        if (event->modifiers() & Qt::ShiftModifier)
            emit previousRequested();
        else
            emit nextRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Ankra
