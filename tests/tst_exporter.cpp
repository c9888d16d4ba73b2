#include "core/exporter.h"
#include "core/terminaltext.h"
#include "core/ticketjson.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QStringList ticketKeys{u"id"_s,         u"organisation_id"_s,  u"source"_s,
                             u"category"_s,   u"subject"_s,          u"description"_s,
                             u"status"_s,     u"ai_review_status"_s, u"created_at"_s,
                             u"updated_at"_s, u"cluster_id"_s,       u"cluster_name"_s,
                             u"severity"_s,   u"ai_summary"_s,       u"is_tracked_by_team"_s,
                             u"comments"_s,   u"attachments"_s};
const QStringList commentKeys{u"id"_s, u"author_label"_s, u"author_type"_s, u"body"_s,
                              u"created_at"_s};
const QStringList attachmentKeys{u"id"_s, u"filename"_s, u"content_type"_s, u"size_bytes"_s,
                                 u"created_at"_s};

Ticket fixtureTicket(const QString &name)
{
    ParseError error;
    std::optional<Ticket> ticket = parseTicket(readFixture(name), &error);
    if (!ticket)
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return *ticket;
}

QString markdown(const Ticket &ticket)
{
    return QString::fromUtf8(exportTicket(ticket, ExportFormat::Markdown));
}

// The value at "comments[2].body" (or "subject") of a ticket JSON object.
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    static const QRegularExpression item(uR"(^(\w+)\[(\d+)\]\.(\w+)$)"_s);
    const QRegularExpressionMatch m = item.match(path);
    if (!m.hasMatch())
        return root.value(path);
    return root.value(m.captured(1))
        .toArray()
        .at(m.captured(2).toInt())
        .toObject()
        .value(m.captured(3));
}

// The Markdown with the fenced code blocks taken out (the exporter writes every fence at the
// start of a line, with backticks only).
QString outsideFences(const QString &md)
{
    QString out;
    QString fence;
    for (const QString &line : md.split(u'\n')) {
        if (fence.isEmpty()) {
            static const QRegularExpression opener(u"^(`{3,})"_s);
            const QRegularExpressionMatch m = opener.match(line);
            if (m.hasMatch())
                fence = m.captured(1);
            else
                out += line + u'\n';
        } else if (line == fence) {
            fence.clear();
        }
    }
    return out;
}

// Renders Markdown as a permissive viewer would (GitHub dialect, raw HTML allowed), so that
// anything the exporter failed to neutralise would show up as markup in the result.
struct Rendered
{
    QString plainText;
    QString firstBlock;
    QStringList headings; // "2:Description"
    // Text of blocks that came from plain-text fields (heading, metadata, summary, author
    // lines, table cells), which must carry no link, image or list/heading structure.
    QStringList plainBlocks;
    QStringList summaryBlocks;
    QStringList tableCells;
    QStringList anchorsInPlainBlocks;
    QStringList imagesInPlainBlocks;
    QStringList images; // everywhere
    int structuredSummaryBlocks = 0;
};

QString blockText(const QTextBlock &block)
{
    return block.text().replace(QChar::LineSeparator, u'\n');
}

Rendered render(const QString &md)
{
    QTextDocument doc;
    doc.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);

    Rendered r;
    r.plainText = doc.toPlainText();
    r.firstBlock = blockText(doc.begin());
    enum class Section { Top, Summary, Description, Comments, Attachments } section = Section::Top;
    bool commentMetaNext = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        const QString text = blockText(block);
        if (level > 0)
            r.headings.append(QString::number(level) + u':' + text);
        if (level == 2) {
            if (text == "AI summary"_L1)
                section = Section::Summary;
            else if (text == "Description"_L1)
                section = Section::Description;
            else if (text.startsWith("Comments ("_L1))
                section = Section::Comments;
            else if (text.startsWith("Attachments ("_L1))
                section = Section::Attachments;
        }

        bool plain = false;
        const bool inTable = QTextCursor(block).currentTable() != nullptr;
        switch (section) {
        case Section::Top:
            plain = true;
            break;
        case Section::Summary:
            plain = true;
            if (level == 0 && !text.isEmpty()) {
                r.summaryBlocks.append(text);
                if (block.textList() || block.blockFormat().nonBreakableLines()
                    || block.blockFormat().hasProperty(QTextFormat::BlockQuoteLevel))
                    ++r.structuredSummaryBlocks;
            }
            break;
        case Section::Description:
            plain = level == 2;
            break;
        case Section::Comments:
            plain = level == 2 || level == 3 || commentMetaNext;
            if (commentMetaNext && !text.isEmpty())
                commentMetaNext = false;
            if (level == 3)
                commentMetaNext = true;
            break;
        case Section::Attachments:
            plain = true;
            if (inTable)
                r.tableCells.append(text);
            break;
        }

        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                r.images.append(format.toImageFormat().name());
            if (!plain)
                continue;
            if (format.isAnchor())
                r.anchorsInPlainBlocks.append(format.anchorHref());
            if (format.isImageFormat())
                r.imagesInPlainBlocks.append(format.toImageFormat().name());
        }
        if (plain && !text.isEmpty())
            r.plainBlocks.append(text);
    }
    return r;
}

