// Store: evidence capture. The file is made durable in the blob folder first, then its record is
// written with the outbox entry; a crash between the two leaves an unreferenced blob (harmless,
// re-used on the next attach), never a record pointing at a missing file.

#include "store.h"

#include "domain/ids.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

Result<std::optional<Record>> findSameAttachment(storage::Database &db, const QString &sha256,
                                                 const QString &recordId, const QString &itemId)
{
    // Evidence bodies are small; filtering them in SQL with json_extract keeps this one query.
    auto select = db.prepare(
        "SELECT id, kind, revision, hlc, device_id, author, deleted, body FROM records"
        " WHERE kind = 'evidence' AND json_extract(body, '$.sha256') = ?1"
        " AND COALESCE(json_extract(body, '$.linkedRecordId'), '') = COALESCE(?2, '')"
        " AND COALESCE(json_extract(body, '$.linkedItemId'), '') = COALESCE(?3, '') LIMIT 1");
    if (!select)
        return select.error();
    select->bind(1, sha256).bind(2, recordId).bind(3, itemId);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Record>();
    Record record;
    record.meta.id = select->text(0);
    record.meta.kind = RecordKind::Evidence;
    record.meta.revision = int(select->int64(2));
    record.meta.hlc = select->text(3);
    record.meta.deviceId = select->text(4);
    record.meta.author = select->text(5);
    record.body = QJsonDocument::fromJson(select->text(7).toUtf8()).object();
    return std::optional<Record>(record);
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

Result<Record> Store::addEvidence(const EvidenceCapture &capture, const QString &author)
{
    auto blob = m_blobs.importFile(capture.sourcePath);
    if (!blob)
        return blob.error();
    return recordEvidence(*blob, capture, author);
}

Result<Record> Store::addEvidenceBytes(const QByteArray &bytes, EvidenceCapture capture,
                                       const QString &author)
{
    auto blob = m_blobs.importBytes(bytes);
    if (!blob)
        return blob.error();
    return recordEvidence(*blob, capture, author);
}

Result<Record> Store::recordEvidence(const storage::StoredBlob &blob,
                                     const EvidenceCapture &capture, const QString &author)
{
    if (!capture.linkedRecordId.isEmpty()) {
        auto linked = currentRecord(capture.linkedRecordId);
        if (!linked)
            return linked.error();
    }
    auto existing =
        findSameAttachment(m_db, blob.sha256, capture.linkedRecordId, capture.linkedItemId);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing; // the same photo attached to the same item again: one record

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

    Record record;
    record.meta.id = newUuidV7();
    record.meta.kind = RecordKind::Evidence;
    record.meta.revision = 1;
    record.meta.author = author;
    record.body = evidence.toJson();
    // The blob row (what sync must upload) commits with the record, or neither does.
    return writeRevision(std::move(record), u"put"_s, [&]() -> Result<void> {
        auto registerBlob = m_db.prepare("INSERT OR IGNORE INTO blobs (sha256, size, media_type,"
                                         " stored_ms) VALUES (?1, ?2, ?3, ?4)");
        if (!registerBlob)
            return registerBlob.error();
        registerBlob->bind(1, blob.sha256).bind(2, blob.size).bind(3, evidence.mediaType);
        return registerBlob->bind(4, now()).run();
    });
}

} // namespace fl
