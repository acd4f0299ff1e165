// Evidence: content-addressed blobs, one blob per content, never modified, durable.

#include "storetest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray photoBytes(int seed)
{
    QByteArray bytes("\xff\xd8\xff\xe0 fake-but-unique jpeg ");
    for (int i = 0; i < 50'000; ++i)
        bytes.append(char((i * 31 + seed * 7) & 0xff));
    return bytes;
}

int blobFileCount(const QString &storeFolder)
{
    int count = 0;
    QDir blobs(storeFolder + u"/blobs"_s);
    for (const QString &sub : blobs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub != u"tmp"_s)
            count += int(QDir(blobs.filePath(sub)).entryList(QDir::Files).size());
    }
    return count;
}

} // namespace

TEST_CASE("a photo is stored under its SHA-256 and linked to its record", "[evidence]")
{
    TempStore s;
    const Record patrol =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    const QByteArray bytes = photoBytes(1);
    EvidenceCapture capture;
    capture.sourcePath = writeFile(s.dir, u"IMG_0001.jpg"_s, bytes);
    capture.linkedRecordId = patrol.meta.id;
    capture.position = Position{43.8254, 87.6168, 812.0, 4.0};
    capture.headingDegrees = 270.0;

    const Record saved = require(s->addEvidence(capture, kAuthor));
    const Evidence evidence = require(Evidence::fromJson(saved.body));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    REQUIRE(evidence.sha256 == sha);
    REQUIRE(evidence.sizeBytes == bytes.size());
    REQUIRE(evidence.mediaType == u"image/jpeg"_s);
    REQUIRE(evidence.originalName == u"IMG_0001.jpg"_s);
    REQUIRE(evidence.capturedAtMs == s.clockMs);
    REQUIRE(evidence.linkedRecordId == patrol.meta.id);

    QFile stored(s->blobPath(sha));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    REQUIRE(stored.readAll() == bytes);
    requireOk(s->verifyBlob(sha));

    const auto stats = require(s->outboxStats());
    REQUIRE(stats.blobs == 1);
    REQUIRE(stats.blobBytes == bytes.size());

    SECTION("the same photo attached again to the same record is one record and one blob")
    {
        const Record again = require(s->addEvidence(capture, kAuthor));
        REQUIRE(again.meta.id == saved.meta.id);
        REQUIRE(blobFileCount(s.path()) == 1);
        REQUIRE(require(s->outboxStats()).changes == 2);
    }
    SECTION("the same photo for another record shares the blob")
    {
        const Record other = require(
            s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
        capture.linkedRecordId = other.meta.id;
        const Record second = require(s->addEvidence(capture, kAuthor));
        REQUIRE(second.meta.id != saved.meta.id);
        REQUIRE(blobFileCount(s.path()) == 1);
        REQUIRE(require(s->outboxStats()).blobs == 1);
    }
    SECTION("evidence can never be edited")
    {
        QJsonObject changed = saved.body;
        changed.insert(u"note"_s, u"moved the date"_s);
        auto edit = s->updateRecord(saved.meta.id, 1, changed, kAuthor);
        REQUIRE_FALSE(edit.ok());
        REQUIRE(edit.error().code == ErrorCode::Conflict);
        REQUIRE_FALSE(s->deleteRecord(saved.meta.id, 1, kAuthor).ok());
    }
    SECTION("a changed blob file is detected")
    {
        QFile::setPermissions(s->blobPath(sha), QFile::ReadOwner | QFile::WriteOwner);
        QFile tamper(s->blobPath(sha));
        REQUIRE(tamper.open(QIODevice::ReadWrite));
        tamper.seek(100);
        tamper.write("X");
        tamper.close();
        auto verdict = s->verifyBlob(sha);
        REQUIRE_FALSE(verdict.ok());
        REQUIRE(verdict.error().code == ErrorCode::StorageCorrupt);
    }
}

TEST_CASE("missing, empty or orphaned evidence files are refused and nothing is written",
          "[evidence]")
{
    TempStore s;
    const Record patrol =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    EvidenceCapture capture;
    capture.linkedRecordId = patrol.meta.id;

    SECTION("a photo file that vanished")
    {
        capture.sourcePath = s.dir.filePath(u"gone.jpg"_s);
        auto r = s->addEvidence(capture, kAuthor);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::NotFound);
        REQUIRE(r.error().message.contains(u"gone.jpg"_s));
    }
    SECTION("an empty file")
    {
        capture.sourcePath = writeFile(s.dir, u"empty.jpg"_s, {});
        auto r = s->addEvidence(capture, kAuthor);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::InvalidInput);
    }
    SECTION("a folder picked instead of a file (unreadable even for root)")
    {
        capture.sourcePath = s.dir.path();
        auto r = s->addEvidence(capture, kAuthor);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::Io);
    }
    SECTION("a photo linked to a deleted record leaves no file behind")
    {
        const Record gone = require(s->createRecord(
            RecordKind::ComplaintCase, samples::complaint(s.clockMs).toJson(), kAuthor));
        require(s->deleteRecord(gone.meta.id, 1, kAuthor));
        capture.linkedRecordId = gone.meta.id;
        capture.sourcePath = writeFile(s.dir, u"late.jpg"_s, photoBytes(4));
        REQUIRE(s->addEvidence(capture, kAuthor).error().code == ErrorCode::Conflict);
        REQUIRE(require(s->outboxStats()).changes == 3);
        REQUIRE(blobFileCount(s.path()) == 0);
        return;
    }
    SECTION("evidence without an author")
    {
        capture.sourcePath = writeFile(s.dir, u"anon.jpg"_s, photoBytes(5));
        REQUIRE(s->addEvidence(capture, u""_s).error().code == ErrorCode::InvalidInput);
    }
    SECTION("a photo linked to a record that does not exist")
    {
        capture.sourcePath = writeFile(s.dir, u"a.jpg"_s, photoBytes(3));
        capture.linkedRecordId = u"0190f2c4-0000-7000-8000-000000000000"_s;
        auto r = s->addEvidence(capture, kAuthor);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::NotFound);
    }
    REQUIRE(require(s->outboxStats()).changes == 1);
    REQUIRE(require(s->outboxStats()).blobs == 0);
    REQUIRE(blobFileCount(s.path()) == 0); // nothing copied in for a refused attach
}

