// The window, the settings dialog and the ticket list in a pseudo-translation: every message of
// the .ts files accented and about 40 % longer (support/pseudotranslator.h). Two findings fail:
// - text a user reads that is not translated (outside tr(), or a tr() whose context at run
//   time is not the one lupdate recorded, so the real translations would miss it too);
// - text that does not fit: a label, button, check box or group title smaller than its text
//   needs, a wrapped label cut off at the bottom, a column header narrower than its title.
// Server text (the ticket's and the list's own words) is not the app's to translate; it is
// recognised by its value in the fixtures.

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "core/preferences.h"
#include "core/translations.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/widgets/textlabel.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"
#include "support/isolatedmain.h"
#include "support/pseudotranslator.h"
#include "support/tsfile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"app.ankra.TicketViewer.test-pseudo"_s;

// Every string value of a JSON document: what a server may say.
void collectStrings(const QJsonValue &value, QSet<QString> *out)
{
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (!s.isEmpty())
            out->insert(s);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

QString describe(const QWidget *widget)
{
    QString what = QString::fromLatin1(widget->metaObject()->className()) + u" \""_s
                   + widget->objectName() + u'"';
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) {
            what += u" in "_s + p->objectName();
            break;
        }
    }
    return what;
}

// The text as shown: the accelerator's & gone, rich text as plain.
QString shownText(const QString &text, bool rich)
{
    if (rich) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }
    QString plain = text;
    plain.replace(QRegularExpression(u"&(?!&)"_s), QString());
    return plain;
}

class Checker
{
public:
    explicit Checker(QSet<QString> serverText)
        : m_serverText(std::move(serverText))
    {}

    // A text the app shows: it must be translated, unless it is the server's.
    void text(const QString &where, const QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        ++m_checked;
        if (PseudoTranslator::isPseudo(t))
            ++m_translated;
        if (PseudoTranslator::isPseudo(t) || m_serverText.contains(t))
            return;
        QString rest = t;
        for (const QString &server : std::as_const(m_serverText)) {
            if (server.size() >= 3 && rest.contains(server))
                rest.remove(server);
        }
        // URLs, IDs, numbers, shortcuts (Ctrl+F), file names and product names are no words.
        static const QRegularExpression notWords(
            u"https?://\\S+|[0-9a-f]{8}-[0-9a-f-]{27,}|\\b(Ctrl|Shift|Alt|Esc|F\\d+|Qt|Ankra|"
            "Ticket Viewer|API|JSON|CSV|PNG|URL)\\b|\\S+\\.\\w{2,4}\\b"_s);
        rest.remove(notWords);
        static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
        if (rest.contains(word))
            m_untranslated << where + u": "_s + t;
    }

    void clipped(const QString &where, const QString &detail)
    {
        m_clipped << where + u": "_s + detail;
    }

    QStringList untranslated() const { return m_untranslated; }
    int checked() const { return m_checked; }
    int translated() const { return m_translated; }
    QStringList clippedTexts() const { return m_clipped; }

    // Labels, buttons, group boxes, combo boxes, line edits' placeholders, column headers.
    void widgets(QWidget *top)
    {
        const auto all = top->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!w->isVisibleTo(top) || w->width() <= 0)
                continue;
            // Qt's own widgets (a dock's close button): Qt's catalogue translates them.
            if (w->objectName().startsWith(u"qt_"_s))
                continue;
            const QString where = describe(w);
            if (auto *label = qobject_cast<QLabel *>(w))
                checkLabel(label, where);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                checkButton(button, where);
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                checkGroup(group, where);
            else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                // Languages are offered in their own names ("Deutsch"), never translated.
                if (combo->objectName() == u"languageCombo"_s)
                    continue;
                if (!combo->isEditable())
                    text(where, combo->currentText());
                for (int i = 0; i < combo->count(); ++i)
                    text(where + u" item"_s, combo->itemText(i));
            } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                text(where + u" placeholder"_s, edit->placeholderText());
            } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
                checkHeader(header, where);
            }
            if (!w->toolTip().isEmpty())
                text(where + u" tooltip"_s,
                     shownText(w->toolTip(), Qt::mightBeRichText(w->toolTip())));
            if (!w->accessibleName().isEmpty())
                text(where + u" accessible name"_s, w->accessibleName());
        }
    }

    void menus(QMenuBar *bar)
    {
        const auto actions = bar->actions();
        for (QAction *action : actions)
            menuAction(action, u"menu"_s);
    }

