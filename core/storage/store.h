#pragma once

// The device's record store: one folder holding a SQLite database and the evidence blobs.
// Every change writes the record's new revision, its history row and its outbox entry in one
// transaction, so a save is either complete and queued for sync, or did not happen. Nothing is
// ever overwritten: edits append revisions and deletion writes a tombstone.

#include "blobstore.h"
#include "database.h"
#include "devicekey.h"
#include "domain/evidence.h"
#include "domain/greenshield.h"
#include "domain/hlc.h"
#include "domain/inspection.h"
#include "domain/patrol.h"
#include "domain/record.h"
#include "domain/recordrules.h"
#include "geo/trackfilter.h"
#include "syncstate.h"

#include <QJsonObject>

#include <functional>
#include <memory>

class QLockFile;

namespace fl {

struct StoreOptions
{
    // Device clock (UTC ms). Tests pin it; the app uses the system clock.
    std::function<qint64()> clock;
    // Run the full integrity check at open even after a clean shutdown.
    bool fullIntegrityCheck = false;
    // A quota for the database file (0 = none), so records can never take the space photos
    // need; reaching it fails saves with StorageFull exactly like a full disk.
    qint64 maxDatabaseBytes = 0;
};

struct ListQuery
{
    std::optional<RecordKind> kind;
    QString status;    // empty = any
    qint64 fromMs = 0; // date_ms range, inclusive; 0 = open
    qint64 toMs = 0;
    QString assignee; // empty = any
    bool includeDeleted = false;
    int limit = 50;
    // Keyset paging: the cursor of the previous page's last row (empty = first page).
    QString after;
};

struct RecordSummary
{
    QString id;
    RecordKind kind = RecordKind::Patrol;
    int revision = 0;
    QString status;
    qint64 dateMs = 0;
    QString title;
    std::optional<double> lat;
    std::optional<double> lon;
    bool deleted = false;
};

struct RecordPage
{
    QList<RecordSummary> rows;
    QString nextCursor; // empty when this is the last page
};

struct NearbyRecord
{
    RecordSummary record;
    double distanceMeters = 0;
};

struct OutboxStats
{
    qint64 changes = 0;     // changes not yet acknowledged by the ledger
    qint64 changeBytes = 0; // their payload bytes
    qint64 blobs = 0;       // evidence files not yet uploaded
    qint64 blobBytes = 0;
    qint64 refused = 0;      // of `changes`: refused by the ledger, waiting for the user
    qint64 refusedBytes = 0; // of `changeBytes`
};

struct OutboxEntry
{
    qint64 seq = 0;
    QString changeId;
    QString recordId;
    QString op;         // "put", "delete", "track"
    QByteArray payload; // canonical JSON of the change: exactly what sync sends
};

// A change the ledger refused. It stays in the outbox (never deleted) and is not sent again until
// the user or the app resolves it (clearRefusal), so the refusal is shown, not lost.
struct RefusedChange
{
    qint64 seq = 0;
    QString changeId;
    QString recordId;
    QString op;
    QString code;   // the server's code ("invalid-record", "revision-gap", ...)
    QString reason; // the server's plain reason, shown to the user
    qint64 refusedMs = 0;
};

// A patrol's track so far, maintained as fixes are appended (no full scan on every read).
struct TrackSummary
{
    int fixCount = 0;
    int droppedCount = 0;
    double distanceMeters = 0;
    qint64 movingMs = 0; // sum of gaps between kept fixes, gaps over 2 min excluded
    qint64 firstTimeMs = 0;
    qint64 lastTimeMs = 0;
};

struct TrackAppendResult
{
    int kept = 0;
    QList<geo::DroppedFix> dropped;
    TrackSummary summary;
};

// What the caller knows about a captured file; the store fills in hash, size and type.
struct EvidenceCapture
{
    QString sourcePath;
    QString linkedRecordId;
    QString linkedItemId;
    qint64 capturedAtMs = 0; // 0 = now
    std::optional<qint64> gnssTimeMs;
    std::optional<Position> position;
    std::optional<double> headingDegrees;
    QString note;
    QString mediaType; // empty = guessed from the file name
};

class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Makes a new store folder for a device (fails if one exists there).
    [[nodiscard]] static Result<std::unique_ptr<Store>> create(const QString &folder,
                                                               StoreOptions options = {});
    // Opens an existing store: refuses a second process, checks integrity (quick check always;
    // full check after an unclean shutdown), migrates the schema forward.
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &folder,
                                                             StoreOptions options = {});

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] qint64 now() const { return m_clock(); }
    [[nodiscard]] bool recoveredFromUncleanShutdown() const { return m_unclean; }

    // Records ------------------------------------------------------------------------------
    [[nodiscard]] Result<Record> createRecord(RecordKind kind, const QJsonObject &body,
                                              const QString &author);
    // Appends a revision. `expectedRevision` must be the current one (no lost updates).
    [[nodiscard]] Result<Record> updateRecord(const QString &id, int expectedRevision,
                                              const QJsonObject &body, const QString &author);
    [[nodiscard]] Result<Record> deleteRecord(const QString &id, int expectedRevision,
                                              const QString &author);
    [[nodiscard]] Result<Record> record(const QString &id);
    [[nodiscard]] Result<QList<Record>> history(const QString &id);

    // Queries the screens need -------------------------------------------------------------
    [[nodiscard]] Result<RecordPage> list(const ListQuery &query);
    [[nodiscard]] Result<QList<NearbyRecord>> near(geo::LatLon center, double radiusMeters,
                                                   std::optional<RecordKind> kind = {});
    // The latest patrol started today (device-local day), if any.
    [[nodiscard]] Result<std::optional<Record>> todaysPatrol();

    // Patrol tracks ------------------------------------------------------------------------
    // Filters and appends fixes, and queues them for sync as one "track" change. The patrol
    // record itself gets the summary on its next revision (e.g. when the patrol is finished), so
    // live recording at 1 Hz does not write a revision per fix.
    [[nodiscard]] Result<TrackAppendResult>
    appendTrack(const QString &patrolId, const QList<geo::TrackFix> &fixes, const QString &author);
    [[nodiscard]] Result<QList<geo::TrackFix>> track(const QString &patrolId);
    [[nodiscard]] Result<TrackSummary> trackSummary(const QString &patrolId);
    [[nodiscard]] Result<QList<geo::DroppedFix>> droppedFixes(const QString &patrolId);

    // Evidence -----------------------------------------------------------------------------
    // Copies the file into the blob folder durably, then records its metadata. Attaching the
    // same file to the same record item again returns the existing evidence record.
    [[nodiscard]] Result<Record> addEvidence(const EvidenceCapture &capture, const QString &author);
    [[nodiscard]] Result<Record> addEvidenceBytes(const QByteArray &bytes, EvidenceCapture capture,
                                                  const QString &author);
    [[nodiscard]] QString blobPath(const QString &sha256) const;
    [[nodiscard]] Result<void> verifyBlob(const QString &sha256) const;

    // Outbox -------------------------------------------------------------------------------
    [[nodiscard]] Result<OutboxStats> outboxStats();
    // Unacknowledged changes in outbox order (after outbox seq `afterSeq`). Refused ones are
    // left out unless asked for: they wait for the user instead of being re-sent (and refused
    // again) on every sync.
    [[nodiscard]] Result<QList<OutboxEntry>> pendingChanges(int limit, bool includeRefused = false,
                                                            qint64 afterSeq = 0);
    // Marks changes as acknowledged by the ledger (and forgets any earlier refusal of them).
    // Data is never deleted locally before this.
    [[nodiscard]] Result<void> acknowledge(const QStringList &changeIds);
    // Records that the ledger refused a pending change, with its code and plain reason.
    [[nodiscard]] Result<void> recordRefusal(const QString &changeId, const QString &code,
                                             const QString &reason);
    // Refused changes still in the outbox, oldest first.
    [[nodiscard]] Result<QList<RefusedChange>> refusals();
    // The user resolved a refusal (e.g. after re-enrolment): the change is sent again next sync.
    [[nodiscard]] Result<void> clearRefusal(const QString &changeId);
    [[nodiscard]] Result<void> markBlobUploaded(const QString &sha256);
    // The files of pending evidence records (refused ones left out), in outbox order: what the
    // ledger must hold before it accepts them.
    [[nodiscard]] Result<QList<PendingBlob>> pendingBlobs();
    // Whether this store holds the file (pulled evidence of other devices has none here).
    [[nodiscard]] Result<bool> holdsBlob(const QString &sha256);

    // Enrolment and pull -------------------------------------------------------------------
    [[nodiscard]] Result<std::optional<Enrolment>> enrolment();
    // Keeps the enrolment. Enrolling with another server or as another user (or scope) starts
    // pulling from the beginning again, since the old cursor belongs to the old view.
    [[nodiscard]] Result<void> saveEnrolment(const Enrolment &enrolment);
    // The ledger sequence pulled so far (0 = nothing yet).
    [[nodiscard]] Result<qint64> pullCursor();
    // Applies a pulled page and moves the cursor to its end, in one transaction, so an
    // interrupted pull resumes exactly after the last applied page. Records take the ledger's
    // state (revision included, so the next edit continues from it) without entering the
    // outbox; records with unacknowledged local changes are left as they are until those are
    // pushed and the merged state comes back. Other devices' track fixes are appended once.
    [[nodiscard]] Result<PullApplied> applyPulledPage(const PulledPage &page);
    // Records the ledger holds open conflicts for, as last pulled.
    [[nodiscard]] Result<QList<RecordConflicts>> openConflicts();

    // Reference data and settings ----------------------------------------------------------
    [[nodiscard]] Result<void> saveProtectedArea(const ProtectedArea &area);
    [[nodiscard]] Result<QList<ProtectedArea>> protectedAreas();
    // The offline enterprise directory (扫码入企 shows who the scanned code belongs to).
    // Codes are validated; an entry is replaced by a newer import of the same code.
    [[nodiscard]] Result<void> saveEnterprise(const Enterprise &enterprise);
    [[nodiscard]] Result<std::optional<Enterprise>> findEnterprise(const QString &uscc);

    // Small per-device settings ("author", "patrol_rules", ...); empty when unset.
    [[nodiscard]] Result<QString> setting(const QString &key);
    [[nodiscard]] Result<void> setSetting(const QString &key, const QString &value);
    [[nodiscard]] Result<PatrolRules> patrolRules();
    [[nodiscard]] Result<void> setPatrolRules(const PatrolRules &rules);

    // Device identity ----------------------------------------------------------------------
    // The device's Ed25519 public key (32 bytes) and the detached signature (64 bytes) of
    // `payload` with its secret key: sync signs each outbox payload exactly as stored.
    [[nodiscard]] QByteArray publicKey() const;
    [[nodiscard]] QByteArray sign(QByteArrayView payload) const;

    // Health -------------------------------------------------------------------------------
    // Full PRAGMA integrity_check; the first problem SQLite reports, in the error message.
    [[nodiscard]] Result<void> integrityCheck();

