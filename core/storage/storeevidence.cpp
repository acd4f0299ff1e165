// Store: evidence capture. The file is made durable in the blob folder first, then its record is
// written with the outbox entry; a crash between the two leaves an unreferenced blob (harmless,
// re-used on the next attach), never a record pointing at a missing file.

#include "store.h"

#include "domain/ids.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

// The evidence record that already links these bytes to this record item, if any.
Result<std::optional<QString>> findSameAttachment(storage::Database &db, const QString &sha256,
                                                  const QString &recordId, const QString &itemId)
{
    // Evidence bodies are small; filtering them in SQL with json_extract keeps this one query.
    auto select = db.prepare(
        "SELECT id FROM records WHERE kind = 'evidence'"
        " AND json_extract(body, '$.sha256') = ?1"
        " AND COALESCE(json_extract(body, '$.linkedRecordId'), '') = COALESCE(?2, '')"
        " AND COALESCE(json_extract(body, '$.linkedItemId'), '') = COALESCE(?3, '') LIMIT 1");
    if (!select)
        return select.error();
    return select->bind(1, sha256).bind(2, recordId).bind(3, itemId).first([](const auto &row) {
        return row.text(0);
    });
}

} // namespace

QString Store::blobPath(const QString &sha256) const
{
    return m_blobs.pathFor(sha256);
}

Result<void> Store::verifyBlob(const QString &sha256) const
{
    return m_blobs.verify(sha256);
}

// Checked before a file is copied: a refused attach must not leave a file behind.
Result<void> Store::checkCapture(const EvidenceCapture &capture, const QString &author)
{
    if (author.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"every piece of evidence needs an author"_s);
    if (capture.linkedRecordId.isEmpty())
        return {};
    auto linked = record(capture.linkedRecordId);
    if (!linked)
        return linked.error();
    if (linked->meta.deleted) {
        return makeError(ErrorCode::Conflict,
                         u"record %1 was deleted; evidence cannot be attached to it"_s.arg(
                             capture.linkedRecordId));
    }
    return {};
}

Result<Record> Store::addEvidence(const EvidenceCapture &capture, const QString &author)
{
    if (auto r = checkCapture(capture, author); !r)
        return r.error();
    auto blob = m_blobs.importFile(capture.sourcePath);
    if (!blob)
        return blob.error();
    return recordEvidence(*blob, capture, author);
}

Result<Record> Store::addEvidenceBytes(const QByteArray &bytes, EvidenceCapture capture,
                                       const QString &author)
{
    if (auto r = checkCapture(capture, author); !r)
        return r.error();
    auto blob = m_blobs.importBytes(bytes);
    if (!blob)
        return blob.error();
    return recordEvidence(*blob, capture, author);
}

Result<Record> Store::recordEvidence(const storage::StoredBlob &blob,
                                     const EvidenceCapture &capture, const QString &author)
{
    auto saved = writeEvidenceRecord(blob, capture, author);
    if (!saved && !blob.alreadyPresent)
        m_blobs.discard(blob.sha256); // nothing refers to the new file: do not keep it
    return saved;
}

Result<Record> Store::writeEvidenceRecord(const storage::StoredBlob &blob,
                                          const EvidenceCapture &capture, const QString &author)
{
    auto existing =
        findSameAttachment(m_db, blob.sha256, capture.linkedRecordId, capture.linkedItemId);
    if (!existing)
        return existing.error();
    if (*existing) {
        // The same photo, same item again: one record. If that record was pulled from the
        // ledger, this store now holds its file too (the ledger has it: nothing to upload).
        auto known = m_db.prepare("INSERT OR IGNORE INTO blobs (sha256, size, media_type,"
                                  " stored_ms, uploaded_ms) VALUES (?1, ?2, ?3, ?4, ?4)");
        if (!known)
            return known.error();
        known->bind(1, blob.sha256).bind(2, blob.size);
        known->bind(3, capture.mediaType.isEmpty() ? guessMediaType(capture.sourcePath).first
                                                   : capture.mediaType);
        if (auto r = known->bind(4, now()).run(); !r)
            return r.error();
        return record(**existing);
    }

    Evidence evidence;
    evidence.sha256 = blob.sha256;
    evidence.sizeBytes = blob.size;
    const auto [guessedType, mediaKind] = guessMediaType(capture.sourcePath);
    evidence.mediaType = capture.mediaType.isEmpty() ? guessedType : capture.mediaType;
    evidence.mediaKind = mediaKind;
    evidence.originalName = capture.sourcePath.section(u'/', -1);
    evidence.capturedAtMs = capture.capturedAtMs ? capture.capturedAtMs : now();
    evidence.gnssTimeMs = capture.gnssTimeMs;
    evidence.position = capture.position;
    evidence.headingDegrees = capture.headingDegrees;
    evidence.linkedRecordId = capture.linkedRecordId;
    evidence.linkedItemId = capture.linkedItemId;
    evidence.note = capture.note;

    // The blob row (what sync must upload) commits with the record, or neither does.
    return writeRevision(
        [&]() -> Result<Record> {
            Record record;
            record.meta.id = newUuidV7();
            record.meta.kind = RecordKind::Evidence;
            record.meta.revision = 1;
            record.meta.author = author;
            record.body = evidence.toJson();
            return record;
        },
        [&]() -> Result<void> {
            auto registerBlob = m_db.prepare("INSERT OR IGNORE INTO blobs (sha256, size,"
                                             " media_type, stored_ms) VALUES (?1, ?2, ?3, ?4)");
            if (!registerBlob)
                return registerBlob.error();
            registerBlob->bind(1, blob.sha256).bind(2, blob.size).bind(3, evidence.mediaType);
            return registerBlob->bind(4, now()).run();
        });
}

// Files without a blobs row were copied in by a save that never committed (a crash between the
// copy and the transaction): no record refers to them, so they are removed at the next open.
Result<void> Store::removeUnreferencedBlobs()
{
    auto known = m_db.prepare("SELECT 1 FROM blobs WHERE sha256 = ?1");
    if (!known)
        return known.error();
    for (const QString &sha : m_blobs.storedHashes()) {
        auto registered = known->bind(1, sha).exists();
        if (!registered)
            return registered.error();
        if (!*registered)
            m_blobs.discard(sha);
    }
    return {};
}

} // namespace fl
