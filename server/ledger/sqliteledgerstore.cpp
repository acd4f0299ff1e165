#include "sqliteledgerstore.h"

#include "ledgerschema.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

constexpr const char *kEntryColumns =
    "seq, change_id, device_id, record_id, kind, op, revision, received_ms, payload, signature,"
    " prev_hash, entry_hash";

StoredEntry readEntry(const storage::Statement &s)
{
    StoredEntry e;
    e.seq = s.int64(0);
    e.changeId = s.text(1);
    e.deviceId = s.text(2);
    e.recordId = s.text(3);
    e.kind = s.text(4);
    e.op = s.text(5);
    e.revision = int(s.int64(6));
    e.receivedMs = s.int64(7);
    e.payload = s.blob(8);
    e.signature = s.text(9);
    e.prevHash = s.text(10).toLatin1();
    e.entryHash = s.text(11).toLatin1();
    return e;
}

StoredRecord readRecord(const storage::Statement &s)
{
    StoredRecord r;
    r.recordId = s.text(0);
    r.kind = s.text(1);
    r.revision = int(s.int64(2));
    r.deviceId = s.text(3);
    r.deleted = s.int64(4) != 0;
    r.body = s.text(5).toUtf8();
    r.lastSeq = s.int64(6);
    return r;
}

} // namespace

Result<std::unique_ptr<SqliteLedgerStore>> SqliteLedgerStore::open(const QString &path, bool create)
{
    if (!create && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, u"no ledger database at %1"_s.arg(path));
    std::unique_ptr<SqliteLedgerStore> store(new SqliteLedgerStore);
    if (auto r = store->m_db.open(path, create); !r)
        return r.error();
    if (auto r = store->m_db.exec("PRAGMA journal_mode = WAL"); !r)
        return r.error();
    if (auto r = store->m_db.exec("PRAGMA synchronous = FULL"); !r)
        return r.error();
    if (auto r = store->m_db.exec("PRAGMA foreign_keys = ON"); !r)
        return r.error();
    if (auto r = migrateLedger(store->m_db); !r)
        return r.error();
    return store;
}

Result<void> SqliteLedgerStore::begin()
{
    if (auto r = m_db.exec("BEGIN IMMEDIATE"); !r)
        return r.error();
    m_inTransaction = true;
    return {};
}

Result<void> SqliteLedgerStore::commit()
{
    if (auto r = m_db.exec("COMMIT"); !r) {
        rollback();
        return r.error();
    }
    m_inTransaction = false;
    return {};
}

void SqliteLedgerStore::rollback()
{
    if (m_inTransaction) {
        (void)m_db.exec("ROLLBACK");
        m_inTransaction = false;
    }
}

Result<std::optional<QByteArray>> SqliteLedgerStore::devicePublicKey(const QString &id)
{
    auto s = m_db.prepare("SELECT public_key FROM devices WHERE device_id = ?1");
    if (!s)
        return s.error();
    return s->bind(1, id).first([](const auto &row) { return row.blob(0); });
}

Result<void> SqliteLedgerStore::registerDevice(const QString &id, const QByteArray &key,
                                               qint64 nowMs)
{
    auto s = m_db.prepare(
        "INSERT INTO devices (device_id, public_key, first_seen_ms) VALUES (?1, ?2, ?3)");
    if (!s)
        return s.error();
    s->bind(1, id).bind(2, key).bind(3, nowMs);
    return s->run();
}

Result<std::optional<StoredEntry>> SqliteLedgerStore::entryByChangeId(const QString &changeId)
{
    static const std::string sql =
        std::string("SELECT ") + kEntryColumns + " FROM ledger_entries WHERE change_id = ?1";
    auto s = m_db.prepare(sql.c_str());
    if (!s)
        return s.error();
    return s->bind(1, changeId).first(readEntry);
}

