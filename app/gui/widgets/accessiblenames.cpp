#include "gui/widgets/accessiblenames.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Ankra::AccessibleNames {

void nameClearButton(QLineEdit *edit)
{
    // QLineEdit's own action (qlineedit_p.cpp), shown by a button that reads its text.
    auto *clear = edit->findChild<QAction *>(u"_q_qlineeditclearaction"_s);
    if (!clear)
        return;
    const QString field = edit->accessibleName();
    clear->setText(
        field.isEmpty()
            ? QCoreApplication::translate("Ankra::AccessibleNames", "Clear")
            : QCoreApplication::translate("Ankra::AccessibleNames", "Clear %1").arg(field));
}

} // namespace Ankra::AccessibleNames