Ticket ticketWith(const QString &description)
{
    Ticket t = fixtureTicket(u"minimal.json"_s);
    t.description = description;
    return t;
}

} // namespace

class TestExporter final : public QObject
{
    Q_OBJECT

private slots:
    void jsonFields_data();
    void jsonFields();
    void jsonShape_data();
    void jsonShape();

    void markdownTypical();
    void markdownEmptyAndNull();
    void markdownUnknownEnums();
    void markdownNonLatin();
    void markdownCluster_data();
    void markdownCluster();
    void markdownSizes_data();
    void markdownSizes();

    void hostileSourceText();
    void hostileRendered();
    void bodyHtml_data();
    void bodyHtml();
    void terminalControls();
    void listCsvFields_data();
    void listCsvFields();
    void listCsvDocument();
    void listJsonAndMarkdown();
};

void TestExporter::jsonFields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("path");

    for (const QString &fixture : allFixtures()) {
        const QJsonObject object = QJsonDocument::fromJson(readFixture(fixture)).object();
        for (const QString &key : ticketKeys) {
            if (key != "comments"_L1 && key != "attachments"_L1)
                QTest::addRow("%s %s", qPrintable(fixture), qPrintable(key)) << fixture << key;
        }
        const auto addItems = [&](const QString &array, const QStringList &keys) {
            const qsizetype count = object.value(array).toArray().size();
            QTest::addRow("%s %s.size", qPrintable(fixture), qPrintable(array))
                << fixture << array + ".size"_L1;
            for (qsizetype i = 0; i < count; ++i) {
                for (const QString &key : keys) {
                    const QString path = u"%1[%2].%3"_s.arg(array).arg(i).arg(key);
                    QTest::addRow("%s %s", qPrintable(fixture), qPrintable(path))
                        << fixture << path;
                }
            }
        };
        addItems(u"comments"_s, commentKeys);
        addItems(u"attachments"_s, attachmentKeys);
    }
}

void TestExporter::jsonFields()
{
    QFETCH(QString, fixture);
    QFETCH(QString, path);

    const QJsonObject source = QJsonDocument::fromJson(readFixture(fixture)).object();
    QJsonParseError parseError;
    const QJsonDocument exportedDoc = QJsonDocument::fromJson(
        exportTicket(fixtureTicket(fixture), ExportFormat::Json), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject exported = exportedDoc.object();

    if (path.endsWith(".size"_L1)) {
        const QString array = path.chopped(5);
        QVERIFY(exported.value(array).isArray()); // [] even when the fixture has null or nothing
        QCOMPARE(exported.value(array).toArray().size(), source.value(array).toArray().size());
        return;
    }

    const QJsonValue expected = valueAt(source, path);
    const QJsonValue actual = valueAt(exported, path);
    const QString key = path.section(u'.', -1);
    QVERIFY2(!actual.isUndefined(), "every field is written, absent optionals as null");

    if (key.endsWith("_at"_L1)) {
        // The same instant, written as UTC with milliseconds (the fixtures carry microseconds,
        // offsets and naive times; the export truncates to what QDateTime holds).
        static const QRegularExpression utcMillis(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"_s);
        QVERIFY2(utcMillis.match(actual.toString()).hasMatch(), qPrintable(actual.toString()));
        const QDateTime want = parseTimestamp(expected.toString());
        QVERIFY(want.isValid());
        QCOMPARE(parseTimestamp(actual.toString()), want);
        return;
    }
    if (key == "is_tracked_by_team"_L1) {
        QCOMPARE(actual, QJsonValue(expected.toBool(false)));
        return;
    }
    // Everything else verbatim; an absent optional is written as null.
    QCOMPARE(actual, expected.isUndefined() ? QJsonValue(QJsonValue::Null) : expected);
}

void TestExporter::jsonShape_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &fixture : allFixtures())
        QTest::newRow(qPrintable(fixture)) << fixture;
}

void TestExporter::jsonShape()
{
    QFETCH(QString, fixture);

    const QJsonObject source = QJsonDocument::fromJson(readFixture(fixture)).object();
    // The fixture rule that makes jsonFields() complete: schema fields only.
    for (const QString &key : source.keys())
        QVERIFY2(ticketKeys.contains(key), qPrintable(key));

    const QByteArray json = exportTicket(fixtureTicket(fixture), ExportFormat::Json);
    QVERIFY2(json.contains("\n    \""), "indented");
    const QJsonObject exported = QJsonDocument::fromJson(json).object();
    QStringList keys = ticketKeys;
    keys.sort();
    QCOMPARE(exported.keys(), keys);
    for (const QJsonValue &c : exported.value("comments"_L1).toArray()) {
        QStringList expected = commentKeys;
        expected.sort();
        QCOMPARE(c.toObject().keys(), expected);
    }
    for (const QJsonValue &a : exported.value("attachments"_L1).toArray()) {
        QStringList expected = attachmentKeys;
        expected.sort();
        QCOMPARE(a.toObject().keys(), expected);
    }
}

