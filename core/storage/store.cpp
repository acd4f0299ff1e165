#include "store.h"

#include "domain/ids.h"
#include "domain/recordrules.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

const QString kDatabaseName = u"store.sqlite"_s;
const QString kLockName = u"store.lock"_s;
// Present while a process has the store open; found at open = the last one did not close.
const QString kOpenMarker = u"store.open"_s;

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Creates an empty file and makes it survive a power cut (file and folder entry fsync'ed), so an
// unclean shutdown is always noticed at the next open.
bool writeDurably(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || ::fsync(file.handle()) != 0)
        return false;
    file.close();
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY);
    if (folder < 0)
        return false;
    const bool synced = ::fsync(folder) == 0;
    ::close(folder);
    return synced;
}

QString issuesText(const QList<FieldIssue> &issues)
{
    QStringList parts;
    for (const auto &issue : issues) {
        if (!issue.warning)
            parts << (issue.field.isEmpty() ? issue.message
                                            : issue.field + u": "_s + issue.message);
    }
    return parts.join(u"; "_s);
}

Result<Record> recordFromRow(const storage::Statement &row, int first)
{
    // Columns: id, kind, revision, hlc, device_id, author, deleted, body
    Record record;
    record.meta.id = row.text(first);
    const auto kind = recordKindFromName(row.text(first + 1));
    if (!kind) {
        return makeError(
            ErrorCode::Unsupported,
            u"record %1 is of a kind this version does not know (%2); update the app"_s.arg(
                record.meta.id, row.text(first + 1)));
    }
    record.meta.kind = *kind;
    record.meta.revision = int(row.int64(first + 2));
    record.meta.hlc = row.text(first + 3);
    record.meta.deviceId = row.text(first + 4);
    record.meta.author = row.text(first + 5);
    record.meta.deleted = row.int64(first + 6) != 0;
    record.body = QJsonDocument::fromJson(row.text(first + 7).toUtf8()).object();
    return record;
}

} // namespace

Store::Store(QString folder, StoreOptions options)
    : m_folder(std::move(folder))
    , m_clock(options.clock ? std::move(options.clock) : std::function<qint64()>([] {
        return QDateTime::currentMSecsSinceEpoch();
    }))
    , m_fullCheck(options.fullIntegrityCheck)
    , m_maxDatabaseBytes(options.maxDatabaseBytes)
    , m_blobs(m_folder + u"/blobs"_s)
{}

Store::~Store()
{
    m_db.close();
    if (m_markerWritten)
        QFile::remove(m_folder + u'/' + kOpenMarker); // a clean close
    if (m_lock)
        m_lock->unlock();
}

Result<std::unique_ptr<Store>> Store::create(const QString &folder, StoreOptions options)
{
    if (QFileInfo::exists(folder + u'/' + kDatabaseName)) {
        return makeError(ErrorCode::Conflict,
                         u"a store already exists in %1; open it instead"_s.arg(folder));
    }
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, u"cannot create the folder %1"_s.arg(folder));
    std::unique_ptr<Store> store(new Store(QFileInfo(folder).absoluteFilePath(), options));
    if (auto r = store->openDatabase(true); !r)
        return r.error();
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &folder, StoreOptions options)
{
    if (!QFileInfo::exists(folder + u'/' + kDatabaseName)) {
        return makeError(ErrorCode::NotFound, u"no store in %1 (create one first)"_s.arg(folder));
    }
    std::unique_ptr<Store> store(new Store(QFileInfo(folder).absoluteFilePath(), options));
    if (auto r = store->openDatabase(false); !r)
        return r.error();
    return store;
}