TEST_CASE("a file copied in by a save that never committed is removed after the crash",
          "[evidence]")
{
    TempStore s;
    const QString folder = s.path();
    s.store.reset();
    // What the crash left: the copied file, and the marker of a store that was not closed.
    const QString orphan = folder + u"/blobs/ab/"_s + u"ab"_s + QString(62, u'c');
    QDir().mkpath(folder + u"/blobs/ab"_s);
    for (const QString &path : {orphan, folder + u"/store.open"_s}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("a crash came between the copy and the transaction");
    }
    s.reopen();
    REQUIRE(s->recoveredFromUncleanShutdown());
    REQUIRE_FALSE(QFile::exists(orphan));
}

TEST_CASE("stored evidence that changed on disk is never taken for a new attach", "[evidence]")
{
    TempStore s;
    const Record patrol =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    EvidenceCapture capture;
    capture.linkedRecordId = patrol.meta.id;
    capture.sourcePath = writeFile(s.dir, u"a.jpg"_s, photoBytes(6));
    const Record first = require(s->addEvidence(capture, kAuthor));
    const QString sha = first.body.value(u"sha256"_s).toString();
    QFile::setPermissions(s->blobPath(sha), QFile::ReadOwner | QFile::WriteOwner);
    QFile stored(s->blobPath(sha));
    REQUIRE(stored.open(QIODevice::ReadWrite));
    stored.seek(10);
    stored.write("bitrot");
    stored.close();

    capture.linkedItemId = u"another-item"_s; // same bytes again, for another item
    auto again = s->addEvidence(capture, kAuthor);
    REQUIRE_FALSE(again.ok());
    REQUIRE(again.error().code == ErrorCode::StorageCorrupt);
}

TEST_CASE("leftover temporary files from a crash are removed at open", "[evidence]")
{
    TempStore s;
    const QString leftover = s.path() + u"/blobs/tmp/half.part"_s;
    QFile file(leftover);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("partial");
    file.close();
    s.reopen();
    REQUIRE_FALSE(QFile::exists(leftover));
}

TEST_CASE("records cannot point at evidence the store does not hold", "[evidence]")
{
    TempStore s;
    Patrol patrol = samples::patrol(s.clockMs);
    PatrolProblem problem = samples::garbageProblem(s.clockMs);
    problem.evidenceIds << u"0190f2c4-0000-7000-8000-0000000000aa"_s;
    patrol.problems << problem;
    auto dangling = s->createRecord(RecordKind::Patrol, patrol.toJson(), kAuthor);
    REQUIRE_FALSE(dangling.ok());
    REQUIRE(dangling.error().code == ErrorCode::NotFound);

    Evidence fake;
    fake.sha256 = QString(64, u'a');
    fake.sizeBytes = 10;
    fake.mediaType = u"image/jpeg"_s;
    fake.capturedAtMs = s.clockMs;
    auto noFile = s->createRecord(RecordKind::Evidence, fake.toJson(), kAuthor);
    REQUIRE_FALSE(noFile.ok());
    REQUIRE(noFile.error().message.contains(u"attaching its file"_s));
    REQUIRE(require(s->outboxStats()).changes == 0);
}