void TestExporter::markdownTypical()
{
    const Ticket ticket = fixtureTicket(u"typical.json"_s);
    const QString md = markdown(ticket);

    QVERIFY(md.startsWith(
        u"# Ingress controller pods restarting after ingress-nginx upgrade on prod-eu-1\n\n"_s));
    QVERIFY(md.contains(u"- **ID:** 4fbac218-f27d-4c95-b8b4-481ce57630f5\n"
                        u"- **Organisation:** b5cb17c5-574f-40e6-9ed7-2bc7f9e48ab7\n"
                        u"- **Status:** In progress\n"
                        u"- **Severity:** High\n"
                        u"- **AI review:** AI review passed\n"
                        u"- **Category:** Technical\n"
                        u"- **Source:** Portal\n"
                        u"- **Cluster:** prod-eu-1 (`9daff615-4adc-42bc-a68a-7a3d80286e17`)\n"
                        u"- **Created:** 2025-03-03T08:14:22.481Z\n"
                        u"- **Updated:** 2025-03-03T11:52:07.090Z\n"
                        u"- **Tracked by the Ankra team:** yes\n"_s));

    // Sections in order.
    const qsizetype summary = md.indexOf(u"\n## AI summary\n"_s);
    const qsizetype description = md.indexOf(u"\n## Description\n"_s);
    const qsizetype comments = md.indexOf(u"\n## Comments (6)\n"_s);
    const qsizetype attachments = md.indexOf(u"\n## Attachments (3)\n"_s);
    QVERIFY(summary > 0);
    QVERIFY(summary < description);
    QVERIFY(description < comments);
    QVERIFY(comments < attachments);

    const QString summaryPart = md.mid(summary, description - summary);
    QVERIFY(summaryPart.contains(u"*AI-generated; it may be inaccurate.*"_s));
    QVERIFY(summaryPart.contains(u"Likely cause: the new chart's lower default memory limit."_s));

    // The description is Markdown already, and has no '<': it goes in unchanged.
    QVERIFY(md.mid(description, comments - description).contains(ticket.description));

    // Comments in server order, each with author, kind, time and body.
    qsizetype at = comments;
    const QStringList expectedComments{
        u"### Maria Keller\n\n*Customer \u00b7 2025-03-03T08:20:05.118Z*\n\n"
        u"Attaching the controller log"_s,
        u"### Ankra AI\n\n*AI \u00b7 2025-03-03T08:20:41.660Z*\n\n"
        u"The log shows the controller container being `OOMKilled`:\n\n```\nLast State:"_s,
        u"### Sam Okafor (Ankra)\n\n*Ankra team \u00b7 2025-03-03T09:02:13.007Z*\n\n"
        u"Thanks Maria"_s,
        u"### System\n\n*System \u00b7 2025-03-03T09:02:14.000Z*\n\n"
        u"Status changed from **open** to **in_progress**.\n"_s,
        u"### Maria Keller\n\n*Customer \u00b7 2025-03-03T10:47:30.912Z*\n\nRaised the limit"_s,
        u"### Sam Okafor (Ankra)\n\n*Ankra team \u00b7 2025-03-03T11:52:07.090Z*\n\n"
        u"Great to hear."_s,
    };
    for (const QString &comment : expectedComments) {
        const qsizetype next = md.indexOf(comment, at);
        QVERIFY2(next > at, qPrintable(comment));
        QVERIFY(next < attachments);
        at = next;
    }

    QVERIFY(md.endsWith(
        u"## Attachments (3)\n\n"
        u"| Filename | Type | Size | Created |\n"
        u"| --- | --- | --: | --- |\n"
        u"| ingress-nginx-controller.log | text/plain | 47.1 KiB | 2025-03-03T08:19:58.204Z |\n"
        u"| grafana-error-rate.png | image/png | 305.6 KiB | 2025-03-03T08:19:59.750Z |\n"
        u"| incident-timeline.pdf | application/pdf | 1.0 MiB | 2025-03-03T10:47:29.031Z |\n"_s));

    // And a Markdown reader sees that structure.
    const Rendered r = render(md);
    QCOMPARE(
        r.headings,
        QStringList({u"1:Ingress controller pods restarting after ingress-nginx upgrade on "
                     u"prod-eu-1"_s,
                     u"2:AI summary"_s, u"2:Description"_s, u"2:Comments (6)"_s,
                     u"3:Maria Keller"_s, u"3:Ankra AI"_s, u"3:Sam Okafor (Ankra)"_s, u"3:System"_s,
                     u"3:Maria Keller"_s, u"3:Sam Okafor (Ankra)"_s, u"2:Attachments (3)"_s}));
    QCOMPARE(r.tableCells.size(), 16);
    QCOMPARE(r.tableCells.mid(4, 4),
             QStringList({u"ingress-nginx-controller.log"_s, u"text/plain"_s, u"47.1 KiB"_s,
                          u"2025-03-03T08:19:58.204Z"_s}));
    QVERIFY(r.anchorsInPlainBlocks.isEmpty());
}

