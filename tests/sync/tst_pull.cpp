// Pull through the sync client: other devices' records arrive without entering the outbox and
// carry the ledger's revision; local edits the ledger has not acknowledged are never
// overwritten; a pull cut between pages resumes at the saved cursor; conflicts are kept.

#include "synctest.h"
#include "testledger.h"

#include "domain/rectification.h"

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

const QString kOtherAuthor = u"阿依古丽"_s;

// Everything the other device saved goes into the ledger, as if it had synced.
void shareWithLedger(TempStore &other, TestLedger &ledger)
{
    const auto pending = require(other->pendingChanges(10'000));
    QStringList ids;
    for (const auto &entry : pending) {
        ledger.addForeignChange(entry.payload, other->deviceId());
        ids << entry.changeId;
    }
    requireOk(other->acknowledge(ids));
}

Record makeTask(TempStore &store, const QString &author = kOtherAuthor)
{
    return require(store->createRecord(RecordKind::RectificationTask,
                                       samples::task(kAuthor).toJson(), author));
}

QJsonObject withMeasures(QJsonObject body, const QString &measures)
{
    body.insert(u"measures"_s, measures);
    return body;
}

SyncOptions options(int pullLimit = 500)
{
    SyncOptions o = fastOptions();
    o.pullLimit = pullLimit;
    return o;
}

} // namespace

TEST_CASE("another device's records are pulled without entering the outbox", "[sync][pull]")
{
    TestLedger ledger;
    TempStore other;
    const Record task = makeTask(other);
    const Record patrol = require(other->createRecord(
        RecordKind::Patrol, samples::patrol(other->now() - 600'000).toJson(), kOtherAuthor));
    require(other->appendTrack(patrol.meta.id, samples::walk(other->now() - 500'000, 40),
                               kOtherAuthor));
    const Record photo = addPhoto(other, patrol.meta.id, 5'000);
    shareWithLedger(other, ledger);

    TempStore store;
    enrolDirectly(store, ledger);
    SyncClient client(*store.store, options());
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.pulled.applied == 3);
    REQUIRE(report.pulled.fixesAdded == 40);
    REQUIRE(require(store->outboxStats()).changes == 0); // nothing to send back

    const Record pulledTask = require(store->record(task.meta.id));
    REQUIRE(pulledTask.meta.revision == 1);
    REQUIRE(pulledTask.meta.author == kOtherAuthor); // the ledger's author, not this device's
    REQUIRE(pulledTask.meta.deviceId == other->deviceId());
    REQUIRE(pulledTask.body == task.body);
    REQUIRE(require(store->history(task.meta.id)).size() == 1);

    // The track is the other device's, fix for fix, with the same summary.
    REQUIRE(require(store->track(patrol.meta.id)) == require(other->track(patrol.meta.id)));
    const TrackSummary mine = require(store->trackSummary(patrol.meta.id));
    const TrackSummary theirs = require(other->trackSummary(patrol.meta.id));
    REQUIRE(mine.fixCount == theirs.fixCount);
    REQUIRE(mine.distanceMeters == theirs.distanceMeters);
    REQUIRE(mine.movingMs == theirs.movingMs);

    // Evidence arrives as a record without its file, and the store stays healthy.
    const Record pulledPhoto = require(store->record(photo.meta.id));
    REQUIRE(pulledPhoto.body == photo.body);
    REQUIRE_FALSE(require(store->holdsBlob(photo.body.value(u"sha256"_s).toString())));
    requireOk(store->integrityCheck());
    store.reopen(StoreOptions{{}, true, 0});

    // An edit continues from the ledger's revision, and goes to the ledger.
    const Record edited = require(store->updateRecord(
        task.meta.id, 1, withMeasures(task.body, u"清运并设置围挡"_s), kAuthor));
    REQUIRE(edited.meta.revision == 2);
    SyncClient again(*store.store, options());
    const SyncReport pushed = require(again.syncAll());
    REQUIRE(pushed.accepted == 1);
    REQUIRE(pushed.pulled.unchanged == 1); // its own change came back
    REQUIRE(require(store->record(task.meta.id)).meta.author == kAuthor);
}

TEST_CASE("a record with changes the ledger has not acknowledged keeps them", "[sync][pull]")
{
    TestLedger ledger;
    TempStore other;
    const Record task = makeTask(other);
    shareWithLedger(other, ledger);
    TempStore store;
    enrolDirectly(store, ledger);
    require(SyncClient(*store.store, options()).syncAll());

    // Both edit the task; this device's edit is refused and waits for its user.
    require(
        other->updateRecord(task.meta.id, 1, withMeasures(task.body, u"他们的"_s), kOtherAuthor));
    shareWithLedger(other, ledger);
    const Record mine =
        require(store->updateRecord(task.meta.id, 1, withMeasures(task.body, u"我的"_s), kAuthor));
    ledger.refuse = [](const QJsonObject &) -> std::optional<std::pair<QString, QString>> {
        return std::pair(u"invalid-record"_s, u"measures: too short"_s);
    };
    SyncClient client(*store.store, options());
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.refused.size() == 1);
    REQUIRE(report.pulled.keptLocal == 1);
    REQUIRE(report.pulled.applied == 0);
    const Record kept = require(store->record(task.meta.id));
    REQUIRE(kept.body == mine.body);
    REQUIRE(kept.meta.revision == 2);
    REQUIRE(require(store->outboxStats()).changes == 1);
}

TEST_CASE("a pull cut between pages resumes at the saved cursor", "[sync][pull]")
{
    TestLedger ledger;
    TempStore other;
    for (int i = 0; i < 10; ++i)
        makeTask(other);
    shareWithLedger(other, ledger);
    TempStore store;
    enrolDirectly(store, ledger);

    SECTION("in the same run, by trying the page again")
    {
        ledger.cutPullAfterPages = 2;
        SyncClient client(*store.store, options(3));
        const SyncReport report = require(client.syncAll());
        REQUIRE(report.retries == 1);
        REQUIRE(ledger.pullAfters == QList<qint64>{0, 3, 6, 6, 9});
        REQUIRE(report.pulled.applied == 10);
    }
    SECTION("in the next run, after giving up")
    {
        ledger.cutPullAfterPages = 2;
        SyncOptions once = options(3);
        once.maxAttempts = 1;
        SyncClient cut(*store.store, once);
        REQUIRE_FALSE(cut.syncAll().ok());
        REQUIRE(require(store->pullCursor()) == 6);
        REQUIRE(require(store->list({})).rows.size() == 6); // two pages applied, kept

        store.reopen();
        ledger.pullAfters.clear();
        SyncClient resumed(*store.store, options(3));
        const SyncReport report = require(resumed.syncAll());
        REQUIRE(ledger.pullAfters == QList<qint64>{6, 9});
        REQUIRE(report.pulled.applied == 4);
    }
    REQUIRE(require(store->pullCursor()) == 10);
    REQUIRE(require(store->list({})).rows.size() == 10);

    // Nothing new: one request.
    const int before = ledger.requests;
    REQUIRE(require(SyncClient(*store.store, options(3)).syncAll()).requests == 1);
    REQUIRE(ledger.requests == before + 1);
}

TEST_CASE("the ledger's open conflicts are kept with the record until resolved", "[sync][pull]")
{
    TestLedger ledger;
    TempStore other;
    const Record task = makeTask(other);
    shareWithLedger(other, ledger);
    const QJsonArray conflict{QJsonObject{
        {u"field"_s, u"status"_s}, {u"values"_s, QJsonArray{u"submitted"_s, u"closed_out"_s}}}};
    ledger.conflicts.insert(task.meta.id, conflict);
    TempStore store;
    enrolDirectly(store, ledger);
    const SyncReport report = require(SyncClient(*store.store, options()).syncAll());
    REQUIRE(report.pulled.withConflicts == 1);
    const auto open = require(store->openConflicts());
    REQUIRE(open.size() == 1);
    REQUIRE(open[0].recordId == task.meta.id);
    REQUIRE(open[0].kind == RecordKind::RectificationTask);
    REQUIRE(open[0].conflicts == conflict);

    // The office resolves it with a new version.
    require(
        other->updateRecord(task.meta.id, 1, withMeasures(task.body, u"办公室"_s), kOtherAuthor));
    shareWithLedger(other, ledger);
    ledger.conflicts.clear();
    require(SyncClient(*store.store, options()).syncAll());
    REQUIRE(require(store->openConflicts()).isEmpty());
    REQUIRE(require(store->record(task.meta.id)).meta.revision == 2);
}
