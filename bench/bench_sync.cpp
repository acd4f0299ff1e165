// The device's sync against a real ledgerd over loopback (docs/performance.md, "Sync"):
//  1. initial sync of 10,000 records with 200 photos of 1 MB: records/s, MB/s, and the ratio to
//     a plain HTTP upload of the same bytes to a server that only receives them, same run;
//  2. a sync with nothing new: requests and time;
//  3. a fresh office client pulling 100,000 changes: total time.
//
//   bench_sync [--records 10000] [--photos 200] [--pull-changes 100000] [--pg ADMIN_URL]
//   bench_sync --sink PORTFILE   (the plain HTTP receiver the baseline uploads to)

#include "benchutil.h"
#include "http/socketoptions.h"
#include "ledgerdchild.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fl;

namespace {

constexpr qint64 kPhotoBytes = 1024 * 1024;

// Receives any request whole (Qt HttpServer buffers bodies, as in ledgerd) and answers 200.
class Sink final : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        fl::ledgerd::answerPromptly(socket); // as ledgerd does: the baseline is not slowed
        received += request.body().size();
        makeResponder(request, socket)
            .write(QByteArray("{}"), "application/json", QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

public:
    qint64 received = 0;
};

int runSink(QCoreApplication &app, const QString &portFile)
{
    Sink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QFile file(portFile);
    if (port == 0 || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QByteArray::number(port));
    file.close();
    return app.exec();
}

void fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        fail(u"%1: %2"_s.arg(QString::fromUtf8(what), result.error().toString()));
    return std::move(result).value();
}

// A field team's backlog: `records` records and `photos` photos of 1 MB linked to patrols.
void fillStore(Store &store, int records, int photos)
{
    QStringList patrols;
    for (const auto &r : bench::mixedRecords(records, bench::nowMs() - 3'600'000, 60'000)) {
        const Record saved = must(store.createRecord(r.kind, r.body, bench::kAuthor), "save");
        if (r.kind == RecordKind::Patrol)
            patrols << saved.meta.id;
    }
    QRandomGenerator random(2026);
    for (int i = 0; i < photos; ++i) {
        QByteArray photo(kPhotoBytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
        EvidenceCapture capture;
        capture.sourcePath = u"IMG_%1.jpg"_s.arg(i);
        capture.linkedRecordId = patrols.at(i % patrols.size());
        capture.capturedAtMs = bench::nowMs() - 600'000;
        (void)must(store.addEvidenceBytes(photo, capture, bench::kAuthor), "photo");
    }
}

Enrolment enrol(Store &store, bench::LedgerdChild &ledgerd, const QString &user)
{
    QString error;
    const QString code = ledgerd.enrolmentCode(user, &error);
    if (code.isEmpty())
        fail(error);
    SyncClient client(store);
    return must(client.enrol(QUrl(ledgerd.baseUrl()), code, u"bench"_s), "enrol");
}

SyncReport syncTimed(Store &store, SyncOptions options, double *seconds)
{
    SyncClient client(store, options);
    QElapsedTimer timer;
    timer.start();
    SyncReport report = must(client.syncAll(), "sync");
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    if (client.error())
        fail(u"sync stopped: %1"_s.arg(client.error()->toString()));
    return report;
}

// The same bytes as plain HTTP POSTs, in the same request sizes the sync used.
double plainUpload(const QList<QByteArray> &bodies)
{
    QTemporaryDir dir;
    const QString portFile = dir.filePath(u"port"_s);
    QProcess sink;
    sink.start(QCoreApplication::applicationFilePath(), {u"--sink"_s, portFile});
    QFile file(portFile);
    for (int i = 0; i < 100 && !file.exists(); ++i)
        QThread::msleep(50);
    QThread::msleep(50);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"the sink did not start"_s);
    const QString url = u"http://127.0.0.1:%1/upload"_s.arg(QString::fromLatin1(file.readAll()));
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError)
            fail(u"plain upload: %1"_s.arg(reply->errorString()));
        reply->deleteLater();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sink.kill();
    sink.waitForFinished();
    return seconds;
}

