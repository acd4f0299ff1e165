// Faults on both sides of a sync: ledgerd killed with SIGKILL in the middle of a push and of a
// blob upload; a real `fieldctl sync` through a proxy that drops, stalls and truncates
// connections; `fieldctl` itself killed mid-sync. After recovery and a final sync, the ledger
// holds exactly the device's changes, each once, in order, byte for byte, every file checks, and
// `ledgerd verify` passes. Runs on SQLite and (test_server_pg) PostgreSQL.

#include "ledgerdharness.h"

#include "faultproxy.h"
#include "ledger/sql/connection.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

// Sends a request and kills the server `afterMs` later, whether or not it answered.
void sendAndKill(LedgerdProcess &server, const QByteArray &method, const QString &path,
                 const QByteArray &body, const QString &token, int afterMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.baseUrl() + path));
    request.setRawHeader("FieldLedger-Protocol", "1");
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(afterMs, &loop, [&] {
        server.kill();
        loop.quit();
    });
    loop.exec();
    reply->abort();
    reply->deleteLater();
}

QList<QByteArray> ledgerPayloads(const QString &db)
{
    auto connection = ledger::sql::openConnection(db, false);
    REQUIRE(connection.ok());
    auto rows = (*connection)->query("SELECT payload FROM ledger_entries ORDER BY seq");
    REQUIRE(rows.ok());
    QList<QByteArray> payloads;
    for (const auto &row : *rows)
        payloads << row.blob(0);
    return payloads;
}

// A device with many small changes: 400 complaint cases.
QList<QByteArray> manyChanges(Device &device)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 400; ++i) {
        auto saved = device.store().createRecord(
            RecordKind::ComplaintCase, samples::complaint(now - 3'600'000 + i).toJson(), kAuthor);
        REQUIRE(saved.ok());
    }
    return device.pendingPayloads();
}

// A device store with a field team's backlog: patrols with tracks and photos of 1.5 MB, closed
// between syncs so that fieldctl can open it.
struct FieldBacklog
{
    QTemporaryDir dir;
    QString path;
    QList<QByteArray> payloads; // what the ledger must end up with, in outbox order
    QStringList files;          // sha256 of every photo
    QRandomGenerator random{99};

    explicit FieldBacklog(int patrols)
    {
        path = dir.filePath(u"device"_s);
        REQUIRE(Store::create(path).ok());
        addPatrols(patrols);
    }

