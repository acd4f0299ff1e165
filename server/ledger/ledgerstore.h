#pragma once

// Where the ledger's rows live: the hash-chained entries, the current state of every record and
// its versions, and the open conflicts. One class over sql::Connection, so SQLite and PostgreSQL
// run exactly the same queries. Every write happens inside a write transaction of one change
// (begin() ... commit()) with a savepoint per change, so a change is applied entirely or not at
// all.

#include "sql/connection.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fl::ledger {

struct StoredEntry
{
    qint64 seq = 0;
    QString changeId;
    QString deviceId;
    QString recordId;
    QString kind;
    QString op;
    int revision = 0; // the device's revision in the payload (0 for track)
    qint64 receivedMs = 0;
    QByteArray payload;
    QString signature; // base64, as received
    QByteArray prevHash;
    QByteArray entryHash;
};

// The current state of a record in the ledger.
struct StoredRecord
{
    QString recordId;
    QString kind;
    int revision = 0; // the ledger's version number (see docs/sync-protocol.md, Conflicts)
    QString deviceId; // the device of the change that made this version
    bool deleted = false;
    QByteArray body; // compact JSON of the current (merged) body
    qint64 lastSeq = 0;
    QString division; // GB/T 2260 code that scopes who may see it
};

// One version of a record: what a later concurrent put is merged against.
struct RecordVersion
{
    QString recordId;
    int version = 0;
    qint64 seq = 0;
    QString changeId;
    QString deviceId;
    int deviceRevision = 0;
    QString hlc;
    bool deleted = false;
    QByteArray body;
};

// Two changes set one field to different values; `kept` won by HLC.
struct FieldConflict
{
    QString recordId;
    QString field;
    qint64 seq = 0; // the entry whose merge found it
    QString keptChangeId;
    QString otherChangeId;
    QByteArray keptValue; // compact JSON of the value
    QByteArray otherValue;
    qint64 resolvedSeq = 0; // 0 while open
};

struct ChainHead
{
    qint64 seq = 0; // 0: empty ledger
    QByteArray hash;
};

struct LedgerCounts
{
    qint64 entries = 0;
    qint64 records = 0;
    qint64 devices = 0;
    qint64 blobs = 0;
    qint64 openConflicts = 0;
};

// What a user may pull: kinds by role, divisions by prefix (empty lists: nothing).
struct PullScope
{
    QStringList kinds;
    QStringList divisionPrefixes;
};

class LedgerStore
{
public:
    // Opens (creating a SQLite file if needed) and migrates the ledger database.
    [[nodiscard]] static Result<std::unique_ptr<LedgerStore>> open(const QString &pathOrUrl,
                                                                   bool create = true);
    explicit LedgerStore(std::unique_ptr<sql::Connection> connection);

    [[nodiscard]] sql::Connection &sql() { return *m_sql; }
    [[nodiscard]] QString backendName() const { return m_sql->backendName(); }

    // A push's transaction: takes the single writer lock at begin.
    [[nodiscard]] Result<void> begin() { return m_sql->beginWrite(); }
    [[nodiscard]] Result<void> commit() { return m_sql->commit(); }
    void rollback() { m_sql->rollback(); }
    // One change inside the request's transaction.
    [[nodiscard]] Result<void> savepoint()
    {
        return m_sql->execScript(QStringLiteral("SAVEPOINT change"));
    }
    [[nodiscard]] Result<void> releaseSavepoint()
    {
        return m_sql->execScript(QStringLiteral("RELEASE SAVEPOINT change"));
    }
    [[nodiscard]] Result<void> rollbackToSavepoint()
    {
        return m_sql->execScript(
            QStringLiteral("ROLLBACK TO SAVEPOINT change; RELEASE SAVEPOINT change"));
    }

    [[nodiscard]] Result<std::optional<QByteArray>> devicePublicKey(const QString &deviceId);
    [[nodiscard]] Result<QHash<QString, QByteArray>> devicePublicKeys(); // device id -> key
    // Devices whose user is office staff or an admin today (verify replays their decisions).
    [[nodiscard]] Result<QSet<QString>> officeDevices();
    [[nodiscard]] Result<std::optional<StoredEntry>> entryByChangeId(const QString &changeId);
    [[nodiscard]] Result<std::optional<StoredRecord>> record(const QString &recordId);
    [[nodiscard]] Result<ChainHead> head();
    // Appends the entry (its seq must be head().seq + 1) and moves the head to it.
    [[nodiscard]] Result<void> append(const StoredEntry &entry);
    [[nodiscard]] Result<void> upsertRecord(const StoredRecord &record);

    [[nodiscard]] Result<void> addVersion(const RecordVersion &version);
    [[nodiscard]] Result<std::optional<RecordVersion>> version(const QString &recordId,
                                                               int version);
    // The version made by this device's change with this device revision, if any.
    [[nodiscard]] Result<std::optional<RecordVersion>>
    versionByDevice(const QString &recordId, const QString &deviceId, int deviceRevision);

    [[nodiscard]] Result<void> addConflict(const FieldConflict &conflict);
    // Marks the record's open conflicts resolved by the entry at `seq`.
    [[nodiscard]] Result<void> resolveConflicts(const QString &recordId, qint64 seq);
    [[nodiscard]] Result<QList<FieldConflict>> openConflicts(const QStringList &recordIds = {});

    // Pull: up to `limit` entries after `after` whose record the scope covers, in seq order.
    [[nodiscard]] Result<QList<StoredEntry>> entriesAfter(qint64 after, int limit,
                                                          const PullScope &scope);
    [[nodiscard]] Result<QList<StoredRecord>> records(const QStringList &recordIds);

    // Read side for verify and export.
    [[nodiscard]] Result<void> forEachEntry(const std::function<bool(const StoredEntry &)> &visit);
    [[nodiscard]] Result<void>
    forEachRecord(const std::function<bool(const StoredRecord &)> &visit);
    [[nodiscard]] Result<void>
    forEachVersion(const std::function<bool(const RecordVersion &)> &visit);
    [[nodiscard]] Result<void>
    forEachConflict(const std::function<bool(const FieldConflict &)> &visit);
    [[nodiscard]] Result<LedgerCounts> counts();
    // Health: can the database be read and its write lock be taken right now?
    [[nodiscard]] Result<void> probe();

private:
    std::unique_ptr<sql::Connection> m_sql;
};

} // namespace fl::ledger
