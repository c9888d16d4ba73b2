#pragma once

#include <QDialog>

#include <memory>

// Help > About: the app's version, the Qt version it runs on, and the Ankra platform's address.

namespace Ankra {

namespace Ui {
class AboutDialog;
}

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    static QUrl platformUrl();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Ankra
