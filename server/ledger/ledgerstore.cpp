#include "ledgerstore.h"

#include "ledgerschema.h"

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

using sql::Params;
using sql::Row;

#define ENTRY_COLUMNS                                                                              \
    "seq, change_id, device_id, record_id, kind, op, revision, received_ms, payload, signature,"   \
    " prev_hash, entry_hash"
#define RECORD_COLUMNS "record_id, kind, revision, device_id, deleted, body, last_seq, division"
#define VERSION_COLUMNS                                                                            \
    "record_id, version, seq, change_id, device_id, device_revision, hlc, deleted, body"
#define CONFLICT_COLUMNS                                                                           \
    "record_id, field, seq, kept_change_id, other_change_id, kept_value, other_value,"             \
    " resolved_seq"

StoredEntry readEntry(const Row &row)
{
    StoredEntry e;
    e.seq = row.int64(0);
    e.changeId = row.text(1);
    e.deviceId = row.text(2);
    e.recordId = row.text(3);
    e.kind = row.text(4);
    e.op = row.text(5);
    e.revision = int(row.int64(6));
    e.receivedMs = row.int64(7);
    e.payload = row.blob(8);
    e.signature = row.text(9);
    e.prevHash = row.text(10).toLatin1();
    e.entryHash = row.text(11).toLatin1();
    return e;
}

StoredRecord readRecord(const Row &row)
{
    StoredRecord r;
    r.recordId = row.text(0);
    r.kind = row.text(1);
    r.revision = int(row.int64(2));
    r.deviceId = row.text(3);
    r.deleted = row.int64(4) != 0;
    r.body = row.text(5).toUtf8();
    r.lastSeq = row.int64(6);
    r.division = row.text(7);
    return r;
}

RecordVersion readVersion(const Row &row)
{
    RecordVersion v;
    v.recordId = row.text(0);
    v.version = int(row.int64(1));
    v.seq = row.int64(2);
    v.changeId = row.text(3);
    v.deviceId = row.text(4);
    v.deviceRevision = int(row.int64(5));
    v.hlc = row.text(6);
    v.deleted = row.int64(7) != 0;
    v.body = row.text(8).toUtf8();
    return v;
}

FieldConflict readConflict(const Row &row)
{
    FieldConflict c;
    c.recordId = row.text(0);
    c.field = row.text(1);
    c.seq = row.int64(2);
    c.keptChangeId = row.text(3);
    c.otherChangeId = row.text(4);
    c.keptValue = row.text(5).toUtf8();
    c.otherValue = row.text(6).toUtf8();
    c.resolvedSeq = row.int64(7);
    return c;
}

template <typename T, typename Read>
Result<std::optional<T>> firstRow(Result<QList<Row>> rows, Read read)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T>{};
    return std::optional<T>(read(rows->first()));
}

template <typename T, typename Read>
Result<QList<T>> allRows(Result<QList<Row>> rows, Read read)
{
    if (!rows)
        return rows.error();
    QList<T> out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows))
        out << read(row);
    return out;
}

Result<void> done(Result<qint64> changed)
{
    if (!changed)
        return changed.error();
    return {};
}

// "?2, ?3, ..." for `count` parameters starting at `first`.
QByteArray placeholders(int first, qsizetype count)
{
    QByteArray text;
    for (qsizetype i = 0; i < count; ++i)
        text += (i ? ", ?" : "?") + QByteArray::number(first + int(i));
    return text;
}

Params textParams(const QStringList &values)
{
    Params params;
    for (const QString &v : values)
        params << v;
    return params;
}

} // namespace

Result<std::unique_ptr<LedgerStore>> LedgerStore::open(const QString &pathOrUrl, bool create)
{
    auto connection = sql::openConnection(pathOrUrl, create);
    if (!connection)
        return connection.error();
    if (auto r = migrateLedger(**connection); !r)
        return r.error();
    return std::make_unique<LedgerStore>(std::move(*connection));
}

LedgerStore::LedgerStore(std::unique_ptr<sql::Connection> connection)
    : m_sql(std::move(connection))
{}

Result<std::optional<QByteArray>> LedgerStore::devicePublicKey(const QString &deviceId)
{
    return firstRow<QByteArray>(
        m_sql->query("SELECT public_key FROM devices WHERE device_id = ?1", {deviceId}),
        [](const Row &row) { return row.blob(0); });
}

Result<QHash<QString, QByteArray>> LedgerStore::devicePublicKeys()
{
    auto rows = m_sql->query("SELECT device_id, public_key FROM devices");
    if (!rows)
        return rows.error();
    QHash<QString, QByteArray> keys;
    for (const Row &row : std::as_const(*rows))
        keys.insert(row.text(0), row.blob(1));
    return keys;
}

