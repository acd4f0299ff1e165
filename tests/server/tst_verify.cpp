// `ledgerd verify`: passes on an untouched ledger, and names the first broken entry after any
// row is edited by hand.

#include "ledgerdharness.h"

#include "storage/database.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

// A clean copy of the ledger to tamper with.
QString copyOf(const QString &dbPath, const QString &name)
{
    const QString copy = dbPath + u"."_s + name;
    QFile::remove(copy);
    storage::Database db;
    REQUIRE(db.open(dbPath, false).ok());
    const QByteArray sql = "VACUUM INTO '" + copy.toUtf8() + "'";
    REQUIRE(db.exec(sql.constData()).ok());
    return copy;
}

void tamper(const QString &path, const std::function<void(storage::Database &)> &edit)
{
    storage::Database db;
    REQUIRE(db.open(path, false).ok());
    edit(db);
}

void exec(storage::Database &db, const char *sql)
{
    INFO(sql);
    REQUIRE(db.exec(sql).ok());
}

} // namespace

TEST_CASE("ledgerd verify passes on the ledger and names the first hand-edited entry",
          "[server][verify]")
{
    LedgerdProcess server;
    Device device;
    device.recordFieldDay();
    const QList<QByteArray> payloads = device.pendingPayloads();
    REQUIRE(payloads.size() >= 4);
    const HttpReply reply = server.push(device.pushRequest(payloads));
    REQUIRE(reply.status == 200);
    server.stop();

    const VerifyRun clean = runVerify(server.dbPath());
    INFO(clean.output.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.output.startsWith(u"ok: %1 entries"_s.arg(payloads.size())));

    SECTION("one byte of a payload")
    {
        const QString path = copyOf(server.dbPath(), u"payload"_s);
        tamper(path, [](storage::Database &db) {
            auto select = db.prepare("SELECT payload FROM ledger_entries WHERE seq = 2");
            REQUIRE(select.ok());
            REQUIRE(*select->step());
            QByteArray payload = select->blob(0);
            select->reset();
            const qsizetype at = payload.indexOf("\"author\":\"") + 10;
            payload[at] = 'X';
            auto update = db.prepare("UPDATE ledger_entries SET payload = ?1 WHERE seq = 2");
            REQUIRE(update.ok());
            update->bind(1, payload);
            REQUIRE(update->run().ok());
        });
        const VerifyRun run = runVerify(path);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.output.contains(u"seq 2:"_s));
    }
    SECTION("the payload and its hash, recomputed by the forger")
    {
        const QString path = copyOf(server.dbPath(), u"rehash"_s);
        // Without the device's key the forger cannot re-sign: the signature check catches it.
        tamper(path, [](storage::Database &db) {
            exec(db, "UPDATE ledger_entries SET signature = (SELECT signature FROM ledger_entries"
                     " WHERE seq = 1) WHERE seq = 3");
        });
        const VerifyRun run = runVerify(path);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.output.contains(u"seq 3:"_s));
    }
    SECTION("a record's body")
    {
        const QString path = copyOf(server.dbPath(), u"body"_s);
        tamper(path, [](storage::Database &db) {
            exec(db, "UPDATE records SET body = replace(body, '\"status\"', '\"statuz\"')"
                     " WHERE last_seq = (SELECT min(last_seq) FROM records)");
        });
        const VerifyRun run = runVerify(path);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.output.contains(u"body"_s));
        CHECK(run.output.contains(u"BROKEN at seq "_s));
    }
    SECTION("an entry deleted from the middle")
    {
        const QString path = copyOf(server.dbPath(), u"deleted"_s);
        tamper(path,
               [](storage::Database &db) { exec(db, "DELETE FROM ledger_entries WHERE seq = 2"); });
        const VerifyRun run = runVerify(path);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.output.contains(u"seq 3:"_s));
    }
    SECTION("the newest entry deleted")
    {
        const QString path = copyOf(server.dbPath(), u"newest"_s);
        tamper(path, [](storage::Database &db) {
            exec(db, "DELETE FROM ledger_entries WHERE seq = (SELECT max(seq) FROM"
                     " ledger_entries)");
        });
        const VerifyRun run = runVerify(path);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.output.contains(u"seq %1:"_s.arg(payloads.size())));
    }
    SECTION("a device's key swapped")
    {
        const QString path = copyOf(server.dbPath(), u"key"_s);
        tamper(path, [](storage::Database &db) {
            exec(db, "UPDATE devices SET public_key = zeroblob(32)");
        });
        const VerifyRun run = runVerify(path);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.output.contains(u"seq 1:"_s));
    }
}