// What the initial sync sent, as request bodies of the same sizes: pushes of at most
// `batchBytes` of payload and files in chunks.
QList<QByteArray> sameBytes(Store &store, const SyncOptions &options, qint64 *total)
{
    QList<QByteArray> bodies;
    QByteArray batch;
    int inBatch = 0;
    for (const auto &entry : must(store.pendingChanges(1'000'000), "outbox")) {
        if (inBatch == options.batchChanges ||
            batch.size() + entry.payload.size() > options.batchBytes) {
            bodies << batch;
            batch.clear();
            inBatch = 0;
        }
        batch += entry.payload;
        ++inBatch;
    }
    if (!batch.isEmpty())
        bodies << batch;
    for (const auto &blob : must(store.pendingBlobs(), "files")) {
        QFile file(store.blobPath(blob.sha256));
        if (!file.open(QIODevice::ReadOnly))
            fail(u"cannot read %1"_s.arg(file.fileName()));
        while (!file.atEnd())
            bodies << file.read(options.chunkBytes);
    }
    *total = 0;
    for (const auto &b : std::as_const(bodies))
        *total += b.size();
    return bodies;
}

int run(const QCommandLineParser &args)
{
    const int records = args.value(u"records"_s).toInt();
    const int photos = args.value(u"photos"_s).toInt();
    const int pullChanges = args.value(u"pull-changes"_s).toInt();
    bench::LedgerdChild ledgerd(args.value(u"pg"_s));
    QString error;
    if (!ledgerd.start(&error))
        fail(error);
    std::printf("ledgerd on %s, loopback\n", qPrintable(ledgerd.backend()));

    bench::TempStore device;
    fillStore(*device, records, photos);
    (void)enrol(*device, ledgerd, u"field"_s);
    SyncOptions options;
    qint64 bytes = 0;
    const QList<QByteArray> bodies = sameBytes(*device, options, &bytes);
    const qint64 changes = must(device->outboxStats(), "outbox").changes;

    double syncS = 0;
    const SyncReport first = syncTimed(*device, options, &syncS);
    const double plainS = plainUpload(bodies);
    std::printf("1. initial sync: %lld changes (%d records) and %d files of 1 MB, %.1f MB\n",
                changes, records, first.filesUploaded, double(bytes) / 1e6);
    std::printf("   sync %.2f s: %.0f records/s, %.1f MB/s, %d requests\n", syncS,
                double(records) / syncS, double(bytes) / 1e6 / syncS, first.requests);
    std::printf("   plain HTTP upload of the same bytes in %lld requests: %.2f s, %.1f MB/s\n",
                qint64(bodies.size()), plainS, double(bytes) / 1e6 / plainS);
    std::printf("   ratio sync / plain upload: %.2f (goal <= 1.5)\n", syncS / plainS);

    double noopS = 0;
    const SyncReport again = syncTimed(*device, options, &noopS);
    std::printf("2. sync with nothing new: %d request(s), %.1f ms\n", again.requests, noopS * 1000);

    // More changes from a second device until the ledger holds `pullChanges`, then a fresh
    // office client pulls them all.
    const qint64 more = std::max<qint64>(0, pullChanges - changes);
    if (more > 0) {
        bench::TempStore other;
        fillStore(*other, int(more), 0);
        (void)enrol(*other, ledgerd, u"field2"_s);
        double otherS = 0;
        (void)syncTimed(*other, options, &otherS);
    }
    bench::TempStore office;
    (void)enrol(*office, ledgerd, u"office"_s);
    double pullS = 0;
    const SyncReport pulled = syncTimed(*office, options, &pullS);
    std::printf("3. fresh office client pulling %lld changes: %.1f s (%.0f changes/s), %d "
                "requests\n",
                changes + more, pullS, double(changes + more) / pullS, pulled.requests);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"records"_s, u"records in the backlog"_s, u"N"_s, u"10000"_s});
    parser.addOption({u"photos"_s, u"1 MB photos in the backlog"_s, u"N"_s, u"200"_s});
    parser.addOption(
        {u"pull-changes"_s, u"changes the office client pulls"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"pg"_s, u"PostgreSQL superuser URL (default: SQLite)"_s, u"URL"_s});
    parser.addOption({u"sink"_s, u"run the plain HTTP receiver"_s, u"PORTFILE"_s});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(u"sink"_s))
        return runSink(app, parser.value(u"sink"_s));
    return run(parser);
}
