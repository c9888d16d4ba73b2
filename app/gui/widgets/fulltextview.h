#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTimer;

// The whole of a very large field (a subject or description of megabytes), as plain text in a
// read-only window. The text is appended a slice per event-loop turn, so the window answers
// all along; lines longer than LineBreak characters are broken for display only (laying out one
// line of megabytes would stall the thread).

namespace Ankra {

class FullTextView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullTextView)

public:
    static constexpr qsizetype SliceChars = 128 * 1024;
    static constexpr qsizetype LineBreak = 10000;

    FullTextView(const QString &title, const QString &text, QWidget *parent = nullptr);

    bool isComplete() const { return m_done >= m_text.size(); }
    qsizetype shownChars() const { return m_done; }
    QPlainTextEdit *editor() const { return m_edit; }

signals:
    void completed();

private:
    void appendSlice();

    QString m_text;
    qsizetype m_done = 0;
    qsizetype m_column = 0; // characters since the last line break, shown or inserted
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QTimer *m_timer;
};

} // namespace Ankra
