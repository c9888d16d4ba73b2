#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The find bar at the bottom of a ticket page, as in browsers: a query field, "3 of 17",
// previous / next and close. Enter / F3 next, Shift+Enter / Shift+F3 previous, Esc closes.
// It only says what the user asked; TicketFind does the finding.

namespace Ankra {

class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Shows the bar, focuses the field and selects its text (Ctrl+F again selects it again).
    void open();
    // The result line: "3 of 17", "No matches", or nothing for an empty query; while the
    // ticket is still being indexed, "3 of 17…" (more may come).
    void setResult(int current, int total, bool complete = true);
    QString resultText() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void close();

    QLineEdit *m_edit;
    QLabel *m_result;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Ankra
