#include "core/ticketjson.h"
#include "support/fixtures.h"
#include "support/ticketfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

// Enum names in declaration order (ticket.h), so a row reads "InProgress/in_progress".
const char *const sourceNames[] = {"Portal", "Api", "Cli", "Agent", "Unknown"};
const char *const categoryNames[]
    = {"Technical", "Account", "Billing", "Bug", "FeatureRequest", "Other", "Unknown"};
const char *const statusNames[] = {"PendingReview",   "Open",     "Triaging", "InProgress",
                                   "WaitingCustomer", "Resolved", "Closed",   "Unknown"};
const char *const severityNames[] = {"None", "Low", "Medium", "High", "Critical", "Unknown"};
const char *const aiReviewNames[] = {"Pending", "Passed", "Flagged", "Unknown"};
const char *const authorTypeNames[] = {"None", "Customer", "Team", "Ai", "System", "Unknown"};

template<typename E, std::size_t N>
QString enumText(const EnumValue<E> &v, const char *const (&names)[N])
{
    return QLatin1String(names[static_cast<int>(v.value)]) + u'/' + v.raw;
}

QString dateText(const QDateTime &dt)
{
    if (!dt.isValid())
        return u"<invalid>"_s;
    if (dt.timeSpec() != Qt::UTC)
        return u"<not UTC> "_s + dt.toString(Qt::ISODateWithMs);
    return dt.toString(Qt::ISODateWithMs);
}

QString optionalText(const std::optional<QString> &v)
{
    return v ? *v : u"<null>"_s;
}

// The parsed value of one field as text, addressed like an error path ("comments[2].body").
QString fieldText(const Ticket &t, const QString &field)
{
    static const QRegularExpression item(uR"(^(comments|attachments)\[(\d+)\]\.(\w+)$)"_s);
    const QRegularExpressionMatch m = item.match(field);
    if (m.hasMatch()) {
        const int i = m.captured(2).toInt();
        const QString name = m.captured(3);
        if (m.captured(1) == "comments"_L1) {
            if (i >= t.comments.size())
                return u"<no such comment>"_s;
            const Comment &c = t.comments.at(i);
            if (name == "id"_L1)
                return c.id;
            if (name == "author_label"_L1)
                return c.authorLabel;
            if (name == "author_type"_L1)
                return enumText(c.authorType, authorTypeNames);
            if (name == "body"_L1)
                return c.body;
            if (name == "created_at"_L1)
                return dateText(c.createdAt);
        } else {
            if (i >= t.attachments.size())
                return u"<no such attachment>"_s;
            const Attachment &a = t.attachments.at(i);
            if (name == "id"_L1)
                return a.id;
            if (name == "filename"_L1)
                return a.filename;
            if (name == "content_type"_L1)
                return a.contentType;
            if (name == "size_bytes"_L1)
                return QString::number(a.sizeBytes);
            if (name == "created_at"_L1)
                return dateText(a.createdAt);
        }
        return u"<unknown field>"_s;
    }
    if (field == "id"_L1)
        return t.id;
    if (field == "organisation_id"_L1)
        return t.organisationId;
    if (field == "source"_L1)
        return enumText(t.source, sourceNames);
    if (field == "category"_L1)
        return enumText(t.category, categoryNames);
    if (field == "subject"_L1)
        return t.subject;
    if (field == "description"_L1)
        return t.description;
    if (field == "status"_L1)
        return enumText(t.status, statusNames);
    if (field == "ai_review_status"_L1)
        return enumText(t.aiReviewStatus, aiReviewNames);
    if (field == "created_at"_L1)
        return dateText(t.createdAt);
    if (field == "updated_at"_L1)
        return dateText(t.updatedAt);
    if (field == "cluster_id"_L1)
        return optionalText(t.clusterId);
    if (field == "cluster_name"_L1)
        return optionalText(t.clusterName);
    if (field == "severity"_L1)
        return enumText(t.severity, severityNames);
    if (field == "ai_summary"_L1)
        return optionalText(t.aiSummary);
    if (field == "is_tracked_by_team"_L1)
        return t.isTrackedByTeam ? u"true"_s : u"false"_s;
    if (field == "comments.size"_L1)
        return QString::number(t.comments.size());
    if (field == "attachments.size"_L1)
        return QString::number(t.attachments.size());
    return u"<unknown field>"_s;
}

// Sets (or with an undefined value, removes) the member at `path` ("comments[3].body").
QJsonObject withValue(QJsonObject root, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression item(uR"(^(\w+)\[(\d+)\](?:\.(\w+))?$)"_s);
    const QRegularExpressionMatch m = item.match(path);
    if (!m.hasMatch()) {
        if (value.isUndefined())
            root.remove(path);
        else
            root.insert(path, value);
        return root;
    }
    QJsonArray array = root.value(m.captured(1)).toArray();
    const int i = m.captured(2).toInt();
    if (m.captured(3).isEmpty()) {
        array.replace(i, value);
    } else {
        QJsonObject element = array.at(i).toObject();
        if (value.isUndefined())
            element.remove(m.captured(3));
        else
            element.insert(m.captured(3), value);
        array.replace(i, element);
    }
    root.insert(m.captured(1), array);
    return root;
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object();
}

QJsonValue jsonValue(const QByteArray &json)
{
    // Wrapped in an array: QJsonDocument only takes arrays and objects at the top.
    return QJsonDocument::fromJson('[' + json + ']').array().at(0);
}

const QRegularExpression isoMillisUtc(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"_s);

} // namespace

class TestTicketJson final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fixtureFields_data();
    void fixtureFields();
    void optionalAbsentOrNull_data();
    void optionalAbsentOrNull();
    void enumSpellings_data();
    void enumSpellings();
    void missingRequired_data();
    void missingRequired();
    void wrongType_data();
    void wrongType();
    void sizeBytes_data();
    void sizeBytes();
    void uuidsAreCanonical();
    void notATicketDocument_data();
    void notATicketDocument();
    void unknownFieldsIgnored();
    void serverOrderKept();

    void timestamps_data();
    void timestamps();

    void unprintableDateNamesField();
    void toJsonFields();
    void toJsonFromCode();
    void roundTrip_data();
    void roundTrip();

    void factoryIsDeterministic();
    void largeTicket();
    void largeTicketErrorPath();
    void benchmarkLargeTicket();
};

void TestTicketJson::initTestCase()
{
    // A zone far from UTC, so that a timestamp read as local time instead of UTC shows up.
    qputenv("TZ", "Asia/Kathmandu");
    for (const QString &name : allFixtures())
        QVERIFY2(!readFixture(name).isEmpty(), qPrintable(fixturePath(name)));
}

