#include "support/ticketfactory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <array>

namespace Ankra::Test {
namespace {

using namespace Qt::StringLiterals;

// splitmix64: tiny and fully specified, so the output cannot change with the Qt or libstdc++
// version (QRandomGenerator::bounded() makes no such promise).
class Random final
{
public:
    explicit Random(quint32 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }

    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(int(N)))];
    }

    // A version 4, variant 1 UUID, lower case.
    QString uuid()
    {
        const quint64 hi = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const quint64 lo = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        const QString h = u"%1"_s.arg(hi, 16, 16, QChar(u'0'));
        const QString l = u"%1"_s.arg(lo, 16, 16, QChar(u'0'));
        return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + l.left(4) + u'-'
               + l.mid(4);
    }

private:
    quint64 m_state;
};

constexpr std::array<QStringView, 4> customers{u"Maria Keller", u"Tomasz Nowak", u"Priya Raman",
                                               u"Jonas Lindqvist"};
constexpr std::array<QStringView, 3> engineers{u"Sam (Ankra)", u"Aiko (Ankra)", u"Ravi (Ankra)"};

constexpr std::array<QStringView, 8> customerLines{
    u"The `ingress-nginx` controller on **prod-eu-1** keeps restarting after the upgrade.",
    u"Pods in `payments` are stuck in `CrashLoopBackOff`; logs attached.",
    u"We rolled back the Helm release but the stack still shows as *degraded*.",
    u"`kubectl get nodes` shows two nodes `NotReady` since 09:40 UTC.",
    u"Can you check whether the ArgoCD sync is blocked by the new network policy?",
    u"Still seeing 502s from the load balancer, roughly one request in twenty.",
    u"Adding the output of `kubectl describe pod api-7c9d8f-x2k4q` below.",
    u"Confirmed: the problem started right after the node pool resize.",
};
constexpr std::array<QStringView, 6> teamLines{
    u"Thanks, looking into it now. Could you run `kubectl get events -n payments`?",
    u"The cert-manager webhook was timing out; we raised its resources.\n\n- webhook: 256Mi\n"
    u"- cainjector: 512Mi",
    u"We pushed a fix to the stack template. Please re-sync the add-on.",
    u"See the runbook: [Debugging CrashLoopBackOff](https://docs.ankra.io/runbooks/crashloop).",
    u"Node `ip-10-0-3-17` ran out of disk; we drained and replaced it.",
    u"Can you confirm the error rate is back to normal on your side?",
};
constexpr std::array<QStringView, 3> aiLines{
    u"Likely cause: the readiness probe hits `/healthz` before the app is listening. Suggest "
    u"`initialDelaySeconds: 20`.",
    u"Similar tickets were resolved by upgrading the CNI plugin to the latest patch version.",
    u"The attached log shows `OOMKilled` for the `worker` container (limit 512Mi).",
};
constexpr std::array<QStringView, 3> systemLines{
    u"Status changed from **open** to **in_progress**.",
    u"Severity set to **high**.",
    u"Ticket assigned to the platform team.",
};

struct AttachmentKind
{
    QStringView stem;
    QStringView extension;
    QStringView contentType;
};
constexpr std::array<AttachmentKind, 5> attachmentKinds{{
    {u"pod-logs", u"log", u"text/plain"},
    {u"grafana-dashboard", u"png", u"image/png"},
    {u"values", u"yaml", u"application/yaml"},
    {u"incident-report", u"pdf", u"application/pdf"},
    {u"kubectl-describe", u"txt", u"text/plain"},
}};

QString stamp(const QDateTime &t, int micros)
{
    return t.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u'.' + u"%1"_s.arg(micros, 6, 10, QChar(u'0'))
           + u'Z';
}

} // namespace

