#pragma once

#include <QLabel>
#include <QVarLengthArray>

// A QLabel that remembers what it measured. QLabel lays its text out again for every size a
// layout asks about, and a selectable label twice (at the width asked, then back at its own):
// one pass over a window asks each wrapped label the same questions several times.
// The answers are kept until the text, the font or the style changes.

namespace Ankra {

class TextLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLabel)

public:
    explicit TextLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetIfTextChanged() const;
    void forget() const;

    mutable QString m_measuredText;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QVarLengthArray<std::pair<int, int>, 4> m_heights; // width, height
};

} // namespace Ankra
