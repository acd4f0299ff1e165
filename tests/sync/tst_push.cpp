// The push client against a real push server on loopback: everything arrives once, lost answers
// and cut connections are resent safely, refusals are kept and shown, server errors surface.

#include "synctest.h"
#include "testledger.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

SyncOptions fastOptions(const TestLedger &server)
{
    SyncOptions options = fl::test::fastOptions();
    options.server = server.url();
    return options;
}

// Every change the device made is in the ledger once, byte for byte, and the outbox is empty.
void requireAllDelivered(TempStore &store, const TestLedger &server, const QList<OutboxEntry> &made)
{
    REQUIRE(server.ledger.size() == made.size());
    for (const auto &entry : made) {
        REQUIRE(server.ledger.contains(entry.changeId));
        REQUIRE(server.ledger.value(entry.changeId).payload == entry.payload);
    }
    REQUIRE(require(store->outboxStats()).changes == 0);
    REQUIRE(require(store->pendingChanges(1000, true)).isEmpty());
}

} // namespace

TEST_CASE("everything is pushed once and acknowledged", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    makeChanges(store, 20);
    const auto made = require(store->pendingChanges(1000));

    SyncClient client(*store.store, fastOptions(server));
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.accepted == 20);
    REQUIRE(report.duplicates == 0);
    REQUIRE(report.refused.isEmpty());
    REQUIRE(report.requests == 4); // pushes of 7 + 7 + 6, then one pull
    REQUIRE(server.pushRequests == 3);
    requireAllDelivered(store, server, made);

    // Nothing new: one quick run that only asks the ledger what is new.
    const int before = server.requests;
    const SyncReport again = require(client.syncAll());
    REQUIRE(again.requests == 1);
    REQUIRE(server.requests == before + 1);
    REQUIRE(server.pullRequests == 2);
    REQUIRE(server.ledger.size() == 20);
}

TEST_CASE("progress reaches the totals and never goes back", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    makeChanges(store, 15);
    const OutboxStats stats = require(store->outboxStats());

    SyncClient client(*store.store, fastOptions(server));
    QList<SyncProgress> seen;
    QObject::connect(&client, &SyncClient::progressChanged,
                     [&](const SyncProgress &progress) { seen << progress; });
    require(client.syncAll());
    REQUIRE(seen.size() >= 4);
    REQUIRE(seen.first().changesDone == 0);
    REQUIRE(seen.first().changesTotal == 15);
    REQUIRE(seen.first().bytesTotal == stats.changeBytes);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        REQUIRE(seen[i].changesDone >= seen[i - 1].changesDone);
        REQUIRE(seen[i].bytesDone >= seen[i - 1].bytesDone);
        REQUIRE(seen[i].bytesDone <= seen[i].bytesTotal);
    }
    REQUIRE(seen.last().changesDone == 15);
    REQUIRE(seen.last().changesTotal == 15);
    REQUIRE(seen.last().bytesDone == stats.changeBytes);
    REQUIRE(seen.last().bytesTotal == stats.changeBytes);
}

TEST_CASE("a lost answer is resent and acknowledged as duplicates, nothing lost", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    makeChanges(store, 10);
    const auto made = require(store->pendingChanges(1000));
    server.dropAnswers = 1; // the first batch is applied but its answer never arrives

    SyncClient client(*store.store, fastOptions(server));
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.retries == 1);
    REQUIRE(report.duplicates == 7);
    REQUIRE(report.accepted == 3);
    requireAllDelivered(store, server, made);
}

TEST_CASE("a connection cut mid-batch, then a new sync: each change acknowledged once", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    makeChanges(store, 12);
    const auto made = require(store->pendingChanges(1000));
    server.cutAfterChanges = 4;

    SyncOptions options = fastOptions(server);
    options.maxAttempts = 1; // give up at once: the device goes out of coverage
    SyncClient interrupted(*store.store, options);
    auto failed = interrupted.syncAll();
    REQUIRE_FALSE(failed.ok());
    REQUIRE(failed.error().code == ErrorCode::Io);
    REQUIRE(server.ledger.size() == 4);
    // Nothing was acknowledged without an answer, nothing deleted.
    REQUIRE(require(store->outboxStats()).changes == 12);

    SyncClient resumed(*store.store, fastOptions(server));
    const SyncReport report = require(resumed.syncAll());
    REQUIRE(report.duplicates == 4);
    REQUIRE(report.accepted == 8);
    requireAllDelivered(store, server, made);
}

