// GET /v1/pull against a real ledgerd: pages that together hold every change the user may see
// exactly once, in seq order and byte for byte, the current state of their records, a cursor
// that picks up only what is new, and the role and division scope.

#include "ledgerdharness.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

// What a device pushed: the signed change as it went over the wire, by change id.
struct Sent
{
    QString deviceId;
    QByteArray payload;
    QString signature;
};

// Pushes the device's pending changes (files first) and keeps what was sent; all must be
// accepted.
void pushAll(LedgerdProcess &server, Device &device, QHash<QString, Sent> &sent)
{
    const QList<QByteArray> payloads = device.pendingPayloads();
    const HttpReply reply = device.push(server, payloads);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonArray results = reply.json[u"results"_s].toArray();
    REQUIRE(results.size() == payloads.size());
    QStringList ids;
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        REQUIRE(results[i][u"status"_s].toString() == u"accepted"_s);
        const QString id = parseObject(payloads[i])[u"changeId"_s].toString();
        sent.insert(id, Sent{device.id(), payloads[i],
                             device.sign(payloads[i])[u"signature"_s].toString()});
        ids << id;
    }
    REQUIRE(device.store().acknowledge(ids).ok());
}

QJsonObject page(LedgerdProcess &server, const QString &token, qint64 after, int limit = 0)
{
    const HttpReply reply = server.pull(token, after, limit);
    INFO(reply.body.left(2000).toStdString());
    REQUIRE(reply.status == 200);
    REQUIRE(reply.json[u"changes"_s].isArray());
    REQUIRE(reply.json[u"records"_s].isObject());
    REQUIRE(reply.json[u"more"_s].isBool());
    return reply.json;
}

struct PulledAll
{
    QList<QJsonObject> changes;
    QList<QJsonObject> pages;
    qint64 next = 0;
};

// Pulls page after page until `more` is false, checking what every page promises: at most
// `limit` changes in rising seq order, `next` at the page's last change, and `records` holding
// exactly the page's records.
PulledAll pullAll(LedgerdProcess &server, const QString &token, qint64 after, int limit)
{
    PulledAll all;
    all.next = after;
    for (int request = 0; request < 1000; ++request) {
        const QJsonObject p = page(server, token, all.next, limit);
        all.pages << p;
        const QJsonArray changes = p[u"changes"_s].toArray();
        CHECK(changes.size() <= limit);
        QSet<QString> recordIds;
        for (const auto &c : changes) {
            const QJsonObject change = c.toObject();
            CHECK(number(change[u"seq"_s]) > all.next);
            if (!all.changes.isEmpty())
                CHECK(number(change[u"seq"_s]) > number(all.changes.last()[u"seq"_s]));
            all.changes << change;
            recordIds.insert(
                parseObject(change[u"payload"_s].toString().toUtf8())[u"recordId"_s].toString());
        }
        const QStringList keys = p[u"records"_s].toObject().keys();
        CHECK(QSet<QString>(keys.begin(), keys.end()) == recordIds);
        const bool more = p[u"more"_s].toBool();
        if (more) {
            REQUIRE_FALSE(changes.isEmpty());
            CHECK(number(p[u"next"_s]) == number(changes.last()[u"seq"_s]));
        } else {
            CHECK(number(p[u"next"_s]) == number(p[u"head"_s]));
        }
        REQUIRE(number(p[u"next"_s]) >= all.next);
        all.next = number(p[u"next"_s]);
        if (!more)
            return all;
    }
    FAIL("pull never reached a page with more: false");
    return all;
}

// The ids of the records the changes belong to.
QSet<QString> recordsOf(const QList<QJsonObject> &changes)
{
    QSet<QString> ids;
    for (const QJsonObject &c : changes)
        ids.insert(parseObject(c[u"payload"_s].toString().toUtf8())[u"recordId"_s].toString());
    return ids;
}

QSet<QString> kindsOf(const QList<QJsonObject> &changes)
{
    QSet<QString> kinds;
    for (const QJsonObject &c : changes) {
        const QJsonObject payload = parseObject(c[u"payload"_s].toString().toUtf8());
        kinds.insert(payload[u"op"_s].toString() == u"track"_s ? u"track"_s
                                                               : payload[u"kind"_s].toString());
    }
    return kinds;
}

// The ledger's records table, the state pull must show.
QHash<QString, QJsonObject> ledgerRecords(const QString &db)
{
    auto connection = ledger::sql::openConnection(db, false);
    REQUIRE(connection.ok());
    auto rows =
        (*connection)->query("SELECT record_id, kind, revision, deleted, body FROM records");
    REQUIRE(rows.ok());
    QHash<QString, QJsonObject> records;
    for (const auto &row : std::as_const(*rows))
        records.insert(row.text(0), QJsonObject{{u"kind"_s, row.text(1)},
                                                {u"revision"_s, row.int64(2)},
                                                {u"deleted"_s, row.int64(3) != 0},
                                                {u"body"_s, parseObject(row.text(4).toUtf8())}});
    return records;
}

