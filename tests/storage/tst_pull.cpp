// The store's side of pull: the ledger's record states are applied without outbox entries and
// with the ledger's revision and author; local changes the ledger has not acknowledged are left
// alone; other devices' track fixes are appended once; pulled evidence has no file and the
// store's checks accept that; the cursor and the enrolment survive a restart.

#include "storetest.h"

#include "storage/migrations.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

const QString kLedgerAuthor = u"阿依古丽"_s;
const QString kOtherDevice = u"01a20939-0000-7000-8000-0000000000aa"_s;

RemoteRecord remoteTask(const QString &id, int revision, const QString &measures = {})
{
    RectificationTask task = samples::task(kAuthor);
    if (!measures.isEmpty())
        task.measures = measures;
    return RemoteRecord{id,
                        RecordKind::RectificationTask,
                        revision,
                        false,
                        task.toJson(),
                        {},
                        kLedgerAuthor,
                        u"0001795399200000-00000-%1"_s.arg(kOtherDevice),
                        kOtherDevice};
}

PullApplied apply(TempStore &store, QList<RemoteRecord> records, qint64 next,
                  QList<RemoteTrack> tracks = {})
{
    return require(store->applyPulledPage(PulledPage{std::move(records), std::move(tracks), next}));
}

ListQuery tasksQuery()
{
    ListQuery query;
    query.kind = RecordKind::RectificationTask;
    return query;
}

QString newId()
{
    static int n = 0;
    return u"01a20939-1111-7000-8000-%1"_s.arg(++n, 12, 10, QChar(u'0'));
}

} // namespace

TEST_CASE("a pulled record takes the ledger's state without entering the outbox", "[pull]")
{
    TempStore store;
    const QString id = newId();
    const PullApplied applied = apply(store, {remoteTask(id, 3)}, 41);
    REQUIRE(applied.applied == 1);

    const Record record = require(store->record(id));
    REQUIRE(record.meta.revision == 3);
    REQUIRE(record.meta.author == kLedgerAuthor);
    REQUIRE(record.meta.deviceId == kOtherDevice);
    REQUIRE(require(store->outboxStats()).changes == 0);
    REQUIRE(require(store->pullCursor()) == 41);
    const auto summary = require(store->list(tasksQuery()));
    REQUIRE(summary.rows.size() == 1);
    REQUIRE(summary.rows[0].status == u"assigned"_s); // indexed like a local record

    // The next local edit continues from the ledger's revision.
    const Record edited =
        require(store->updateRecord(id, 3, remoteTask(id, 3, u"设置围挡"_s).body, kAuthor));
    REQUIRE(edited.meta.revision == 4);
    const auto pending = require(store->pendingChanges(10));
    REQUIRE(pending.size() == 1);
    REQUIRE(QJsonDocument::fromJson(pending[0].payload)[u"revision"_s].toInt() == 4);
    const auto history = require(store->history(id));
    REQUIRE(history.size() == 2);
    REQUIRE(history[0].meta.revision == 3);
    REQUIRE(history[0].meta.author == kLedgerAuthor);
    REQUIRE(history[1].meta.author == kAuthor);
}

TEST_CASE("records with unacknowledged or refused changes are left as they are", "[pull]")
{
    TempStore store;
    const Record local = require(store->createRecord(RecordKind::RectificationTask,
                                                     samples::task(kAuthor).toJson(), kAuthor));

    REQUIRE(apply(store, {remoteTask(local.meta.id, 2, u"别人的"_s)}, 5).keptLocal == 1);
    REQUIRE(require(store->record(local.meta.id)).body == local.body);

    const QString changeId = require(store->pendingChanges(1))[0].changeId;
    requireOk(store->recordRefusal(changeId, u"invalid-record"_s, u"no"_s));
    REQUIRE(apply(store, {remoteTask(local.meta.id, 2, u"别人的"_s)}, 6).keptLocal == 1);
    REQUIRE(require(store->record(local.meta.id)).meta.revision == 1);

    // Once acknowledged, the next pull brings the ledger's (merged) state.
    requireOk(store->acknowledge({changeId}));
    REQUIRE(apply(store, {remoteTask(local.meta.id, 2, u"合并后"_s)}, 7).applied == 1);
    const Record merged = require(store->record(local.meta.id));
    REQUIRE(merged.meta.revision == 2);
    REQUIRE(merged.body.value(u"measures"_s).toString() == u"合并后"_s);
    REQUIRE(require(store->history(local.meta.id)).size() == 2); // the local revision 1 stays
    REQUIRE(require(store->history(local.meta.id))[0].meta.author == kAuthor);
}

