#pragma once

#include <QTextDocument>

class QPalette;

// Server-written Markdown turned into a QTextDocument that cannot surprise anyone: raw HTML
// stays literal text, no image is ever loaded (each becomes a text link), every link shows
// where it goes, and links the app would not open are plain text that says so.

namespace Ankra {

// A QTextDocument that loads nothing but the app's own resources (qrc), whatever asks.
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // How many times something asked to load a resource that was refused (tests).
    int refusedLoads() const { return m_refusedLoads; }
    // Every resource any SafeTextDocument was asked for, allowed or not, since the start (tests:
    // server text must not make a document ask for anything).
    static int resourceRequests();

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refusedLoads = 0;
};

namespace SafeMarkdown {

// Replaces the document's content. Link colours come from `palette`.
void render(QTextDocument *document, const QString &markdown, const QPalette &palette);

// Whether a resource URL may be loaded at all: only the app's own qrc resources.
bool isLoadableResource(const QUrl &url);

} // namespace SafeMarkdown

} // namespace Ankra