private:
    void menuAction(QAction *action, const QString &path)
    {
        if (action->isSeparator() || !action->isVisible())
            return;
        const QString where = path + u" › "_s + action->text();
        text(where, shownText(action->text(), false));
        if (QMenu *menu = action->menu()) {
            const auto actions = menu->actions();
            for (QAction *child : actions)
                menuAction(child, where);
        }
    }

    void checkLabel(QLabel *label, const QString &where)
    {
        if (label->text().isEmpty())
            return;
        const bool rich
            = label->textFormat() == Qt::RichText
              || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        text(where, shownText(label->text(), rich));
        // Server values elide by design (TextLabel's subject, IDs): only the app's own text
        // must fit.
        if (m_serverText.contains(label->text().trimmed()))
            return;
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                clipped(where, u"needs %1 px of height, has %2"_s.arg(needed).arg(label->height()));
        } else if (label->minimumSizeHint().width() > label->width() + 1
                   || (room.width() > 0
                       && label->fontMetrics().horizontalAdvance(shownText(label->text(), rich))
                              > room.width() + 1
                       && !rich)) {
            clipped(where,
                    u"needs %1 px of width, has %2"_s
                        .arg(label->fontMetrics().horizontalAdvance(shownText(label->text(), rich)))
                        .arg(room.width()));
        }
    }

    void checkButton(QAbstractButton *button, const QString &where)
    {
        if (button->text().isEmpty())
            return;
        text(where, shownText(button->text(), false));
        if (auto *tool = qobject_cast<QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        const int needed = button->sizeHint().width();
        if (needed > button->width() + 1)
            clipped(where, u"needs %1 px of width, has %2"_s.arg(needed).arg(button->width()));
    }

    void checkGroup(QGroupBox *group, const QString &where)
    {
        text(where, shownText(group->title(), false));
        const int needed = group->fontMetrics().horizontalAdvance(shownText(group->title(), false));
        if (needed > group->width())
            clipped(where, u"title needs %1 px, has %2"_s.arg(needed).arg(group->width()));
    }

    void checkHeader(QHeaderView *header, const QString &where)
    {
        QAbstractItemModel *model = header->model();
        if (!model)
            return;
        const int count = header->count();
        for (int section = 0; section < count; ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = model->headerData(section, header->orientation()).toString();
            if (title.isEmpty())
                continue;
            text(where + u" section"_s, title);
            // The style's margins on both sides of a header title.
            const int needed = header->fontMetrics().horizontalAdvance(title) + 8;
            if (header->orientation() == Qt::Horizontal && header->sectionSize(section) < needed)
                clipped(where + u" section"_s,
                        u"\"%1\" needs %2 px, has %3"_s.arg(title).arg(needed).arg(
                            header->sectionSize(section)));
        }
    }

    QSet<QString> m_serverText;
    QStringList m_untranslated;
    QStringList m_clipped;
    int m_checked = 0;
    int m_translated = 0;
};

} // namespace

class TestPseudoTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        // The German catalogue's messages: lupdate's view of every tr() in the sources.
        m_translator
            = std::make_unique<PseudoTranslator>(translationsSourceDir() + u"/ankra_de.ts"_s);
        QVERIFY2(m_translator->error().isEmpty(), qPrintable(m_translator->error()));
        QVERIFY(m_translator->messageCount() > 300);
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
        // The translator works: a message of the catalogue comes back pseudo-translated.
        QVERIFY(PseudoTranslator::isPseudo(
            QCoreApplication::translate("Ankra::SettingsDialog", "Settings")));
        QCoreApplication::removeTranslator(m_translator.get()); // each test installs its own

        QSettings().clear();
        m_server = std::make_unique<FakeAnkraServer>();
        QVERIFY(m_server->listen());
        QCOMPARE(m_server->loadFixtures(), allFixtures().size());
        const QList<QJsonValue> rows = FakeAnkraServer::makeListRows(30);
        m_server->setListRows(rows);
        for (const QJsonValue &row : rows)
            collectStrings(row, &m_serverText);
        for (const QString &name : allFixtures())
            collectStrings(QJsonDocument::fromJson(readFixture(name)).object(), &m_serverText);
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryDelays({});
        m_preferences = std::make_unique<Preferences>();
    }

    void cleanupTestCase() { useLanguage(u"en"_s); }

    // The pseudo-translation finds strings outside tr() and what would not fit a longer
    // language; German and Swedish, that their own words fit.
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pseudo") << u"pseudo"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("sv") << u"sv"_s;
    }

    void pseudoTextKeepsPlaceholders()
    {
        const QString p = PseudoTranslator::pseudo(u"&Open %1 of %Ln in <b>bold</b> &amp; more"_s);
        QVERIFY(p.contains(u"%1"_s));
        QVERIFY(p.contains(u"%Ln"_s));
        QVERIFY(p.contains(u"<b>"_s) && p.contains(u"</b>"_s));
        QVERIFY(p.contains(u"&amp;"_s));
        QVERIFY(p.startsWith(u"⟦&Ö"_s));
        QVERIFY(p.size()
                >= int(QStringLiteral("&Open %1 of %Ln in <b>bold</b> &amp; more").size() * 1.2));
    }

    void mainWindowWithTicketAndList_data() { languages_data(); }

    void mainWindowWithTicketAndList()
    {
        QFETCH(QString, language);
        useLanguage(language);
        Config config;
        config.baseUrl = m_server->baseUrl();
        config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
        config.tokenSource = TokenSource::Environment;
        MainWindow window(m_client.get(), m_preferences.get(), config);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy shown(&window, &MainWindow::ticketShown);
        const QJsonObject ticket = QJsonDocument::fromJson(readFixture(u"typical.json"_s)).object();
        window.openTicket(ticket.value(u"id"_s).toString());
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        TicketListPanel *list = window.ticketListPanel();
        QVERIFY(list);
        if (!window.ticketListDock()->isVisible())
            window.ticketListDock()->show();
        window.startTicketList(); // as the app does once its window is up
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 10000);
        QCoreApplication::processEvents();

        Checker checker(m_serverText);
        checker.widgets(&window);
        checker.menus(window.menuBar());
        checker.text(u"window title"_s, window.windowTitle());
        if (qEnvironmentVariableIsSet("ANKRA_PSEUDO_PNG"))
            window.grab().save(qEnvironmentVariable("ANKRA_PSEUDO_PNG") + u'-' + language
                               + u"-window.png"_s);
        if (language == u"pseudo"_s) {
            qInfo("%d texts, %d of them the app's own", checker.checked(), checker.translated());
            QVERIFY(checker.translated() > 60); // the walk saw the window, not just its frame
            QVERIFY2(checker.untranslated().isEmpty(),
                     qPrintable(checker.untranslated().join(u'\n')));
        }
        QVERIFY2(checker.clippedTexts().isEmpty(), qPrintable(checker.clippedTexts().join(u'\n')));
    }

    void settingsDialog_data() { languages_data(); }

    void settingsDialog()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QProcessEnvironment env;
        env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
        Credentials credentials(env, m_home.path(), Service); // never started: no keychain
        SettingsDialog dialog(&credentials, m_client.get(), m_preferences.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();

        Checker checker(m_serverText);
        checker.widgets(&dialog);
        checker.text(u"dialog title"_s, dialog.windowTitle());
        if (qEnvironmentVariableIsSet("ANKRA_PSEUDO_PNG"))
            dialog.grab().save(qEnvironmentVariable("ANKRA_PSEUDO_PNG") + u'-' + language
                               + u"-settings.png"_s);
        if (language == u"pseudo"_s) {
            qInfo("%d texts, %d of them the app's own", checker.checked(), checker.translated());
            QVERIFY(checker.translated() > 20);
            QVERIFY2(checker.untranslated().isEmpty(),
                     qPrintable(checker.untranslated().join(u'\n')));
        }
        QVERIFY2(checker.clippedTexts().isEmpty(), qPrintable(checker.clippedTexts().join(u'\n')));
    }

private:
    void useLanguage(const QString &language)
    {
        QCoreApplication::removeTranslator(m_translator.get());
        if (language == u"pseudo"_s) {
            Translations::install(u"en"_s);
            QCoreApplication::installTranslator(m_translator.get());
        } else {
            QCOMPARE(Translations::install(language), language);
        }
    }

    QTemporaryDir m_home;
    std::unique_ptr<PseudoTranslator> m_translator;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    QSet<QString> m_serverText;
};

ANKRA_ISOLATED_GUI_TEST_MAIN(TestPseudoTranslation)

#include "tst_pseudotranslation.moc"