Result<QSet<QString>> LedgerStore::officeDevices()
{
    auto rows = m_sql->query("SELECT d.device_id FROM devices d JOIN users u"
                             " ON u.name = d.user_name WHERE u.role IN ('office', 'admin')");
    if (!rows)
        return rows.error();
    QSet<QString> devices;
    for (const Row &row : std::as_const(*rows))
        devices.insert(row.text(0));
    return devices;
}

Result<std::optional<StoredEntry>> LedgerStore::entryByChangeId(const QString &changeId)
{
    return firstRow<StoredEntry>(m_sql->query("SELECT " ENTRY_COLUMNS
                                              " FROM ledger_entries WHERE change_id = ?1",
                                              {changeId}),
                                 readEntry);
}

Result<std::optional<StoredRecord>> LedgerStore::record(const QString &recordId)
{
    return firstRow<StoredRecord>(
        m_sql->query("SELECT " RECORD_COLUMNS " FROM records WHERE record_id = ?1", {recordId}),
        readRecord);
}

Result<ChainHead> LedgerStore::head()
{
    auto head = firstRow<ChainHead>(m_sql->query("SELECT seq, hash FROM ledger_head WHERE id = 1"),
                                    [](const Row &row) {
                                        return ChainHead{row.int64(0), row.text(1).toLatin1()};
                                    });
    if (!head)
        return head.error();
    if (!*head)
        return makeError(ErrorCode::StorageCorrupt, u"the ledger's head row is missing"_s);
    return **head;
}

Result<void> LedgerStore::append(const StoredEntry &e)
{
    auto inserted = m_sql->run("INSERT INTO ledger_entries (" ENTRY_COLUMNS ")"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                               {e.seq, e.changeId, e.deviceId, e.recordId, e.kind, e.op,
                                qint64(e.revision), e.receivedMs, e.payload, e.signature,
                                QString::fromLatin1(e.prevHash), QString::fromLatin1(e.entryHash)});
    if (!inserted)
        return inserted.error();
    return done(m_sql->run("UPDATE ledger_head SET seq = ?1, hash = ?2 WHERE id = 1",
                           {e.seq, QString::fromLatin1(e.entryHash)}));
}

Result<void> LedgerStore::upsertRecord(const StoredRecord &r)
{
    return done(m_sql->run(
        "INSERT INTO records (" RECORD_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        " ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind,"
        " revision = excluded.revision, device_id = excluded.device_id,"
        " deleted = excluded.deleted, body = excluded.body, last_seq = excluded.last_seq,"
        " division = excluded.division",
        {r.recordId, r.kind, qint64(r.revision), r.deviceId, qint64(r.deleted ? 1 : 0),
         QString::fromUtf8(r.body), r.lastSeq, r.division}));
}

Result<void> LedgerStore::addVersion(const RecordVersion &v)
{
    return done(m_sql->run("INSERT INTO record_versions (" VERSION_COLUMNS ")"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           {v.recordId, qint64(v.version), v.seq, v.changeId, v.deviceId,
                            qint64(v.deviceRevision), v.hlc, qint64(v.deleted ? 1 : 0),
                            QString::fromUtf8(v.body)}));
}

Result<std::optional<RecordVersion>> LedgerStore::version(const QString &recordId, int version)
{
    return firstRow<RecordVersion>(
        m_sql->query("SELECT " VERSION_COLUMNS
                     " FROM record_versions WHERE record_id = ?1 AND version = ?2",
                     {recordId, qint64(version)}),
        readVersion);
}

Result<std::optional<RecordVersion>>
LedgerStore::versionByDevice(const QString &recordId, const QString &deviceId, int deviceRevision)
{
    return firstRow<RecordVersion>(
        m_sql->query("SELECT " VERSION_COLUMNS " FROM record_versions WHERE record_id = ?1"
                     " AND device_id = ?2 AND device_revision = ?3 ORDER BY seq DESC LIMIT 1",
                     {recordId, deviceId, qint64(deviceRevision)}),
        readVersion);
}

Result<void> LedgerStore::addConflict(const FieldConflict &c)
{
    return done(m_sql->run("INSERT INTO conflicts (" CONFLICT_COLUMNS ")"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)",
                           {c.recordId, c.field, c.seq, c.keptChangeId, c.otherChangeId,
                            QString::fromUtf8(c.keptValue), QString::fromUtf8(c.otherValue)}));
}

Result<void> LedgerStore::resolveConflicts(const QString &recordId, qint64 seq)
{
    return done(m_sql->run(
        "UPDATE conflicts SET resolved_seq = ?2 WHERE record_id = ?1 AND resolved_seq = 0",
        {recordId, seq}));
}