Result<void> Store::openDatabase(bool create)
{
    m_lock = std::make_unique<QLockFile>(m_folder + u'/' + kLockName);
    m_lock->setStaleLockTime(0); // stale only when its owner process is gone
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        return makeError(ErrorCode::StorageLocked,
                         u"the store %1 is open in another program (%2, pid %3); close it first"_s
                             .arg(m_folder, app)
                             .arg(pid));
    }
    const QString marker = m_folder + u'/' + kOpenMarker;
    m_unclean = !create && QFileInfo::exists(marker);

    if (auto r = m_db.open(m_folder + u'/' + kDatabaseName, create); !r)
        return r;
    m_db.setCheckpointOnClose(false); // until every check below has passed
    if (!create) {
        // Check before anything writes: a damaged file must be reported, never "repaired".
        const char *check =
            (m_unclean || m_fullCheck) ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)";
        auto verdict = m_db.queryText(check);
        if (!verdict)
            return verdict.error();
        if (*verdict != u"ok"_s) {
            return makeError(
                ErrorCode::StorageCorrupt,
                u"the record database in %1 is damaged (%2). It was left untouched: "
                "copy the folder for support before doing anything else"_s.arg(m_folder, *verdict));
        }
    }
    if (auto r = storage::checkSchemaSupported(m_db); !r)
        return r;
    // WAL keeps readers and the writer apart; synchronous=FULL makes every commit durable
    // across a power cut, not only a process crash.
    auto mode = m_db.queryText("PRAGMA journal_mode=WAL");
    if (!mode)
        return mode.error();
    if (*mode != u"wal"_s) {
        return makeError(ErrorCode::Io,
                         u"the storage holding %1 does not support the "
                         "write-ahead log (journal mode stayed %2)"_s.arg(m_folder, *mode));
    }
    if (auto r = m_db.exec("PRAGMA synchronous=FULL"); !r)
        return r;
    if (auto r = storage::migrate(m_db); !r)
        return r;
    m_db.setCheckpointOnClose(true);
    if (m_maxDatabaseBytes > 0) {
        auto pageSize = m_db.queryInt("PRAGMA page_size");
        if (!pageSize)
            return pageSize.error();
        const QByteArray quota =
            "PRAGMA max_page_count = " +
            QByteArray::number(std::max<qint64>(1, m_maxDatabaseBytes / *pageSize));
        if (auto r = m_db.exec(quota.constData()); !r)
            return r;
    }
    if (auto r = m_blobs.prepare(); !r)
        return r;
    // Only a crash between a file's copy and its transaction leaves an unreferenced file, so
    // the folder is only scanned after one (not on every start of the app).
    if (m_unclean) {
        if (auto r = removeUnreferencedBlobs(); !r)
            return r;
    }
    if (!writeDurably(marker))
        return makeError(ErrorCode::Io, u"cannot write in %1"_s.arg(m_folder));
    m_markerWritten = true;
    if (auto r = loadIdentity(); !r)
        return r;
    return loadDeviceKey(create);
}

Result<void> Store::loadIdentity()
{
    auto id = m_db.queryText("SELECT value FROM store_info WHERE key = 'device_id'");
    if (!id)
        return id.error();
    m_deviceId = *id;
    if (m_deviceId.isEmpty()) {
        m_deviceId = newUuidV7();
        auto insert = m_db.prepare("INSERT INTO store_info (key, value) VALUES ('device_id', ?1),"
                                   " ('created_ms', ?2)");
        if (!insert)
            return insert.error();
        insert->bind(1, m_deviceId).bind(2, QString::number(now()));
        if (auto r = insert->run(); !r)
            return r;
    }
    m_hlc = std::make_unique<HlcClock>(m_deviceId, m_clock);
    auto last = m_db.queryText("SELECT value FROM store_info WHERE key = 'last_hlc'");
    if (!last)
        return last.error();
    if (auto hlc = Hlc::parse(*last))
        m_hlc->restore(*hlc);
    return {};
}

// Ticks the device's clock and keeps the stamp in the same transaction, so the clock resumes
// above it after a restart even if the phone's wall clock was set back.
Result<QString> Store::nextHlc()
{
    const QString stamp = m_hlc->now().toString();
    if (auto r = saveClock(); !r)
        return r.error();
    return stamp;
}