void TestTicketJson::fixtureFields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QString fixture;
    const auto row = [&fixture](const char *field, const QString &expected) {
        QTest::addRow("%s %s", qPrintable(fixture), field)
            << fixture << QString::fromLatin1(field) << expected;
    };
    const QString org = u"b5cb17c5-574f-40e6-9ed7-2bc7f9e48ab7"_s;

    fixture = u"typical.json"_s;
    row("id", u"4fbac218-f27d-4c95-b8b4-481ce57630f5"_s);
    row("organisation_id", org);
    row("source", u"Portal/portal"_s);
    row("category", u"Technical/technical"_s);
    row("subject",
        u"Ingress controller pods restarting after ingress-nginx upgrade on prod-eu-1"_s);
    row("description",
        u"After upgrading the **ingress-nginx** add-on from 4.9.1 to 4.10.0 through the Ankra "
        u"stack, the controller pods on `prod-eu-1` restart every 3\u20135 minutes.\n\n"
        u"What we see:\n\n"
        u"- `kubectl -n ingress-nginx get pods` shows the restart count climbing\n"
        u"- the readiness probe fails with `connection refused`\n"
        u"- roughly 1 in 20 requests to `api.example-shop.com` returns a 502\n\n"
        u"```\n$ kubectl -n ingress-nginx get pods\n"
        u"NAME                                        READY   STATUS             RESTARTS   AGE\n"
        u"ingress-nginx-controller-7d4b9c8f6d-2xkqp   0/1     CrashLoopBackOff   14         52m\n"
        u"ingress-nginx-controller-7d4b9c8f6d-v8m5n   1/1     Running            13         52m\n"
        u"```\n\n"
        u"We followed the [upgrade notes](https://github.com/kubernetes/ingress-nginx/releases/"
        u"tag/controller-v1.10.0) before upgrading."_s);
    row("status", u"InProgress/in_progress"_s);
    row("ai_review_status", u"Passed/passed"_s);
    row("created_at", u"2025-03-03T08:14:22.481Z"_s);
    row("updated_at", u"2025-03-03T11:52:07.090Z"_s);
    row("cluster_id", u"9daff615-4adc-42bc-a68a-7a3d80286e17"_s);
    row("cluster_name", u"prod-eu-1"_s);
    row("severity", u"High/high"_s);
    row("ai_summary",
        u"The ingress-nginx controller on prod-eu-1 has been crash-looping since the 4.10.0 "
        u"upgrade; the readiness probe fails and about 5% of requests return 502. Likely cause: "
        u"the new chart's lower default memory limit."_s);
    row("is_tracked_by_team", u"true"_s);
    row("comments.size", u"6"_s);
    row("comments[0].id", u"4b44d16c-477d-44b3-a235-7912bcbee259"_s);
    row("comments[0].author_label", u"Maria Keller"_s);
    row("comments[0].author_type", u"Customer/customer"_s);
    row("comments[0].body",
        u"Attaching the controller log from the last restart and a screenshot of the error-rate "
        u"panel in Grafana."_s);
    row("comments[0].created_at", u"2025-03-03T08:20:05.118Z"_s);
    row("comments[1].id", u"bde04e5c-6312-45b7-b57c-efd52a2be15f"_s);
    row("comments[1].author_label", u"Ankra AI"_s);
    row("comments[1].author_type", u"Ai/ai"_s);
    row("comments[1].body",
        u"The log shows the controller container being `OOMKilled`:\n\n```\n"
        u"Last State:  Terminated\n  Reason:    OOMKilled\n  Exit Code: 137\n```\n\n"
        u"The 4.10.0 chart lowers the default memory limit to `256Mi`. Suggested fix: set "
        u"`controller.resources.limits.memory` to `512Mi` in the add-on values."_s);
    row("comments[1].created_at", u"2025-03-03T08:20:41.660Z"_s);
    row("comments[2].id", u"5c52cc32-c5c8-4ac0-ac46-534e055cf6e1"_s);
    row("comments[2].author_label", u"Sam Okafor (Ankra)"_s);
    row("comments[2].author_type", u"Team/team"_s);
    row("comments[2].body",
        u"Thanks Maria, I can reproduce this on a test cluster. Two things to try:\n\n"
        u"1. Raise the memory limit as suggested above\n"
        u"2. Re-sync the stack from **Stacks \u2192 prod-eu-1 \u2192 Sync**\n\n"
        u"See also our runbook on [OOMKilled pods]"
        u"(https://docs.ankra.io/troubleshooting/oomkilled)."_s);
    row("comments[2].created_at", u"2025-03-03T09:02:13.007Z"_s);
    row("comments[3].id", u"6a9124f4-cd4d-4b7b-827a-2ffd827ffdc6"_s);
    row("comments[3].author_label", u"System"_s);
    row("comments[3].author_type", u"System/system"_s);
    row("comments[3].body", u"Status changed from **open** to **in_progress**."_s);
    row("comments[3].created_at", u"2025-03-03T09:02:14.000Z"_s);
    row("comments[4].id", u"ec610016-4a12-464b-b01c-2cd0693d1b35"_s);
    row("comments[4].author_label", u"Maria Keller"_s);
    row("comments[4].author_type", u"Customer/customer"_s);
    row("comments[4].body",
        u"Raised the limit to 512Mi and re-synced. No restarts in the last 30 minutes and the "
        u"502 rate is back to ~0.1%. Incident timeline attached for your records."_s);
    row("comments[4].created_at", u"2025-03-03T10:47:30.912Z"_s);
    row("comments[5].id", u"05ccf92d-0574-4d88-ba7c-00a6d58137c4"_s);
    row("comments[5].author_label", u"Sam Okafor (Ankra)"_s);
    row("comments[5].author_type", u"Team/team"_s);
    row("comments[5].body",
        u"Great to hear. We will keep the ticket open until tomorrow to make sure it stays "
        u"stable, and we have opened an internal issue to fix the default in our stack "
        u"template."_s);
    row("comments[5].created_at", u"2025-03-03T11:52:07.090Z"_s);
    row("attachments.size", u"3"_s);
    row("attachments[0].id", u"ddfa93e1-9b00-4a9a-a91d-920eb6bece21"_s);
    row("attachments[0].filename", u"ingress-nginx-controller.log"_s);
    row("attachments[0].content_type", u"text/plain"_s);
    row("attachments[0].size_bytes", u"48213"_s);
    row("attachments[0].created_at", u"2025-03-03T08:19:58.204Z"_s);
    row("attachments[1].id", u"83d331f1-642d-420b-aa9d-1d667706aced"_s);
    row("attachments[1].filename", u"grafana-error-rate.png"_s);
    row("attachments[1].content_type", u"image/png"_s);
    row("attachments[1].size_bytes", u"312907"_s);
    row("attachments[1].created_at", u"2025-03-03T08:19:59.750Z"_s);
    row("attachments[2].id", u"37b6c3d6-0909-4a0f-b92e-00d3432bb46f"_s);
    row("attachments[2].filename", u"incident-timeline.pdf"_s);
    row("attachments[2].content_type", u"application/pdf"_s);
    row("attachments[2].size_bytes", u"1048576"_s);
    row("attachments[2].created_at", u"2025-03-03T10:47:29.031Z"_s);

    fixture = u"minimal.json"_s;
    row("id", u"8f7c8f59-54b4-47d7-b0b1-5404c85537c7"_s);
    row("organisation_id", org);
    row("source", u"Cli/cli"_s);
    row("category", u"Account/account"_s);
    row("subject", u"Cannot switch organisation with ankra org switch"_s);
    row("description",
        u"Running `ankra org switch` returns `permission_denied` although I am an admin of the "
        u"organisation."_s);
    row("status", u"Open/open"_s);
    row("ai_review_status", u"Pending/pending"_s);
    row("created_at", u"2025-03-04T10:00:00.000Z"_s);
    row("updated_at", u"2025-03-04T10:00:00.000Z"_s);
    row("cluster_id", u"<null>"_s);
    row("cluster_name", u"<null>"_s);
    row("severity", u"None/"_s);
    row("ai_summary", u"<null>"_s);
    row("is_tracked_by_team", u"false"_s);
    row("comments.size", u"0"_s);
    row("attachments.size", u"0"_s);

    fixture = u"nulls.json"_s;
    row("id", u"a9c370e7-89f9-47d8-abb8-af337864611d"_s);
    row("organisation_id", org);
    row("source", u"Api/api"_s);
    row("category", u"Billing/billing"_s);
    row("subject", u"Invoice for February lists a cluster we deleted in January"_s);
    row("description",
        u"The February invoice still bills the `staging-old` cluster, which we deleted on 28 "
        u"January."_s);
    row("status", u"WaitingCustomer/waiting_customer"_s);
    row("ai_review_status", u"Passed/passed"_s);
    row("created_at", u"2025-03-05T11:22:33.123Z"_s); // naive: UTC
    row("updated_at", u"2025-03-05T13:01:00.500Z"_s);
    row("cluster_id", u"<null>"_s);
    row("cluster_name", u"<null>"_s);
    row("severity", u"None/"_s);
    row("ai_summary", u"<null>"_s);
    row("is_tracked_by_team", u"false"_s);
    row("comments.size", u"1"_s);
    row("comments[0].id", u"13f8f477-fa0a-4de3-a812-b5cac293cdee"_s);
    row("comments[0].author_label", u"Billing team"_s);
    row("comments[0].author_type", u"None/"_s);
    row("comments[0].body",
        u"Could you send us the cluster ID of `staging-old`? We will credit the invoice once we "
        u"have confirmed the deletion date."_s);
    row("comments[0].created_at", u"2025-03-05T13:01:00.500Z"_s);
    row("attachments.size", u"0"_s);

    fixture = u"unknown-enums.json"_s;
    row("id", u"3a49a060-eccc-4b07-be7c-399b559c618f"_s);
    row("organisation_id", org);
    row("source", u"Unknown/slack"_s);
    row("category", u"Unknown/compliance"_s);
    row("subject", u"Request for SOC 2 report covering the managed control plane"_s);
    row("description",
        u"Our auditors need the latest SOC 2 Type II report for the Ankra managed control "
        u"plane."_s);
    row("status", u"Unknown/escalated"_s);
    row("ai_review_status", u"Unknown/needs_human"_s);
    row("created_at", u"2025-03-06T14:05:09.250Z"_s);
    row("updated_at", u"2025-03-06T15:30:00.000Z"_s);
    row("cluster_id", u"75f9b71a-ff70-47f8-8cc9-470a29520544"_s);
    row("cluster_name", u"prod-eu-1"_s);
    row("severity", u"Unknown/urgent"_s);
    row("ai_summary", u"Compliance document request; no technical action needed."_s);
    row("is_tracked_by_team", u"false"_s);
    row("comments.size", u"2"_s);
    row("comments[0].id", u"c5369c05-f02c-4642-abc6-2d68d7fdb474"_s);
    row("comments[0].author_label", u"Ankra Slack bot"_s);
    row("comments[0].author_type", u"Unknown/bot"_s);
    row("comments[0].body", u"Ticket created from the #support-acme Slack channel."_s);
    row("comments[0].created_at", u"2025-03-06T14:05:10.000Z"_s);
    row("comments[1].id", u"d835c470-4a29-4427-b74b-fef8251c3a3b"_s);
    row("comments[1].author_label", u"Jordan Lee (Partner)"_s);
    row("comments[1].author_type", u"Unknown/partner"_s);
    row("comments[1].body",
        u"I am the reseller contact for this customer; please copy me on the report."_s);
    row("comments[1].created_at", u"2025-03-06T15:30:00.000Z"_s);
    row("attachments.size", u"0"_s);

    fixture = u"non-latin.json"_s;
    row("id", u"63b82d24-aac2-4d65-a2de-ef7417e5cd5d"_s);
    row("organisation_id", org);
    row("source", u"Portal/portal"_s);
    row("category", u"Technical/technical"_s);
    row("subject", u"クラスタ「本番-東京」でPodが起動しない — Поды не запускаются 🚨"_s);
    row("description", u"本番クラスタで新しいデプロイのPodが `ImagePullBackOff` のままです。\n\n"
                       u"- Пространство имён: `production`\n- المنطقة: طوكيو\n\n"
                       u"昨日までは正常に動作していました 🙏"_s);
    row("status", u"Resolved/resolved"_s);
    row("ai_review_status", u"Passed/passed"_s);
    row("created_at", u"2025-03-07T09:30:00.000Z"_s); // +09:00
    row("updated_at", u"2025-03-08T02:45:42.500Z"_s); // -0530, past midnight UTC
    row("cluster_id", u"5fee86c8-6c75-4924-8bbc-8b2c392a4fb9"_s);
    row("cluster_name", u"本番-東京-1"_s);
    row("severity", u"Medium/medium"_s);
    row("ai_summary",
        u"東京リージョンのクラスタでイメージの取得に失敗しています。Ошибка ImagePullBackOff: "
        u"отсутствует секрет реестра."_s);
    row("is_tracked_by_team", u"true"_s);
    row("comments.size", u"4"_s);
    row("comments[0].id", u"d8dd047d-0603-46bb-995c-9674604a665c"_s);
    row("comments[0].author_label", u"田中 花子"_s);
    row("comments[0].author_type", u"Customer/customer"_s);
    row("comments[0].body", u"`kubectl describe pod` の出力を添付します。\n\n"
                            u"イベント: `Failed to pull image \"registry.example.jp/app:2.3\"`"_s);
    row("comments[0].created_at", u"2025-03-07T09:31:12.000Z"_s);
    row("comments[1].id", u"cd777eb8-7726-4156-aef6-134836371602"_s);
    row("comments[1].author_label", u"Алексей Смирнов (Ankra)"_s);
    row("comments[1].author_type", u"Team/team"_s);
    row("comments[1].body",
        u"Здравствуйте! Похоже, что секрет `regcred` отсутствует в пространстве имён "
        u"`production`. Проверьте, пожалуйста: `kubectl get secret regcred -n production`."_s);
    row("comments[1].created_at", u"2025-03-07T09:40:00.000Z"_s);
    row("comments[2].id", u"df06988b-8fc6-444b-9573-1e6de3d8c0ea"_s);
    row("comments[2].author_label", u"محمد العلي"_s);
    row("comments[2].author_type", u"Customer/customer"_s);
    row("comments[2].body", u"شكراً لكم! تمت إضافة السر والآن تعمل الحاويات بشكل صحيح ✅"_s);
    row("comments[2].created_at", u"2025-03-07T10:02:09.000Z"_s);
    row("comments[3].id", u"e731fde6-86aa-4a23-bc77-6bb4643aee80"_s);
    row("comments[3].author_label", u"Ankra AI 🤖"_s);
    row("comments[3].author_type", u"Ai/ai"_s);
    row("comments[3].body", u"問題は解決したようです 🎉 Проблема решена. تم حل المشكلة."_s);
    row("comments[3].created_at", u"2025-03-07T10:05:00.000Z"_s);
    row("attachments.size", u"3"_s);
    row("attachments[0].id", u"fff1e738-042b-4178-be0a-79cc33686b84"_s);
    row("attachments[0].filename", u"ログ_本番.txt"_s);
    row("attachments[0].content_type", u"text/plain"_s);
    row("attachments[0].size_bytes", u"2048"_s);
    row("attachments[0].created_at", u"2025-03-07T09:31:05.000Z"_s);
    row("attachments[1].id", u"da115bcb-17da-4f62-839b-ec6ee07a16fc"_s);
    row("attachments[1].filename", u"لقطة-الشاشة.png"_s);
    row("attachments[1].content_type", u"image/png"_s);
    row("attachments[1].size_bytes", u"524288"_s);
    row("attachments[1].created_at", u"2025-03-07T10:01:30.000Z"_s);
    row("attachments[2].id", u"15fcdead-13cf-40e4-8851-671712b10a02"_s);
    row("attachments[2].filename", u"отчёт-🚀.pdf"_s);
    row("attachments[2].content_type", u"application/pdf"_s);
    row("attachments[2].size_bytes", u"73400320"_s);
    row("attachments[2].created_at", u"2025-03-07T10:04:00.000Z"_s);

    fixture = u"hostile.json"_s;
    row("id", u"3a9c138f-2527-4880-8da8-9823ecb6106d"_s);
    row("organisation_id", org);
    row("source", u"Api/api"_s);
    row("category", u"Bug/bug"_s);
    row("subject",
        uR"(<img src="http://127.0.0.1:9/x.png"><b>bold</b><script>alert("subject")</script> )"
        uR"([click](file:///etc/passwd) ![img](http://127.0.0.1:9/track.png) )"
        uR"([js](javascript:alert(1)) | *stars* _under_ `tick` # hash \ backslash &amp; )"_s
            + u"Pods keep restarting. "_s.repeated(100));
    row("description", uR"(# Heading from the server

<img src="http://127.0.0.1:9/x.png">

<script>alert("description")</script>

<b>bold</b> and [click](file:///etc/passwd) and ![img](http://127.0.0.1:9/track.png) and )"
                       uR"([js](javascript:alert(1)) and <http://127.0.0.1:9/autolink>

```
<b>inside a fence</b> EXTERNAL-IP <none>
```

````
```
<i>a fence inside a fence</i>
````

```yaml
unclosed: <fence>)"_s);
    row("status", u"Open/open"_s);
    row("ai_review_status", u"Pending/pending"_s);
    row("created_at", u"2025-03-08T07:00:00.500Z"_s);
    row("updated_at", u"2025-03-08T18:00:00.000Z"_s);
    row("cluster_id", u"271d2df4-f952-4897-a79a-82ac60785130"_s);
    row("cluster_name", u"<b>prod</b> [c](javascript:alert(1))"_s);
    row("severity", u"Medium/medium"_s);
    row("ai_summary",
        uR"(<b>bold</b> summary with <img src="http://127.0.0.1:9/x.png"> and [click](file:///etc/passwd)
- not a list
1. not a list
# not a heading
    not code
---
> not a quote
<script>alert("summary")</script>
http://127.0.0.1:9/autolink www.example.com user@example.com)"_s);
    row("is_tracked_by_team", u"false"_s);
    row("comments.size", u"3"_s);
    row("comments[0].id", u"b0169ba6-8be9-472c-b935-ee81899a8b1e"_s);
    row("comments[0].author_label", uR"(<b>Eve</b> <img src="http://127.0.0.1:9/x.png">)"_s);
    row("comments[0].author_type", u"Customer/customer"_s);
    row("comments[0].body", uR"--(<script>alert("comment")</script>

[click](file:///etc/passwd) ![img](http://127.0.0.1:9/track.png) [js](javascript:alert(document.cookie))

<a href="javascript:alert(1)">html link</a>)--"_s);
    row("comments[0].created_at", u"2025-03-08T07:01:00.500Z"_s);
    row("comments[1].id", u"37c578c7-c077-45a7-b38e-87f095966191"_s);
    row("comments[1].author_label", u"[Ankra Support](javascript:alert(1))"_s);
    row("comments[1].author_type", u"Team/team"_s);
    row("comments[1].body", uR"(Please run:

```
kubectl get svc -n shop
NAME   TYPE           EXTERNAL-IP   PORT(S)
web    LoadBalancer   <pending>     80:31380/TCP
```

<details><summary>more</summary>hidden</details>)"_s);
    row("comments[1].created_at", u"2025-03-08T07:02:00.000Z"_s);
    row("comments[2].id", u"5733eb90-41db-49ad-aeeb-17fbd4df8044"_s);
    row("comments[2].author_label",
        uR"(![x](http://127.0.0.1:9/track.png) | pipe | *stars* _under_ `tick` # hash \ backslash)"_s);
    row("comments[2].author_type", u"System/system"_s);
    row("comments[2].body",
        uR"(Inline `<b>code</b>` and a line with <iframe src="http://127.0.0.1:9/"></iframe>)"_s);
    row("comments[2].created_at", u"2025-03-08T07:03:00.000Z"_s);
    row("attachments.size", u"4"_s);
    row("attachments[0].id", u"3e8a7bf9-8e80-4f85-87f0-3dd9fc212814"_s);
    row("attachments[0].filename", u"../../etc/passwd"_s);
    row("attachments[0].content_type", u"text/plain"_s);
    row("attachments[0].size_bytes", u"1843"_s);
    row("attachments[0].created_at", u"2025-03-08T07:00:30.000Z"_s);
    row("attachments[1].id", u"a504a6a2-146f-4027-b552-4384b793e867"_s);
    row("attachments[1].filename", uR"(<img src="http://127.0.0.1:9/x.png">.png)"_s);
    row("attachments[1].content_type", u"image/png"_s);
    row("attachments[1].size_bytes", u"7"_s);
    row("attachments[1].created_at", u"2025-03-08T07:00:31.000Z"_s);
    row("attachments[2].id", u"36eff248-9cb3-4809-a357-a158cd7666e7"_s);
    row("attachments[2].filename", uR"(..\..\Windows\System32\drivers\etc\hosts)"_s);
    row("attachments[2].content_type", u"text/plain"_s);
    row("attachments[2].size_bytes", u"824"_s);
    row("attachments[2].created_at", u"2025-03-08T07:00:32.000Z"_s);
    row("attachments[3].id", u"34c2e4fb-91df-4d06-98a2-a12cf503ac18"_s);
    row("attachments[3].filename", u"[click](file:///etc/passwd) | report.pdf"_s);
    row("attachments[3].content_type", u"application/pdf<script>"_s);
    row("attachments[3].size_bytes", u"0"_s);
    row("attachments[3].created_at", u"2025-03-08T07:00:33.000Z"_s);

    fixture = u"flagged.json"_s;
    row("id", u"0c051758-3373-4c2a-861e-a37b255dfc8c"_s);
    row("organisation_id", org);
    row("source", u"Agent/agent"_s);
    row("category", u"Bug/bug"_s);
    row("subject", u"etcd quorum lost on prod-us-east-2 control plane"_s);
    row("description",
        u"The Ankra agent reports that 2 of 3 etcd members on `prod-us-east-2` are unhealthy. "
        u"The API server rejects writes:\n\n```\nError from server: etcdserver: no leader\n```"
        u"\n\nAll deployments to this cluster are blocked."_s);
    row("status", u"InProgress/in_progress"_s);
    row("ai_review_status", u"Flagged/flagged"_s);
    row("created_at", u"2025-03-09T02:14:07.338Z"_s);
    row("updated_at", u"2025-03-09T02:41:55.000Z"_s);
    row("cluster_id", u"3762c9c2-d011-464d-8d36-e2a69f7fd6dd"_s);
    row("cluster_name", u"prod-us-east-2"_s);
    row("severity", u"Critical/critical"_s);
    row("ai_summary",
        u"Flagged for human review: etcd quorum loss on a production control plane (2 of 3 "
        u"members unhealthy). The API server rejects writes and deployments are blocked."_s);
    row("is_tracked_by_team", u"true"_s);
    row("comments.size", u"2"_s);
    row("comments[0].id", u"8afb55b4-ea89-4381-9c21-132087fc6895"_s);
    row("comments[0].author_label", u"Ankra Agent"_s);
    row("comments[0].author_type", u"System/system"_s);
    row("comments[0].body",
        u"Automated alert: etcd member `etcd-2` failed its health check 5 times in 10 "
        u"minutes."_s);
    row("comments[0].created_at", u"2025-03-09T02:14:08.000Z"_s);
    row("comments[1].id", u"80ae0497-2499-4300-96f5-5bc4210255d2"_s);
    row("comments[1].author_label", u"Lena Fischer (Ankra)"_s);
    row("comments[1].author_type", u"Team/team"_s);
    row("comments[1].body",
        u"On it. We are restoring the failed members from the 02:00 UTC snapshot; expect "
        u"writes to be back within 30 minutes."_s);
    row("comments[1].created_at", u"2025-03-09T02:41:55.000Z"_s);
    row("attachments.size", u"1"_s);
    row("attachments[0].id", u"51d16106-096b-4176-83ac-11505e212157"_s);
    row("attachments[0].filename", u"etcd-health.txt"_s);
    row("attachments[0].content_type", u"text/plain"_s);
    row("attachments[0].size_bytes", u"9320"_s);
    row("attachments[0].created_at", u"2025-03-09T02:14:08.500Z"_s);
}

void TestTicketJson::fixtureFields()
{
    QFETCH(QString, fixture);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    ParseError error;
    const std::optional<Ticket> ticket = parseTicket(readFixture(fixture), &error);
    QVERIFY2(ticket, qPrintable(error.toString()));
    QCOMPARE(fieldText(*ticket, field), expected);
}

void TestTicketJson::optionalAbsentOrNull_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("remove"); // absent when true, null when false

    for (const bool remove : {true, false}) {
        const char *how = remove ? "absent" : "null";
        QTest::addRow("cluster_id %s", how) << u"cluster_id"_s << u"<null>"_s << remove;
        QTest::addRow("cluster_name %s", how) << u"cluster_name"_s << u"<null>"_s << remove;
        QTest::addRow("severity %s", how) << u"severity"_s << u"None/"_s << remove;
        QTest::addRow("ai_summary %s", how) << u"ai_summary"_s << u"<null>"_s << remove;
        QTest::addRow("is_tracked_by_team %s", how)
            << u"is_tracked_by_team"_s << u"false"_s << remove;
        QTest::addRow("comments %s", how) << u"comments"_s << u"0"_s << remove;
        QTest::addRow("attachments %s", how) << u"attachments"_s << u"0"_s << remove;
        QTest::addRow("comments[2].author_type %s", how)
            << u"comments[2].author_type"_s << u"None/"_s << remove;
    }
}

void TestTicketJson::optionalAbsentOrNull()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(bool, remove);

    // typical.json has every optional set, so each row changes exactly one thing.
    const QJsonObject object
        = withValue(fixtureObject(u"typical.json"_s), field,
                    remove ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonValue::Null));
    ParseError error;
    const std::optional<Ticket> ticket = ticketFromJson(object, &error);
    QVERIFY2(ticket, qPrintable(error.toString()));
    const QString shown = (field == "comments"_L1 || field == "attachments"_L1)
                              ? fieldText(*ticket, field + ".size"_L1)
                              : fieldText(*ticket, field);
    QCOMPARE(shown, expected);
}

void TestTicketJson::enumSpellings_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("expected");

    // Every schema value maps to its own enumerator...
    QTest::newRow("source api") << u"source"_s << u"api"_s << u"Api/api"_s;
    QTest::newRow("category feature_request")
        << u"category"_s << u"feature_request"_s << u"FeatureRequest/feature_request"_s;
    QTest::newRow("category other") << u"category"_s << u"other"_s << u"Other/other"_s;
    QTest::newRow("status pending_review")
        << u"status"_s << u"pending_review"_s << u"PendingReview/pending_review"_s;
    QTest::newRow("status triaging") << u"status"_s << u"triaging"_s << u"Triaging/triaging"_s;
    QTest::newRow("status closed") << u"status"_s << u"closed"_s << u"Closed/closed"_s;
    QTest::newRow("severity low") << u"severity"_s << u"low"_s << u"Low/low"_s;
    // ... enum matching is exact for schema enums: another spelling is a new, unknown value ...
    QTest::newRow("status Open") << u"status"_s << u"Open"_s << u"Unknown/Open"_s;
    QTest::newRow("status empty") << u"status"_s << QString() << u"Unknown/"_s;
    QTest::newRow("severity HIGH") << u"severity"_s << u"HIGH"_s << u"Unknown/HIGH"_s;
    QTest::newRow("severity empty is none") << u"severity"_s << QString() << u"None/"_s;
    // ... while the undocumented author_type is matched loosely and kept as sent.
    QTest::newRow("author_type AI") << u"comments[0].author_type"_s << u"AI"_s << u"Ai/AI"_s;
    QTest::newRow("author_type user")
        << u"comments[0].author_type"_s << u"user"_s << u"Customer/user"_s;
    QTest::newRow("author_type staff")
        << u"comments[0].author_type"_s << u"staff"_s << u"Team/staff"_s;
    QTest::newRow("author_type Robot")
        << u"comments[0].author_type"_s << u"Robot"_s << u"Unknown/Robot"_s;
    QTest::newRow("author_type text with spaces")
        << u"comments[0].author_type"_s << u"Ankra on-call"_s << u"Unknown/Ankra on-call"_s;
}

void TestTicketJson::enumSpellings()
{
    QFETCH(QString, field);
    QFETCH(QString, wire);
    QFETCH(QString, expected);

    const QJsonObject object = withValue(fixtureObject(u"typical.json"_s), field, wire);
    ParseError error;
    const std::optional<Ticket> ticket = ticketFromJson(object, &error);
    QVERIFY2(ticket, qPrintable(error.toString()));
    QCOMPARE(fieldText(*ticket, field), expected);
    // Written back exactly as received.
    const QJsonObject back = ticketToJson(*ticket);
    const QJsonValue written
        = field.startsWith("comments"_L1)
              ? back.value("comments"_L1).toArray().at(0).toObject().value("author_type"_L1)
              : back.value(field);
    QCOMPARE(written, wire.isEmpty() && field == "severity"_L1 ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(wire));
}

void TestTicketJson::missingRequired_data()
{
    QTest::addColumn<QString>("path");

    for (const char *key : {"id", "organisation_id", "source", "category", "subject", "description",
                            "status", "ai_review_status", "created_at", "updated_at"})
        QTest::newRow(key) << QString::fromLatin1(key);
    for (const char *key : {"id", "author_label", "body", "created_at"})
        QTest::addRow("comments[3].%s", key) << u"comments[3]."_s + QLatin1String(key);
    for (const char *key : {"id", "filename", "content_type", "size_bytes", "created_at"})
        QTest::addRow("attachments[1].%s", key) << u"attachments[1]."_s + QLatin1String(key);
}

void TestTicketJson::missingRequired()
{
    QFETCH(QString, path);

    const QJsonObject object
        = withValue(fixtureObject(u"typical.json"_s), path, QJsonValue(QJsonValue::Undefined));
    ParseError error;
    QVERIFY(!ticketFromJson(object, &error));
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, u"missing"_s);
    QCOMPARE(error.toString(), path + u": missing"_s);
}