    // Another day in the field: `count` patrols, each with a track and a photo.
    void addPatrols(int count)
    {
        auto opened = Store::open(path);
        REQUIRE(opened.ok());
        Store &store = **opened;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            auto patrol = store.createRecord(
                RecordKind::Patrol, samples::patrol(now - 7'200'000 + i * 1000).toJson(), kAuthor);
            REQUIRE(patrol.ok());
            REQUIRE(store.appendTrack(patrol->meta.id, samples::walk(now - 7'000'000, 200), kAuthor)
                        .ok());
            QByteArray photo(int(1.5 * 1024 * 1024) + int(files.size()), Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
            EvidenceCapture capture;
            capture.sourcePath = u"IMG_%1.jpg"_s.arg(files.size());
            capture.linkedRecordId = patrol->meta.id;
            capture.capturedAtMs = now - 3'600'000;
            auto evidence = store.addEvidenceBytes(photo, capture, kAuthor);
            REQUIRE(evidence.ok());
            files << evidence->body[u"sha256"_s].toString();
        }
        // Earlier days were all acknowledged: what is pending now is this day's changes.
        for (const auto &entry : store.pendingChanges(10'000).value())
            payloads << entry.payload;
    }
};

// Runs fieldctl to its end while this thread's event loop keeps running (the proxy lives on it);
// kills it after `killAfterMs` when that is set.
ProgramRun fieldctl(const QStringList &args, int killAfterMs = 0)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &process, [&] { process.kill(); });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(FIELDCTL_BINARY), args);
    REQUIRE(process.waitForStarted(5000));
    if (killAfterMs > 0)
        killer.start(killAfterMs);
    limit.start(120'000);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    REQUIRE(process.state() == QProcess::NotRunning);
    const bool killed = process.exitStatus() == QProcess::CrashExit;
    return {killed ? -9 : process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void enrolWithFieldctl(LedgerdProcess &server, const FieldBacklog &backlog)
{
    const ProgramRun enrol =
        fieldctl({u"--store"_s, backlog.path, u"enrol"_s, u"--server"_s, server.baseUrl(),
                  u"--code"_s, server.enrolmentCode(u"field"_s, u"river-chief"_s, u"650102"_s)});
    INFO(enrol.out.toStdString() << enrol.err.toStdString());
    REQUIRE(enrol.exitCode == 0);
}

// The ledger holds exactly the device's changes, once each, in order, byte for byte, with every
// file complete and hashing to its name (verify rehashes them).
void requireExactly(LedgerdProcess &server, const FieldBacklog &backlog)
{
    CHECK(ledgerPayloads(server.db()) == backlog.payloads);
    auto connection = ledger::sql::openConnection(server.db(), false);
    REQUIRE(connection.ok());
    auto blobs = (*connection)->query("SELECT sha256 FROM blobs WHERE complete = 1");
    REQUIRE(blobs.ok());
    QStringList stored;
    for (const auto &row : *blobs)
        stored << row.text(0);
    stored.sort();
    QStringList expected = backlog.files;
    expected.sort();
    CHECK(stored == expected);
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
}

} // namespace

TEST_CASE("a device syncing through a proxy that drops, stalls and truncates loses and doubles "
          "nothing",
          "[faults][e2e]")
{
    LedgerdProcess server;
    FieldBacklog backlog(4);
    enrolWithFieldctl(server, backlog);
    const QUrl upstream(server.baseUrl());
    FaultProxy proxy(upstream.host(), quint16(upstream.port()));
    REQUIRE(proxy.listen());
    FaultPlan plan;
    plan.dropChance = 0.3;
    plan.stallChance = 0.1;
    plan.stallMs = 400;
    plan.truncateChance = 0.2;
    plan.seed = 20261123;
    plan.windowBytes = 4096; // within a push answer, a pull page, the first bytes of a chunk
    proxy.setPlan(plan);

    const QStringList sync{
        u"--store"_s,    backlog.path,     u"sync"_s,         u"--server"_s, proxy.url().toString(),
        u"--attempts"_s, u"3"_s,           u"--backoff-ms"_s, u"20"_s,       u"--batch"_s,
        u"5"_s,          u"--chunk-kib"_s, u"256"_s};
    // Six days in the field, each synced over the bad line until a run reports success.
    int runs = 0;
    for (int day = 0; day < 6; ++day) {
        if (day > 0)
            backlog.addPatrols(2);
        bool synced = false;
        for (int attempt = 0; attempt < 20 && !synced; ++attempt, ++runs) {
            const ProgramRun run = fieldctl(sync);
            INFO(run.err.toStdString());
            CHECK((run.exitCode == 0 || run.exitCode == 1)); // a failed sync, never a crash
            synced = run.exitCode == 0;
        }
        REQUIRE(synced);
    }
    QString decisions;
    for (const FaultDecision &d : proxy.decisions())
        decisions += describe(d) + u"; "_s;
    INFO("fieldctl sync runs through the proxy: "
         << runs << ", connections: " << proxy.connections()
         << ", faults injected: " << proxy.faultsInjected() << ": " << decisions.toStdString());
    CHECK(proxy.faultsInjected() >= 5);
    // A final sync on a clean line has nothing left to do.
    proxy.setEnabled(false);
    const ProgramRun last = fieldctl(sync);
    INFO(last.out.toStdString() << last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    CHECK(last.out.contains(u"0 accepted"_s));
    requireExactly(server, backlog);
}

TEST_CASE("fieldctl killed mid-sync loses and doubles nothing", "[faults][e2e]")
{
    LedgerdProcess server;
    FieldBacklog backlog(12);
    enrolWithFieldctl(server, backlog);
    const QStringList sync{u"--store"_s, backlog.path, u"sync"_s, u"--chunk-kib"_s, u"256"_s};
    QRandomGenerator random(7);
    for (int round = 0; round < 6; ++round) {
        const ProgramRun run = fieldctl(sync, 30 + int(random.bounded(400)));
        INFO(run.err.toStdString());
        CHECK((run.exitCode == -9 || run.exitCode == 0));
        // Whatever the ledger holds so far is a prefix of the outbox, and it verifies.
        const QList<QByteArray> stored = ledgerPayloads(server.db());
        CHECK(stored == backlog.payloads.mid(0, stored.size()));
    }
    const ProgramRun last = fieldctl(sync);
    INFO(last.out.toStdString() << last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    requireExactly(server, backlog);
}

TEST_CASE("ledgerd killed during a push loses and doubles nothing", "[server][faults]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QList<QByteArray> sent = manyChanges(device);
    const QByteArray body = QJsonDocument(device.pushRequest(sent)).toJson(QJsonDocument::Compact);
    QRandomGenerator random(4242);

    for (int round = 0; round < 4; ++round) {
        sendAndKill(server, "POST", u"/v1/push"_s, body, device.token(),
                    20 + int(random.bounded(200)));
        const QList<QByteArray> stored = ledgerPayloads(server.db());
        INFO("round " << round << ": " << stored.size() << " changes stored before the kill");
        REQUIRE(stored.size() <= sent.size());
        CHECK(stored == sent.mid(0, stored.size())); // a prefix, in order, byte for byte
        CHECK(runVerify(server.db()).exitCode == 0);
        server.start();
    }
    const HttpReply final = server.push(device.pushRequest(sent), device.token());
    REQUIRE(final.status == 200);
    for (const QJsonValue &r : final.json[u"results"_s].toArray())
        CHECK(r[u"status"_s].toString() != u"refused"_s);
    CHECK(ledgerPayloads(server.db()) == sent);
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("ledgerd killed during a blob upload keeps a consistent partial copy", "[server][faults]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    QByteArray file(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(77);
    random.fillRange(reinterpret_cast<quint32 *>(file.data()), file.size() / 4);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    constexpr qint64 kChunk = 4 * 1024 * 1024;
    const auto missing = [&] {
        const QByteArray ask =
            QJsonDocument(
                QJsonObject{{u"blobs"_s, QJsonArray{QJsonObject{{u"sha256"_s, sha},
                                                                {u"size"_s, file.size()}}}}})
                .toJson();
        const HttpReply reply = server.post(u"/v1/blobs/missing"_s, ask, "1", device.token());
        REQUIRE(reply.status == 200);
        return reply.json[u"missing"_s].toArray();
    };

    // Kill while a chunk is on its way, several times, resuming where the ledger says.
    for (int round = 0; round < 3; ++round) {
        const QJsonArray before = missing();
        REQUIRE(before.size() == 1);
        const qint64 offset = qint64(before[0][u"received"_s].toDouble());
        CHECK(offset % kChunk == 0); // a chunk is stored whole or not at all
        sendAndKill(server, "PUT",
                    u"/v1/blobs/%1?offset=%2&size=%3"_s.arg(sha).arg(offset).arg(file.size()),
                    file.mid(offset, kChunk), device.token(), 5 + int(random.bounded(60)));
        server.start();
    }
    // Finish the upload from wherever it stopped.
    while (true) {
        const QJsonArray left = missing();
        if (left.isEmpty())
            break;
        const qint64 offset = qint64(left[0][u"received"_s].toDouble());
        const HttpReply chunk = server.send(
            "PUT", u"/v1/blobs/%1?offset=%2&size=%3"_s.arg(sha).arg(offset).arg(file.size()),
            file.mid(offset, kChunk), "1", device.token());
        INFO(chunk.body.toStdString());
        REQUIRE(chunk.status == 200);
    }
    auto connection = ledger::sql::openConnection(server.db(), false);
    REQUIRE(connection.ok());
    auto blobs = (*connection)->query("SELECT count(*), min(complete) FROM blobs");
    REQUIRE(blobs.ok());
    CHECK(blobs->first().int64(0) == 1);
    CHECK(blobs->first().int64(1) == 1);
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.output.contains(u"1 files"_s));
}
