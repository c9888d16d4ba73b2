// ankra-iconrender: renders the one SVG app icon into the raster files each platform wants,
// at build time, so that no rendered icon is ever committed or drawn by hand.
//
//   ankra-iconrender SVG hicolor DIR SIZE...   DIR/<S>x<S>/apps/<name>.png for each size
//   ankra-iconrender SVG ico FILE SIZE...      a Windows .ico with one image per size
//   ankra-iconrender SVG iconset DIR           a macOS .iconset for `iconutil -c icns`
//
// <name> is the SVG's file name without its extension.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "ankra-iconrender: %s\n", qUtf8Printable(message));
    std::exit(1);
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
}

QByteArray png(const QImage &image)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        fail(u"cannot encode a PNG"_s);
    return data;
}

template<typename T>
void append(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// An uncompressed 32-bit DIB as an ICO entry stores it: BITMAPINFOHEADER with doubled height,
// bottom-up BGRA rows, then the 1-bit AND mask (all zero: the alpha channel decides).
QByteArray dib(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const int size = image.width();
    QByteArray out;
    append<quint32>(out, 40);      // biSize
    append<qint32>(out, size);     // biWidth
    append<qint32>(out, size * 2); // biHeight: XOR bitmap + AND mask
    append<quint16>(out, 1);       // biPlanes
    append<quint16>(out, 32);      // biBitCount
    append<quint32>(out, 0);       // biCompression = BI_RGB
    append<quint32>(out, 0);       // biSizeImage (may be 0 for BI_RGB)
    append<qint32>(out, 0);        // biXPelsPerMeter
    append<qint32>(out, 0);        // biYPelsPerMeter
    append<quint32>(out, 0);       // biClrUsed
    append<quint32>(out, 0);       // biClrImportant
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x)
            append<quint32>(out, line[x]); // ARGB32 as a little-endian word is BGRA in memory
    }
    const int maskStride = ((size + 31) / 32) * 4;
    out.append(QByteArray(maskStride * size, '\0'));
    return out;
}

// ICO container: small sizes as DIBs (understood by every Windows tool, rc.exe and NSIS
// included), 256 px as PNG (what Windows expects for the large entry).
QByteArray ico(QSvgRenderer &svg, const std::vector<int> &sizes)
{
    std::vector<QByteArray> images;
    for (int size : sizes) {
        if (size < 1 || size > 256)
            fail(u"an .ico entry must be 1..256 px, not %1"_s.arg(size));
        const QImage image = render(svg, size);
        images.push_back(size == 256 ? png(image) : dib(image));
    }
    QByteArray out;
    append<quint16>(out, 0); // reserved
    append<quint16>(out, 1); // type: icon
    append<quint16>(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const auto dimension = quint8(sizes[i] == 256 ? 0 : sizes[i]); // 0 means 256
        out.append(char(dimension));
        out.append(char(dimension));
        out.append(char(0));      // palette colours
        out.append(char(0));      // reserved
        append<quint16>(out, 1);  // colour planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(images[i].size()));
        append<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

std::vector<int> parseSizes(const QStringList &arguments)
{
    std::vector<int> sizes;
    for (const QString &argument : arguments) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            fail(u"not an icon size: %1"_s.arg(argument));
        sizes.push_back(size);
    }
    if (sizes.empty())
        fail(u"no sizes given"_s);
    return sizes;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.size() < 3)
        fail(
            u"usage: ankra-iconrender SVG (hicolor DIR SIZE... | ico FILE SIZE... | iconset DIR)"_s);

    const QString svgPath = arguments.at(0);
    const QString command = arguments.at(1);
    const QString target = arguments.at(2);
    QSvgRenderer svg(svgPath);
    if (!svg.isValid())
        fail(u"cannot render %1"_s.arg(svgPath));
    const QString name = QFileInfo(svgPath).completeBaseName();

    if (command == u"hicolor") {
        for (int size : parseSizes(arguments.mid(3)))
            writeFile(u"%1/%2x%2/apps/%3.png"_s.arg(target, QString::number(size), name),
                      png(render(svg, size)));
    } else if (command == u"ico") {
        writeFile(target, ico(svg, parseSizes(arguments.mid(3))));
    } else if (command == u"iconset") {
        // The names and sizes iconutil requires.
        for (int size : {16, 32, 128, 256, 512}) {
            writeFile(u"%1/icon_%2x%2.png"_s.arg(target, QString::number(size)),
                      png(render(svg, size)));
            writeFile(u"%1/icon_%2x%2@2x.png"_s.arg(target, QString::number(size)),
                      png(render(svg, size * 2)));
        }
    } else {
        fail(u"unknown command: %1"_s.arg(command));
    }
    return 0;
}
