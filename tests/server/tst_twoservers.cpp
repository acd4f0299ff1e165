// Two ledgerd processes on one database (PostgreSQL in the _pg run; one SQLite file otherwise,
// where SQLite's write lock serialises them): devices push at the same time, alternating between
// the servers, and the ledger still holds every change exactly once, seq 1..N without gaps, and
// its chain verifies.

#include "ledgerdharness.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

#include <sodium.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

// One request of a device's sync.
struct Step
{
    int server = 0;
    QByteArray method;
    QString path;
    QByteArray body;
    QString changeId; // a push of one change: its id
};

// A device's requests, sent one after the other as a device does.
struct Lane
{
    QString token;
    QList<Step> steps;
};

struct Answer
{
    int lane = 0;
    Step step;
    int status = 0;
    QJsonObject json;
};

// Sends every lane's steps in order, all lanes at once, each request as soon as the lane's
// previous one is answered, so requests to both servers overlap. Catch macros stay out of the
// callbacks (they must not throw through Qt's event loop): the answers are checked afterwards.
QList<Answer> runLanes(const QList<Lane> &lanes, const QList<LedgerdProcess *> &servers)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    QList<Answer> answers;
    QList<int> next(lanes.size(), 0);
    int running = int(lanes.size());
    std::function<void(int)> sendNext = [&](int lane) {
        if (next[lane] >= lanes[lane].steps.size()) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const Step &step = lanes[lane].steps[next[lane]];
        QNetworkRequest request(QUrl(servers[step.server]->baseUrl() + step.path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("FieldLedger-Protocol", "1");
        request.setRawHeader("Authorization", "Bearer " + lanes[lane].token.toLatin1());
        request.setTransferTimeout(30'000);
        QNetworkReply *reply = nam.sendCustomRequest(request, step.method, step.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, lane, step] {
            Answer answer{
                lane, step, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), {}};
            answer.json = QJsonDocument::fromJson(reply->readAll()).object();
            answers << answer;
            reply->deleteLater();
            ++next[lane];
            sendNext(lane);
        });
    };
    for (int lane = 0; lane < lanes.size(); ++lane)
        sendNext(lane);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(120'000);
    if (running > 0)
        loop.exec();
    return answers;
}

QString describe(const Answer &a)
{
    return u"lane %1 %2 %3 -> %4 %5"_s.arg(a.lane)
        .arg(QString::fromLatin1(a.step.method), a.step.path.left(90))
        .arg(a.status)
        .arg(QString::fromUtf8(QJsonDocument(a.json).toJson(QJsonDocument::Compact).left(300)));
}

} // namespace

