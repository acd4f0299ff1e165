// 100 simulated devices pushing to one ledgerd at once for 60 s (docs/performance.md, "Ledger
// under load"): changes accepted per second, request latency p50/p99, and a check afterwards
// that nothing was lost or duplicated. Each device is enrolled and signs its own changes; the
// changes are real patrol records the server validates in full.
//
//   bench_ledger_load [--devices 100] [--seconds 60] [--batch 20] [--pg ADMIN_URL]

#include "benchutil.h"
#include "domain/ids.h"
#include "ledger/sql/connection.h"
#include "ledgerdchild.h"

#include <sodium.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fl;

namespace {

struct Options
{
    int devices = 100;
    int seconds = 60;
    int batch = 20;
    QString pgAdminUrl;
};

QNetworkRequest jsonRequest(const QString &url, const QString &token = {})
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("FieldLedger-Protocol", "1");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

// One simulated phone: its key, its token, and a loop of pushes.
class SimulatedDevice
{
public:
    SimulatedDevice(QString id, QJsonObject templateChange)
        : m_id(std::move(id))
        , m_template(std::move(templateChange))
    {
        m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()),
                            reinterpret_cast<unsigned char *>(m_secretKey.data()));
    }

    bool enrol(const QString &baseUrl, const QString &code)
    {
        const QJsonObject body{{u"code"_s, code},
                               {u"deviceId"_s, m_id},
                               {u"publicKey"_s, QString::fromLatin1(m_publicKey.toBase64())}};
        QNetworkReply *reply =
            m_network.post(jsonRequest(baseUrl + u"/v1/enrol"_s), QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        m_token = QJsonDocument::fromJson(answer).object()[u"token"_s].toString();
        reply->deleteLater();
        if (m_token.isEmpty())
            std::fprintf(stderr, "enrol %s: %s\n", qPrintable(m_id), answer.constData());
        return !m_token.isEmpty();
    }

    // Pushes batches back to back until `deadline` (ms on `clock`).
    void run(const QString &baseUrl, int batch, const QElapsedTimer &clock, qint64 deadline)
    {
        m_baseUrl = baseUrl;
        m_batch = batch;
        m_clock = &clock;
        m_deadline = deadline;
        sendNext();
    }

    [[nodiscard]] bool running() const { return m_inFlight; }
    std::vector<double> latenciesMs;
    qint64 accepted = 0;
    qint64 other = 0; // anything but accepted: refused, errors
    QStringList acceptedIds;

private:
    QByteArray signedChange()
    {
        QJsonObject change = m_template;
        change.insert(u"changeId"_s, newUuidV7());
        change.insert(u"recordId"_s, newUuidV7());
        change.insert(u"deviceId"_s, m_id);
        const QByteArray payload = QJsonDocument(change).toJson(QJsonDocument::Compact);
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(payload.constData()),
                             quint64(payload.size()),
                             reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
        return QJsonDocument(
                   QJsonObject{{u"payload"_s, QString::fromUtf8(payload)},
                               {u"signature"_s, QString::fromLatin1(signature.toBase64())}})
            .toJson(QJsonDocument::Compact);
    }

    void sendNext()
    {
        if (m_clock->elapsed() >= m_deadline) {
            m_inFlight = false;
            return;
        }
        QByteArray body = "{\"changes\":[";
        for (int i = 0; i < m_batch; ++i)
            body += (i ? "," : "") + signedChange();
        body += "]}";
        m_inFlight = true;
        const qint64 sentAt = m_clock->nsecsElapsed();
        QNetworkReply *reply =
            m_network.post(jsonRequest(m_baseUrl + u"/v1/push"_s, m_token), body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, sentAt] {
            latenciesMs.push_back(double(m_clock->nsecsElapsed() - sentAt) / 1e6);
            const QJsonArray results =
                QJsonDocument::fromJson(reply->readAll()).object()[u"results"_s].toArray();
            if (results.size() != m_batch)
                other += m_batch;
            for (const QJsonValue &r : results) {
                if (r[u"status"_s].toString() == u"accepted"_s) {
                    ++accepted;
                    acceptedIds << r[u"changeId"_s].toString();
                } else {
                    ++other;
                }
            }
            reply->deleteLater();
            sendNext();
        });
    }

    QString m_id;
    QJsonObject m_template;
    QByteArray m_publicKey, m_secretKey;
    QString m_token;
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    int m_batch = 20;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_deadline = 0;
    bool m_inFlight = false;
};