Result<std::optional<StoredRecord>> SqliteLedgerStore::record(const QString &recordId)
{
    auto s = m_db.prepare("SELECT record_id, kind, revision, device_id, deleted, body, last_seq"
                          " FROM records WHERE record_id = ?1");
    if (!s)
        return s.error();
    return s->bind(1, recordId).first(readRecord);
}

Result<ChainHead> SqliteLedgerStore::head()
{
    auto s = m_db.prepare("SELECT seq, hash FROM ledger_head WHERE id = 1");
    if (!s)
        return s.error();
    auto head = s->first([](const auto &row) {
        return ChainHead{row.int64(0), row.text(1).toLatin1()};
    });
    if (!head)
        return head.error();
    if (!*head)
        return makeError(ErrorCode::StorageCorrupt, u"the ledger's head row is missing"_s);
    return **head;
}

Result<void> SqliteLedgerStore::append(const StoredEntry &e)
{
    auto s = m_db.prepare(
        "INSERT INTO ledger_entries (seq, change_id, device_id, record_id, kind, op, revision,"
        " received_ms, payload, signature, prev_hash, entry_hash)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!s)
        return s.error();
    s->bind(1, e.seq).bind(2, e.changeId).bind(3, e.deviceId).bind(4, e.recordId);
    s->bind(5, e.kind).bind(6, e.op).bind(7, e.revision).bind(8, e.receivedMs);
    s->bind(9, e.payload).bind(10, e.signature);
    s->bind(11, QString::fromLatin1(e.prevHash)).bind(12, QString::fromLatin1(e.entryHash));
    if (auto r = s->run(); !r)
        return r.error();
    auto h = m_db.prepare("UPDATE ledger_head SET seq = ?1, hash = ?2 WHERE id = 1");
    if (!h)
        return h.error();
    h->bind(1, e.seq).bind(2, QString::fromLatin1(e.entryHash));
    return h->run();
}

Result<void> SqliteLedgerStore::upsertRecord(const StoredRecord &r)
{
    auto s = m_db.prepare(
        "INSERT INTO records (record_id, kind, revision, device_id, deleted, body, last_seq)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (record_id) DO UPDATE SET"
        " kind = ?2, revision = ?3, device_id = ?4, deleted = ?5, body = ?6, last_seq = ?7");
    if (!s)
        return s.error();
    s->bind(1, r.recordId).bind(2, r.kind).bind(3, r.revision).bind(4, r.deviceId);
    s->bind(5, r.deleted ? 1 : 0).bindText(6, r.body).bind(7, r.lastSeq);
    return s->run();
}

Result<void> SqliteLedgerStore::forEachEntry(const std::function<bool(const StoredEntry &)> &visit)
{
    static const std::string sql =
        std::string("SELECT ") + kEntryColumns + " FROM ledger_entries ORDER BY seq";
    auto s = m_db.prepare(sql.c_str());
    if (!s)
        return s.error();
    while (true) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row || !visit(readEntry(*s)))
            return {};
    }
}

Result<void>
SqliteLedgerStore::forEachRecord(const std::function<bool(const StoredRecord &)> &visit)
{
    auto s = m_db.prepare("SELECT record_id, kind, revision, device_id, deleted, body, last_seq"
                          " FROM records ORDER BY last_seq, record_id");
    if (!s)
        return s.error();
    while (true) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row || !visit(readRecord(*s)))
            return {};
    }
}

Result<LedgerCounts> SqliteLedgerStore::counts()
{
    LedgerCounts c;
    auto entries = m_db.queryInt("SELECT count(*) FROM ledger_entries");
    auto records = m_db.queryInt("SELECT count(*) FROM records");
    auto devices = m_db.queryInt("SELECT count(*) FROM devices");
    for (const auto *r : {&entries, &records, &devices}) {
        if (!*r)
            return r->error();
    }
    c.entries = *entries;
    c.records = *records;
    c.devices = *devices;
    return c;
}

Result<void> SqliteLedgerStore::probe()
{
    if (auto r = head(); !r)
        return r.error();
    if (auto r = begin(); !r)
        return r.error();
    rollback();
    return {};
}

} // namespace fl::ledger
