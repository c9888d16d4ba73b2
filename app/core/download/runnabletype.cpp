#include "core/download/runnabletype.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <array>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::RunnableType)
};

// Lower case, without the dot. Windows, macOS, Linux and cross-platform formats that the
// desktop runs, installs or mounts instead of showing.
constexpr std::array<const char *, 88> RunnableExtensions{
    // Windows programs, installers, scripts, shortcuts, control panel items
    "exe", "com", "scr", "pif", "cpl", "msi", "msix", "msixbundle", "appx", "appxbundle", "msp",
    "mst", "bat", "cmd", "ps1", "psm1", "psd1", "ps1xml", "vbs", "vbe", "js", "jse", "wsf", "wsh",
    "wsc", "hta", "lnk", "url", "reg", "inf", "scf", "msc", "gadget", "application", "appref-ms",
    "xbap", "dll", "sys", "ocx", "chm", "library-ms", "settingcontent-ms", "xll",
    // macOS
    "app", "command", "tool", "pkg", "mpkg", "dmg", "scpt", "applescript", "workflow", "action",
    "terminal", "webloc", "dylib", "kext", "prefpane",
    // Linux and Unix
    "sh", "bash", "zsh", "csh", "ksh", "fish", "run", "bin", "appimage", "desktop", "deb", "rpm",
    "snap", "flatpakref", "so", "elf", "out",
    // Cross-platform: interpreters, archives that run, disk images
    "jar", "jnlp", "py", "pyw", "pyz", "pl", "rb", "php", "apk", "iso", "img", "vhd", "vhdx"};

bool startsWith(const QByteArray &head, const char *magic, qsizetype size)
{
    return head.size() >= size && std::equal(magic, magic + size, head.constData());
}

} // namespace

RunnableVerdict runnableByName(const QString &filename)
{
    // Trailing dots and spaces are dropped by Windows ("run.exe." is run.exe).
    QString name = filename;
    while (!name.isEmpty() && (name.endsWith(u'.') || name.endsWith(u' ')))
        name.chop(1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0)
        return {};
    const QString ext = name.mid(dot + 1).toLower();
    for (const char *known : RunnableExtensions) {
        if (ext == QLatin1String(known)) {
            return {true, Tr::tr("Files of type .%1 can run programs, so this one is only "
                                 "shown in its folder.")
                              .arg(ext)};
        }
    }
    return {};
}

RunnableVerdict runnableByContent(const QByteArray &head)
{
    const auto says = [](const QString &what) {
        return RunnableVerdict{
            true, Tr::tr("Its content is %1, which can run as a program, so it is only shown in "
                         "its folder.")
                      .arg(what)};
    };
    if (startsWith(head,
                   "\x7f"
                   "ELF",
                   4))
        return says(Tr::tr("a Linux program (ELF)"));
    if (startsWith(head, "MZ", 2))
        return says(Tr::tr("a Windows program"));
    static const std::array<const char *, 4> machO{"\xfe\xed\xfa\xce", "\xfe\xed\xfa\xcf",
                                                   "\xce\xfa\xed\xfe", "\xcf\xfa\xed\xfe"};
    for (const char *magic : machO) {
        if (startsWith(head, magic, 4))
            return says(Tr::tr("a macOS program (Mach-O)"));
    }
    // Fat Mach-O binaries and Java class files share this magic; both run.
    if (startsWith(head, "\xca\xfe\xba\xbe", 4))
        return says(Tr::tr("a macOS or Java program"));
    if (startsWith(head, "#!", 2))
        return says(Tr::tr("a script"));
    // A UTF-8 byte order mark before "#!" does not stop every shell.
    if (startsWith(head, "\xef\xbb\xbf#!", 5))
        return says(Tr::tr("a script"));
    // Windows shortcut (.lnk): header size 0x4C and the shell link CLSID.
    if (startsWith(head, "\x4c\x00\x00\x00\x01\x14\x02\x00", 8))
        return says(Tr::tr("a Windows shortcut"));
    if (startsWith(head, "xar!", 4))
        return says(Tr::tr("a macOS installer package"));
    if (head.size() > 0x8005 && head.mid(0x8001, 5) == "CD001")
        return says(Tr::tr("a disk image"));
    // A .desktop file: a group header "[Desktop Entry]" after comments or blank lines.
    if (head.contains("[Desktop Entry]"))
        return says(Tr::tr("a desktop launcher"));
    // ZIP archives that run: Java (.jar: a META-INF/ entry, usually first) and Android apps.
    if (startsWith(head, "PK\x03\x04", 4)
        && (head.contains("META-INF/") || head.contains("AndroidManifest.xml")))
        return says(Tr::tr("a Java or Android application"));
    return {};
}

RunnableVerdict runnableType(const QString &filename, const QByteArray &head)
{
    if (RunnableVerdict byName = runnableByName(filename))
        return byName;
    return runnableByContent(head);
}

RunnableVerdict runnableFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {true, Tr::tr("The file could not be read to check its type, so it is only "
                             "shown in its folder.")};
    }
    return runnableType(QFileInfo(path).fileName(), file.read(RunnableSniffBytes));
}

} // namespace Ankra
