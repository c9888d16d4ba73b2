#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

// Reads the JSON fixtures in tests/fixtures (see its README.md).

namespace Ankra::Test {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(ANKRA_FIXTURES_DIR "/") + name;
}

// The whole file, or an empty array when it cannot be read (the caller's parse then fails loudly).
inline QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every ticket fixture, for tests that run over all of them.
inline QStringList allFixtures()
{
    return {QStringLiteral("typical.json"),   QStringLiteral("minimal.json"),
            QStringLiteral("nulls.json"),     QStringLiteral("unknown-enums.json"),
            QStringLiteral("non-latin.json"), QStringLiteral("hostile.json"),
            QStringLiteral("flagged.json")};
}

} // namespace Ankra::Test
