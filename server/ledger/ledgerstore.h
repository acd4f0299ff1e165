#pragma once

// The seam between the ledger's rules and where its rows live. SQLite implements it now;
// PostgreSQL (issue 4) will implement the same calls. Every write happens between begin() and
// commit() of one change, so a change is applied entirely or not at all.

#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>
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
    int revision = 0;
    qint64 receivedMs = 0;
    QByteArray payload;
    QString signature; // base64, as received
    QByteArray prevHash;
    QByteArray entryHash;
};

struct StoredRecord
{
    QString recordId;
    QString kind;
    int revision = 0;
    QString deviceId;
    bool deleted = false;
    QByteArray body; // compact JSON of the current body
    qint64 lastSeq = 0;
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
};

class LedgerStore
{
public:
    virtual ~LedgerStore() = default;

    // One change's transaction: takes the write lock at begin (no other writer in between).
    [[nodiscard]] virtual Result<void> begin() = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    virtual void rollback() = 0;

    [[nodiscard]] virtual Result<std::optional<QByteArray>> devicePublicKey(const QString &id) = 0;
    [[nodiscard]] virtual Result<void> registerDevice(const QString &id, const QByteArray &key,
                                                      qint64 nowMs) = 0;
    [[nodiscard]] virtual Result<std::optional<StoredEntry>>
    entryByChangeId(const QString &changeId) = 0;
    [[nodiscard]] virtual Result<std::optional<StoredRecord>> record(const QString &recordId) = 0;
    [[nodiscard]] virtual Result<ChainHead> head() = 0;
    // Appends the entry (its seq must be head().seq + 1) and moves the head to it.
    [[nodiscard]] virtual Result<void> append(const StoredEntry &entry) = 0;
    [[nodiscard]] virtual Result<void> upsertRecord(const StoredRecord &record) = 0;

    // Read side for verify: every entry in seq order, every record, every device.
    [[nodiscard]] virtual Result<void>
    forEachEntry(const std::function<bool(const StoredEntry &)> &visit) = 0;
    [[nodiscard]] virtual Result<void>
    forEachRecord(const std::function<bool(const StoredRecord &)> &visit) = 0;
    [[nodiscard]] virtual Result<LedgerCounts> counts() = 0;
    // Health: can the database be read and its write lock be taken right now?
    [[nodiscard]] virtual Result<void> probe() = 0;
    [[nodiscard]] virtual QString backendName() const = 0;
};

} // namespace fl::ledger