QString createRecord(Device &device, RecordKind kind, const QJsonObject &body)
{
    auto made = device.store().createRecord(kind, body, kAuthor);
    INFO((made ? QString() : made.error().toString()).toStdString());
    REQUIRE(made.ok());
    return made->meta.id;
}

} // namespace

TEST_CASE("pull pages hold every change once, in seq order, byte for byte, with the records' "
          "current state",
          "[server][pull]")
{
    LedgerdProcess server;
    Device first, second, reader;
    first.enrol(server, u"first"_s);
    second.enrol(server, u"second"_s);
    reader.enrol(server, u"reader"_s);
    QHash<QString, Sent> sent;
    first.recordFieldDay();
    const QString firstPatrol =
        parseObject(first.pendingPayloads().first())[u"recordId"_s].toString();
    pushAll(server, first, sent);
    second.recordFieldDay();
    pushAll(server, second, sent);
    first.recordFieldDay();
    pushAll(server, first, sent);
    second.recordFieldDay();
    pushAll(server, second, sent);
    // The first patrol is finished later: its first page must show it finished.
    auto patrol = first.store().record(firstPatrol);
    REQUIRE(patrol.ok());
    QJsonObject body = patrol->body;
    body.insert(u"status"_s, u"finished"_s);
    body.insert(u"endMs"_s, QDateTime::currentMSecsSinceEpoch() - 60'000);
    REQUIRE(first.store().updateRecord(firstPatrol, patrol->meta.revision, body, kAuthor).ok());
    pushAll(server, first, sent);
    const qint64 total = sent.size();
    REQUIRE(total >= 17);

    const int limit = 5;
    const PulledAll all = pullAll(server, reader.token(), 0, limit);
    CHECK(all.pages.size() == (total + limit - 1) / limit);
    REQUIRE(all.changes.size() == total);
    QSet<QString> seen;
    for (qsizetype i = 0; i < all.changes.size(); ++i) {
        const QJsonObject &change = all.changes[i];
        CHECK(number(change[u"seq"_s]) == i + 1);
        const QByteArray payload = change[u"payload"_s].toString().toUtf8();
        const QString id = parseObject(payload)[u"changeId"_s].toString();
        INFO("seq " << i + 1 << ": " << id.toStdString());
        REQUIRE(sent.contains(id));
        CHECK_FALSE(seen.contains(id));
        seen.insert(id);
        CHECK(payload == sent[id].payload);
        CHECK(change[u"signature"_s].toString() == sent[id].signature);
        CHECK(change[u"deviceId"_s].toString() == sent[id].deviceId);
    }
    CHECK(seen.size() == total);

    const QHash<QString, QJsonObject> current = ledgerRecords(server.db());
    for (const QJsonObject &p : all.pages) {
        CHECK(number(p[u"head"_s]) == total);
        const QJsonObject records = p[u"records"_s].toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            INFO(it.key().toStdString());
            REQUIRE(current.contains(it.key()));
            const QJsonObject record = it.value().toObject();
            const QJsonObject expected = current[it.key()];
            CHECK(record[u"kind"_s].toString() == expected[u"kind"_s].toString());
            CHECK(number(record[u"revision"_s]) == number(expected[u"revision"_s]));
            CHECK(record[u"deleted"_s].toBool() == expected[u"deleted"_s].toBool());
            CHECK(record[u"body"_s].toObject() == expected[u"body"_s].toObject());
            CHECK(record[u"conflicts"_s].toArray().isEmpty());
        }
    }
    const QJsonObject finished = all.pages.first()[u"records"_s][firstPatrol].toObject();
    CHECK(finished[u"body"_s][u"status"_s].toString() == u"finished"_s);
    CHECK(number(finished[u"revision"_s]) == 2);

    // Pull changes nothing: the same page again is the same answer.
    CHECK(server.pull(reader.token(), limit, limit).body ==
          server.pull(reader.token(), limit, limit).body);
    // The server looks one entry ahead: a page that ends exactly at the last change says so.
    const QJsonObject exact = page(server, reader.token(), 0, int(total));
    CHECK(exact[u"changes"_s].toArray().size() == total);
    CHECK_FALSE(exact[u"more"_s].toBool());
    CHECK(number(exact[u"next"_s]) == total);
    const QJsonObject oneShort = page(server, reader.token(), 0, int(total) - 1);
    CHECK(oneShort[u"more"_s].toBool());
    CHECK(number(oneShort[u"next"_s]) == total - 1);
    const QJsonObject lastOne = page(server, reader.token(), total - 1, int(total));
    CHECK(lastOne[u"changes"_s].toArray().size() == 1);
    CHECK_FALSE(lastOne[u"more"_s].toBool());
    // Without a limit the server's default (500) takes everything at once.
    const QJsonObject everything = page(server, reader.token(), 0);
    CHECK(everything[u"changes"_s].toArray().size() == total);
    CHECK_FALSE(everything[u"more"_s].toBool());

    SECTION("nothing new: one request answers more false")
    {
        const QJsonObject none = page(server, reader.token(), all.next, limit);
        CHECK(none[u"changes"_s].toArray().isEmpty());
        CHECK(none[u"records"_s].toObject().isEmpty());
        CHECK_FALSE(none[u"more"_s].toBool());
        CHECK(number(none[u"next"_s]) == total);
        CHECK(number(none[u"head"_s]) == total);
    }
    SECTION("the cursor after the last page picks up only the new changes")
    {
        REQUIRE(all.next == total);
        QHash<QString, Sent> later;
        createRecord(second, RecordKind::ComplaintCase,
                     samples::complaint(QDateTime::currentMSecsSinceEpoch() - 60'000).toJson());
        createRecord(first, RecordKind::RectificationTask, samples::task(u"liming"_s).toJson());
        pushAll(server, second, later);
        pushAll(server, first, later);
        const PulledAll fresh = pullAll(server, reader.token(), all.next, limit);
        CHECK(fresh.pages.size() == 1);
        REQUIRE(fresh.changes.size() == 2);
        for (const QJsonObject &change : fresh.changes) {
            const QByteArray payload = change[u"payload"_s].toString().toUtf8();
            const QString id = parseObject(payload)[u"changeId"_s].toString();
            CHECK(later.contains(id));
            CHECK(payload == later.value(id).payload);
            CHECK(number(change[u"seq"_s]) > total);
        }
        CHECK(fresh.next == total + 2);
    }
}

TEST_CASE("a pull of an empty ledger answers more false in one request", "[server][pull]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QJsonObject empty = page(server, device.token(), 0);
    CHECK(empty[u"changes"_s].toArray().isEmpty());
    CHECK(empty[u"records"_s].toObject().isEmpty());
    CHECK_FALSE(empty[u"more"_s].toBool());
    CHECK(number(empty[u"next"_s]) == 0);
    CHECK(number(empty[u"head"_s]) == 0);
}

TEST_CASE("pull returns only the records the user's role and divisions cover", "[server][pull]")
{
    LedgerdProcess server;
    Device office;
    office.enrol(server);
    QHash<QString, Sent> sent;
    office.recordFieldDay(); // patrol of 650102, its track and photo, inspection of 650109
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    createRecord(office, RecordKind::ComplaintCase, samples::complaint(now - 60'000).toJson());
    createRecord(office, RecordKind::RectificationTask, samples::task(u"liming"_s).toJson());
    pushAll(server, office, sent);
    const qint64 head = sent.size();

    const auto seenBy = [&](const QString &name, const QString &role, const QString &divisions,
                            int limit) {
        Device device;
        device.enrol(server, name, role, divisions);
        return pullAll(server, device.token(), 0, limit);
    };
    struct Case
    {
        QString role;
        QString divisions;
        QSet<QString> kinds;
    };
    const QList<Case> cases{
        {u"inspector"_s, u"650109"_s, {u"inspection"_s, u"complaint_case"_s}},
        {u"river-chief"_s, u"650102"_s, {u"patrol"_s, u"track"_s, u"evidence"_s}},
        {u"river-chief"_s,
         u"650000"_s,
         {u"patrol"_s, u"track"_s, u"evidence"_s, u"rectification_task"_s}},
        {u"inspector"_s, u"652800"_s, {u"rectification_task"_s}},
        {u"green-shield"_s, u"650100"_s, {u"evidence"_s}},
        {u"office"_s,
         u"652827,650109"_s,
         {u"inspection"_s, u"complaint_case"_s, u"rectification_task"_s}},
        {u"office"_s,
         u"650000"_s,
         {u"patrol"_s, u"track"_s, u"evidence"_s, u"inspection"_s, u"complaint_case"_s,
          u"rectification_task"_s}},
    };
    int n = 0;
    for (const Case &c : cases) {
        for (const int limit : {1, 500}) {
            INFO(c.role.toStdString()
                 << " of " << c.divisions.toStdString() << ", limit " << limit);
            const PulledAll all = seenBy(u"user%1"_s.arg(++n), c.role, c.divisions, limit);
            CHECK(kindsOf(all.changes) == c.kinds);
            // One change of each kind was pushed (and one track).
            CHECK(all.changes.size() == c.kinds.size());
            // The last page says it is the last: no extra request for an empty page.
            CHECK(all.pages.size() ==
                  std::max<qsizetype>(1, (all.changes.size() + limit - 1) / limit));
            // Past what it may see, the cursor moves to the head.
            CHECK(all.next == head);
            for (const QJsonObject &p : all.pages) {
                const QJsonObject records = p[u"records"_s].toObject();
                for (auto it = records.begin(); it != records.end(); ++it) {
                    const QString kind = it.value()[u"kind"_s].toString();
                    CHECK((c.kinds.contains(kind) ||
                           (kind == u"patrol"_s && c.kinds.contains(u"track"_s))));
                }
            }
        }
    }
    // Nothing in scope at all.
    const PulledAll none = seenBy(u"far-away"_s, u"river-chief"_s, u"654300"_s, 10);
    CHECK(none.changes.isEmpty());
    CHECK(none.pages.size() == 1);
    CHECK(none.next == head);
    CHECK(recordsOf(none.changes).isEmpty());
}
