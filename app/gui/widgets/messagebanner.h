#pragma once

#include "gui/style/theme.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

// A coloured strip above the content that says something about it (stale data, demo data,
// an error) with an icon, a text, optional action buttons and a close button; in the spirit
// of KMessageWidget. Text is always plain.

namespace Ankra {

class IconLabel;
class TextLabel;

class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBanner(QWidget *parent = nullptr);

    void setType(Type type);
    Type type() const { return m_type; }
    void setText(const QString &text);
    QString text() const;
    void setCloseButtonVisible(bool visible);

    // Adds a button for the action (it keeps its text, icon and shortcut tooltip).
    QToolButton *addAction(QAction *action);
    void clearActions();

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColours();
    Theme::Tone tone() const;

    Type m_type = Type::Information;
    IconLabel *m_icon;
    TextLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};

} // namespace Ankra
