// Evidence files: uploaded in chunks before the records that need them, resumed where the
// ledger's copy ends after a cut, never asked about when no evidence waits, and a file this
// device lost is a plain problem of its record, not a failed sync.

#include "synctest.h"
#include "testledger.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

constexpr qint64 kChunk = 64 * 1024;

SyncOptions chunkedOptions()
{
    SyncOptions options = fastOptions();
    options.chunkBytes = kChunk;
    return options;
}

QByteArray storedBytes(TempStore &store, const Record &evidence)
{
    QFile file(store->blobPath(evidence.body.value(u"sha256"_s).toString()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString shaOf(const Record &evidence)
{
    return evidence.body.value(u"sha256"_s).toString();
}

} // namespace

TEST_CASE("a photo goes up in chunks before its record, and counts in the progress", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    const QString patrol = makeChanges(store, 1).first();
    const Record photo = addPhoto(store, patrol, 200'000);

    SyncClient client(*store.store, chunkedOptions());
    QList<SyncProgress> seen;
    QObject::connect(&client, &SyncClient::progressChanged,
                     [&](const SyncProgress &progress) { seen << progress; });
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.filesUploaded == 1);
    REQUIRE(report.fileBytesUploaded == 200'000);
    REQUIRE(report.accepted == 2);
    REQUIRE(report.refused.isEmpty());
    REQUIRE(ledger.uploadOffsets == QList<qint64>{0, kChunk, 2 * kChunk, 3 * kChunk});
    REQUIRE(ledger.completeBlobs.contains(shaOf(photo)));
    REQUIRE(ledger.blobs.value(shaOf(photo)) == storedBytes(store, photo));
    REQUIRE(require(store->outboxStats()).blobs == 0); // marked as uploaded

    // Files first, then the push, then the pull; progress never goes back.
    QList<SyncPhase> phases;
    for (const auto &p : seen) {
        if (phases.isEmpty() || phases.last() != p.phase)
            phases << p.phase;
        REQUIRE(p.bytesDone <= p.bytesTotal);
    }
    REQUIRE(phases == QList<SyncPhase>{SyncPhase::Starting, SyncPhase::UploadingFiles,
                                       SyncPhase::Pushing, SyncPhase::Pulling,
                                       SyncPhase::Finished});
    for (qsizetype i = 1; i < seen.size(); ++i)
        REQUIRE(seen[i].bytesDone >= seen[i - 1].bytesDone);
    REQUIRE(seen.last().filesDone == 1);
    REQUIRE(seen.last().filesTotal == 1);
    REQUIRE(seen.last().bytesDone == seen.last().bytesTotal);
    REQUIRE(seen.last().bytesDone > 200'000);
}

TEST_CASE("without pending evidence the ledger is not asked about files", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    makeChanges(store, 2);
    SyncClient client(*store.store, chunkedOptions());
    const SyncReport report = require(client.syncAll());
    REQUIRE(ledger.missingRequests == 0);
    REQUIRE(report.requests == 2); // push, pull
}

TEST_CASE("a file the ledger already holds is not sent again", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    const Record photo = addPhoto(store, makeChanges(store, 1).first(), 100'000);
    ledger.completeBlobs.insert(shaOf(photo)); // another device brought the same bytes
    SyncClient client(*store.store, chunkedOptions());
    const SyncReport report = require(client.syncAll());
    REQUIRE(ledger.missingRequests == 1);
    REQUIRE(ledger.uploadRequests == 0);
    REQUIRE(report.filesUploaded == 0);
    REQUIRE(report.accepted == 2);
    REQUIRE(require(store->outboxStats()).blobs == 0);
}

TEST_CASE("an upload cut mid-chunk resumes where the ledger's copy ends", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    const Record photo = addPhoto(store, makeChanges(store, 1).first(), 150'000);

    SECTION("the same run sends the chunk again and continues from the ledger's answer")
    {
        ledger.cutUploadAtByte = 1000; // 1000 bytes stored, the answer lost
        SyncClient client(*store.store, chunkedOptions());
        const SyncReport report = require(client.syncAll());
        REQUIRE(report.retries == 1);
        // Tried at 0, cut; tried at 0 again: 409, the ledger holds 1000; on from there.
        REQUIRE(ledger.uploadOffsets ==
                QList<qint64>{0, 0, 1000, 1000 + kChunk, 1000 + 2 * kChunk});
        REQUIRE(ledger.blobs.value(shaOf(photo)) == storedBytes(store, photo));
        REQUIRE(report.accepted == 2);
    }
    SECTION("a new run asks the ledger how much it has and sends only the rest")
    {
        ledger.cutUploadAtByte = 70'000; // the second chunk is cut
        SyncOptions options = chunkedOptions();
        options.maxAttempts = 1; // out of coverage: the run gives up
        SyncClient interrupted(*store.store, options);
        REQUIRE_FALSE(interrupted.syncAll().ok());
        REQUIRE(ledger.blobs.value(shaOf(photo)).size() == 70'000);
        REQUIRE(require(store->outboxStats()).changes == 2); // nothing acknowledged

        ledger.uploadOffsets.clear();
        SyncClient resumed(*store.store, chunkedOptions());
        const SyncReport report = require(resumed.syncAll());
        REQUIRE(ledger.uploadOffsets == QList<qint64>{70'000, 70'000 + kChunk});
        REQUIRE(report.fileBytesUploaded == 150'000 - 70'000);
        REQUIRE(ledger.blobs.value(shaOf(photo)) == storedBytes(store, photo));
        REQUIRE(report.accepted == 2);
        REQUIRE(require(store->outboxStats()).changes == 0);
    }
}

TEST_CASE("an offset mismatch continues from where the ledger says", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    const Record photo = addPhoto(store, makeChanges(store, 1).first(), 100'000);
    ledger.offsetMismatches = 2; // e.g. a proxy replayed an old chunk meanwhile
    SyncClient client(*store.store, chunkedOptions());
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.retries == 0); // a 409 is an answer, not a failure
    REQUIRE(ledger.uploadOffsets == QList<qint64>{0, 0, 0, kChunk});
    REQUIRE(ledger.completeBlobs.contains(shaOf(photo)));
    REQUIRE(report.accepted == 2);
}

TEST_CASE("a blob-missing refusal uploads the file and pushes the record again", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    const Record photo = addPhoto(store, makeChanges(store, 1).first(), 10'000);
    // The ledger lost the file after the device uploaded it (its database was restored).
    requireOk(store->markBlobUploaded(shaOf(photo)));
    ledger.completeBlobs.insert(shaOf(photo));
    bool lost = false;
    ledger.refuse = [&](const QJsonObject &) -> std::optional<std::pair<QString, QString>> {
        if (!lost)
            ledger.completeBlobs.clear();
        lost = true;
        return std::nullopt;
    };
    SyncClient client(*store.store, chunkedOptions());
    const SyncReport report = require(client.syncAll());
    REQUIRE(report.refused.isEmpty()); // not shown to the user
    REQUIRE(report.accepted == 2);
    REQUIRE(report.filesUploaded == 1);
    REQUIRE(ledger.missingRequests == 2);
    REQUIRE(ledger.pushRequests == 2);
    REQUIRE(require(store->outboxStats()).changes == 0);
}

TEST_CASE("a file gone from the device is a problem of its record, not a crash", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    const QString patrol = makeChanges(store, 1).first();
    const Record photo = addPhoto(store, patrol, 20'000);
    const QString path = store->blobPath(shaOf(photo));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(QFile::remove(path));
    makeChanges(store, 1);

    SyncClient client(*store.store, chunkedOptions());
    const SyncReport report = require(client.syncAll()); // the run itself went through
    REQUIRE(report.accepted == 2);                       // both patrols
    REQUIRE(report.fileProblems.size() == 1);
    REQUIRE(report.fileProblems[0].recordIds == QStringList{photo.meta.id});
    REQUIRE(report.fileProblems[0].message.contains(u"missing"_s));
    REQUIRE(report.refused.size() == 1);
    REQUIRE(report.refused[0].recordId == photo.meta.id);
    REQUIRE(report.refused[0].code == u"blob-missing"_s);
    REQUIRE(report.refused[0].reason.contains(u"this device cannot send it"_s));
    REQUIRE(ledger.uploadRequests == 0);
    // The record stays, waiting in the outbox with its reason.
    REQUIRE(require(store->outboxStats()).changes == 1);
    REQUIRE(require(store->record(photo.meta.id)).meta.id == photo.meta.id);
}