void TestTicketJson::wrongType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");

    const QString uuid = u"expected a UUID"_s;
    const QString string = u"expected a string"_s;
    const QString stringOrNull = u"expected a string or null"_s;
    const QString dateTime = u"expected a date-time"_s;

    QTest::newRow("id number") << u"id"_s << QByteArray("42") << uuid;
    QTest::newRow("id not a uuid") << u"id"_s << QByteArray(R"("not-a-uuid")") << uuid;
    QTest::newRow("id without dashes")
        << u"id"_s << QByteArray(R"("4fbac218f27d4c95b8b4481ce57630f5")") << uuid;
    QTest::newRow("id in braces") << u"id"_s
                                  << QByteArray(R"("{4fbac218-f27d-4c95-b8b4-481ce57630f5}")")
                                  << uuid;
    QTest::newRow("id not hex") << u"id"_s
                                << QByteArray(R"("4fbac218-f27d-4c95-b8b4-481ce57630fg")") << uuid;
    QTest::newRow("id dash misplaced")
        << u"id"_s << QByteArray(R"("4fbac218f-27d-4c95-b8b4-481ce57630f5")") << uuid;
    QTest::newRow("id empty") << u"id"_s << QByteArray(R"("")") << uuid;
    QTest::newRow("organisation_id null") << u"organisation_id"_s << QByteArray("null") << uuid;
    QTest::newRow("source number") << u"source"_s << QByteArray("1") << string;
    QTest::newRow("source null") << u"source"_s << QByteArray("null") << string;
    QTest::newRow("category array") << u"category"_s << QByteArray(R"(["bug"])") << string;
    QTest::newRow("subject null") << u"subject"_s << QByteArray("null") << string;
    QTest::newRow("subject number") << u"subject"_s << QByteArray("5") << string;
    QTest::newRow("description object") << u"description"_s << QByteArray("{}") << string;
    QTest::newRow("status bool") << u"status"_s << QByteArray("true") << string;
    QTest::newRow("ai_review_status number") << u"ai_review_status"_s << QByteArray("0") << string;
    QTest::newRow("created_at 30 Feb")
        << u"created_at"_s << QByteArray(R"("2025-02-30T10:00:00Z")") << dateTime;
    QTest::newRow("created_at epoch") << u"created_at"_s << QByteArray("1741000000") << dateTime;
    QTest::newRow("updated_at empty") << u"updated_at"_s << QByteArray(R"("")") << dateTime;
    QTest::newRow("updated_at null") << u"updated_at"_s << QByteArray("null") << dateTime;
    QTest::newRow("cluster_id name")
        << u"cluster_id"_s << QByteArray(R"("prod-eu-1")") << u"expected a UUID or null"_s;
    QTest::newRow("cluster_id number")
        << u"cluster_id"_s << QByteArray("7") << u"expected a UUID or null"_s;
    QTest::newRow("cluster_name number") << u"cluster_name"_s << QByteArray("7") << stringOrNull;
    QTest::newRow("severity number") << u"severity"_s << QByteArray("3") << stringOrNull;
    QTest::newRow("severity object") << u"severity"_s << QByteArray("{}") << stringOrNull;
    QTest::newRow("ai_summary bool") << u"ai_summary"_s << QByteArray("false") << stringOrNull;
    QTest::newRow("is_tracked_by_team string")
        << u"is_tracked_by_team"_s << QByteArray(R"("yes")") << u"expected a boolean"_s;
    QTest::newRow("is_tracked_by_team number")
        << u"is_tracked_by_team"_s << QByteArray("1") << u"expected a boolean"_s;
    QTest::newRow("comments object") << u"comments"_s << QByteArray("{}") << u"expected an array"_s;
    QTest::newRow("comments string")
        << u"comments"_s << QByteArray(R"("none")") << u"expected an array"_s;
    QTest::newRow("attachments number")
        << u"attachments"_s << QByteArray("3") << u"expected an array"_s;
    QTest::newRow("comment string")
        << u"comments[2]"_s << QByteArray(R"("x")") << u"expected an object"_s;
    QTest::newRow("comment null") << u"comments[5]"_s << QByteArray("null")
                                  << u"expected an object"_s;
    QTest::newRow("attachment array")
        << u"attachments[0]"_s << QByteArray("[]") << u"expected an object"_s;
    QTest::newRow("comment id") << u"comments[3].id"_s << QByteArray(R"("3")") << uuid;
    QTest::newRow("comment author_label null")
        << u"comments[3].author_label"_s << QByteArray("null") << string;
    QTest::newRow("comment author_type number")
        << u"comments[3].author_type"_s << QByteArray("1") << stringOrNull;
    QTest::newRow("comment author_type object")
        << u"comments[3].author_type"_s << QByteArray(R"({"kind":"team"})") << stringOrNull;
    QTest::newRow("comment body array") << u"comments[3].body"_s << QByteArray("[]") << string;
    QTest::newRow("comment created_at words")
        << u"comments[3].created_at"_s << QByteArray(R"("yesterday")") << dateTime;
    QTest::newRow("attachment id number") << u"attachments[1].id"_s << QByteArray("1") << uuid;
    QTest::newRow("attachment filename number")
        << u"attachments[1].filename"_s << QByteArray("1") << string;
    QTest::newRow("attachment content_type null")
        << u"attachments[1].content_type"_s << QByteArray("null") << string;
    QTest::newRow("attachment created_at date only")
        << u"attachments[1].created_at"_s << QByteArray(R"("2025-03-03")") << dateTime;
}

