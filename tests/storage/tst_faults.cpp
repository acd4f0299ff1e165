// Faults: corrupt files, a full disk, a store in use, an unclean shutdown. Each gives a clear
// error and leaves everything saved before intact.

#include "storetest.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

int saveUntilFull(Store &store, const QString &author, ErrorCode *failure)
{
    for (int saved = 0; saved < 100'000; ++saved) {
        auto r = store.createRecord(RecordKind::ComplaintCase,
                                    samples::complaint(store.now()).toJson(), author);
        if (!r) {
            *failure = r.error().code;
            return saved;
        }
    }
    FAIL("the store never filled up");
    return -1;
}

} // namespace

TEST_CASE("a damaged database is reported and never overwritten", "[faults]")
{
    TempStore s;
    for (int i = 0; i < 200; ++i)
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    s.store.reset();
    const QString db = s.path() + u"/store.sqlite"_s;

    SECTION("garbage inside the b-tree pages")
    {
        overwrite(db, 4096 * 3, QByteArray(4096 * 2, '\x5a')); // two whole pages
    }
    SECTION("a file that is not a database at all")
    {
        overwrite(db, 0, QByteArray("this is not an SQLite file, it is a photo? ........"));
    }
    const QByteArray before = fileHash(db);
    auto opened = Store::open(s.path());
    REQUIRE_FALSE(opened.ok());
    REQUIRE(opened.error().code == ErrorCode::StorageCorrupt);
    REQUIRE(opened.error().message.contains(u"damaged"_s));
    REQUIRE(fileHash(db) == before);
    // Refused again on the next attempt: nothing was "repaired" in between.
    REQUIRE(Store::open(s.path()).error().code == ErrorCode::StorageCorrupt);
}

