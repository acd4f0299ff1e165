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
    // 2: users and their scope, enrolment codes and tokens (stored as hashes), record versions
    // and conflicts for per-field merges, blobs in chunks so every ledgerd sees them.
    R"sql(
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        divisions TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        disabled_ms INTEGER NOT NULL DEFAULT 0);
    ALTER TABLE devices ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE devices ADD COLUMN name TEXT NOT NULL DEFAULT '';
    ALTER TABLE devices ADD COLUMN revoked_ms INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE enrolment_codes (
        code_hash TEXT PRIMARY KEY,
        user_name TEXT NOT NULL REFERENCES users (name),
        created_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL,
        used_ms INTEGER NOT NULL DEFAULT 0,
        device_id TEXT NOT NULL DEFAULT '');
    CREATE TABLE tokens (
        token_hash TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices (device_id),
        issued_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL,
        revoked_ms INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX tokens_by_device ON tokens (device_id);
    ALTER TABLE records ADD COLUMN division TEXT NOT NULL DEFAULT '';
    CREATE TABLE record_versions (
        record_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        change_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        device_revision INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        deleted INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (record_id, version));
    CREATE INDEX versions_by_device ON record_versions (record_id, device_id, device_revision);
    INSERT INTO record_versions (record_id, version, seq, change_id, device_id, device_revision, hlc, deleted, body)
        SELECT record_id, revision, last_seq, '', device_id, revision, '', deleted, body FROM records;
    CREATE TABLE conflicts (
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kept_change_id TEXT NOT NULL,
        other_change_id TEXT NOT NULL,
        kept_value TEXT NOT NULL,
        other_value TEXT NOT NULL,
        resolved_seq INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (record_id, field, seq));
    CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        received INTEGER NOT NULL,
        complete INTEGER NOT NULL,
        created_ms INTEGER NOT NULL,
        completed_ms INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE blob_chunks (
        sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
        start_at INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (sha256, start_at));
    )sql",
};

} // namespace

int latestLedgerSchemaVersion()
{
    return int(std::size(kSteps));
}

Result<void> migrateLedger(sql::Connection &db)
{
    auto version = db.schemaVersion();
    if (!version)
        return version.error();
    if (*version > latestLedgerSchemaVersion()) {
        return makeError(ErrorCode::Unsupported,
                         u"the ledger database has schema version %1, newer than this ledgerd "
                         "(%2); use a newer ledgerd"_s.arg(*version)
                             .arg(latestLedgerSchemaVersion()));
    }
    if (*version == 1) {
        // Schema 1 came from development builds only (trust on first use, no divisions, no
        // versions); rebuilding what step 2 adds would need a replay nobody has needed yet.
        auto entries = db.query("SELECT count(*) FROM ledger_entries");
        if (!entries)
            return entries.error();
        if (entries->first().int64(0) > 0)
            return makeError(ErrorCode::Unsupported,
                             u"this ledger was written by a development build of ledgerd (schema "
                             "1) and cannot be upgraded; keep it for reference and start a new "
                             "ledger"_s);
    }
    for (int step = *version; step < latestLedgerSchemaVersion(); ++step) {
        // The write lock also keeps two ledgerd starting at once from migrating twice.
        if (auto r = db.beginWrite(); !r)
            return r.error();
        auto current = db.schemaVersion();
        if (!current) {
            db.rollback();
            return current.error();
        }
        if (*current > step) {
            db.rollback();
            continue;
        }
        auto r = db.execScript(db.ddl(QString::fromUtf8(kSteps[step])));
        if (r)
            r = db.setSchemaVersion(step + 1);
        if (r)
            r = db.commit();
        if (!r) {
            db.rollback();
            return r.error();
        }
    }
    return {};
}

} // namespace fl::ledger