void TestExporter::markdownEmptyAndNull()
{
    const QString minimal = markdown(fixtureTicket(u"minimal.json"_s));
    QVERIFY(minimal.startsWith(u"# Cannot switch organisation with ankra org switch\n\n"_s));
    QVERIFY(minimal.contains(u"- **Severity:** No severity\n"_s));
    QVERIFY(minimal.contains(u"- **Cluster:** \u2014\n"_s));
    QVERIFY(minimal.contains(u"- **Tracked by the Ankra team:** no\n"_s));
    QVERIFY(minimal.contains(u"## AI summary\n\nNo AI summary.\n"_s));
    QVERIFY(!minimal.contains(u"AI-generated"_s));
    QVERIFY(minimal.contains(u"## Comments (0)\n\nNo comments.\n"_s));
    QVERIFY(minimal.endsWith(u"## Attachments (0)\n\nNo attachments.\n"_s));
    QVERIFY(!minimal.contains(u"| Filename"_s));

    const QString nulls = markdown(fixtureTicket(u"nulls.json"_s));
    QVERIFY(nulls.contains(u"- **Cluster:** \u2014\n"_s));
    QVERIFY(nulls.contains(u"No AI summary."_s));
    QVERIFY(nulls.contains(u"- **Status:** Waiting on customer\n"_s));
    QVERIFY(nulls.contains(
        u"### Billing team\n\n*Unknown author \u00b7 2025-03-05T13:01:00.500Z*\n\n"_s));

    Ticket empty = fixtureTicket(u"minimal.json"_s);
    empty.description.clear();
    empty.aiSummary = u"  \n "_s; // blank counts as none
    const QString md = markdown(empty);
    QVERIFY(md.contains(u"## Description\n\n*No description.*\n"_s));
    QVERIFY(md.contains(u"No AI summary."_s));
}

void TestExporter::markdownUnknownEnums()
{
    const QString md = markdown(fixtureTicket(u"unknown-enums.json"_s));
    // Shown verbatim, escaped like any server text.
    QVERIFY(md.contains(u"- **Status:** escalated\n"_s));
    QVERIFY(md.contains(u"- **Severity:** urgent\n"_s));
    QVERIFY(md.contains(u"- **AI review:** needs\\_human\n"_s));
    QVERIFY(md.contains(u"- **Category:** compliance\n"_s));
    QVERIFY(md.contains(u"- **Source:** slack\n"_s));
    QVERIFY(md.contains(u"*bot \u00b7 2025-03-06T14:05:10.000Z*"_s));
    QVERIFY(md.contains(u"*partner \u00b7 2025-03-06T15:30:00.000Z*"_s));
    const Rendered r = render(md);
    QVERIFY(r.plainBlocks.contains(u"AI review: needs_human"_s));
}

void TestExporter::markdownNonLatin()
{
    const QString md = markdown(fixtureTicket(u"non-latin.json"_s));
    QVERIFY(md.startsWith(u"# クラスタ「本番-東京」でPodが起動しない — Поды не запускаются 🚨\n"_s));
    QVERIFY(md.contains(u"### محمد العلي\n"_s));
    QVERIFY(md.contains(u"### Ankra AI 🤖\n"_s));
    QVERIFY(
        md.contains(u"- **Cluster:** 本番-東京-1 (`5fee86c8-6c75-4924-8bbc-8b2c392a4fb9`)\n"_s));
    QVERIFY(md.contains(u"問題は解決したようです 🎉 Проблема решена. تم حل المشكلة."_s));

    const Rendered r = render(md);
    QCOMPARE(r.tableCells.size(), 16);
    QCOMPARE(r.tableCells.at(4), u"ログ_本番.txt"_s);
    QCOMPARE(r.tableCells.at(8), u"لقطة-الشاشة.png"_s);
    QCOMPARE(r.tableCells.at(12), u"отчёт-🚀.pdf"_s);
    QCOMPARE(r.tableCells.at(14), u"70.0 MiB"_s);
}