TEST_CASE("an older ledger state or another kind is ignored", "[pull]")
{
    TempStore store;
    const QString id = newId();
    apply(store, {remoteTask(id, 3)}, 1);
    REQUIRE(apply(store, {remoteTask(id, 2, u"旧的"_s)}, 2).ignored == 1);
    RemoteRecord otherKind = remoteTask(id, 4);
    otherKind.kind = RecordKind::ComplaintCase;
    REQUIRE(apply(store, {otherKind}, 3).ignored == 1);
    const Record record = require(store->record(id));
    REQUIRE(record.meta.revision == 3);
    REQUIRE(record.meta.kind == RecordKind::RectificationTask);
    REQUIRE(require(store->pullCursor()) == 3); // the cursor still moves on
}

TEST_CASE("a pulled version is corrected by a later page, never a local one", "[pull]")
{
    TempStore store;
    const QString id = newId();
    // A page whose newest change of the record is older than the state it carries.
    RemoteRecord early = remoteTask(id, 2, u"第二版"_s);
    early.author = u"老作者"_s;
    apply(store, {early}, 10);
    apply(store, {remoteTask(id, 2, u"第二版"_s)}, 20);
    const auto history = require(store->history(id));
    REQUIRE(history.size() == 1);
    REQUIRE(history[0].meta.author == kLedgerAuthor);
}

TEST_CASE("pulled clock stamps order this device's next edits after them", "[pull]")
{
    TempStore store;
    const auto stampAt = [&](qint64 wallMs) {
        return Hlc{wallMs, 7, kOtherDevice}.toString();
    };
    const QString ahead = newId();
    RemoteRecord soon = remoteTask(ahead, 1);
    soon.hlc = stampAt(store->now() + 3'600'000); // another phone's clock is an hour ahead
    const QString wild = newId();
    RemoteRecord far = remoteTask(wild, 1);
    far.hlc = stampAt(store->now() + 3LL * 24 * 3600 * 1000); // days ahead: not followed
    apply(store, {soon, far}, 1);

    store.reopen(); // the observed stamp is kept
    const Record edited =
        require(store->updateRecord(ahead, 1, remoteTask(ahead, 1, u"改"_s).body, kAuthor));
    REQUIRE(*Hlc::parse(edited.meta.hlc) > *Hlc::parse(soon.hlc));
    REQUIRE(*Hlc::parse(edited.meta.hlc) < *Hlc::parse(far.hlc));
}

TEST_CASE("a deleted record arrives as a tombstone", "[pull]")
{
    TempStore store;
    const QString id = newId();
    apply(store, {remoteTask(id, 1)}, 1);
    RemoteRecord deleted = remoteTask(id, 2);
    deleted.deleted = true;
    apply(store, {deleted}, 2);
    REQUIRE(require(store->record(id)).meta.deleted);
    REQUIRE(require(store->list(tasksQuery())).rows.isEmpty());
}

