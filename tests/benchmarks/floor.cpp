// bench-floor: the least a Qt Widgets program can do for what `ankra-ticket-viewer
// --screenshot` does, so the app's time is reported as a multiple of it: start, GET the same
// JSON from the same loopback server, parse it, paint one label with the subject at the
// screenshot's size, save the window as PNG, exit.
//
//   bench-floor URL OUT.png [WIDTHxHEIGHT]      (token from ANKRA_API_TOKEN)

#include "gui/guiapp.h" // ScreenshotPngCompression only: the floor links no project code

#include <QApplication>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: bench-floor URL OUT.png [WIDTHxHEIGHT]\n", stderr);
        return 2;
    }
    const QString outFile = args.at(2);
    QSize size(1280, 860);
    if (args.size() > 3) {
        const QStringList parts = args.at(3).split(u'x');
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }

    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(args.at(1))};
    request.setRawHeader("Authorization", "Bearer " + qgetenv("ANKRA_API_TOKEN"));
    QNetworkReply *reply = nam.get(request);

    QLabel label;
    int code = 1;
    QObject::connect(reply, &QNetworkReply::finished, &app, [&] {
        reply->deleteLater();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (reply->error() != QNetworkReply::NoError || !doc.isObject()) {
            std::fputs("bench-floor: fetch or parse failed\n", stderr);
            QCoreApplication::exit(1);
            return;
        }
        label.setTextFormat(Qt::PlainText);
        label.setText(doc.object().value("subject"_L1).toString());
        label.setAttribute(Qt::WA_DontShowOnScreen);
        label.resize(size);
        label.show();
        // The PNG exactly as the app writes its screenshot (gui/guiapp.cpp: opaque RGB32,
        // ScreenshotPngCompression), so the encoder costs both the same per pixel.
        QImageWriter writer(outFile, "png");
        writer.setCompression(Ankra::ScreenshotPngCompression);
        code = writer.write(label.grab().toImage().convertToFormat(QImage::Format_RGB32)) ? 0 : 1;
        QCoreApplication::exit(code);
    });
    return QCoreApplication::exec();
}