void TestExporter::markdownCluster_data()
{
    QTest::addColumn<QString>("name"); // "<null>": absent
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    const QString id = u"9daff615-4adc-42bc-a68a-7a3d80286e17"_s;
    QTest::newRow("name and id") << u"prod-eu-1"_s << id << u"prod-eu-1 (`"_s + id + u"`)"_s;
    QTest::newRow("name only") << u"prod-eu-1"_s << u"<null>"_s << u"prod-eu-1"_s;
    QTest::newRow("id only") << u"<null>"_s << id << u"`"_s + id + u"`"_s;
    QTest::newRow("empty name") << QString() << u"<null>"_s << u"\u2014"_s;
    QTest::newRow("neither") << u"<null>"_s << u"<null>"_s << u"\u2014"_s;
    QTest::newRow("markup in name") << u"*prod* `eu`"_s << u"<null>"_s << u"\\*prod\\* \\`eu\\`"_s;
}

void TestExporter::markdownCluster()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, expected);

    Ticket t = fixtureTicket(u"typical.json"_s);
    t.clusterName = name == "<null>"_L1 ? std::nullopt : std::optional<QString>(name);
    t.clusterId = id == "<null>"_L1 ? std::nullopt : std::optional<QString>(id);
    QVERIFY(markdown(t).contains(u"\n- **Cluster:** "_s + expected + u'\n'));
}

void TestExporter::markdownSizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << qint64(0) << u"0 bytes"_s;
    QTest::newRow("1023") << qint64(1023) << u"1023 bytes"_s;
    QTest::newRow("1 KiB") << qint64(1024) << u"1.0 KiB"_s;
    QTest::newRow("1.5 KiB") << qint64(1536) << u"1.5 KiB"_s;
    QTest::newRow("1 MiB") << qint64(1048576) << u"1.0 MiB"_s;
    QTest::newRow("5 GiB") << qint64(5) * 1024 * 1024 * 1024 << u"5.0 GiB"_s;
}

void TestExporter::markdownSizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);

    Ticket t = fixtureTicket(u"flagged.json"_s);
    t.attachments[0].sizeBytes = bytes;
    QVERIFY2(markdown(t).contains(u"| etcd-health.txt | text/plain | "_s + expected + u" | "_s),
             qPrintable(markdown(t).section(u"## Attachments"_s, 1)));
}

void TestExporter::hostileSourceText()
{
    const Ticket ticket = fixtureTicket(u"hostile.json"_s);
    const QString md = markdown(ticket);
    const QString outside = outsideFences(md);

    // No raw HTML anywhere a viewer would render it: not one '<' outside code blocks.
    QVERIFY2(!outside.contains(u'<'), qPrintable(outside.section(u'<', 0, 0).right(200)));

    // Plain-text fields, as escaped text.
    QVERIFY(md.startsWith(
        u"# &lt;img src=\"http\\://127.0.0.1:9/x.png\"&gt;&lt;b&gt;bold&lt;/b&gt;"
        u"&lt;script&gt;alert(\"subject\")&lt;/script&gt; \\[click\\](file\\:///etc/passwd) "
        u"!\\[img\\](http\\://127.0.0.1:9/track.png) \\[js\\](javascript:alert(1)) "
        u"\\| \\*stars\\* \\_under\\_ \\`tick\\` \\# hash \\\\ backslash &amp;amp; "
        u"Pods keep restarting. "_s));
    QVERIFY(md.contains(
        uR"(- **Cluster:** &lt;b&gt;prod&lt;/b&gt; \[c\](javascript:alert(1)) (`271d2df4-f952-4897-a79a-82ac60785130`))"_s));
    QVERIFY(md.contains(
        u"### &lt;b&gt;Eve&lt;/b&gt; &lt;img src=\"http\\://127.0.0.1:9/x.png\"&gt;"_s));
    QVERIFY(md.contains(uR"(### \[Ankra Support\](javascript:alert(1)))"_s));
    QVERIFY(md.contains(uR"(| ../../etc/passwd | text/plain | 1.8 KiB |)"_s));
    QVERIFY(md.contains(uR"(| ..\\..\\Windows\\System32\\drivers\\etc\\hosts | text/plain |)"_s));
    QVERIFY(md.contains(
        uR"(| \[click\](file\:///etc/passwd) \| report.pdf | application/pdf&lt;script&gt; | 0 bytes |)"_s));

    // The summary's lines cannot start blocks.
    QVERIFY(md.contains(u"\\\n\\- not a list\\\n1\\. not a list\\\n\\# not a heading\\\n"
                        u"not code\\\n\\---\\\n&gt; not a quote\\\n"_s));

    // Every line from a plain-text field: no unescaped link, image, emphasis or code syntax.
    static const QRegularExpression unescaped(uR"((?<!\\)[\[\]`*_])"_s);
    const qsizetype summaryEnd = md.indexOf(u"\n## Description\n"_s);
    QStringList plainLines = md.left(summaryEnd).split(u'\n');
    for (const QString &line : md.split(u'\n')) {
        if (line.startsWith("### "_L1) || line.startsWith("| "_L1))
            plainLines.append(line);
    }
    for (QString line : std::as_const(plainLines)) {
        // The exporter's own markup: "- **Name:** ", "*AI-generated...*", cluster id code span.
        line.remove(QRegularExpression(uR"(^- \*\*[^*]+:\*\* )"_s));
        line.remove(QRegularExpression(uR"( \(`[0-9a-f-]{36}`\)$)"_s));
        if (line.startsWith(u'*') && line.endsWith(u'*'))
            line = line.mid(1).chopped(1);
        if (line.startsWith("| --- "_L1))
            continue;
        QVERIFY2(!unescaped.match(line).hasMatch(), qPrintable(line));
    }
}