TEST_CASE("two ledgerd on one database take concurrent pushes: every change once, seq 1 to N "
          "without gaps",
          "[server][concurrency]")
{
    TestLedgerDatabase database;
    LedgerdProcess one(database);
    LedgerdProcess two(database);
    const QList<LedgerdProcess *> servers{&one, &two};
    CHECK(one.isPostgres() == database.isPostgres());

    constexpr int kDevices = 6;
    std::vector<std::unique_ptr<Device>> devices;
    QList<Lane> lanes, resends;
    QList<QList<QByteArray>> sent;
    QByteArray shared(512 * 1024, Qt::Uninitialized); // one file every device sends
    randombytes_buf(shared.data(), size_t(shared.size()));
    const QString sharedSha =
        QString::fromLatin1(QCryptographicHash::hash(shared, QCryptographicHash::Sha256).toHex());
    for (int d = 0; d < kDevices; ++d) {
        auto &device = devices.emplace_back(std::make_unique<Device>());
        device->enrol(*servers[d % 2], u"office%1"_s.arg(d));
        device->recordFieldDay();
        device->recordFieldDay();
        const QList<QByteArray> payloads = device->pendingPayloads();
        sent << payloads;
        Lane lane{device->token(), {}};
        int turn = d;
        lane.steps << Step{turn++ % 2,
                           "PUT",
                           u"/v1/blobs/%1?offset=0&size=%2"_s.arg(sharedSha).arg(shared.size()),
                           shared,
                           {}};
        for (const QByteArray &payload : payloads) {
            const QJsonObject change = parseObject(payload);
            if (change[u"kind"_s].toString() == u"evidence"_s) {
                const QString sha = change[u"body"_s][u"sha256"_s].toString();
                QFile file(device->store().blobPath(sha));
                REQUIRE(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                lane.steps << Step{turn++ % 2,
                                   "PUT",
                                   u"/v1/blobs/%1?offset=0&size=%2"_s.arg(sha).arg(bytes.size()),
                                   bytes,
                                   {}};
            }
            lane.steps << Step{turn++ % 2, "POST", u"/v1/push"_s,
                               QJsonDocument(device->pushRequest({payload})).toJson(),
                               change[u"changeId"_s].toString()};
        }
        lanes << lane;
        // Later every device sends its whole batch again, to the other server.
        resends << Lane{device->token(),
                        {Step{(d + 1) % 2,
                              "POST",
                              u"/v1/push"_s,
                              QJsonDocument(device->pushRequest(payloads)).toJson(),
                              {}}}};
    }
    qsizetype total = 0;
    for (const auto &payloads : std::as_const(sent))
        total += payloads.size();

    const QList<Answer> answers = runLanes(lanes, servers);
    QStringList problems;
    QHash<QString, qint64> seqOf;
    for (const Answer &a : answers) {
        if (a.status != 200) {
            problems << describe(a);
            continue;
        }
        if (a.step.method == "PUT") {
            if (!a.json[u"complete"_s].toBool())
                problems << describe(a);
            continue;
        }
        const QJsonObject r = a.json[u"results"_s][0].toObject();
        if (r[u"status"_s].toString() != u"accepted"_s ||
            r[u"changeId"_s].toString() != a.step.changeId)
            problems << describe(a);
        seqOf.insert(a.step.changeId, qint64(r[u"seq"_s].toDouble()));
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    qsizetype steps = 0;
    for (const Lane &lane : std::as_const(lanes))
        steps += lane.steps.size();
    REQUIRE(answers.size() == steps);

    // Every change once, at its own seq, the seqs 1..N, and each device's in its own order.
    REQUIRE(seqOf.size() == total);
    const QList<qint64> seqList = seqOf.values();
    const QSet<qint64> seqs(seqList.begin(), seqList.end());
    CHECK(seqs.size() == total);
    for (qint64 s = 1; s <= total; ++s)
        CHECK(seqs.contains(s));
    for (const auto &payloads : std::as_const(sent)) {
        for (qsizetype i = 1; i < payloads.size(); ++i)
            CHECK(seqOf.value(parseObject(payloads[i - 1])[u"changeId"_s].toString()) <
                  seqOf.value(parseObject(payloads[i])[u"changeId"_s].toString()));
    }
    const QString db = database.db();
    CHECK(queryNumber(db, "SELECT count(*) FROM ledger_entries") == total);
    CHECK(queryNumber(db, "SELECT count(DISTINCT change_id) FROM ledger_entries") == total);
    CHECK(queryNumber(db, "SELECT min(seq) FROM ledger_entries") == 1);
    CHECK(queryNumber(db, "SELECT max(seq) FROM ledger_entries") == total);
    CHECK(queryNumber(db, "SELECT seq FROM ledger_head") == total);
    CHECK(queryNumber(db, "SELECT count(*) FROM blobs WHERE sha256 = ?1", {sharedSha}) == 1);
    CHECK(queryNumber(db, "SELECT count(*) FROM blob_chunks WHERE sha256 = ?1", {sharedSha}) == 1);

    // Everything again, all at once, to the other server: duplicates at the same seqs.
    const QList<Answer> again = runLanes(resends, servers);
    REQUIRE(again.size() == kDevices);
    QStringList notDuplicates;
    for (const Answer &a : again) {
        const QJsonArray results = a.json[u"results"_s].toArray();
        if (a.status != 200 || results.size() != sent[a.lane].size()) {
            notDuplicates << describe(a);
            continue;
        }
        for (const auto &r : results) {
            if (r[u"status"_s].toString() != u"duplicate"_s ||
                qint64(r[u"seq"_s].toDouble()) != seqOf.value(r[u"changeId"_s].toString()))
                notDuplicates << describe(a);
        }
    }
    INFO(notDuplicates.join(u'\n').toStdString());
    CHECK(notDuplicates.isEmpty());
    CHECK(queryNumber(db, "SELECT count(*) FROM ledger_entries") == total);

    CHECK(one.healthy());
    CHECK(two.healthy());
    one.stop();
    two.stop();
    const VerifyRun verify = runVerify(db);
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.output.startsWith(u"ok: %1 entries"_s.arg(total)));
}
