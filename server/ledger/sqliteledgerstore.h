#pragma once

// The ledger on one SQLite file: WAL with synchronous=FULL, so an acknowledged change survives
// a power cut.

#include "ledgerstore.h"
#include "storage/database.h"

#include <memory>

namespace fl::ledger {

class SqliteLedgerStore final : public LedgerStore
{
public:
    // Opens (creating if needed) and migrates the file.
    [[nodiscard]] static Result<std::unique_ptr<SqliteLedgerStore>> open(const QString &path,
                                                                         bool create = true);

    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() override;

    Result<std::optional<QByteArray>> devicePublicKey(const QString &id) override;
    Result<void> registerDevice(const QString &id, const QByteArray &key, qint64 nowMs) override;
    Result<std::optional<StoredEntry>> entryByChangeId(const QString &changeId) override;
    Result<std::optional<StoredRecord>> record(const QString &recordId) override;
    Result<ChainHead> head() override;
    Result<void> append(const StoredEntry &entry) override;
    Result<void> upsertRecord(const StoredRecord &record) override;

    Result<void> forEachEntry(const std::function<bool(const StoredEntry &)> &visit) override;
    Result<void> forEachRecord(const std::function<bool(const StoredRecord &)> &visit) override;
    Result<LedgerCounts> counts() override;
    Result<void> probe() override;
    QString backendName() const override { return QStringLiteral("sqlite"); }

private:
    SqliteLedgerStore() = default;
    storage::Database m_db;
    bool m_inTransaction = false;
};

} // namespace fl::ledger