void TestExporter::hostileRendered()
{
    const Ticket ticket = fixtureTicket(u"hostile.json"_s);
    const Rendered r = render(markdown(ticket));

    // Every section heading survived the body above it (an unclosed fence would swallow them).
    QVERIFY(r.headings.contains(u"2:AI summary"_s));
    QVERIFY(r.headings.contains(u"2:Description"_s));
    QVERIFY(r.headings.contains(u"2:Comments (3)"_s));
    QVERIFY(r.headings.contains(u"2:Attachments (4)"_s));

    // Plain-text fields read back exactly as the server sent them, with no live markup.
    // (Qt 6.4's importer drops the heading format of a document's first block when it begins
    // with an entity, as "# &lt;img" does; hostileSourceText() checks the heading's source.)
    QCOMPARE(r.firstBlock, ticket.subject.trimmed());
    QVERIFY(r.headings.contains(u"3:"_s + ticket.comments.at(0).authorLabel));
    QVERIFY(r.headings.contains(u"3:"_s + ticket.comments.at(1).authorLabel));
    QVERIFY(r.headings.contains(u"3:"_s + ticket.comments.at(2).authorLabel));
    QVERIFY(r.plainBlocks.contains(u"Cluster: "_s + *ticket.clusterName
                                   + u" (271d2df4-f952-4897-a79a-82ac60785130)"_s));
    QVERIFY2(r.anchorsInPlainBlocks.isEmpty(), qPrintable(r.anchorsInPlainBlocks.join(u' ')));
    QVERIFY2(r.imagesInPlainBlocks.isEmpty(), qPrintable(r.imagesInPlainBlocks.join(u' ')));
    QCOMPARE(r.tableCells.size(), 20);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(r.tableCells.at(4 + 4 * i), ticket.attachments.at(i).filename);
        QCOMPARE(r.tableCells.at(5 + 4 * i), ticket.attachments.at(i).contentType);
    }

    // The AI summary: same lines, none of them a list, heading, quote or code block.
    QStringList summaryLines;
    for (const QString &line : ticket.aiSummary->split(u'\n'))
        summaryLines.append(line.trimmed());
    // The AI-generated note, then the text (Qt's importer makes each hard break a new block; a
    // line that had become a heading would be missing here).
    QCOMPARE(r.summaryBlocks.mid(1).join(u'\n'), summaryLines.join(u'\n'));
    QCOMPARE(r.structuredSummaryBlocks, 0);

    // Server HTML in bodies shows as text instead of being rendered or dropped.
    QVERIFY(r.plainText.contains(u"<script>alert(\"description\")</script>"_s));
    QVERIFY(r.plainText.contains(u"<b>bold</b> and click and"_s));
    QVERIFY(r.plainText.contains(u"<a href=\"javascript:alert(1)\">html link</a>"_s));
    QVERIFY(r.plainText.contains(u"<details><summary>more</summary>hidden</details>"_s));
    QVERIFY(r.plainText.contains(u"<iframe src=\"http://127.0.0.1:9/\"></iframe>"_s));
    // Code blocks keep their text as written.
    QVERIFY(r.plainText.contains(u"<b>inside a fence</b> EXTERNAL-IP <none>"_s));
    QVERIFY(r.plainText.contains(u"```\n<i>a fence inside a fence</i>"_s));
    QVERIFY(r.plainText.contains(u"web    LoadBalancer   <pending>     80:31380/TCP"_s));
    QVERIFY(r.plainText.contains(u"unclosed: <fence>"_s));
    // The only images are the bodies' own Markdown images, never the raw <img> tags.
    for (const QString &image : r.images)
        QCOMPARE(image, u"http://127.0.0.1:9/track.png"_s);
}