void TestTicketJson::wrongType()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);

    const QJsonValue replacement = jsonValue(value);
    QVERIFY(!replacement.isUndefined());
    const QJsonObject object = withValue(fixtureObject(u"typical.json"_s), path, replacement);
    ParseError error;
    QVERIFY(!ticketFromJson(object, &error));
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
}

void TestTicketJson::sizeBytes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: an error

    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("integer") << QByteArray("2048") << qint64(2048);
    QTest::newRow("integral double") << QByteArray("2048.0") << qint64(2048);
    QTest::newRow("exponent") << QByteArray("5e3") << qint64(5000);
    QTest::newRow("beyond 2^53") << QByteArray("9007199254740993") << qint64(9007199254740993);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("negative fraction") << QByteArray("-0.5") << qint64(-1);
    QTest::newRow("too large") << QByteArray("1e300") << qint64(-1);
    QTest::newRow("string") << QByteArray(R"("2048")") << qint64(-1);
    QTest::newRow("null") << QByteArray("null") << qint64(-1);
    QTest::newRow("bool") << QByteArray("true") << qint64(-1);
}

void TestTicketJson::sizeBytes()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);

    // Spliced in as text, so that the number is exactly what a server would send.
    QByteArray json = readFixture(u"typical.json"_s);
    const QByteArray original = "\"size_bytes\": 312907";
    QVERIFY(json.contains(original));
    json.replace(original, QByteArray("\"size_bytes\": " + value));

    ParseError error;
    const std::optional<Ticket> ticket = parseTicket(json, &error);
    if (expected < 0) {
        QVERIFY(!ticket);
        QCOMPARE(error.toString(), u"attachments[1].size_bytes: expected a non-negative integer"_s);
    } else {
        QVERIFY2(ticket, qPrintable(error.toString()));
        QCOMPARE(ticket->attachments.at(1).sizeBytes, expected);
    }
}