Result<void> Store::saveClock()
{
    auto save = m_db.prepare("INSERT INTO store_info (key, value) VALUES ('last_hlc', ?1)"
                             " ON CONFLICT (key) DO UPDATE SET value = ?1");
    if (!save)
        return save.error();
    return save->bind(1, m_hlc->last().toString()).run();
}

// Records --------------------------------------------------------------------------------

Result<Record> Store::createRecord(RecordKind kind, const QJsonObject &body, const QString &author)
{
    if (kind == RecordKind::Evidence) {
        // Only addEvidence knows the file: it hashes it, stores it and registers it for upload.
        return makeError(ErrorCode::InvalidInput,
                         u"evidence is recorded by attaching its file ('evidence add')"_s);
    }
    return writeRevision([&]() -> Result<Record> {
        Record record;
        record.meta.id = newUuidV7();
        record.meta.kind = kind;
        record.meta.revision = 1;
        record.meta.author = author;
        record.body = body;
        return record;
    });
}

Result<Record> Store::updateRecord(const QString &id, int expectedRevision, const QJsonObject &body,
                                   const QString &author)
{
    return saveRevision(id, expectedRevision, body, author, false);
}

Result<Record> Store::deleteRecord(const QString &id, int expectedRevision, const QString &author)
{
    return saveRevision(id, expectedRevision, {}, author, true);
}

Result<Record> Store::saveRevision(const QString &id, int expectedRevision, const QJsonObject &body,
                                   const QString &author, bool deleted)
{
    return writeRevision([&]() -> Result<Record> {
        auto current = record(id);
        if (!current)
            return current.error();
        if (current->meta.deleted)
            return makeError(ErrorCode::Conflict, u"record %1 was deleted"_s.arg(id));
        if (current->meta.revision != expectedRevision) {
            return makeError(ErrorCode::Conflict,
                             u"record %1 changed meanwhile (now revision %2, you edited revision "
                             "%3); reload it and apply your change again"_s.arg(id)
                                 .arg(current->meta.revision)
                                 .arg(expectedRevision));
        }
        if (isImmutable(current->meta.kind, current->body)) {
            const QString what = current->meta.kind == RecordKind::Evidence
                                     ? u"evidence %1 is never changed or deleted; add a note in "
                                       "a new record instead"_s
                                     : u"inspection %1 is signed and can no longer be changed or "
                                       "deleted; record a supplementary inspection instead"_s;
            return makeError(ErrorCode::Conflict, what.arg(id));
        }
        Record next = std::move(current).value();
        next.meta.revision = expectedRevision + 1;
        next.meta.author = author;
        next.meta.deleted = deleted;
        if (!deleted)
            next.body = body; // a tombstone keeps the last body: history shows what was deleted
        return next;
    });
}