void TestExporter::bodyHtml_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("shown"); // how "<b>x</b>" must read in the rendered document

    const QString literal = u"<b>x</b>"_s;
    const QString entity = u"&lt;b>x&lt;/b>"_s; // a '<' in code the exporter could not tell apart
    QTest::newRow("paragraph") << u"a <b>x</b> b"_s << literal;
    QTest::newRow("html block") << u"<b>x</b>\n\ntext"_s << literal;
    QTest::newRow("fence") << u"```\n<b>x</b>\n```"_s << literal;
    QTest::newRow("fence info string") << u"```html <script>\n<b>x</b>\n```"_s << literal;
    QTest::newRow("tilde fence") << u"~~~\n<b>x</b>\n~~~"_s << literal;
    QTest::newRow("unclosed fence") << u"text\n```\n<b>x</b>"_s << literal;
    QTest::newRow("indented fence") << u"   ```\n   <b>x</b>\n   ```"_s << literal;
    QTest::newRow("longer closer") << u"```\n<b>x</b>\n``````"_s << literal;
    QTest::newRow("backticks inside") << u"````\n```\n<b>x</b>\n```\n````"_s << literal;
    QTest::newRow("fence in list item, content outdented")
        << u"- item\n  ```\n<b>x</b>\n  ```"_s << literal;
    QTest::newRow("4-space closer is content") << u"```\n    ```\n<b>x</b>\n```"_s << literal;
    QTest::newRow("closed early by a longer run") << u"```\n`````\n<b>x</b>\n```"_s << literal;
    QTest::newRow("fence right after a table")
        << u"| a | b |\n| --- | --- |\n| 1 | 2 |\n```\n<b>x</b>\n```"_s << literal;
    QTest::newRow("fence right after a quote") << u"> quote\n```\n<b>x</b>\n```"_s << literal;
    QTest::newRow("fence right after a list") << u"- item\n```\n<b>x</b>\n```"_s << literal;
    QTest::newRow("indented code") << u"text\n\n    <b>x</b>"_s << entity;
    QTest::newRow("inline code") << u"run `<b>x</b>` now"_s << entity;
    QTest::newRow("fence in quote") << u"> ```\n> <b>x</b>\n> ```"_s << entity;
    QTest::newRow("CRLF fence") << u"```\r\n<b>x</b>\r\n```\r\n"_s << literal;
}

void TestExporter::bodyHtml()
{
    QFETCH(QString, body);
    QFETCH(QString, shown);

    Ticket t = ticketWith(body);
    Comment c;
    c.id = u"4b44d16c-477d-44b3-a235-7912bcbee259"_s;
    c.authorLabel = u"Maria Keller"_s;
    c.body = body;
    c.createdAt = t.createdAt;
    t.comments = {c, c};
    const QString md = markdown(t);

    QVERIFY2(!outsideFences(md).contains(u'<'), qPrintable(md));
    const Rendered r = render(md);
    QCOMPARE(r.plainText.count(shown), 3);
    // Nothing after the bodies was swallowed by them.
    QCOMPARE(r.headings.mid(r.headings.size() - 4),
             QStringList({u"2:Comments (2)"_s, u"3:Maria Keller"_s, u"3:Maria Keller"_s,
                          u"2:Attachments (0)"_s}));
    QVERIFY(r.plainText.endsWith(u"No attachments."_s));
}

// Issue 15 item 3: ESC, BEL, CR, DEL and C1 controls from the server never reach a terminal as
// themselves. Markdown shows them; JSON escapes them and keeps the exact value.
void TestExporter::terminalControls()
{
    const QString osc = u"\x1b]0;retitled\x07"_s;
    const QString csi = QString(QChar(0x9B)) + u"2J"_s;
    const QString clipboard = u"\x1b]52;c;cm0gLXJmIH4=\x1b\\"_s;
    Ticket t = fixtureTicket(u"typical.json"_s);
    t.subject = u"Subject "_s + osc;
    t.description = u"Line one\r\nfake\rprompt "_s + csi + u"\n\tindented "_s + clipboard
                    + QChar(0x7F) + QChar(0x85);
    QVERIFY(!t.comments.isEmpty() && !t.attachments.isEmpty());
    t.comments[0].body = u"body "_s + osc;
    t.comments[0].authorLabel = u"Eve "_s + csi;
    t.attachments[0].filename = u"a"_s + QChar(0x1b) + u"[31m.txt"_s;

    const QString md = QString::fromUtf8(exportTicket(t, ExportFormat::Markdown));
    for (const QChar c : md)
        QVERIFY2(!isTerminalControl(c.unicode()), qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(md.contains(u"\t"_s));                              // tab and newline stay
    QVERIFY2(md.contains(u"retitled\u2407"_s), qPrintable(md)); // BEL shown as ␇
    QVERIFY(md.contains(u"\u241b]0;retitled"_s));               // ESC shown as ␛
    QVERIFY(md.contains(QString(QChar(0xFFFD)) + u"2J"_s));     // CSI shown, not acted on

    const QByteArray json = exportTicket(t, ExportFormat::Json);
    QVERIFY(!json.contains('\x1b'));
    QVERIFY(!json.contains('\x07'));
    QVERIFY(!json.contains("\xc2\x9b"));
    QVERIFY(!json.contains("\xc2\x85"));
    QVERIFY2(json.contains("\\u009b2J"), json.constData());
    const QJsonObject back = QJsonDocument::fromJson(json).object();
    QCOMPARE(back.value(u"subject"_s).toString(), t.subject);
    QCOMPARE(back.value(u"description"_s).toString(), t.description);
}

namespace {

Ankra::TicketSummary summaryWith(const QString &subject)
{
    Ankra::TicketSummary t;
    t.id = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    t.subject = subject;
    t.status = Ankra::statusFromWire(u"open"_s);
    t.severity = Ankra::severityFromWire(QString());
    t.source = Ankra::sourceFromWire(u"portal"_s);
    t.category = Ankra::categoryFromWire(u"technical"_s);
    t.aiReviewStatus = Ankra::aiReviewFromWire(u"passed"_s);
    t.clusterName = u"prod, eu"_s;
    t.createdAt = Ankra::parseTimestamp(u"2025-03-01T09:30:00Z"_s);
    t.updatedAt = Ankra::parseTimestamp(u"2025-03-01T10:00:00Z"_s);
    return t;
}

} // namespace

void TestExporter::listCsvFields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Ingress 502"_s << u"Ingress 502"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("formula +") << u"+49 30 1234"_s << u"'+49 30 1234"_s;
    QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::newRow("formula tab") << u"\t=cmd"_s << u"'\t=cmd"_s;
    // CR is a line break for the quoting, and shown rather than sent raw to a terminal.
    QTest::newRow("formula CR") << u"\r=cmd"_s << u"'\u240d=cmd"_s;
    QTest::newRow("formula with comma")
        << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("escape shown") << u"x\u001b]0;pwned\u0007"_s << u"x\u241b]0;pwned\u2407"_s;
    QTest::newRow("non-Latin") << u"Störung 東京"_s << u"Störung 東京"_s;
}