Result<QList<FieldConflict>> LedgerStore::openConflicts(const QStringList &recordIds)
{
    if (recordIds.isEmpty()) {
        return allRows<FieldConflict>(
            m_sql->query("SELECT " CONFLICT_COLUMNS
                         " FROM conflicts WHERE resolved_seq = 0 ORDER BY seq, field"),
            readConflict);
    }
    const QByteArray text = "SELECT " CONFLICT_COLUMNS
                            " FROM conflicts WHERE resolved_seq = 0 AND record_id IN (" +
                            placeholders(1, recordIds.size()) + ") ORDER BY seq, field";
    return allRows<FieldConflict>(m_sql->query(text.constData(), textParams(recordIds)),
                                  readConflict);
}

Result<QList<StoredEntry>> LedgerStore::entriesAfter(qint64 after, int limit,
                                                     const PullScope &scope)
{
    if (scope.kinds.isEmpty() || scope.divisionPrefixes.isEmpty())
        return QList<StoredEntry>{};
    // Division prefixes are digits only (checked when users are made), so LIKE is exact.
    Params params{after, qint64(limit)};
    QByteArray kinds = placeholders(3, scope.kinds.size());
    params << textParams(scope.kinds);
    QByteArray divisions;
    for (const QString &prefix : scope.divisionPrefixes) {
        divisions += QByteArray(divisions.isEmpty() ? "" : " OR ") + "r.division LIKE ?" +
                     QByteArray::number(params.size() + 1);
        params << prefix + u'%';
    }
    const QByteArray text =
        "SELECT e.seq, e.change_id, e.device_id, e.record_id, e.kind, e.op, e.revision,"
        " e.received_ms, e.payload, e.signature, e.prev_hash, e.entry_hash"
        " FROM ledger_entries e JOIN records r ON r.record_id = e.record_id"
        " WHERE e.seq > ?1 AND r.kind IN (" +
        kinds + ") AND (" + divisions + ") ORDER BY e.seq LIMIT ?2";
    return allRows<StoredEntry>(m_sql->query(text.constData(), params), readEntry);
}

Result<QList<StoredRecord>> LedgerStore::records(const QStringList &recordIds)
{
    if (recordIds.isEmpty())
        return QList<StoredRecord>{};
    const QByteArray text = "SELECT " RECORD_COLUMNS " FROM records WHERE record_id IN (" +
                            placeholders(1, recordIds.size()) + ")";
    return allRows<StoredRecord>(m_sql->query(text.constData(), textParams(recordIds)), readRecord);
}

Result<void> LedgerStore::forEachEntry(const std::function<bool(const StoredEntry &)> &visit)
{
    return m_sql->forEach("SELECT " ENTRY_COLUMNS " FROM ledger_entries ORDER BY seq", {},
                          [&](const Row &row) { return visit(readEntry(row)); });
}

Result<void> LedgerStore::forEachRecord(const std::function<bool(const StoredRecord &)> &visit)
{
    return m_sql->forEach("SELECT " RECORD_COLUMNS " FROM records ORDER BY last_seq, record_id", {},
                          [&](const Row &row) { return visit(readRecord(row)); });
}

Result<void> LedgerStore::forEachConflict(const std::function<bool(const FieldConflict &)> &visit)
{
    return m_sql->forEach("SELECT " CONFLICT_COLUMNS " FROM conflicts ORDER BY seq, field", {},
                          [&](const Row &row) { return visit(readConflict(row)); });
}

Result<LedgerCounts> LedgerStore::counts()
{
    auto rows = m_sql->query(
        "SELECT (SELECT count(*) FROM ledger_entries), (SELECT count(*) FROM records),"
        " (SELECT count(*) FROM devices), (SELECT count(*) FROM blobs WHERE complete = 1),"
        " (SELECT count(*) FROM conflicts WHERE resolved_seq = 0)");
    if (!rows)
        return rows.error();
    const Row &row = rows->first();
    return LedgerCounts{row.int64(0), row.int64(1), row.int64(2), row.int64(3), row.int64(4)};
}

Result<void> LedgerStore::probe()
{
    if (auto r = head(); !r)
        return r.error();
    if (auto r = begin(); !r)
        return r.error();
    // A write that changes nothing, rolled back: a read-only database (a PostgreSQL standby, a
    // read-only file) fails here instead of answering healthy and refusing every push.
    auto wrote = m_sql->run("UPDATE ledger_head SET seq = seq WHERE id = 1");
    rollback();
    if (!wrote)
        return wrote.error();
    return {};
}

Result<void> LedgerStore::forEachVersion(const std::function<bool(const RecordVersion &)> &visit)
{
    return m_sql->forEach("SELECT " VERSION_COLUMNS " FROM record_versions ORDER BY seq", {},
                          [&](const Row &row) { return visit(readVersion(row)); });
}

} // namespace fl::ledger
