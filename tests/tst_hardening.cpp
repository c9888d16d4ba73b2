// Cross-check of the rule "server text is shown as text" over the whole window: a ticket whose
// every string field — enum values included — is markup pointing at a sentinel server. No label
// renders it as rich text, no tooltip does (Qt renders a tooltip that looks like HTML as HTML),
// no item view's tooltip does, nothing is fetched; the same for the organisation picker.

#include "core/apiclient.h"
#include "core/preferences.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/text/safemarkdown.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/scriptedlinkopener.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString HostileId = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;

QtMessageHandler g_previousHandler = nullptr;

void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == u"This plugin does not support propagateSizeHints()")
        return;
    g_previousHandler(type, context, message);
}

// Text that would show markup, not the characters: rich text Qt would render as HTML and that
// still holds a tag (escaped markup is fine: it shows as the characters).
bool rendersMarkup(const QString &text)
{
    return Qt::mightBeRichText(text)
           && (text.contains(u"<img"_s, Qt::CaseInsensitive)
               || text.contains(u"<b>"_s, Qt::CaseInsensitive));
}

} // namespace

class TestHardening final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverMarkupIsNeverRendered();
    void organisationPickerShowsText();
    void documentsAskForNoResource();

private:
    QString markup(const QString &what) const
    {
        return u"<img src=\"%1/%2.png\"><b>%2</b>"_s.arg(m_sentinel.baseUrl().toString(), what);
    }

    FakeAnkraServer m_server;
    FakeAnkraServer m_sentinel; // anything that fetches from here is a bug
    ScriptedLinkOpener m_links; // the user refuses every link
};

void TestHardening::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
    QVERIFY(m_server.listen());
    QVERIFY(m_sentinel.listen());
    m_sentinel.setExpectedToken(QByteArray());
}

void TestHardening::serverMarkupIsNeverRendered()
{
    QJsonObject ticket = QJsonDocument::fromJson(sampleTicketJson(HostileId)).object();
    for (const char *field : {"subject", "description", "source", "category", "status", "severity",
                              "ai_review_status", "cluster_name", "ai_summary"})
        ticket.insert(QLatin1String(field), markup(QLatin1String(field)));
    QJsonObject comment = ticket.value(u"comments"_s).toArray().at(0).toObject();
    for (const char *field : {"author_label", "author_type", "body"})
        comment.insert(QLatin1String(field), markup(QLatin1String(field)));
    ticket.insert(u"comments"_s, QJsonArray{comment});
    QJsonObject attachment = ticket.value(u"attachments"_s).toArray().at(0).toObject();
    for (const char *field : {"filename", "content_type"})
        attachment.insert(QLatin1String(field), markup(QLatin1String(field)));
    ticket.insert(u"attachments"_s, QJsonArray{attachment});
    m_server.addTicket(HostileId, QJsonDocument(ticket).toJson());

    Config config;
    config.baseUrl = m_server.baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    ApiClient client;
    Preferences preferences;
    MainWindow window(&client, &preferences, config, nullptr, &m_links);
    window.resize(1200, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::ticketShown);
    window.openTicket(HostileId);
    QVERIFY(shown.wait(10000));
    window.grab(); // everything laid out and painted once

    QStringList findings;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QString name = widget->objectName().isEmpty()
                                 ? QString::fromLatin1(widget->metaObject()->className())
                                 : widget->objectName();
        if (rendersMarkup(widget->toolTip()))
            findings << name + u" tooltip: "_s + widget->toolTip();
        if (rendersMarkup(widget->whatsThis()))
            findings << name + u" what's this: "_s + widget->whatsThis();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->textFormat() != Qt::PlainText && rendersMarkup(label->text()))
                findings << name + u" text: "_s + label->text();
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    if (rendersMarkup(tip))
                        findings << name + u" item tooltip: "_s + tip;
                }
            }
        }
    }
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u"\n"_s)));
    QVERIFY(!window.windowTitle().contains(u'\n'));
    QTest::qWait(50); // a fetch would have arrived by now: loopback is instant
    QCOMPARE(m_sentinel.requestCount(), 0);
}

// Issue 15 item 11: not only remote images. Every kind of resource Qt's text engine would load
// by itself (file:, qrc:, data: images, remote ones, CSS url() in raw HTML) is written into the
// description and a comment; the documents that show them ask for none of it.
void TestHardening::documentsAskForNoResource()
{
    const QString sentinel = m_sentinel.baseUrl().toString();
    const QString tiny
        = u"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="_s;
    const QString resources
        = u"![file](file:///etc/hosts) ![qrc](qrc:/icons/app.svg) "
          u"![data](data:image/png;base64,%1) ![remote](%2/remote.png)\n\n"
          u"<div style=\"background-image:url(%2/css.png)\">css</div> "
          u"<img src=\"file:///etc/passwd\"> <img src=\"qrc:/icons/app.svg\">\n\n"
          u"[ref image][r]\n\n[r]: %2/ref.png\n"_s.arg(tiny, sentinel);
    const QString id = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
    QJsonObject ticket = QJsonDocument::fromJson(sampleTicketJson(id)).object();
    ticket.insert(u"description"_s, resources);
    QJsonObject comment = ticket.value(u"comments"_s).toArray().at(0).toObject();
    comment.insert(u"body"_s, resources);
    ticket.insert(u"comments"_s, QJsonArray{comment});
    m_server.addTicket(id, QJsonDocument(ticket).toJson());

    Config config;
    config.baseUrl = m_server.baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    const int before = SafeTextDocument::resourceRequests();
    const int sentinelBefore = m_sentinel.requestCount();
    ApiClient client;
    Preferences preferences;
    MainWindow window(&client, &preferences, config, nullptr, &m_links);
    window.resize(1200, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::ticketShown);
    window.openTicket(id);
    QVERIFY(shown.wait(10000));
    window.grab(); // laid out and painted: the comment's document is drawn too
    QCOMPARE(SafeTextDocument::resourceRequests() - before, 0);
    QCOMPARE(m_sentinel.requestCount() - sentinelBefore, 0);
}

void TestHardening::organisationPickerShowsText()
{
    const QString name = markup(u"name"_s);
    const QJsonArray organisations{QJsonObject{
        {u"organisation_id"_s, QString::fromUtf16(SampleOrganisationA)},
        {u"name"_s, name},
        {u"slug"_s, markup(u"slug"_s)},
        {u"user_current"_s, true},
        {u"role"_s, markup(u"role"_s)},
    }};
    m_server.setOrganisationsJson(QJsonDocument(organisations).toJson());
    QProcessEnvironment env;
    env.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(FakeAnkraServer::DefaultToken));
    env.insert(u"ANKRA_BASE_URL"_s, m_server.baseUrl().toString());
    Credentials credentials(env, qEnvironmentVariable("XDG_CONFIG_HOME"));
    ApiClient client;
    Preferences preferences;
    SettingsDialog dialog(&credentials, &client, &preferences);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(u"organisationCombo"_s);
    QTRY_COMPARE(combo->count(), 2);
    QVERIFY(combo->itemText(1).startsWith(name)); // the characters, as sent
    QVERIFY2(!rendersMarkup(combo->itemData(1, Qt::ToolTipRole).toString()),
             qPrintable(combo->itemData(1, Qt::ToolTipRole).toString()));
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(m_sentinel.requestCount(), 0);
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestHardening)

#include "tst_hardening.moc"
