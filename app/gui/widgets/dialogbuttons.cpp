#include "gui/widgets/dialogbuttons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>

namespace Ankra {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::DialogButtons)
};

} // namespace

void translateStandardButtons(QDialogButtonBox *box)
{
    const struct
    {
        QDialogButtonBox::StandardButton button;
        QString text;
    } texts[] = {
        {QDialogButtonBox::Save, Tr::tr("&Save")},
        {QDialogButtonBox::Cancel, Tr::tr("&Cancel")},
        {QDialogButtonBox::Close, Tr::tr("&Close")},
    };
    for (const auto &entry : texts) {
        if (QPushButton *button = box->button(entry.button))
            button->setText(entry.text);
    }
}

} // namespace Ankra