void TestTicketJson::uuidsAreCanonical()
{
    QJsonObject object = fixtureObject(u"typical.json"_s);
    object = withValue(object, u"id"_s, u"4FBAC218-F27D-4C95-B8B4-481CE57630F5"_s);
    object = withValue(object, u"cluster_id"_s, u"9DAFF615-4adc-42bc-a68a-7a3d80286e17"_s);
    object = withValue(object, u"comments[0].id"_s, u"4B44D16C-477D-44B3-A235-7912BCBEE259"_s);
    const std::optional<Ticket> ticket = ticketFromJson(object);
    QVERIFY(ticket);
    QCOMPARE(ticket->id, u"4fbac218-f27d-4c95-b8b4-481ce57630f5"_s);
    QCOMPARE(ticket->clusterId.value_or(QString()), u"9daff615-4adc-42bc-a68a-7a3d80286e17"_s);
    QCOMPARE(ticket->comments.at(0).id, u"4b44d16c-477d-44b3-a235-7912bcbee259"_s);
}

void TestTicketJson::notATicketDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messageStart");

    const QString notJson = u"the response is not valid JSON: "_s;
    QTest::newRow("empty") << QByteArray() << notJson;
    QTest::newRow("truncated") << readFixture(u"typical.json"_s).left(300) << notJson;
    QTest::newRow("html error page")
        << QByteArray("<html><body>502 Bad Gateway</body></html>") << notJson;
    QTest::newRow("trailing garbage") << QByteArray(R"({"id": 1} x)") << notJson;
    QTest::newRow("array") << QByteArray("[]") << u"expected a JSON object"_s;
    QTest::newRow("array of ticket")
        << '[' + readFixture(u"typical.json"_s) + ']' << u"expected a JSON object"_s;
}