QByteArray makeTicketJson(int comments, int attachments, quint32 seed)
{
    Random random(seed);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QDateTime start(QDate(2025, 1, 13), QTime(8, 0), QTimeZone::UTC);
#else
    const QDateTime start(QDate(2025, 1, 13), QTime(8, 0), Qt::UTC);
#endif
    QDateTime clock = start;
    const QString ticketId = random.uuid();

    QJsonArray commentArray;
    for (int i = 0; i < comments; ++i) {
        clock = clock.addSecs(60 + random.below(3600));
        QString author, type, body;
        switch (random.below(10)) {
        case 0:
            author = u"Ankra AI"_s;
            type = u"ai"_s;
            body = random.pick(aiLines).toString();
            break;
        case 1:
            author = u"System"_s;
            type = u"system"_s;
            body = random.pick(systemLines).toString();
            break;
        case 2:
        case 3:
        case 4:
            author = random.pick(engineers).toString();
            type = u"team"_s;
            body = random.pick(teamLines).toString();
            break;
        default:
            author = random.pick(customers).toString();
            type = u"customer"_s;
            body = random.pick(customerLines).toString();
        }
        commentArray.append(QJsonObject{
            {u"id"_s, random.uuid()},
            {u"author_label"_s, author},
            {u"author_type"_s, type},
            {u"body"_s, u"%1 (#%2)"_s.arg(body).arg(i + 1)},
            {u"created_at"_s, stamp(clock, random.below(1000000))},
        });
    }

    QJsonArray attachmentArray;
    for (int i = 0; i < attachments; ++i) {
        const AttachmentKind &kind = random.pick(attachmentKinds);
        attachmentArray.append(QJsonObject{
            {u"id"_s, random.uuid()},
            {u"filename"_s, u"%1-%2.%3"_s.arg(kind.stem).arg(i + 1).arg(kind.extension)},
            {u"content_type"_s, kind.contentType.toString()},
            {u"size_bytes"_s, 200 + random.below(8 * 1024 * 1024)},
            {u"created_at"_s, stamp(start.addSecs(600 + 97 * i), random.below(1000000))},
        });
    }

    const QDateTime updated = clock.addSecs(120);
    const QJsonObject ticket{
        {u"id"_s, ticketId},
        {u"organisation_id"_s, random.uuid()},
        {u"source"_s, u"portal"_s},
        {u"category"_s, u"technical"_s},
        {u"subject"_s, u"Ingress controller restarting on prod-eu-1 after upgrade"_s},
        {u"description"_s,
         u"After upgrading the **ingress-nginx** add-on, the controller pods restart every few "
         u"minutes.\n\n```\nkubectl -n ingress-nginx get pods\n```\n\nStarted around 08:00 UTC."_s},
        {u"status"_s, u"in_progress"_s},
        {u"ai_review_status"_s, u"passed"_s},
        {u"created_at"_s, stamp(start, 0)},
        {u"updated_at"_s, stamp(updated, 0)},
        {u"cluster_id"_s, random.uuid()},
        {u"cluster_name"_s, u"prod-eu-1"_s},
        {u"severity"_s, u"high"_s},
        {u"ai_summary"_s,
         u"The ingress controller is crash-looping after an add-on upgrade; the team is "
         u"checking resource limits."_s},
        {u"is_tracked_by_team"_s, true},
        {u"comments"_s, commentArray},
        {u"attachments"_s, attachmentArray},
    };
    return QJsonDocument(ticket).toJson(QJsonDocument::Compact);
}

} // namespace Ankra::Test

namespace Ankra::Test {

QString largeText(qsizetype chars, bool lines)
{
    static const QString words = u"Pods restart after the node pool upgrade; logs attached. "_s;
    QString text;
    text.reserve(chars);
    qsizetype column = 0;
    while (text.size() < chars) {
        for (QChar c : words) {
            if (text.size() >= chars)
                break;
            if (lines && column >= 100 && c == u' ') {
                text += u'\n';
                column = 0;
                continue;
            }
            text += c;
            ++column;
        }
    }
    return text;
}

QByteArray makeLargeFieldTicketJson(const QString &field, qsizetype chars, bool lines)
{
    QJsonObject ticket = QJsonDocument::fromJson(makeTicketJson(3, 1)).object();
    ticket.insert(field, largeText(chars, lines));
    return QJsonDocument(ticket).toJson(QJsonDocument::Compact);
}

QByteArray makeLargeCommentTicketJson(qsizetype chars)
{
    QJsonObject ticket = QJsonDocument::fromJson(makeTicketJson(3, 1)).object();
    QJsonArray comments = ticket.value(u"comments"_s).toArray();
    QJsonObject comment = comments.at(1).toObject();
    comment.insert(u"body"_s, largeText(chars, true));
    comments.replace(1, comment);
    ticket.insert(u"comments"_s, comments);
    return QJsonDocument(ticket).toJson(QJsonDocument::Compact);
}

} // namespace Ankra::Test
