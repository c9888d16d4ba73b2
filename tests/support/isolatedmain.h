#pragma once

#include "core/translations.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// main() for the tests that build the window or its dialogs: before anything can open the
// session bus, an address where none is (no keychain answers, none can prompt; the tests that
// want one start their own), and the app's settings in a throw-away directory. Like
// QTEST_MAIN, so that QTEST_SET_MAIN_SOURCE_PATH names the test's own file.
#define ANKRA_ISOLATED_GUI_TEST_MAIN(TestClass)                                                    \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ankra-test-no-bus");           \
        QTemporaryDir config;                                                                      \
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));                              \
        QApplication app(argc, argv);                                                              \
        QCoreApplication::setOrganizationName(QStringLiteral("AnkraTest"));                        \
        QCoreApplication::setApplicationName(QStringLiteral(#TestClass));                          \
        Ankra::Translations::install(QStringLiteral("en")); /* as a start in English */           \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