TEST_CASE("a refused change stays in the outbox and is listed with its reason", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    const QStringList ids = makeChanges(store, 5);
    server.refuse = [&](const QJsonObject &change) -> std::optional<std::pair<QString, QString>> {
        if (change.value(u"recordId"_s).toString() == ids[2])
            return std::pair(u"invalid-record"_s, u"latitude 95.2 is out of range"_s);
        return std::nullopt;
    };

    SyncClient client(*store.store, fastOptions(server));
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.accepted == 4);
    REQUIRE(report.refused.size() == 1);
    REQUIRE(report.refused[0].recordId == ids[2]);
    REQUIRE(report.refused[0].code == u"invalid-record"_s);

    const auto refusals = require(store->refusals());
    REQUIRE(refusals.size() == 1);
    REQUIRE(refusals[0].recordId == ids[2]);
    REQUIRE(refusals[0].reason == u"latitude 95.2 is out of range"_s);
    const OutboxStats stats = require(store->outboxStats());
    REQUIRE(stats.changes == 1);
    REQUIRE(stats.refused == 1);
    REQUIRE(require(store->record(ids[2])).meta.id == ids[2]); // the record itself is kept

    // Not re-sent by the next sync...
    const int requests = server.pushRequests;
    require(client.syncAll());
    REQUIRE(server.pushRequests == requests);
    // ... until the user resolves it.
    server.refuse = {};
    requireOk(store->clearRefusal(refusals[0].changeId));
    const SyncReport retried = require(client.syncAll());
    REQUIRE(retried.accepted == 1);
    REQUIRE(require(store->outboxStats()).changes == 0);
    REQUIRE(require(store->refusals()).isEmpty());
}

TEST_CASE("503 answers are retried with backoff until the server is back", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    makeChanges(store, 3);
    const auto made = require(store->pendingChanges(1000));
    server.unavailable = 2;

    SyncClient client(*store.store, fastOptions(server));
    QList<int> delays;
    QObject::connect(&client, &SyncClient::retrying,
                     [&](int, int, int delayMs, const QString &reason) {
                         delays << delayMs;
                         REQUIRE(reason.contains(u"503"_s));
                     });
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.retries == 2);
    REQUIRE(delays.size() == 2);
    for (int delay : delays)
        REQUIRE(delay <= 5);
    requireAllDelivered(store, server, made);

    SECTION("and give up after the last attempt, keeping everything")
    {
        makeChanges(store, 2);
        server.unavailable = 100;
        SyncOptions options = fastOptions(server);
        options.maxAttempts = 3;
        SyncClient giveUp(*store.store, options);
        auto failed = giveUp.syncAll();
        REQUIRE_FALSE(failed.ok());
        REQUIRE(failed.error().message.contains(u"after 3 tries"_s));
        REQUIRE(require(store->outboxStats()).changes == 2);
    }
}

TEST_CASE("a 400 answer stops the sync with the server's message", "[sync]")
{
    TestLedger server;
    TempStore store;
    enrolDirectly(store, server);
    makeChanges(store, 3);
    server.badRequest = QJsonObject{{u"code"_s, u"invalid-request"_s},
                                    {u"message"_s, u"signature is not base64"_s},
                                    {u"field"_s, u"changes[0].signature"_s}};

    SyncClient client(*store.store, fastOptions(server));
    auto failed = client.syncAll();
    REQUIRE_FALSE(failed.ok());
    REQUIRE(failed.error().code == ErrorCode::InvalidInput);
    REQUIRE(failed.error().message.contains(u"signature is not base64"_s));
    REQUIRE(failed.error().message.contains(u"invalid-request"_s));
    REQUIRE(server.pushRequests == 1); // not retried
    REQUIRE(require(store->outboxStats()).changes == 3);
}

TEST_CASE("an unreachable server fails after bounded retries, keeping the outbox", "[sync]")
{
    TempStore store;
    makeChanges(store, 2);
    {
        TestLedger gone; // enrol, take a free port, then close it
        enrolDirectly(store, gone);
    }
    SyncOptions options = fastOptions();
    options.maxBackoffMs = 2;
    options.maxAttempts = 3;
    SyncClient client(*store.store, options); // the enrolled server, now gone
    auto failed = client.syncAll();
    REQUIRE_FALSE(failed.ok());
    REQUIRE(client.stop().code == u"unreachable"_s);
    REQUIRE(failed.error().message.contains(u"could not reach the ledger"_s));
    REQUIRE(client.report().retries == 2);
    REQUIRE(require(store->outboxStats()).changes == 2);
}