void TestExporter::listCsvFields()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(Ankra::csvField(value), field);
}

void TestExporter::listCsvDocument()
{
    Ankra::TicketSummary formula = summaryWith(u"=cmd|' /C calc'!A0"_s);
    formula.severity = Ankra::severityFromWire(u"sev0"_s); // unknown: verbatim
    formula.isTrackedByTeam = true;
    formula.clusterName.reset();
    const QByteArray csv = Ankra::exportTicketList(
        {summaryWith(u"Störung, \"dringend\""_s), formula}, Ankra::ListExportFormat::Csv);
    const QByteArray expected
        = "id,subject,status,severity,cluster_name,cluster_id,source,category,ai_review_status,"
          "is_tracked_by_team,created_at,updated_at\r\n"
          "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b,\"Störung, \"\"dringend\"\"\",open,,\"prod, eu\",,"
          "portal,technical,passed,false,2025-03-01T09:30:00.000Z,2025-03-01T10:00:00.000Z\r\n"
          "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b,'=cmd|' /C calc'!A0,open,sev0,,,portal,technical,"
          "passed,true,2025-03-01T09:30:00.000Z,2025-03-01T10:00:00.000Z\r\n";
    QCOMPARE(csv, expected);
    QCOMPARE(Ankra::exportTicketList({}, Ankra::ListExportFormat::Csv).count("\r\n"), 1);
}

void TestExporter::listJsonAndMarkdown()
{
    Ankra::TicketSummary hostile = summaryWith(u"<img src=x> | [link](file:///etc) \u001b[2J"_s);
    hostile.status = Ankra::statusFromWire(u"escalated"_s);
    const QByteArray json
        = Ankra::exportTicketList({summaryWith(u"One"_s), hostile}, Ankra::ListExportFormat::Json);
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject(), Ankra::ticketSummaryToJson(summaryWith(u"One"_s)));
    QCOMPARE(array.at(1).toObject().value("status"_L1).toString(), u"escalated"_s);
    QCOMPARE(array.at(1).toObject().value("severity"_L1), QJsonValue(QJsonValue::Null));

    const QString md = QString::fromUtf8(Ankra::exportTicketList(
        {summaryWith(u"One"_s), hostile}, Ankra::ListExportFormat::Markdown));
    QVERIFY(md.startsWith(u"# Tickets (2)\n\n| Subject | Status |"_s));
    QVERIFY(md.contains(u"| One | Open | No severity | prod, eu | 2025-03-01T10:00:00.000Z | no | "
                        u"`3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b` |"_s));
    // Server text reads literally: no HTML, no link, no cell break, no escape sequence.
    QVERIFY2(md.contains(u"| &lt;img src=x&gt; \\| \\[link\\](file\\:///etc)  \\[2J |"_s),
             qPrintable(md));
    QVERIFY(md.contains(u"| escalated |"_s));
    QVERIFY(!md.contains(QChar(0x1b)));
    QCOMPARE(QString::fromUtf8(Ankra::exportTicketList({}, Ankra::ListExportFormat::Markdown)),
             u"# Tickets (0)\n\nNo tickets match.\n"_s);
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
