#include "gui/style/icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Ankra::Icons {

namespace {

// The SVGs draw with the placeholder colour #000000 ("currentColor" is not understood by
// QtSvg 6.4); it is replaced by a palette colour before rendering.
class ThemedSvgEngine final : public QIconEngine
{
public:
    ThemedSvgEngine(const QString &name, Theme::Tone tone)
        : m_name(name)
        , m_tone(tone)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, render(rect.size() * dpr, mode, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return render(size, mode, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return render(size * scale, mode, scale);
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_name, m_tone); }
    QString key() const override { return u"ankra-themed-svg"_s; }
    QString iconName() override { return m_name; }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        if (m_tone == Theme::Tone::Neutral)
            return palette.color(QPalette::WindowText);
        return Theme::toneColor(m_tone, palette);
    }

    QPixmap render(const QSize &pixelSize, QIcon::Mode mode, qreal dpr) const
    {
        if (pixelSize.isEmpty())
            return {};
        const QColor colour = colourFor(mode);
        const QString cacheKey = u"ankra-icon:%1:%2:%3x%4"_s.arg(
            m_name, colour.name(QColor::HexArgb), QString::number(pixelSize.width()),
            QString::number(pixelSize.height()));
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;

        QFile file(u":/icons/"_s + m_name + u".svg"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray svg = file.readAll();
        svg.replace("#000000", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        pixmap = QPixmap(pixelSize);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            renderer.render(&p);
        }
        pixmap.setDevicePixelRatio(dpr);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QString m_name;
    Theme::Tone m_tone;
};

} // namespace

QIcon icon(const QString &name, Theme::Tone tone)
{
    return QIcon(new ThemedSvgEngine(name, tone));
}

QString nameForContentType(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type.startsWith(u"image/"))
        return u"file-image"_s;
    if (type == u"application/pdf")
        return u"file-pdf"_s;
    static const QStringList archives{u"application/zip"_s,
                                      u"application/gzip"_s,
                                      u"application/x-gzip"_s,
                                      u"application/x-tar"_s,
                                      u"application/x-7z-compressed"_s,
                                      u"application/x-bzip2"_s,
                                      u"application/x-xz"_s,
                                      u"application/zstd"_s,
                                      u"application/x-compressed-tar"_s};
    if (archives.contains(type))
        return u"file-archive"_s;
    static const QStringList code{u"application/json"_s,   u"application/yaml"_s,
                                  u"application/x-yaml"_s, u"text/yaml"_s,
                                  u"text/x-yaml"_s,        u"application/xml"_s,
                                  u"text/xml"_s,           u"application/javascript"_s,
                                  u"text/x-shellscript"_s, u"application/x-sh"_s,
                                  u"application/toml"_s};
    if (code.contains(type))
        return u"file-code"_s;
    if (type.startsWith(u"text/"))
        return u"file-text"_s;
    return u"file"_s;
}

QIcon forContentType(const QString &contentType)
{
    return icon(nameForContentType(contentType));
}

} // namespace Ankra::Icons