// A real patrol change as a device store writes it, to vary per device and change.
QJsonObject templateChange()
{
    bench::TempStore store;
    const auto records = bench::mixedRecords(1, bench::nowMs(), 60'000);
    auto saved = store->createRecord(records.front().kind, records.front().body, bench::kAuthor);
    auto pending = store->pendingChanges(1);
    if (!saved || !pending || pending->isEmpty())
        return {};
    return QJsonDocument::fromJson(pending->first().payload).object();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(p * double(values.size() - 1))];
}

int run(const Options &options)
{
    bench::LedgerdChild ledgerd(options.pgAdminUrl);
    QString error;
    if (!ledgerd.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject change = templateChange();
    std::vector<std::unique_ptr<SimulatedDevice>> devices;
    for (int i = 0; i < options.devices; ++i) {
        devices.push_back(std::make_unique<SimulatedDevice>(
            u"bench-device-%1"_s.arg(i, 3, 10, QChar(u'0')), change));
        const QString code = ledgerd.enrolmentCode(u"bench"_s, &error);
        if (code.isEmpty() || !devices.back()->enrol(ledgerd.baseUrl(), code)) {
            std::fprintf(stderr, "enrolment failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = options.seconds * 1000LL;
    for (auto &d : devices)
        d->run(ledgerd.baseUrl(), options.batch, clock, deadline);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (std::none_of(devices.begin(), devices.end(), [](auto &d) { return d->running(); }))
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    const double elapsedS = double(clock.elapsed()) / 1000.0;
    ledgerd.stop();

    std::vector<double> latencies;
    qint64 accepted = 0, other = 0;
    QSet<QString> ids;
    for (auto &d : devices) {
        latencies.insert(latencies.end(), d->latenciesMs.begin(), d->latenciesMs.end());
        accepted += d->accepted;
        other += d->other;
        for (const QString &id : std::as_const(d->acceptedIds))
            ids.insert(id);
    }
    // Nothing lost, nothing twice: the ledger holds exactly the accepted changes.
    auto db = ledger::sql::openConnection(ledgerd.db(), false);
    auto rows = db ? (*db)->query("SELECT count(*), count(DISTINCT change_id), min(seq), max(seq)"
                                  " FROM ledger_entries")
                   : Result<QList<ledger::sql::Row>>(db.error());
    if (!rows) {
        std::fprintf(stderr, "cannot read the ledger: %s\n", qPrintable(rows.error().toString()));
        return 1;
    }
    const ledger::sql::Row &r = rows->first();
    const bool exact = r.int64(0) == accepted && r.int64(1) == accepted &&
                       qint64(ids.size()) == accepted && r.int64(2) == 1 && r.int64(3) == accepted;
    const QString verify = ledgerd.office({u"verify"_s}, &error);
    std::printf("backend %s: %d devices x %.1f s, batches of %d\n", qPrintable(ledgerd.backend()),
                options.devices, elapsedS, options.batch);
    std::printf("  accepted %lld changes (%.0f changes/s), %lld not accepted, %zu requests\n",
                accepted, double(accepted) / elapsedS, other, latencies.size());
    std::printf("  request latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99),
                percentile(latencies, 1.0));
    std::printf("  ledger holds %lld entries, %lld distinct, seq %lld..%lld: %s\n", r.int64(0),
                r.int64(1), r.int64(2), r.int64(3),
                exact ? "exactly the accepted changes" : "MISMATCH");
    std::printf("  verify: %s\n",
                qPrintable(verify.trimmed().isEmpty() ? error : verify.trimmed().left(60)));
    return exact && other == 0 && verify.startsWith(u"ok"_s) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.addOption({u"devices"_s, u"simulated devices"_s, u"N"_s, u"100"_s});
    parser.addOption({u"seconds"_s, u"how long they push"_s, u"S"_s, u"60"_s});
    parser.addOption({u"batch"_s, u"changes per request"_s, u"N"_s, u"20"_s});
    parser.addOption({u"pg"_s, u"PostgreSQL superuser URL (default: SQLite)"_s, u"URL"_s});
    parser.addHelpOption();
    parser.process(app);
    Options options;
    options.devices = parser.value(u"devices"_s).toInt();
    options.seconds = parser.value(u"seconds"_s).toInt();
    options.batch = parser.value(u"batch"_s).toInt();
    options.pgAdminUrl = parser.value(u"pg"_s);
    if (options.devices < 1 || options.seconds < 1 || options.batch < 1 || options.batch > 500)
        return 2;
    return run(options);
}
