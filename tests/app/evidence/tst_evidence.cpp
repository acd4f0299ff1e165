// Evidence capture and the gallery model on a real store, with positions from Qt's NMEA source
// replaying sentences from a buffer (the code path a phone's GNSS takes).

#include "apptest.h"
#include "evidencemodel.h"
#include "evidencerecorder.h"
#include "positionfeed.h"

#include "domain/evidence.h"
#include "domain/rectification.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>

#include <cmath>

using namespace Qt::StringLiterals;
using apptest::TempStore;

namespace {

// "$BODY*CS" with the XOR checksum NMEA requires.
QByteArray sentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body)
        sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

// Fixes at 43.8256 N 87.6168 E (Urumqi), HDOP 0.9, one a second ending now.
QByteArray nmeaLog(int fixes)
{
    QByteArray log;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-fixes);
    for (int i = 0; i < fixes; ++i) {
        const QDateTime t = start.addSecs(i);
        const QByteArray time = t.toString(u"hhmmss.zzz"_s).left(9).toLatin1();
        const QByteArray date = t.toString(u"ddMMyy"_s).toLatin1();
        log += sentence("GPRMC," + time + ",A,4349.5360,N,08737.0080,E,0.0,0.0," + date + ",,,A");
        log += sentence("GPGGA," + time + ",4349.5360,N,08737.0080,E,1,09,0.9,800.0,M,0.0,M,,");
    }
    return log;
}

// A position feed fed by Qt's NMEA source replaying `log` from memory.
struct NmeaFeed
{
    explicit NmeaFeed(const QByteArray &log)
    {
        buffer.setData(log);
        buffer.open(QIODevice::ReadOnly);
        auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
        source->setUserEquivalentRangeError(5.0); // Qt: accuracy = 2 x HDOP x 5 m = 9 m
        source->setDevice(&buffer);
        feed.setSource(source);
        feed.start();
    }
    ~NmeaFeed() { feed.setSource(nullptr); }
    QBuffer buffer;
    PositionFeed feed;
};

QString writePhoto(const QString &path, QColor colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    REQUIRE(image.save(path, "JPEG"));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString createTask(fl::Store &store, const QString &author)
{
    fl::RectificationTask task;
    task.taskNumber = u"ZG-2026-001"_s;
    task.title = u"Clear the dumped garbage at the bridge"_s;
    task.assignee = author;
    task.deadline = u"2026-12-31"_s;
    auto created = store.createRecord(fl::RecordKind::RectificationTask, task.toJson(), author);
    REQUIRE(created.ok());
    return created->meta.id;
}

int evidenceCount(fl::Store &store)
{
    fl::ListQuery query;
    query.kind = fl::RecordKind::Evidence;
    query.limit = 1000;
    auto page = store.list(query);
    REQUIRE(page.ok());
    return int(page->rows.size());
}

fl::Evidence evidenceOf(fl::Store &store, const QString &id)
{
    auto record = store.record(id);
    REQUIRE(record.ok());
    auto evidence = fl::Evidence::fromJson(record->body);
    REQUIRE(evidence.ok());
    return *evidence;
}

} // namespace