void TestTicketJson::notATicketDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messageStart);

    ParseError error;
    QVERIFY(!parseTicket(json, &error));
    QVERIFY(error.path.isEmpty());
    QVERIFY2(error.message.startsWith(messageStart), qPrintable(error.message));
    QCOMPARE(error.toString(), error.message);
    if (messageStart.startsWith("the response"_L1)) {
        // Says what Qt found wrong and where.
        static const QRegularExpression detail(uR"(: \S.* at offset \d+$)"_s);
        QVERIFY2(detail.match(error.message).hasMatch(), qPrintable(error.message));
    }
    // Without an error object it fails the same way, quietly.
    QVERIFY(!parseTicket(json));
}

void TestTicketJson::unknownFieldsIgnored()
{
    QJsonObject object = fixtureObject(u"typical.json"_s);
    object.insert(u"assignee"_s, QJsonObject{{u"name"_s, u"Sam"_s}});
    object.insert(u"priority_score"_s, 0.93);
    object = withValue(object, u"comments[0].reactions"_s, QJsonArray{u"+1"_s});
    object = withValue(object, u"attachments[0].sha256"_s, u"e3b0c442"_s);
    const std::optional<Ticket> withExtras = ticketFromJson(object);
    const std::optional<Ticket> plain = parseTicket(readFixture(u"typical.json"_s));
    QVERIFY(withExtras);
    QVERIFY(plain);
    QVERIFY(*withExtras == *plain);
}

void TestTicketJson::serverOrderKept()
{
    // Reversed, so the arrays are no longer in time order: the parser must not sort them.
    QJsonObject object = fixtureObject(u"typical.json"_s);
    QJsonArray comments, attachments;
    const QJsonArray originalComments = object.value("comments"_L1).toArray();
    const QJsonArray originalAttachments = object.value("attachments"_L1).toArray();
    for (qsizetype i = originalComments.size() - 1; i >= 0; --i)
        comments.append(originalComments.at(i));
    for (qsizetype i = originalAttachments.size() - 1; i >= 0; --i)
        attachments.append(originalAttachments.at(i));
    object.insert(u"comments"_s, comments);
    object.insert(u"attachments"_s, attachments);

    const std::optional<Ticket> ticket = ticketFromJson(object);
    QVERIFY(ticket);
    QCOMPARE(ticket->comments.size(), 6);
    QCOMPARE(ticket->comments.at(0).id, u"05ccf92d-0574-4d88-ba7c-00a6d58137c4"_s);
    QCOMPARE(ticket->comments.at(5).id, u"4b44d16c-477d-44b3-a235-7912bcbee259"_s);
    QCOMPARE(ticket->attachments.at(0).id, u"37b6c3d6-0909-4a0f-b92e-00d3432bb46f"_s);
    QCOMPARE(ticket->attachments.at(2).id, u"ddfa93e1-9b00-4a9a-a91d-920eb6bece21"_s);
}

