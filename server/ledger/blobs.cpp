#include "blobs.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

BlobStatus readStatus(const sql::Row &row)
{
    return BlobStatus{row.text(0), row.int64(1), row.int64(2), row.int64(3) != 0};
}

Result<void> done(Result<qint64> changed)
{
    if (!changed)
        return changed.error();
    return {};
}

} // namespace

bool BlobStore::isValidName(const QString &sha256)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{64}$"_s);
    return pattern.match(sha256).hasMatch();
}

Result<std::optional<BlobStatus>> BlobStore::status(const QString &sha256)
{
    auto rows = m_sql.query("SELECT sha256, size, received, complete FROM blobs WHERE sha256 = ?1",
                            {sha256});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<BlobStatus>{};
    return std::optional<BlobStatus>(readStatus(rows->first()));
}

Result<bool> BlobStore::isComplete(const QString &sha256)
{
    auto s = status(sha256);
    if (!s)
        return s.error();
    return *s && (*s)->complete;
}

Result<QList<BlobStatus>> BlobStore::missing(const QList<BlobStatus> &wanted)
{
    QList<BlobStatus> missing;
    for (const BlobStatus &want : wanted) {
        auto have = status(want.sha256);
        if (!have)
            return have.error();
        if (*have && (*have)->complete)
            continue;
        BlobStatus m = want;
        m.received = *have && (*have)->size == want.size ? (*have)->received : 0;
        missing << m;
    }
    return missing;
}

Result<ChunkOutcome> BlobStore::append(const QString &sha256, qint64 size, qint64 offset,
                                       const QByteArray &bytes, qint64 nowMs)
{
    // Under the ledger's writer lock: two devices uploading the same file to two ledgerd
    // processes take turns, and the second finds the offset moved or the blob complete.
    if (auto r = m_sql.beginWrite(sql::Connection::Durability::Deferred); !r)
        return r.error();
    auto outcome = appendLocked(sha256, size, offset, bytes, nowMs);
    if (!outcome) {
        m_sql.rollback();
        return outcome;
    }
    if (auto r = m_sql.commit(); !r)
        return r.error();
    return outcome;
}

Result<ChunkOutcome> BlobStore::appendLocked(const QString &sha256, qint64 size, qint64 offset,
                                             const QByteArray &bytes, qint64 nowMs)
{
    auto found = status(sha256);
    if (!found)
        return found.error();
    BlobStatus blob = found->value_or(BlobStatus{sha256, size, 0, false});
    if (blob.complete)
        return ChunkOutcome{ChunkOutcome::Kind::AlreadyComplete, blob};
    if (*found && blob.size != size) {
        if (offset != 0)
            return makeError(ErrorCode::InvalidInput,
                             u"size %1 differs from the %2 bytes announced when this upload "
                             "began; start again at offset 0"_s.arg(size)
                                 .arg(blob.size));
        // A fresh start with another size: forget the partial copy.
        if (auto r = done(m_sql.run("DELETE FROM blobs WHERE sha256 = ?1", {sha256})); !r)
            return r.error();
        *found = std::nullopt;
        blob = BlobStatus{sha256, size, 0, false};
    }
    if (offset != blob.received)
        return ChunkOutcome{ChunkOutcome::Kind::OffsetMismatch, blob};
    if (offset + bytes.size() > size)
        return makeError(
            ErrorCode::InvalidInput,
            u"the chunk ends at byte %1, past the blob's size %2"_s.arg(offset + bytes.size())
                .arg(size));
    if (!*found) {
        if (auto r = done(m_sql.run("INSERT INTO blobs (sha256, size, received, complete,"
                                    " created_ms) VALUES (?1, ?2, 0, 0, ?3)",
                                    {sha256, size, nowMs}));
            !r)
            return r.error();
    }
    if (!bytes.isEmpty()) {
        if (auto r = done(
                m_sql.run("INSERT INTO blob_chunks (sha256, start_at, data) VALUES (?1, ?2, ?3)",
                          {sha256, offset, bytes}));
            !r)
            return r.error();
        blob.received += bytes.size();
        if (auto r = done(m_sql.run("UPDATE blobs SET received = ?2 WHERE sha256 = ?1",
                                    {sha256, blob.received}));
            !r)
            return r.error();
    }
    if (blob.received < blob.size)
        return ChunkOutcome{ChunkOutcome::Kind::Stored, blob};
    // A file in one chunk (most photos) is hashed from memory instead of read back.
    const QString actual =
        offset == 0 ? QString::fromLatin1(
                          QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
                    : QString();
    return finish(blob, actual, nowMs);
}

Result<ChunkOutcome> BlobStore::finish(BlobStatus blob, const QString &knownHash, qint64 nowMs)
{
    auto actual = knownHash.isEmpty() ? rehash(blob.sha256) : Result<QString>(knownHash);
    if (!actual)
        return actual.error();
    if (*actual != blob.sha256) {
        // The partial copy can never become this blob: drop it so the device starts over.
        for (const char *sql : {"DELETE FROM blob_chunks WHERE sha256 = ?1",
                                "UPDATE blobs SET received = 0 WHERE sha256 = ?1"}) {
            if (auto r = done(m_sql.run(sql, {blob.sha256})); !r)
                return r.error();
        }
        blob.received = 0;
        return ChunkOutcome{ChunkOutcome::Kind::HashMismatch, blob};
    }
    if (auto r =
            done(m_sql.run("UPDATE blobs SET complete = 1, completed_ms = ?2 WHERE sha256 = ?1",
                           {blob.sha256, nowMs}));
        !r)
        return r.error();
    blob.complete = true;
    return ChunkOutcome{ChunkOutcome::Kind::Completed, blob};
}

Result<void> BlobStore::read(const QString &sha256,
                             const std::function<bool(const QByteArray &)> &chunk)
{
    return m_sql.forEach("SELECT data FROM blob_chunks WHERE sha256 = ?1 ORDER BY start_at",
                         {sha256}, [&](const sql::Row &row) { return chunk(row.blob(0)); });
}

Result<QString> BlobStore::rehash(const QString &sha256)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (auto r = read(sha256,
                      [&](const QByteArray &bytes) {
                          hash.addData(bytes);
                          return true;
                      });
        !r)
        return r.error();
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> BlobStore::forEachComplete(const std::function<bool(const BlobStatus &)> &visit)
{
    // Collected first: visiting rehashes, which reads from the same connection.
    auto rows = m_sql.query("SELECT sha256, size, received, complete FROM blobs"
                            " WHERE complete = 1 ORDER BY sha256");
    if (!rows)
        return rows.error();
    for (const auto &row : std::as_const(*rows)) {
        if (!visit(readStatus(row)))
            break;
    }
    return {};
}

} // namespace fl::ledger