// A crash image: the write-ahead log still holds committed pages that were never folded into the
// main file. Refusing such a store must leave both files exactly as they were (support needs
// them), so closing the refused store must not checkpoint.
TEST_CASE("a crashed store with unapplied log frames is refused untouched", "[faults]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"crash-image"_s);
    QDir().mkpath(folder);
    const QString db = folder + u"/store.sqlite"_s;
    {
        storage::Database raw;
        requireOk(raw.open(db, true));
        requireOk(raw.exec("PRAGMA journal_mode=WAL"));
        requireOk(raw.exec("CREATE TABLE old_rows (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 "
                           "UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO old_rows "
                           "SELECT printf('%0100d', i) FROM n"));
        requireOk(raw.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        raw.setCheckpointOnClose(false); // what a crash leaves: frames only in the log
        requireOk(raw.exec("CREATE TABLE new_rows (x TEXT); INSERT INTO new_rows VALUES ('y')"));
    }
    REQUIRE(QFileInfo(db + u"-wal"_s).size() > 0);

    SECTION("damaged pages in the main file")
    {
        overwrite(db, 4096 * 3, QByteArray(4096 * 2, '\x5a')); // old_rows pages, not in the log
    }
    SECTION("a store from a newer FieldLedger")
    {
        storage::Database raw;
        requireOk(raw.open(db, false));
        raw.setCheckpointOnClose(false);
        requireOk(raw.exec("PRAGMA user_version = 99"));
    }
    const QByteArray mainBefore = fileHash(db);
    const QByteArray walBefore = fileHash(db + u"-wal"_s);
    auto opened = Store::open(folder);
    REQUIRE_FALSE(opened.ok());
    REQUIRE((opened.error().code == ErrorCode::StorageCorrupt ||
             opened.error().code == ErrorCode::Unsupported));
    REQUIRE(fileHash(db) == mainBefore);
    REQUIRE(QFile::exists(db + u"-wal"_s));
    REQUIRE(fileHash(db + u"-wal"_s) == walBefore);
}

TEST_CASE("a second open of a store that is already open is refused", "[faults]")
{
    TempStore s;
    auto second = Store::open(s.path());
    REQUIRE_FALSE(second.ok());
    REQUIRE(second.error().code == ErrorCode::StorageLocked);
}

TEST_CASE("after an unclean shutdown the store runs the full check and opens", "[faults]")
{
    TempStore s;
    const Record kept =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    s.store.reset();
    QFile marker(s.path() + u"/store.open"_s); // what a killed process leaves behind
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    s.reopen();
    REQUIRE(s->recoveredFromUncleanShutdown());
    REQUIRE(require(s->record(kept.meta.id)).body == kept.body);
    requireOk(s->integrityCheck());
}

TEST_CASE("a full database quota fails the save cleanly and keeps everything before", "[faults]")
{
    StoreOptions options;
    options.maxDatabaseBytes = 300 * 1024;
    TempStore s(options);
    ErrorCode failure = ErrorCode::Internal;
    const int saved = saveUntilFull(*s.store, kAuthor, &failure);
    REQUIRE(saved > 10);
    REQUIRE(failure == ErrorCode::StorageFull);

    ListQuery all;
    all.limit = 1000;
    int listed = 0;
    do {
        const auto page = require(s->list(all));
        listed += int(page.rows.size());
        all.after = page.nextCursor;
    } while (!all.after.isEmpty());
    REQUIRE(listed == saved);
    REQUIRE(require(s->outboxStats()).changes == saved);
    requireOk(s->integrityCheck());

    s.reopen(); // without the quota: saving works again
    REQUIRE(
        s->createRecord(RecordKind::ComplaintCase, samples::complaint(s.clockMs).toJson(), kAuthor)
            .ok());
}

TEST_CASE("a full disk fails photo and record saves cleanly", "[faults]")
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(u"small-disk"_s);
    QDir().mkpath(mountPoint);
    // A real 3 MiB file system. Needs root (CI and the dev machines run as root).
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=3m"_s, u"tmpfs"_s,
                                       mountPoint}) != 0) {
        // CI and the dev machines run as root, where this must work; elsewhere say so loudly.
        REQUIRE(::geteuid() != 0);
        WARN("not root: cannot mount a tmpfs, the full-disk test did not run");
        return;
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(u"umount"_s, {path}); }
    } unmount{mountPoint};

    qint64 clock = samples::kNov23_2026_10am_Beijing;
    StoreOptions options;
    options.clock = [&clock] {
        return clock;
    };
    auto created = Store::create(mountPoint + u"/device"_s, options);
    REQUIRE(created.ok());
    Store &store = **created;
    const Record patrol =
        require(store.createRecord(RecordKind::Patrol, samples::patrol(clock).toJson(), kAuthor));

    // A 1 MiB photo fits; the disk cannot hold a 4 MiB video.
    const QString photo = dir.filePath(u"photo.jpg"_s);
    const QString video = dir.filePath(u"video.mp4"_s);
    for (const auto &[path, size] : {std::pair{photo, 1 << 20}, std::pair{video, 4 << 20}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray bytes(size, '\0');
        for (int i = 0; i < size; ++i)
            bytes[i] = char((i * 131) >> 3);
        f.write(bytes);
    }
    EvidenceCapture capture;
    capture.linkedRecordId = patrol.meta.id;
    capture.sourcePath = photo;
    const Record savedPhoto = require(store.addEvidence(capture, kAuthor));
    capture.sourcePath = video;
    auto full = store.addEvidence(capture, kAuthor);
    REQUIRE_FALSE(full.ok());
    REQUIRE(full.error().code == ErrorCode::StorageFull);
    REQUIRE(require(store.outboxStats()).blobs == 1);
    REQUIRE(QDir(mountPoint + u"/device/blobs/tmp"_s).isEmpty()); // no half-written copy left

    ErrorCode failure = ErrorCode::Internal;
    const int more = saveUntilFull(store, kAuthor, &failure);
    REQUIRE(failure == ErrorCode::StorageFull);
    REQUIRE(require(store.outboxStats()).changes == 2 + more);
    REQUIRE(require(store.record(savedPhoto.meta.id)).body == savedPhoto.body);
    requireOk(store.verifyBlob(require(Evidence::fromJson(savedPhoto.body)).sha256));
    requireOk(store.integrityCheck());
}