void TestTicketJson::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO UTC with milliseconds; empty: invalid

    const auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("Z", u"2025-03-01T09:30:00Z"_s, u"2025-03-01T09:30:00.000Z"_s);
    row("1 digit", u"2025-03-01T09:30:00.1Z"_s, u"2025-03-01T09:30:00.100Z"_s);
    row("2 digits", u"2025-03-01T09:30:00.12Z"_s, u"2025-03-01T09:30:00.120Z"_s);
    row("milliseconds", u"2025-03-01T09:30:00.123Z"_s, u"2025-03-01T09:30:00.123Z"_s);
    row("microseconds", u"2025-03-01T09:30:00.123456Z"_s, u"2025-03-01T09:30:00.123Z"_s);
    row("nanoseconds", u"2025-03-01T09:30:00.123456789Z"_s, u"2025-03-01T09:30:00.123Z"_s);
    // Truncated, not rounded: .9999 must not become the next second (or day).
    row("truncated", u"2025-12-31T23:59:59.999999Z"_s, u"2025-12-31T23:59:59.999Z"_s);
    row("+02:00", u"2025-03-01T09:30:00+02:00"_s, u"2025-03-01T07:30:00.000Z"_s);
    row("-05:30", u"2025-03-01T09:30:00-05:30"_s, u"2025-03-01T15:00:00.000Z"_s);
    row("-0530", u"2025-03-01T09:30:00-0530"_s, u"2025-03-01T15:00:00.000Z"_s);
    row("+0000", u"2025-03-01T09:30:00+0000"_s, u"2025-03-01T09:30:00.000Z"_s);
    row("+00:00 micro", u"2025-03-01T09:30:00.654321+00:00"_s, u"2025-03-01T09:30:00.654Z"_s);
    row("+02 hours only", u"2025-03-01T09:30:00+02"_s, u"2025-03-01T07:30:00.000Z"_s);
    row("+14:00 previous day", u"2025-03-01T09:30:00+14:00"_s, u"2025-02-28T19:30:00.000Z"_s);
    row("offset over year end", u"2024-12-31T23:30:00-01:00"_s, u"2025-01-01T00:30:00.000Z"_s);
    row("micro and offset", u"2025-03-01T09:30:00.123456+02:00"_s, u"2025-03-01T07:30:00.123Z"_s);
    row("naive is UTC", u"2025-03-01T09:30:00"_s, u"2025-03-01T09:30:00.000Z"_s);
    row("naive micro", u"2025-03-01T09:30:00.123456"_s, u"2025-03-01T09:30:00.123Z"_s);
    row("naive DST gap", u"2025-03-30T02:30:00"_s, u"2025-03-30T02:30:00.000Z"_s);
    row("lower case t z", u"2025-03-01t09:30:00z"_s, u"2025-03-01T09:30:00.000Z"_s);
    row("space separator", u"2025-03-01 09:30:00.5"_s, u"2025-03-01T09:30:00.500Z"_s);
    row("leap day", u"2024-02-29T12:00:00Z"_s, u"2024-02-29T12:00:00.000Z"_s);

    row("empty", QString(), QString());
    row("blank", u" "_s, QString());
    row("garbage", u"garbage"_s, QString());
    row("30 February", u"2025-02-30T09:30:00Z"_s, QString());
    row("29 February 2023", u"2023-02-29T09:30:00Z"_s, QString());
    row("month 13", u"2025-13-01T09:30:00Z"_s, QString());
    row("hour 24", u"2025-03-01T24:00:00Z"_s, QString());
    row("minute 60", u"2025-03-01T09:60:00Z"_s, QString());
    row("leap second", u"2025-03-01T09:30:60Z"_s, QString());
    row("no seconds", u"2025-03-01T09:30Z"_s, QString());
    row("date only", u"2025-03-01"_s, QString());
    row("basic format", u"20250301T093000Z"_s, QString());
    row("short fields", u"2025-3-1T9:30:00Z"_s, QString());
    row("empty fraction", u"2025-03-01T09:30:00.Z"_s, QString());
    row("10 digits", u"2025-03-01T09:30:00.1234567890Z"_s, QString());
    row("comma fraction", u"2025-03-01T09:30:00,5Z"_s, QString());
    row("offset +2", u"2025-03-01T09:30:00+2"_s, QString());
    row("offset +02:", u"2025-03-01T09:30:00+02:"_s, QString());
    row("offset +02:0", u"2025-03-01T09:30:00+02:0"_s, QString());
    row("offset +24:00", u"2025-03-01T09:30:00+24:00"_s, QString());
    row("offset +02:60", u"2025-03-01T09:30:00+02:60"_s, QString());
    row("offset seconds", u"2025-03-01T09:30:00+02:00:00"_s, QString());
    row("unicode minus", u"2025-03-01T09:30:00\u221205:30"_s, QString());
    row("zone name", u"2025-03-01T09:30:00 UTC"_s, QString());
    row("Z then offset", u"2025-03-01T09:30:00Z+01:00"_s, QString());
    row("trailing space", u"2025-03-01T09:30:00Z "_s, QString());
    row("leading space", u" 2025-03-01T09:30:00Z"_s, QString());
    row("fullwidth digits", u"\uff12\uff10\uff12\uff15-03-01T09:30:00Z"_s, QString());
    row("year 0", u"0000-03-01T09:30:00Z"_s, QString());
    // Issue 15 item 9: instants Qt cannot write as ISO text (year 10000 in UTC, or in a local
    // zone up to 14 h away) were accepted and then exported as "".
    row("year 10000 in UTC", u"9999-12-31T23:59:59-01:00"_s, QString());
    row("year 10000 at +14:00", u"9999-12-31T11:00:00Z"_s, QString());
    row("year 0 in UTC", u"0001-01-01T00:30:00+01:00"_s, QString());
    row("year 0 at -14:00", u"0001-01-01T13:00:00Z"_s, QString());
    row("last printable", u"9999-12-31T10:00:00Z"_s, u"9999-12-31T10:00:00.000Z"_s);
    row("first printable", u"0001-01-01T14:00:00Z"_s, u"0001-01-01T14:00:00.000Z"_s);
}

