#include "ledgerschema.h"

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

// Never edit a released step: add a new one.
constexpr const char *kSteps[] = {
    // 1: devices, the append-only ledger with its hash chain, current record revisions.
    R"sql(
    CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        public_key BLOB NOT NULL,
        first_seen_ms INTEGER NOT NULL);
    CREATE TABLE ledger_entries (
        seq INTEGER PRIMARY KEY,
        change_id TEXT NOT NULL UNIQUE,
        device_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        op TEXT NOT NULL,
        revision INTEGER NOT NULL,
        received_ms INTEGER NOT NULL,
        payload BLOB NOT NULL,
        signature TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        entry_hash TEXT NOT NULL);
    CREATE INDEX ledger_by_record ON ledger_entries (record_id, seq);
    CREATE TABLE records (
        record_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        revision INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        body TEXT NOT NULL,
        last_seq INTEGER NOT NULL);
    -- The chain's head, so removing the newest entries is detected too.
    CREATE TABLE ledger_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL);
    INSERT INTO ledger_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
    )sql",
};

} // namespace

int latestLedgerSchemaVersion()
{
    return int(std::size(kSteps));
}

Result<void> migrateLedger(storage::Database &db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > latestLedgerSchemaVersion()) {
        return makeError(ErrorCode::Unsupported,
                         u"the ledger database has schema version %1, newer than this ledgerd "
                         "(%2); use a newer ledgerd"_s.arg(*version)
                             .arg(latestLedgerSchemaVersion()));
    }
    for (int step = int(*version); step < latestLedgerSchemaVersion(); ++step) {
        storage::Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        if (auto r = db.exec(kSteps[step]); !r)
            return r.error();
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step + 1);
        if (auto r = db.exec(setVersion.constData()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return {};
}

} // namespace fl::ledger
