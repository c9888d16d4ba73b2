#include "core/filenamesanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QTextBoundaryFinder>

#include <array>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

bool isWindowsReservedStem(const QString &stem)
{
    static const std::array<QLatin1String, 6> plain{"CON"_L1, "PRN"_L1,    "AUX"_L1,
                                                    "NUL"_L1, "CONIN$"_L1, "CONOUT$"_L1};
    for (const auto &name : plain) {
        if (stem.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    // COM0-9, LPT0-9 (and their superscript-digit forms, which Windows also reserves).
    if (stem.size() == 4
        && (stem.startsWith("COM"_L1, Qt::CaseInsensitive)
            || stem.startsWith("LPT"_L1, Qt::CaseInsensitive))) {
        const QChar last = stem.at(3);
        return last.isDigit() || last == u'\u00B9' || last == u'\u00B2' || last == u'\u00B3';
    }
    return false;
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < text.size()
                 && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

// The longest start of `text` of at most `maxBytes` UTF-8 bytes that ends on a grapheme
// boundary: no surrogate pair is split, nor a letter from its combining accents.
QString cutToBytes(const QString &text, qsizetype maxBytes)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype best = 0;
    for (qsizetype pos = graphemes.toNextBoundary(); pos > 0; pos = graphemes.toNextBoundary()) {
        if (utf8Size(QStringView(text).left(pos)) > maxBytes)
            break;
        best = pos;
    }
    return text.left(best);
}

// Windows drops trailing dots and spaces; leading dots would hide the file on Unix.
void trimDotsAndSpaces(QString *name)
{
    while (!name->isEmpty() && (name->endsWith(u'.') || name->endsWith(u' ')))
        name->chop(1);
    while (!name->isEmpty() && (name->startsWith(u'.') || name->startsWith(u' ')))
        name->remove(0, 1);
}

} // namespace

QString sanitizeFilename(const QString &serverName)
{
    // Basename only: whatever came after the last separator of either kind.
    QString name = serverName;
    const qsizetype cut = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (cut >= 0)
        name = name.mid(cut + 1);

    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const char16_t u = c.unicode();
        // Control characters (incl. NUL, DEL, C1) and the characters Windows forbids.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == u'<' || u == u'>' || u == u':' || u == u'"'
            || u == u'|' || u == u'?' || u == u'*' || u == u'/' || u == u'\\')
            clean += u'_';
        else if (c.category() == QChar::Other_Format) // bidi overrides hide the real extension
            continue;
        else
            clean += c;
    }
    trimDotsAndSpaces(&clean);
    if (clean.isEmpty())
        clean = u"attachment"_s;

    const qsizetype dot = clean.indexOf(u'.');
    const QString stem = dot < 0 ? clean : clean.left(dot);
    if (isWindowsReservedStem(stem.trimmed()))
        clean.prepend(u'_');

    if (utf8Size(clean) > MaxFilenameBytes) {
        // Keep the extension (if short) so the file still opens with the right program.
        const qsizetype lastDot = clean.lastIndexOf(u'.');
        const QString ext
            = (lastDot > 0 && clean.size() - lastDot <= 16) ? clean.mid(lastDot) : QString();
        QString head = clean.left(clean.size() - ext.size());
        head = cutToBytes(head, MaxFilenameBytes - utf8Size(ext));
        // The cut may leave a dot or space at the end, which Windows drops.
        trimDotsAndSpaces(&head);
        if (head.isEmpty())
            head = u"attachment"_s;
        clean = head + ext;
    }
    return clean;
}

QString safePathInside(const QString &folder, const QString &serverName)
{
    const QString root = QDir(folder).absolutePath();
    const QString path = QDir(root).absoluteFilePath(sanitizeFilename(serverName));
    const QString cleaned = QDir::cleanPath(path);
    if (QFileInfo(cleaned).absolutePath() != QDir::cleanPath(root))
        return {};
    return cleaned;
}

} // namespace Ankra