void TestTicketJson::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const QDateTime dt = parseTimestamp(text);
    if (expected.isEmpty()) {
        QVERIFY2(!dt.isValid(), qPrintable(dt.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(dt.isValid());
    QCOMPARE(dt.timeSpec(), Qt::UTC);
    QCOMPARE(dt.toString(Qt::ISODateWithMs), expected);
}

// The field is named in the error, and an accepted edge value is exported exactly.
void TestTicketJson::unprintableDateNamesField()
{
    QJsonObject ticket = QJsonDocument::fromJson(readFixture(u"minimal.json"_s)).object();
    ticket.insert(u"updated_at"_s, u"9999-12-31T23:59:59-01:00"_s);
    ParseError error;
    QVERIFY(!parseTicket(QJsonDocument(ticket).toJson(), &error));
    QVERIFY2(error.toString().contains(u"updated_at"_s), qPrintable(error.toString()));
    QVERIFY2(error.toString().contains(u"date-time"_s), qPrintable(error.toString()));

    ticket.insert(u"updated_at"_s, u"9999-12-31T10:00:00Z"_s);
    const auto parsed = parseTicket(QJsonDocument(ticket).toJson());
    QVERIFY(parsed);
    QCOMPARE(ticketToJson(*parsed).value(u"updated_at"_s).toString(),
             u"9999-12-31T10:00:00.000Z"_s);
}

void TestTicketJson::toJsonFields()
{
    const std::optional<Ticket> ticket = parseTicket(readFixture(u"typical.json"_s));
    QVERIFY(ticket);
    const QJsonObject json = ticketToJson(*ticket);

    QCOMPARE(json.value("id"_L1).toString(), u"4fbac218-f27d-4c95-b8b4-481ce57630f5"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"in_progress"_s);
    QCOMPARE(json.value("severity"_L1).toString(), u"high"_s);
    QCOMPARE(json.value("is_tracked_by_team"_L1), QJsonValue(true));
    QCOMPARE(json.value("created_at"_L1).toString(), u"2025-03-03T08:14:22.481Z"_s);
    const QJsonObject attachment = json.value("attachments"_L1).toArray().at(2).toObject();
    QCOMPARE(attachment.value("size_bytes"_L1), QJsonValue(1048576));
    QCOMPARE(attachment.value("created_at"_L1).toString(), u"2025-03-03T10:47:29.031Z"_s);
    const QJsonObject comment = json.value("comments"_L1).toArray().at(1).toObject();
    QCOMPARE(comment.value("author_type"_L1).toString(), u"ai"_s);
    QCOMPARE(comment.keys(), QStringList({u"author_label"_s, u"author_type"_s, u"body"_s,
                                          u"created_at"_s, u"id"_s}));
    QCOMPARE(attachment.keys(), QStringList({u"content_type"_s, u"created_at"_s, u"filename"_s,
                                             u"id"_s, u"size_bytes"_s}));
    QCOMPARE(json.keys(),
             QStringList({u"ai_review_status"_s, u"ai_summary"_s, u"attachments"_s, u"category"_s,
                          u"cluster_id"_s, u"cluster_name"_s, u"comments"_s, u"created_at"_s,
                          u"description"_s, u"id"_s, u"is_tracked_by_team"_s, u"organisation_id"_s,
                          u"severity"_s, u"source"_s, u"status"_s, u"subject"_s, u"updated_at"_s}));

    // Absent optionals are written as null, not left out.
    const std::optional<Ticket> minimal = parseTicket(readFixture(u"minimal.json"_s));
    QVERIFY(minimal);
    const QJsonObject minimalJson = ticketToJson(*minimal);
    for (const char *key : {"cluster_id", "cluster_name", "severity", "ai_summary"}) {
        QVERIFY2(minimalJson.contains(QLatin1String(key)), key);
        QVERIFY2(minimalJson.value(QLatin1String(key)).isNull(), key);
    }
    QCOMPARE(minimalJson.value("is_tracked_by_team"_L1), QJsonValue(false));
    QCOMPARE(minimalJson.value("comments"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(minimalJson.value("attachments"_L1), QJsonValue(QJsonArray()));

    const std::optional<Ticket> nulls = parseTicket(readFixture(u"nulls.json"_s));
    QVERIFY(nulls);
    const QJsonObject nullComment
        = ticketToJson(*nulls).value("comments"_L1).toArray().at(0).toObject();
    QVERIFY(nullComment.contains("author_type"_L1));
    QVERIFY(nullComment.value("author_type"_L1).isNull());
}

void TestTicketJson::toJsonFromCode()
{
    // A ticket built in code has no raw strings: the schema's names are written.
    Ticket t;
    t.id = u"8f7c8f59-54b4-47d7-b0b1-5404c85537c7"_s;
    t.organisationId = u"b5cb17c5-574f-40e6-9ed7-2bc7f9e48ab7"_s;
    t.source = {Source::Cli, {}};
    t.category = {Category::FeatureRequest, {}};
    t.status = {Status::WaitingCustomer, {}};
    t.aiReviewStatus = {AiReview::Flagged, {}};
    t.severity = {Severity::Critical, {}};
    t.createdAt = parseTimestamp(u"2025-03-01T09:30:00.5+01:00"_s);
    t.updatedAt = t.createdAt;
    Comment c;
    c.id = u"4b44d16c-477d-44b3-a235-7912bcbee259"_s;
    c.authorType = {AuthorType::Team, {}};
    c.createdAt = t.createdAt;
    t.comments.append(c);

    const QJsonObject json = ticketToJson(t);
    QCOMPARE(json.value("source"_L1).toString(), u"cli"_s);
    QCOMPARE(json.value("category"_L1).toString(), u"feature_request"_s);
    QCOMPARE(json.value("status"_L1).toString(), u"waiting_customer"_s);
    QCOMPARE(json.value("ai_review_status"_L1).toString(), u"flagged"_s);
    QCOMPARE(json.value("severity"_L1).toString(), u"critical"_s);
    QCOMPARE(json.value("created_at"_L1).toString(), u"2025-03-01T08:30:00.500Z"_s);
    QCOMPARE(json.value("comments"_L1).toArray().at(0).toObject().value("author_type"_L1),
             QJsonValue(u"team"_s));
    const std::optional<Ticket> back = ticketFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->status.value, Status::WaitingCustomer);
    QCOMPARE(back->comments.at(0).authorType.value, AuthorType::Team);
}

void TestTicketJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QString &name : allFixtures())
        QTest::newRow(qPrintable(name)) << readFixture(name);
    QTest::newRow("factory 40x7") << makeTicketJson(40, 7, 3);
}

void TestTicketJson::roundTrip()
{
    QFETCH(QByteArray, json);

    ParseError error;
    const std::optional<Ticket> first = parseTicket(json, &error);
    QVERIFY2(first, qPrintable(error.toString()));
    const QByteArray written = QJsonDocument(ticketToJson(*first)).toJson();
    const std::optional<Ticket> second = parseTicket(written, &error);
    QVERIFY2(second, qPrintable(error.toString()));
    QVERIFY(*second == *first);
    // And the second writing is byte for byte the first: nothing drifts.
    QCOMPARE(QJsonDocument(ticketToJson(*second)).toJson(), written);
    // Every timestamp written is UTC with milliseconds.
    const QJsonObject object = ticketToJson(*second);
    QVERIFY(isoMillisUtc.match(object.value("created_at"_L1).toString()).hasMatch());
    QVERIFY(isoMillisUtc.match(object.value("updated_at"_L1).toString()).hasMatch());
    for (const QJsonValue &c : object.value("comments"_L1).toArray())
        QVERIFY(isoMillisUtc.match(c.toObject().value("created_at"_L1).toString()).hasMatch());
    for (const QJsonValue &a : object.value("attachments"_L1).toArray())
        QVERIFY(isoMillisUtc.match(a.toObject().value("created_at"_L1).toString()).hasMatch());
}

void TestTicketJson::factoryIsDeterministic()
{
    QCOMPARE(makeTicketJson(25, 4, 7), makeTicketJson(25, 4, 7));
    QVERIFY(makeTicketJson(25, 4, 7) != makeTicketJson(25, 4, 8));
    const std::optional<Ticket> ticket = parseTicket(makeTicketJson(25, 4, 7));
    QVERIFY(ticket);
    QCOMPARE(ticket->comments.size(), 25);
    QCOMPARE(ticket->attachments.size(), 4);
    // UUID v4: version nibble 4, variant 8-b.
    static const QRegularExpression v4(
        uR"(^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$)"_s);
    QVERIFY2(v4.match(ticket->id).hasMatch(), qPrintable(ticket->id));
    for (const Comment &c : ticket->comments) {
        QVERIFY2(v4.match(c.id).hasMatch(), qPrintable(c.id));
        QVERIFY(!c.authorLabel.isEmpty());
        QVERIFY(c.authorType.isKnown());
    }
}

void TestTicketJson::largeTicket()
{
    const QByteArray json = makeTicketJson(5000, 500);
    ParseError error;
    const std::optional<Ticket> ticket = parseTicket(json, &error);
    QVERIFY2(ticket, qPrintable(error.toString()));
    QCOMPARE(ticket->comments.size(), 5000);
    QCOMPARE(ticket->attachments.size(), 500);

    // Server order kept, ids distinct, every timestamp read.
    const QJsonArray raw = QJsonDocument::fromJson(json).object().value("comments"_L1).toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < ticket->comments.size(); ++i) {
        const Comment &c = ticket->comments.at(i);
        QCOMPARE(c.id, raw.at(i).toObject().value("id"_L1).toString());
        QVERIFY(c.createdAt.isValid());
        if (i > 0)
            QVERIFY(ticket->comments.at(i - 1).createdAt <= c.createdAt);
        ids.insert(c.id);
    }
    QCOMPARE(ids.size(), 5000);
    QVERIFY(ticket->comments.constLast().body.endsWith(u"(#5000)"_s));
    QCOMPARE(ticket->attachments.constLast().filename.section(u'.', 0, 0).section(u'-', -1),
             u"500"_s);
}

void TestTicketJson::largeTicketErrorPath()
{
    QJsonObject object = QJsonDocument::fromJson(makeTicketJson(5000, 10)).object();
    object = withValue(object, u"comments[4321].created_at"_s, u"2025-02-30T00:00:00Z"_s);
    ParseError error;
    QVERIFY(!ticketFromJson(object, &error));
    QCOMPARE(error.toString(), u"comments[4321].created_at: expected a date-time"_s);
}

void TestTicketJson::benchmarkLargeTicket()
{
    const QByteArray json = makeTicketJson(5000, 500);
    std::optional<Ticket> ticket;
    QBENCHMARK
    {
        ticket = parseTicket(json);
    }
    QVERIFY(ticket);
    QCOMPARE(ticket->comments.size(), 5000);
}

QTEST_GUILESS_MAIN(TestTicketJson)
#include "tst_ticketjson.moc"