TEST_CASE("a photo file is stored byte for byte with the current fix", "[evidence]")
{
    TempStore s;
    const QString taskId = createTask(s.store(), s.records->author());
    NmeaFeed nmea(nmeaLog(3));
    REQUIRE(apptest::waitFor([&] { return nmea.feed.valid(); }));

    const QString photo = writePhoto(s.dir.filePath(u"bridge.jpg"_s), Qt::darkGreen);
    const QByteArray bytes = readAll(photo);
    EvidenceRecorder recorder;
    recorder.setStore(s.records.get());
    recorder.setPosition(&nmea.feed);
    QSignalSpy changed(s.records.get(), &RecordStore::recordsChanged);

    const QString id =
        recorder.addPhotoFile(QUrl::fromLocalFile(photo), taskId, u"rectification"_s, u"before"_s);
    REQUIRE(recorder.error() == QString());
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(recorder.notice() == QString());
    REQUIRE(changed.count() == 1);
    REQUIRE(changed.at(0).at(0).toInt() == int(fl::RecordKind::Evidence));

    const fl::Evidence evidence = evidenceOf(s.store(), id);
    REQUIRE(
        evidence.sha256 ==
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    REQUIRE(readAll(s.store().blobPath(evidence.sha256)) == bytes);
    REQUIRE(evidence.mediaType == u"image/jpeg"_s);
    REQUIRE(evidence.linkedRecordId == taskId);
    REQUIRE(evidence.linkedItemId == u"rectification"_s);
    REQUIRE(evidence.note == u"before"_s);
    REQUIRE(evidence.position.has_value());
    REQUIRE(std::abs(evidence.position->lat - 43.8256) < 1e-4);
    REQUIRE(std::abs(evidence.position->lon - 87.6168) < 1e-4);
    REQUIRE(evidence.position->accuracy.has_value());
    REQUIRE(std::abs(*evidence.position->accuracy - 9.0) < 0.01);
    REQUIRE(evidence.gnssTimeMs == nmea.feed.timestampMs());
    REQUIRE(QFile::exists(photo)); // the user's own file is left where it was
}

TEST_CASE("without a fix the photo is stored without a position and the user is told", "[evidence]")
{
    TempStore s;
    const QString photo = writePhoto(s.dir.filePath(u"p.jpg"_s), Qt::red);
    PositionFeed feed;
    EvidenceRecorder recorder;
    recorder.setStore(s.records.get());

    SECTION("a device without positioning")
    {
        feed.setSource(nullptr);
        recorder.setPosition(&feed);
    }
    SECTION("no position feed at all") {}

    const QString id = recorder.addPhotoPath(photo, {}, {}, {});
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(recorder.notice().contains(u"without a position"_s));
    const fl::Evidence evidence = evidenceOf(s.store(), id);
    REQUIRE_FALSE(evidence.position.has_value());
    REQUIRE_FALSE(evidence.gnssTimeMs.has_value());
}

TEST_CASE("a photo file that vanished is an error and nothing is stored", "[evidence]")
{
    TempStore s;
    const QString photo = writePhoto(s.dir.filePath(u"gone.jpg"_s), Qt::blue);
    REQUIRE(QFile::remove(photo));
    EvidenceRecorder recorder;
    recorder.setStore(s.records.get());
    QSignalSpy changed(s.records.get(), &RecordStore::recordsChanged);

    REQUIRE(recorder.addPhotoFile(QUrl::fromLocalFile(photo), {}, {}, {}).isEmpty());
    REQUIRE(recorder.error().contains(u"photo file is gone"_s));
    REQUIRE(recorder.error().contains(photo));
    REQUIRE(evidenceCount(s.store()) == 0);
    REQUIRE(changed.isEmpty());

    // A path that is no file (a folder picked by mistake) cannot be read.
    REQUIRE(recorder.addPhotoPath(s.dir.path(), {}, {}, {}).isEmpty());
    REQUIRE(recorder.error().contains(u"cannot be read"_s));
    REQUIRE(evidenceCount(s.store()) == 0);

    // The next good photo clears the error.
    const QString next = writePhoto(s.dir.filePath(u"next.jpg"_s), Qt::blue);
    REQUIRE_FALSE(recorder.addPhotoPath(next, {}, {}, {}).isEmpty());
    REQUIRE(recorder.error().isEmpty());
}

TEST_CASE("a full store refuses the photo in plain words and keeps the user's file", "[evidence]")
{
    QTemporaryDir dir;
    fl::StoreOptions options;
    options.maxDatabaseBytes = 200 * 1024;
    auto created = fl::Store::create(dir.filePath(u"store"_s), options);
    REQUIRE(created.ok());
    RecordStore records(std::move(*created));
    records.setAuthor(u"阿依古丽"_s);
    fl::Store &store = records.store();

    // Fill the database with ever smaller records until not even a small one fits.
    int saved = 0;
    for (int size : {4000, 1000, 200, 20}) {
        for (;;) {
            fl::RectificationTask task;
            task.title = u"filler"_s;
            task.description = QString(size, u'x');
            auto r = store.createRecord(fl::RecordKind::RectificationTask, task.toJson(), u"x"_s);
            if (!r) {
                REQUIRE(r.error().code == fl::ErrorCode::StorageFull);
                break;
            }
            ++saved;
        }
    }
    REQUIRE(saved > 0);

    const QString photo = writePhoto(dir.filePath(u"full.jpg"_s), Qt::yellow);
    const QByteArray bytes = readAll(photo);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    EvidenceRecorder recorder;
    recorder.setStore(&records);
    REQUIRE(recorder.addPhotoPath(photo, {}, {}, {}).isEmpty());
    REQUIRE(recorder.error().contains(u"storage is full"_s));
    REQUIRE(recorder.error().contains(photo));
    REQUIRE(readAll(photo) == bytes);                  // nothing lost
    REQUIRE_FALSE(QFile::exists(store.blobPath(sha))); // and no orphan copy kept
    REQUIRE(evidenceCount(store) == 0);
}

TEST_CASE("an annotation is a new record linked to the evidence, which never changes", "[evidence]")
{
    TempStore s;
    EvidenceRecorder recorder;
    recorder.setStore(s.records.get());
    const QString photo = writePhoto(s.dir.filePath(u"a.jpg"_s), Qt::gray);
    const QString evidenceId = recorder.addPhotoPath(photo, {}, {}, u"bank garbage"_s);
    REQUIRE_FALSE(evidenceId.isEmpty());
    const auto before = s.store().record(evidenceId);
    REQUIRE(before.ok());

    QSignalSpy annotated(&recorder, &EvidenceRecorder::annotated);
    const QString noteId = recorder.annotate(evidenceId, u"  The pile is on the left bank.  "_s);
    REQUIRE_FALSE(noteId.isEmpty());
    REQUIRE(noteId != evidenceId);
    REQUIRE(annotated.count() == 1);

    const auto after = s.store().record(evidenceId);
    REQUIRE(after->meta.revision == 1);
    REQUIRE(after->body == before->body);

    const fl::Evidence note = evidenceOf(s.store(), noteId);
    REQUIRE(note.linkedRecordId == evidenceId);
    REQUIRE(note.mediaType == u"text/plain"_s);
    REQUIRE(note.note == u"The pile is on the left bank."_s);
    REQUIRE(readAll(s.store().blobPath(note.sha256)) == "The pile is on the left bank.");

    SECTION("empty text and unknown evidence are refused")
    {
        REQUIRE(recorder.annotate(evidenceId, u"   "_s).isEmpty());
        REQUIRE_FALSE(recorder.error().isEmpty());
        REQUIRE(recorder.annotate(u"0190a000-0000-7000-8000-000000000000"_s, u"x"_s).isEmpty());
        REQUIRE_FALSE(recorder.error().isEmpty());
        REQUIRE(evidenceCount(s.store()) == 2);
    }
}

TEST_CASE("a camera capture's file is removed only once the store holds it", "[evidence]")
{
    TempStore s;
    EvidenceRecorder recorder;
    recorder.setStore(s.records.get());
    recorder.setCaptureFolder(s.dir.filePath(u"captures"_s));
    const QString taskId = createTask(s.store(), s.records->author());

    const QString path = recorder.newCapturePath();
    REQUIRE(path.startsWith(s.dir.filePath(u"captures/"_s)));
    writePhoto(path, Qt::cyan);

    SECTION("stored: the capture file is gone, the store has the bytes")
    {
        const QByteArray bytes = readAll(path);
        const QString id = recorder.addCapturedPhoto(path, taskId, {}, {});
        REQUIRE_FALSE(id.isEmpty());
        REQUIRE_FALSE(QFile::exists(path));
        REQUIRE(readAll(s.store().blobPath(evidenceOf(s.store(), id).sha256)) == bytes);
    }
    SECTION("refused: the capture stays for another try")
    {
        REQUIRE(recorder.addCapturedPhoto(path, u"0190a000-0000-7000-8000-000000000000"_s, {}, {})
                    .isEmpty());
        REQUIRE_FALSE(recorder.error().isEmpty());
        REQUIRE(QFile::exists(path));
    }
    SECTION("an image in memory is written as JPEG and stored")
    {
        QImage frame(320, 240, QImage::Format_RGB32);
        frame.fill(Qt::magenta);
        const QString id = recorder.addPhotoImage(frame, taskId, {}, {});
        REQUIRE_FALSE(id.isEmpty());
        const fl::Evidence evidence = evidenceOf(s.store(), id);
        REQUIRE(evidence.mediaType == u"image/jpeg"_s);
        REQUIRE(QImage(s.store().blobPath(evidence.sha256)).size() == QSize(320, 240));
        REQUIRE(QDir(recorder.captureFolder()).entryList(QDir::Files).size() == 1); // `path`
    }
}

TEST_CASE("the evidence model lists a record's evidence with watermark and annotations",
          "[evidence]")
{
    TempStore s;
    const QString taskId = createTask(s.store(), s.records->author());
    const QString otherTask = createTask(s.store(), s.records->author());
    NmeaFeed nmea(nmeaLog(3));
    REQUIRE(apptest::waitFor([&] { return nmea.feed.valid(); }));
    EvidenceRecorder recorder;
    recorder.setStore(s.records.get());
    recorder.setPosition(&nmea.feed);

    const QString first =
        recorder.addPhotoPath(writePhoto(s.dir.filePath(u"1.jpg"_s), Qt::red), taskId, u"a"_s, {});
    const QString second = recorder.addPhotoPath(writePhoto(s.dir.filePath(u"2.jpg"_s), Qt::green),
                                                 taskId, u"b"_s, u"after"_s);
    const QString elsewhere =
        recorder.addPhotoPath(writePhoto(s.dir.filePath(u"3.jpg"_s), Qt::blue), otherTask, {}, {});
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE_FALSE(second.isEmpty());
    REQUIRE_FALSE(elsewhere.isEmpty());

    EvidenceModel model;
    model.setStore(s.records.get());
    REQUIRE(model.count() == 3);

    model.setRecordId(taskId);
    REQUIRE(model.count() == 2);
    const QStringList both = model.ids();
    REQUIRE(QSet<QString>{both.cbegin(), both.cend()} == QSet<QString>{first, second});
    model.setItemId(u"b"_s);
    REQUIRE(model.ids() == QStringList{second});

    const QModelIndex row = model.index(0);
    const QString sha = evidenceOf(s.store(), second).sha256;
    REQUIRE(row.data(EvidenceModel::FileUrlRole).toUrl() ==
            QUrl::fromLocalFile(s.store().blobPath(sha)));
    REQUIRE(row.data(EvidenceModel::HasFileRole).toBool());
    REQUIRE(row.data(EvidenceModel::MediaKindRole).toString() == u"photo"_s);
    REQUIRE(row.data(EvidenceModel::AuthorRole).toString() == u"阿依古丽"_s);
    REQUIRE(row.data(EvidenceModel::NoteRole).toString() == u"after"_s);
    REQUIRE(std::abs(row.data(EvidenceModel::LatitudeRole).toDouble() - 43.8256) < 1e-4);
    REQUIRE(std::abs(row.data(EvidenceModel::AccuracyRole).toDouble() - 9.0) < 0.01);
    const QStringList lines = row.data(EvidenceModel::WatermarkLinesRole).toStringList();
    REQUIRE(lines == fl::watermarkLines(evidenceOf(s.store(), second), u"阿依古丽"_s));
    REQUIRE(lines.size() == 3);
    REQUIRE(lines.at(1).startsWith(u"43.8256"_s));
    REQUIRE(lines.at(1).contains(u"±9 m"_s));
    REQUIRE(lines.at(2).contains(u"阿依古丽"_s));
    REQUIRE(row.data(EvidenceModel::AnnotationsRole).toStringList().isEmpty());

    // Annotating reloads the model through the store's signal; the annotation is not a row.
    REQUIRE_FALSE(recorder.annotate(second, u"first note"_s).isEmpty());
    REQUIRE_FALSE(recorder.annotate(second, u"second note"_s).isEmpty());
    REQUIRE(model.count() == 1);
    REQUIRE(model.index(0).data(EvidenceModel::AnnotationsRole).toStringList() ==
            QStringList{u"first note"_s, u"second note"_s});
    model.setItemId({});
    model.setRecordId({});
    REQUIRE(model.count() == 3);

    model.setEvidenceId(first);
    REQUIRE(model.ids() == QStringList{first});
    REQUIRE(model.get(0).value(u"id"_s).toString() == first);
    REQUIRE(model.roleNames().value(EvidenceModel::WatermarkLinesRole) == "watermarkLines");
}