TEST_CASE("other devices' track fixes are appended once, in order", "[pull]")
{
    TempStore store;
    const QString patrolId = newId();
    const Patrol patrol = samples::patrol(store->now() - 600'000);
    apply(store,
          {RemoteRecord{patrolId,
                        RecordKind::Patrol,
                        1,
                        false,
                        patrol.toJson(),
                        {},
                        kLedgerAuthor,
                        u"h"_s,
                        kOtherDevice}},
          1);
    const QList<geo::TrackFix> walk = samples::walk(store->now() - 500'000, 30);
    const RemoteTrack first{
        patrolId, 0, walk.mid(0, 20), {{walk[5].timeMs, u"poor-accuracy"_s, u"accuracy 85 m"_s}}};
    const RemoteTrack second{patrolId, 20, walk.mid(20), {}};

    REQUIRE(apply(store, {}, 2, {first}).fixesAdded == 20);
    REQUIRE(apply(store, {}, 3, {first}).fixesAdded == 0); // again: nothing new
    // Overlapping (starts inside what is held) and a gap (starts beyond it) add nothing wrong.
    const RemoteTrack gap{patrolId, 25, walk.mid(25), {}};
    REQUIRE(apply(store, {}, 4, {gap}).fixesAdded == 0);
    REQUIRE(apply(store, {}, 5, {second}).fixesAdded == 10);

    REQUIRE(require(store->track(patrolId)) == walk);
    const TrackSummary summary = require(store->trackSummary(patrolId));
    REQUIRE(summary.fixCount == 30);
    REQUIRE(summary.droppedCount == 1);
    REQUIRE(require(store->droppedFixes(patrolId)).size() == 1);
    REQUIRE(require(store->outboxStats()).changes == 0);
    const auto near = require(store->near({walk[0].lat, walk[0].lon}, 10));
    REQUIRE(near.size() == 1); // placed at its track start
}

TEST_CASE("pulled evidence has no file, and the store's checks accept that", "[pull]")
{
    TempStore store;
    const Record patrol = require(store->createRecord(
        RecordKind::Patrol, samples::patrol(store->now() - 60'000).toJson(), kAuthor));
    const QByteArray bytes = "a photo taken by another device";
    Evidence evidence;
    evidence.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    evidence.sizeBytes = bytes.size();
    evidence.mediaType = u"image/jpeg"_s;
    evidence.originalName = u"IMG_9.jpg"_s;
    evidence.capturedAtMs = store->now() - 30'000;
    evidence.linkedRecordId = patrol.meta.id;
    const QString id = newId();
    apply(store,
          {RemoteRecord{id,
                        RecordKind::Evidence,
                        1,
                        false,
                        evidence.toJson(),
                        {},
                        kLedgerAuthor,
                        u"h"_s,
                        kOtherDevice}},
          1);
    REQUIRE_FALSE(require(store->holdsBlob(evidence.sha256)));
    REQUIRE(require(store->outboxStats()).blobs == 0);
    REQUIRE(require(store->pendingBlobs()).isEmpty());
    requireOk(store->integrityCheck());

    // An unclean shutdown sweeps the blob folder: nothing breaks on the file-less record.
    const QString folder = store.path();
    store.store.reset();
    QFile marker(folder + u"/store.open"_s);
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    store.reopen();
    REQUIRE(store->recoveredFromUncleanShutdown());
    REQUIRE(require(store->record(id)).meta.kind == RecordKind::Evidence);

    // The same photo attached here to the same record: the existing record, and this store
    // now holds the file (the ledger has it already: nothing to upload).
    EvidenceCapture capture;
    capture.sourcePath = u"IMG_9.jpg"_s;
    capture.linkedRecordId = patrol.meta.id;
    const Record same = require(store->addEvidenceBytes(bytes, capture, kAuthor));
    REQUIRE(same.meta.id == id);
    REQUIRE(require(store->holdsBlob(evidence.sha256)));
    requireOk(store->verifyBlob(evidence.sha256));
    REQUIRE(require(store->outboxStats()).blobs == 0);
}

TEST_CASE("the enrolment and the cursor survive a restart, and a new view pulls from the start",
          "[pull]")
{
    TempStore store;
    REQUIRE_FALSE(require(store->enrolment()).has_value());
    REQUIRE(require(store->pullCursor()) == 0);
    Enrolment e{u"https://ledger.example.org"_s,
                u"fl1_secret"_s,
                1'798'000'000'000,
                u"liming"_s,
                u"river-chief"_s,
                {u"652801"_s},
                store->now()};
    requireOk(store->saveEnrolment(e));
    apply(store, {}, 1041);
    store.reopen();
    const Enrolment saved = *require(store->enrolment());
    REQUIRE(saved.token == e.token);
    REQUIRE(saved.tokenExpiresMs == e.tokenExpiresMs);
    REQUIRE(saved.divisions == e.divisions);
    REQUIRE(require(store->pullCursor()) == 1041);

    e.token = u"fl1_renewed"_s; // a renewed token: same view, same cursor
    requireOk(store->saveEnrolment(e));
    REQUIRE(require(store->pullCursor()) == 1041);
    e.divisions = QStringList{u"652800"_s}; // a wider scope sees older records too
    requireOk(store->saveEnrolment(e));
    REQUIRE(require(store->pullCursor()) == 0);
}

TEST_CASE("a store from schema 4 migrates: its history is kept as this device's", "[pull]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"old"_s);
    REQUIRE(QDir().mkpath(folder));
    {
        storage::Database db;
        requireOk(db.open(folder + u"/store.sqlite"_s, true));
        requireOk(db.exec("PRAGMA journal_mode=WAL"));
        requireOk(storage::migrate(db, 4));
        requireOk(db.exec(
            "INSERT INTO records (id, kind, revision, hlc, device_id, author, created_ms,"
            " updated_ms, body) VALUES ('r1', 'complaint_case', 1, 'h', 'dev', 'a', 1, 1, '{}');"
            "INSERT INTO revisions (record_id, revision, hlc, device_id, author, deleted,"
            " saved_ms, body) VALUES ('r1', 1, 'h', 'dev', 'a', 0, 1, '{}');"
            "INSERT INTO store_info (key, value) VALUES ('device_id', 'dev');"));
    }
    auto opened = Store::open(folder);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    opened.value().reset();
    storage::Database db;
    requireOk(db.open(folder + u"/store.sqlite"_s, false));
    REQUIRE(require(db.queryInt("SELECT pulled FROM revisions WHERE record_id = 'r1'")) == 0);
    REQUIRE(require(db.queryInt("SELECT COUNT(*) FROM record_conflicts")) == 0);
    REQUIRE(require(db.queryInt("PRAGMA user_version")) == 5);
}