private:
    Store(QString folder, StoreOptions options);
    [[nodiscard]] Result<void> openDatabase(bool create);
    [[nodiscard]] Result<void> loadIdentity();
    [[nodiscard]] Result<void> loadDeviceKey(bool create);
    // Validates, then writes the record row, its history row and its outbox entry (and
    // whatever `alsoInTransaction` writes) in one transaction.
    [[nodiscard]] Result<Record>
    writeRevision(const std::function<Result<Record>()> &makeRecord,
                  const std::function<Result<void>()> &alsoInTransaction = {});
    [[nodiscard]] Result<QString> nextHlc();
    [[nodiscard]] Result<void> saveClock(); // the last stamp, so a restart resumes above it
    [[nodiscard]] Result<Record> saveRevision(const QString &id, int expectedRevision,
                                              const QJsonObject &body, const QString &author,
                                              bool deleted);
    [[nodiscard]] Result<void> insertOutbox(const QString &recordId, const QString &op,
                                            const QJsonObject &change);
    // The record row and its history row; a pulled history row mirrors the ledger's version
    // and is the only kind ever updated.
    [[nodiscard]] Result<void> writeRecordRow(const Record &record, const IndexFields &index,
                                              qint64 savedMs, const QByteArray &body);
    [[nodiscard]] Result<void> writeHistoryRow(const Record &record, qint64 savedMs,
                                               const QByteArray &body, bool pulled);
    [[nodiscard]] Result<bool> hasUnacknowledgedChanges(const QString &recordId);
    enum class RemoteOutcome { Applied, Unchanged, KeptLocal, Ignored };
    [[nodiscard]] Result<RemoteOutcome> applyRemoteRecord(const RemoteRecord &remote);
    [[nodiscard]] Result<void> keepConflicts(const QString &recordId, const QJsonArray &conflicts);
    void observeClock(const QString &stamp);
    [[nodiscard]] Result<int> applyRemoteTrack(const RemoteTrack &track);
    [[nodiscard]] Result<int> addRemoteDropped(const QString &patrolId,
                                               const QList<RemoteDroppedFix> &dropped);
    [[nodiscard]] Result<void> saveTrackSummary(const QString &patrolId,
                                                const TrackSummary &summary);
    [[nodiscard]] Result<Record> deriveFields(Record record);
    [[nodiscard]] Result<void> checkEvidenceLinks(const Record &record);
    [[nodiscard]] Result<geo::TrackFilterState> filterState(const QString &patrolId, int keptCount);
    [[nodiscard]] Result<void> checkCapture(const EvidenceCapture &capture, const QString &author);
    [[nodiscard]] Result<void> removeUnreferencedBlobs();
    [[nodiscard]] Result<Record> writeEvidenceRecord(const storage::StoredBlob &blob,
                                                     const EvidenceCapture &capture,
                                                     const QString &author);
    [[nodiscard]] Result<Record> recordEvidence(const storage::StoredBlob &blob,
                                                const EvidenceCapture &capture,
                                                const QString &author);

    QString m_folder;
    std::function<qint64()> m_clock;
    bool m_fullCheck = false;
    qint64 m_maxDatabaseBytes = 0;
    bool m_unclean = false;
    bool m_markerWritten = false;
    std::unique_ptr<QLockFile> m_lock;
    storage::Database m_db;
    storage::BlobStore m_blobs;
    QString m_deviceId;
    std::unique_ptr<HlcClock> m_hlc;
    std::optional<storage::DeviceKey> m_key;
};

} // namespace fl
