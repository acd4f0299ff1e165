// `ledgerd verify`: passes on an untouched ledger, and names the first broken entry after any
// row is edited by hand.

#include "ledgerdharness.h"

#include "ledger/sql/connection.h"

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

// Edits the ledger's rows by hand, as someone with database access could.
void tamper(const QString &db, const char *statement, const ledger::sql::Params &params = {})
{
    INFO(statement);
    auto connection = ledger::sql::openConnection(db, false);
    REQUIRE(connection.ok());
    auto changed = (*connection)->run(statement, params);
    INFO((changed ? QString() : changed.error().toString()).toStdString());
    REQUIRE(changed.ok());
    CHECK(*changed > 0);
}

QByteArray payloadAt(const QString &db, qint64 seq)
{
    auto connection = ledger::sql::openConnection(db, false);
    REQUIRE(connection.ok());
    auto rows = (*connection)->query("SELECT payload FROM ledger_entries WHERE seq = ?1", {seq});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->first().blob(0);
}

VerifyRun verifyAfter(const QString &db)
{
    const VerifyRun run = runVerify(db);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 1);
    return run;
}

} // namespace

TEST_CASE("ledgerd verify passes on the ledger and names the first hand-edited entry",
          "[server][verify]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay();
    const QList<QByteArray> payloads = device.pendingPayloads();
    REQUIRE(payloads.size() >= 4);
    const HttpReply reply = device.push(server, payloads);
    REQUIRE(reply.status == 200);
    server.stop();

    const VerifyRun clean = runVerify(server.db());
    INFO(clean.output.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.output.startsWith(u"ok: %1 entries"_s.arg(payloads.size())));

    const QString db = server.db();
    SECTION("one byte of a payload")
    {
        QByteArray payload = payloadAt(db, 2);
        const qsizetype at = payload.indexOf("\"author\":\"") + 10;
        payload[at] = 'X';
        tamper(db, "UPDATE ledger_entries SET payload = ?1 WHERE seq = 2", {payload});
        CHECK(verifyAfter(db).output.contains(u"seq 2:"_s));
    }
    SECTION("the payload and its hash, recomputed by the forger")
    {
        // Without the device's key the forger cannot re-sign: the signature check catches it.
        tamper(db, "UPDATE ledger_entries SET signature = (SELECT signature FROM ledger_entries"
                   " WHERE seq = 1) WHERE seq = 3");
        CHECK(verifyAfter(db).output.contains(u"seq 3:"_s));
    }
    SECTION("a record's body")
    {
        tamper(db, "UPDATE records SET body = replace(body, '\"status\"', '\"statuz\"')"
                   " WHERE last_seq = (SELECT min(last_seq) FROM records)");
        const VerifyRun run = verifyAfter(db);
        CHECK(run.output.contains(u"body"_s));
        CHECK(run.output.contains(u"BROKEN at seq "_s));
    }
    SECTION("a record's division, to move it into another office's scope")
    {
        tamper(db, "UPDATE records SET division = '659999'");
        CHECK(verifyAfter(db).output.contains(u"division"_s));
    }
    SECTION("an entry deleted from the middle")
    {
        tamper(db, "DELETE FROM ledger_entries WHERE seq = 2");
        CHECK(verifyAfter(db).output.contains(u"seq 3:"_s));
    }
    SECTION("the newest entry deleted")
    {
        tamper(db, "DELETE FROM ledger_entries WHERE seq = (SELECT max(seq) FROM ledger_entries)");
        CHECK(verifyAfter(db).output.contains(u"seq %1:"_s.arg(payloads.size())));
    }
    SECTION("the newest entry removed and the head row rewritten to match: the anchor tells")
    {
        const QString anchor = clean.output.section(u"head "_s, 1).trimmed();
        REQUIRE(anchor.startsWith(u"%1:"_s.arg(payloads.size())));
        tamper(db, "DELETE FROM ledger_entries WHERE seq = (SELECT max(seq) FROM ledger_entries)");
        tamper(db, "UPDATE ledger_head SET seq = seq - 1, hash = (SELECT entry_hash FROM"
                   " ledger_entries WHERE seq = (SELECT max(seq) FROM ledger_entries))");
        const ProgramRun run = runLedgerd(db, {u"verify"_s, u"--anchor"_s, anchor});
        INFO((run.out + run.err).toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(u"before the anchor"_s));
    }
    SECTION("an anchor the chain does not hold: rewritten")
    {
        const ProgramRun run =
            runLedgerd(db, {u"verify"_s, u"--anchor"_s, u"2:"_s + QString(64, u'0')});
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(u"seq 2: the hash differs from the anchor"_s));
        const QString anchor = clean.output.section(u"head "_s, 1).trimmed();
        CHECK(runLedgerd(db, {u"verify"_s, u"--anchor"_s, anchor}).exitCode == 0);
    }
    SECTION("a device's key swapped")
    {
        tamper(db, "UPDATE devices SET public_key = ?1", {QByteArray(32, '\0')});
        CHECK(verifyAfter(db).output.contains(u"seq 1:"_s));
    }
    SECTION("one byte of an evidence file")
    {
        tamper(db, "UPDATE blob_chunks SET data = ?1", {QByteArray(4096, 'x')});
        CHECK(verifyAfter(db).output.contains(u"do not hash to its name"_s));
    }
    SECTION("an evidence file removed")
    {
        tamper(db, "DELETE FROM blobs");
        CHECK(verifyAfter(db).output.contains(u"is not in the ledger"_s));
    }
}
