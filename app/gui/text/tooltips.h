#pragma once

#include <QRect>
#include <QString>

class QPoint;
class QWidget;

// Tooltips that show server text (author names, badge descriptions, link targets, attachment
// names): QToolTip treats a string as rich text when Qt::mightBeRichText() says so, so raw
// server text could render markup ("<b>"), and escaped text that does not look like HTML
// showed its entities ("R&amp;D"). One way for all of them: always rich text, always escaped.

namespace Ankra::ToolTips {

// The tooltip string that shows `plainText` exactly as these characters (empty stays empty).
QString fromPlainText(const QString &plainText);

// QToolTip::showText with fromPlainText(plainText); hides the tooltip when it is empty.
void show(const QPoint &globalPos, const QString &plainText, QWidget *widget,
          const QRect &rect = {});

} // namespace Ankra::ToolTips