Result<Record> Store::writeRevision(const std::function<Result<Record>()> &makeRecord,
                                    const std::function<Result<void>()> &alsoInTransaction)
{
    // Checks and writes share one write transaction: what was checked is what gets written,
    // even with another connection on the same file.
    storage::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto made = makeRecord();
    if (!made)
        return made.error();
    Record record = std::move(made).value();
    if (record.meta.author.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"every change needs an author"_s);
    if (!record.meta.deleted) {
        auto derived = deriveFields(std::move(record));
        if (!derived)
            return derived.error();
        record = std::move(derived).value();
    }
    const RecordAnalysis analysis = analyzeRecordBody(record.meta.kind, record.body, now());
    if (!record.meta.deleted) {
        if (hasErrors(analysis.issues))
            return makeError(ErrorCode::InvalidInput, issuesText(analysis.issues));
        if (auto r = checkEvidenceLinks(record); !r)
            return r.error();
    }
    const IndexFields &index = analysis.index;
    record.meta.deviceId = m_deviceId;
    const QString op = record.meta.deleted ? u"delete"_s : u"put"_s;
    // The clock ticks inside the write lock so stamps follow commit order.
    auto hlc = nextHlc();
    if (!hlc)
        return hlc.error();
    record.meta.hlc = *hlc;
    const qint64 savedMs = now();
    const QByteArray body = canonicalJson(record.body);
    if (auto r = writeRecordRow(record, index, savedMs, body); !r)
        return r.error();
    if (auto r = writeHistoryRow(record, savedMs, body, false); !r)
        return r.error();

    QJsonObject change{
        {u"recordId"_s, record.meta.id},
        {u"kind"_s, recordKindName(record.meta.kind)},
        {u"revision"_s, record.meta.revision},
        {u"hlc"_s, record.meta.hlc},
        {u"deviceId"_s, m_deviceId},
        {u"author"_s, record.meta.author},
        {u"savedMs"_s, savedMs},
    };
    if (!record.meta.deleted)
        change.insert(u"body"_s, record.body);
    if (auto r = insertOutbox(record.meta.id, op, change); !r)
        return r.error();
    if (alsoInTransaction) {
        if (auto r = alsoInTransaction(); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return record;
}

Result<void> Store::writeRecordRow(const Record &record, const IndexFields &index, qint64 savedMs,
                                   const QByteArray &body)
{
    auto upsert = m_db.prepare(
        "INSERT INTO records (id, kind, revision, hlc, device_id, author, deleted, status, date_ms,"
        " lat, lon, title, division, assignee, created_ms, updated_ms, body)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?16)"
        " ON CONFLICT (id) DO UPDATE SET revision = ?3, hlc = ?4, device_id = ?5, author = ?6,"
        " deleted = ?7, status = ?8, date_ms = ?9,"
        // A patrol's position is its track start, set by appendTrack, not by its body.
        " lat = CASE WHEN kind = 'patrol' THEN COALESCE(?10, lat) ELSE ?10 END,"
        " lon = CASE WHEN kind = 'patrol' THEN COALESCE(?11, lon) ELSE ?11 END, title = ?12, "
        "division = ?13, assignee = ?14,"
        " updated_ms = ?15, body = ?16");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, record.meta.id)
        .bind(2, recordKindName(record.meta.kind))
        .bind(3, record.meta.revision)
        .bind(4, record.meta.hlc)
        .bind(5, record.meta.deviceId)
        .bind(6, record.meta.author)
        .bind(7, record.meta.deleted ? 1 : 0)
        .bind(8, index.status)
        .bind(9, index.dateMs)
        .bind(10, index.lat)
        .bind(11, index.lon)
        .bind(12, index.title)
        .bind(13, index.divisionCode.isEmpty() ? QString() : index.divisionCode)
        .bind(14, index.assignee.isEmpty() ? QString() : index.assignee)
        .bind(15, savedMs)
        .bindText(16, body);
    return upsert->run();
}

Result<void> Store::writeHistoryRow(const Record &record, qint64 savedMs, const QByteArray &body,
                                    bool pulled)
{
    // A revision this device saved is history and never rewritten (a clash is an error). A
    // pulled one mirrors the ledger's version as last pulled, and a later page may correct it.
    auto history = m_db.prepare(
        pulled ? "INSERT INTO revisions (record_id, revision, hlc, device_id, author, deleted,"
                 " saved_ms, body, pulled) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)"
                 " ON CONFLICT (record_id, revision) DO UPDATE SET hlc = ?3, device_id = ?4,"
                 " author = ?5, deleted = ?6, saved_ms = ?7, body = ?8 WHERE pulled = 1"
               : "INSERT INTO revisions (record_id, revision, hlc, device_id, author, deleted,"
                 " saved_ms, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!history)
        return history.error();
    history->bind(1, record.meta.id)
        .bind(2, record.meta.revision)
        .bind(3, record.meta.hlc)
        .bind(4, record.meta.deviceId)
        .bind(5, record.meta.author)
        .bind(6, record.meta.deleted ? 1 : 0)
        .bind(7, savedMs)
        .bindText(8, body);
    return history->run();
}

Result<void> Store::insertOutbox(const QString &recordId, const QString &op,
                                 const QJsonObject &change)
{
    QJsonObject full = change;
    const QString changeId = newUuidV7();
    full.insert(u"changeId"_s, changeId);
    full.insert(u"op"_s, op);
    auto insert = m_db.prepare("INSERT INTO outbox (change_id, record_id, op, payload, created_ms)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    insert->bind(1, changeId)
        .bind(2, recordId)
        .bind(3, op)
        .bind(4, canonicalJson(full))
        .bind(5, now());
    return insert->run();
}

Result<Record> Store::deriveFields(Record record)
{
    if (record.meta.kind == RecordKind::Patrol) {
        // The track summary is the store's to maintain; whatever the caller sent is replaced.
        auto summary = trackSummary(record.meta.id);
        if (!summary)
            return summary.error();
        record.body.insert(u"distanceMeters"_s, summary->distanceMeters);
        record.body.insert(u"movingSeconds"_s, summary->movingMs / 1000);
        record.body.insert(u"fixCount"_s, summary->fixCount);
        record.body.insert(u"droppedFixCount"_s, summary->droppedCount);
    } else if (record.meta.kind == RecordKind::GreenShieldClue) {
        auto clue = GreenShieldClue::fromJson(record.body);
        if (!clue)
            return record; // validation reports the parse error
        auto areas = protectedAreas();
        if (!areas)
            return areas.error();
        FunctionalZone zone = FunctionalZone::Unknown;
        const auto point = clue->referencePoint();
        for (const auto &area : *areas) {
            if (point && area.id == clue->protectedAreaId)
                zone = functionalZoneAt(area, *point);
        }
        clue->verification.functionalZone = zone; // derived, never typed by hand
        record.body = clue->toJson();
    }
    return record;
}

// A record may only point at evidence this store holds, and an evidence record only at a file
// it holds: a dangling reference would be a claim of evidence nobody can produce.
Result<void> Store::checkEvidenceLinks(const Record &record)
{
    if (record.meta.kind == RecordKind::Evidence) {
        const QString sha = record.body.value(u"sha256"_s).toString();
        if (!m_blobs.contains(sha)) {
            return makeError(ErrorCode::NotFound,
                             u"evidence file %1 is not in this store; attach files with "
                             "'evidence add'"_s.arg(sha));
        }
        return {};
    }
    auto exists =
        m_db.prepare("SELECT 1 FROM records WHERE id = ?1 AND kind = 'evidence' AND deleted = 0");
    if (!exists)
        return exists.error();
    for (const QString &id : referencedEvidence(record.meta.kind, record.body)) {
        auto found = exists->bind(1, id).exists();
        if (!found)
            return found.error();
        if (!*found) {
            return makeError(
                ErrorCode::NotFound,
                u"the record refers to evidence %1, which is not in this store"_s.arg(id));
        }
    }
    return {};
}

Result<Record> Store::record(const QString &id)
{
    auto select = m_db.prepare("SELECT id, kind, revision, hlc, device_id, author, deleted, body"
                               " FROM records WHERE id = ?1");
    if (!select)
        return select.error();
    auto found = select->bind(1, id).first([](const auto &row) { return recordFromRow(row, 0); });
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, u"no record with id %1"_s.arg(id));
    return std::move(**found);
}

Result<QList<Record>> Store::history(const QString &id)
{
    auto select = m_db.prepare(
        "SELECT r.record_id, c.kind, r.revision, r.hlc, r.device_id, r.author, r.deleted, r.body"
        " FROM revisions r JOIN records c ON c.id = r.record_id WHERE r.record_id = ?1"
        " ORDER BY r.revision");
    if (!select)
        return select.error();
    auto rows = select->bind(1, id).all([](const auto &row) { return recordFromRow(row, 0); });
    if (!rows)
        return rows.error();
    QList<Record> revisions;
    for (auto &revision : *rows) {
        if (!revision)
            return revision.error();
        revisions << std::move(revision).value();
    }
    if (revisions.isEmpty())
        return makeError(ErrorCode::NotFound, u"no record with id %1"_s.arg(id));
    return revisions;
}

// Outbox ---------------------------------------------------------------------------------

Result<OutboxStats> Store::outboxStats()
{
    OutboxStats stats;
    auto changes = m_db.prepare(
        "SELECT COUNT(*), COALESCE(SUM(LENGTH(o.payload)), 0), COUNT(r.change_id),"
        " COALESCE(SUM(CASE WHEN r.change_id IS NULL THEN 0 ELSE LENGTH(o.payload) END), 0)"
        " FROM outbox o LEFT JOIN sync_refusals r ON r.change_id = o.change_id"
        " WHERE o.acked_ms IS NULL");
    if (!changes)
        return changes.error();
    if (auto row = changes->step(); !row)
        return row.error();
    stats.changes = changes->int64(0);
    stats.changeBytes = changes->int64(1);
    stats.refused = changes->int64(2);
    stats.refusedBytes = changes->int64(3);
    auto blobs = m_db.prepare(
        "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM blobs WHERE uploaded_ms IS NULL");
    if (!blobs)
        return blobs.error();
    if (auto row = blobs->step(); !row)
        return row.error();
    stats.blobs = blobs->int64(0);
    stats.blobBytes = blobs->int64(1);
    return stats;
}

Result<QList<OutboxEntry>> Store::pendingChanges(int limit, bool includeRefused, qint64 afterSeq)
{
    auto select = m_db.prepare(
        "SELECT seq, change_id, record_id, op, payload FROM outbox o WHERE acked_ms IS NULL"
        // A refused change holds back the later changes of its record too: they were made on
        // it, and the ledger would take them as made on its own newer version.
        " AND (?2 OR NOT EXISTS (SELECT 1 FROM sync_refusals r JOIN outbox e"
        " ON e.change_id = r.change_id WHERE e.record_id = o.record_id AND e.seq <= o.seq"
        " AND e.acked_ms IS NULL))"
        " AND seq > ?3 ORDER BY seq LIMIT ?1");
    if (!select)
        return select.error();
    select->bind(1, limit).bind(2, includeRefused ? 1 : 0).bind(3, afterSeq);
    return select->all([](const auto &row) {
        return OutboxEntry{row.int64(0), row.text(1), row.text(2), row.text(3), row.blob(4)};
    });
}

Result<void> Store::acknowledge(const QStringList &changeIds)
{
    storage::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto update =
        m_db.prepare("UPDATE outbox SET acked_ms = ?1 WHERE change_id = ?2 AND acked_ms IS NULL");
    if (!update)
        return update.error();
    auto forget = m_db.prepare("DELETE FROM sync_refusals WHERE change_id = ?1");
    if (!forget)
        return forget.error();
    for (const QString &id : changeIds) {
        update->bind(1, now()).bind(2, id);
        if (auto r = update->run(); !r)
            return r;
        forget->bind(1, id);
        if (auto r = forget->run(); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Store::markBlobUploaded(const QString &sha256)
{
    auto update = m_db.prepare("UPDATE blobs SET uploaded_ms = ?1 WHERE sha256 = ?2");
    if (!update)
        return update.error();
    update->bind(1, now()).bind(2, sha256);
    return update->run();
}

// Health ---------------------------------------------------------------------------------

Result<void> Store::integrityCheck()
{
    auto verdict = m_db.queryText("PRAGMA integrity_check(1)");
    if (!verdict)
        return verdict.error();
    if (*verdict != u"ok"_s) {
        return makeError(ErrorCode::StorageCorrupt,
                         u"the record database is damaged: %1"_s.arg(*verdict));
    }
    return {};
}

} // namespace fl
