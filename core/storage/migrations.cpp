#include "migrations.h"

using namespace Qt::StringLiterals;

namespace fl::storage {

namespace {

// Never edit a step once released: add a new one. Tests build a store at every version and
// migrate it to the latest.
constexpr const char *kMigrations[] = {
    // 1: records with their full revision history, the outbox, and content-addressed blobs.
    R"sql(
    CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE records (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        revision INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        device_id TEXT NOT NULL,
        author TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        status TEXT,
        date_ms INTEGER NOT NULL DEFAULT 0,
        lat REAL,
        lon REAL,
        title TEXT,
        division TEXT,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        body TEXT NOT NULL);
    CREATE INDEX records_by_kind_date ON records (kind, deleted, date_ms DESC, id DESC);
    CREATE INDEX records_by_date ON records (deleted, date_ms DESC, id DESC);
    CREATE INDEX records_by_status ON records (kind, status, date_ms DESC);
    CREATE INDEX records_by_lat ON records (lat, lon) WHERE lat IS NOT NULL;
    CREATE TABLE revisions (
        record_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        device_id TEXT NOT NULL,
        author TEXT NOT NULL,
        deleted INTEGER NOT NULL,
        saved_ms INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (record_id, revision)) WITHOUT ROWID;
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id TEXT NOT NULL UNIQUE,
        record_id TEXT NOT NULL,
        op TEXT NOT NULL,
        payload BLOB NOT NULL,
        created_ms INTEGER NOT NULL,
        acked_ms INTEGER);
    CREATE INDEX outbox_pending ON outbox (acked_ms, seq);
    CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        stored_ms INTEGER NOT NULL,
        uploaded_ms INTEGER);
    )sql",
    // 2: patrol tracks, append-only; dropped fixes kept with their reason.
    R"sql(
    ALTER TABLE records ADD COLUMN assignee TEXT;
    CREATE INDEX records_by_assignee ON records (assignee, kind, status) WHERE assignee IS NOT NULL;
    CREATE TABLE track_fixes (
        patrol_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        altitude REAL,
        accuracy REAL,
        speed REAL,
        PRIMARY KEY (patrol_id, seq)) WITHOUT ROWID;
    CREATE TABLE track_dropped (
        patrol_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        lat REAL,
        lon REAL,
        altitude REAL,
        accuracy REAL,
        speed REAL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        kept_before INTEGER NOT NULL, -- kept fixes before this one, in filtering order
        PRIMARY KEY (patrol_id, seq)) WITHOUT ROWID;
    CREATE TABLE track_state (
        patrol_id TEXT PRIMARY KEY,
        fix_count INTEGER NOT NULL,
        dropped_count INTEGER NOT NULL,
        distance_m REAL NOT NULL,
        moving_ms INTEGER NOT NULL,
        first_time_ms INTEGER NOT NULL,
        last_time_ms INTEGER NOT NULL);
    )sql",
    // 3: reference data the field needs offline: protected areas with their zones, the
    // enterprise directory, and per-region settings such as patrol minimums.
    R"sql(
    CREATE TABLE protected_areas (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        level TEXT NOT NULL,
        definition TEXT NOT NULL);
    CREATE TABLE enterprises (
        uscc TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        details TEXT NOT NULL);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    )sql",
    // 4: changes the ledger refused, with its reason: kept in the outbox and shown to the user.
    R"sql(
    CREATE TABLE sync_refusals (
        change_id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        refused_ms INTEGER NOT NULL);
    )sql",
    // 5: what pull brings from the ledger: history rows that mirror the ledger's versions (the
    // only rows ever updated; rows this device saved stay as they are), the open conflicts of
    // merged records so the app can show them, and a quick way to tell whether a record has
    // changes waiting (pull leaves those records alone).
    R"sql(
    ALTER TABLE revisions ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX outbox_pending_by_record ON outbox (record_id) WHERE acked_ms IS NULL;
    CREATE TABLE record_conflicts (
        record_id TEXT PRIMARY KEY,
        conflicts TEXT NOT NULL,
        pulled_ms INTEGER NOT NULL);
    )sql",
};

constexpr int kLatest = int(std::size(kMigrations));

Result<void> applyStep(Database &db, int version)
{
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = db.exec(kMigrations[version - 1]); !r)
        return r;
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
    if (auto r = db.exec(setVersion.constData()); !r)
        return r;
    return tx.commit();
}

} // namespace

int latestSchemaVersion()
{
    return kLatest;
}

Result<void> checkSchemaSupported(Database &db)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current > kLatest) {
        return makeError(
            ErrorCode::Unsupported,
            u"this store was written by a newer FieldLedger (schema %1, this version "
            "knows up to %2); update the app. The store was not changed"_s.arg(*current)
                .arg(kLatest));
    }
    return {};
}

Result<void> migrate(Database &db, int target)
{
    if (target < 0)
        target = kLatest;
    if (auto r = checkSchemaSupported(db); !r)
        return r;
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    for (int version = int(*current) + 1; version <= target; ++version) {
        if (auto r = applyStep(db, version); !r)
            return r;
    }
    return {};
}

} // namespace fl::storage
