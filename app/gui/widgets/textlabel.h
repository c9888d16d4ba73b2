#pragma once

#include "gui/find/findhighlight.h"

#include <QLabel>
#include <QVarLengthArray>

// A QLabel that does less work for the same picture:
// - It remembers what it measured. QLabel lays its text out again for every size a layout asks
//   about; one pass over a window asks each wrapped label the same questions several times.
//   The answers are kept until the text, the font or the style changes.
// - Selectable on demand: a selectable QLabel answers every size question through a
//   QTextDocument that it lays out twice (at the width asked, then back at its own); a plain
//   one through QFontMetrics, and paints the same pixels. setSelectableOnDemand() keeps the
//   label plain until the user reaches for its text (a press, a right-click, focus) and makes
//   it selectable then, with the press that started it. The sizes are the same except the
//   preferred width of a wrapped label (QLabel guesses it differently without a document):
//   for wrapped text, use it where the layout decides the width.
// - Find highlights: painted ranges over the plain text (FindHighlight), the text unchanged.

namespace Ankra {

class TextLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLabel)

public:
    explicit TextLabel(QWidget *parent = nullptr);

    // The text interaction flags (TextSelectableByMouse, ...) the label takes on first use.
    void setSelectableOnDemand(Qt::TextInteractionFlags flags);
    Qt::TextInteractionFlags selectableOnDemand() const { return m_onDemand; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // Ranges of text() painted as find matches; empty for none.
    void setFindHighlights(const FindHighlights &highlights);
    const FindHighlights &findHighlights() const { return m_highlights; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool becomeSelectable();
    void forgetIfTextChanged() const;
    void forget() const;

    FindHighlights m_highlights;
    Qt::TextInteractionFlags m_onDemand = Qt::NoTextInteraction;
    mutable QString m_measuredText;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QVarLengthArray<std::pair<int, int>, 4> m_heights; // width, height
};

} // namespace Ankra
