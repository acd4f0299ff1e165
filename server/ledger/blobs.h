#pragma once

// Evidence files in the ledger database (docs/sync-protocol.md, "Attachments"): named by the
// SHA-256 of their bytes, uploaded in chunks that must follow each other, and accepted only
// when the complete bytes hash to the name. Kept in the database so every ledgerd serving it
// sees the same files; a file shared by several records is stored once.

#include "sql/connection.h"

#include <functional>
#include <optional>

namespace fl::ledger {

struct BlobStatus
{
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

struct ChunkOutcome
{
    enum class Kind { Stored, Completed, AlreadyComplete, OffsetMismatch, HashMismatch };
    Kind kind = Kind::Stored;
    BlobStatus status; // after the chunk
};

class BlobStore
{
public:
    static constexpr qint64 kMaxChunkBytes = 8LL * 1024 * 1024;
    static constexpr qint64 kMaxBlobBytes = 1024LL * 1024 * 1024;

    explicit BlobStore(sql::Connection &sql)
        : m_sql(sql)
    {}

    // 64 lower-case hex digits and nothing else (no path can hide in a name).
    [[nodiscard]] static bool isValidName(const QString &sha256);

    [[nodiscard]] Result<bool> isComplete(const QString &sha256);
    [[nodiscard]] Result<std::optional<BlobStatus>> status(const QString &sha256);
    // The asked-for blobs the ledger does not hold completely, with what it has of each.
    [[nodiscard]] Result<QList<BlobStatus>> missing(const QList<BlobStatus> &wanted);
    // Appends a chunk at `offset` of a blob of `size` bytes; an InvalidInput error when the
    // chunk runs past `size` or `size` disagrees with an upload already under way.
    [[nodiscard]] Result<ChunkOutcome> append(const QString &sha256, qint64 size, qint64 offset,
                                              const QByteArray &bytes, qint64 nowMs);
    // The bytes, chunk by chunk in order.
    [[nodiscard]] Result<void> read(const QString &sha256,
                                    const std::function<bool(const QByteArray &)> &chunk);
    // Recomputes the SHA-256 of a stored blob (verify).
    [[nodiscard]] Result<QString> rehash(const QString &sha256);
    [[nodiscard]] Result<void>
    forEachComplete(const std::function<bool(const BlobStatus &)> &visit);

private:
    [[nodiscard]] Result<ChunkOutcome> appendLocked(const QString &sha256, qint64 size,
                                                    qint64 offset, const QByteArray &bytes,
                                                    qint64 nowMs);
    // `knownHash`: the bytes' SHA-256 when already computed; empty: read them back.
    [[nodiscard]] Result<ChunkOutcome> finish(BlobStatus status, const QString &knownHash,
                                              qint64 nowMs);

    sql::Connection &m_sql;
};

} // namespace fl::ledger
