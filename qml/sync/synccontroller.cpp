#include "synccontroller.h"

#include "appsettings.h"
#include "recordstore.h"
#include "refusalmodel.h"
#include "syncwords.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kAutoSync = u"sync.auto"_s;
const QString kLastRun = u"sync.last"_s;

// "3.1 of 8.0 MB": both figures in the unit the total needs, so they compare at a glance.
QString bytesPair(qint64 done, qint64 total)
{
    const auto pair = [](double d, double t, const char *unit) {
        return SyncController::tr("%1 of %2 %3")
            .arg(d, 0, 'f', 1)
            .arg(t, 0, 'f', 1)
            .arg(QString::fromLatin1(unit));
    };
    if (total < 1024)
        return SyncController::tr("%1 of %2 B").arg(done).arg(total);
    if (total < 1024 * 1024)
        return pair(done / 1024.0, total / 1024.0, "KB");
    if (total < 1024LL * 1024 * 1024)
        return pair(done / (1024.0 * 1024), total / (1024.0 * 1024), "MB");
    return pair(done / (1024.0 * 1024 * 1024), total / (1024.0 * 1024 * 1024), "GB");
}

} // namespace

SyncController::SyncController(RecordStore *store, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_refusals(new RefusalModel(store, this))
{
    m_settleTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &SyncController::onSettled);
    connect(&m_backoffTimer, &QTimer::timeout, this, &SyncController::evaluateAuto);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncController::probe);
    connect(m_refusals, &RefusalModel::retried, this, [this] {
        refreshStats();
        evaluateAuto();
    });
    connect(m_store, &RecordStore::recordsChanged, this, [this] {
        refreshStats();
        evaluateAuto();
    });
    if (m_settings) {
        // The words are made in C++: say them again in the new language once it is installed.
        connect(m_settings, &AppSettings::languageChanged, this, [this] {
            QTimer::singleShot(0, this, [this] {
                Q_EMIT enrolmentChanged();
                Q_EMIT progressChanged();
                Q_EMIT lastResultChanged();
                m_refusals->reload();
            });
        });
    }
    setOptions(m_options);
    m_autoSync = m_store->store().setting(kAutoSync).value_or(QString()) != u"0"_s;
    loadEnrolment();
    loadLastRun();
    refreshStats();
    setUpNetworkWatch();
    evaluateAuto();
}

SyncController::~SyncController()
{
    if (m_client) {
        // A run cut short by quitting is not a result to keep; what the ledger acknowledged is
        // acknowledged, the rest stays in the outbox.
        m_client->disconnect(this);
        m_client->cancel();
    }
}

void SyncController::setOptions(const fl::SyncOptions &options)
{
    m_options = options;
    if (m_client && m_client->isRunning())
        return; // the next client gets them; this one finishes its run
    delete m_client;
    m_client = new fl::SyncClient(m_store->store(), m_options, this);
    connect(m_client, &fl::SyncClient::progressChanged, this, &SyncController::onProgress);
    connect(m_client, &fl::SyncClient::finished, this, &SyncController::onFinished);
}

void SyncController::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (m_probeTimer.isActive())
        m_probeTimer.start(m_timing.probeIntervalMs);
    evaluateAuto();
}

// Enrolment -------------------------------------------------------------------------------------

void SyncController::loadEnrolment()
{
    auto enrolment = m_store->store().enrolment();
    m_enrolment = enrolment ? *enrolment : std::nullopt;
}

QString SyncController::userName() const
{
    return m_enrolment ? m_enrolment->userName : QString();
}

QString SyncController::role() const
{
    return m_enrolment ? m_enrolment->role : QString();
}

QString SyncController::roleName() const
{
    return SyncWords::role(role());
}

QStringList SyncController::divisions() const
{
    return m_enrolment ? m_enrolment->divisions : QStringList();
}

QString SyncController::server() const
{
    return m_enrolment ? m_enrolment->server : QString();
}

bool SyncController::needsEnrolment() const
{
    if (!m_enrolment)
        return true;
    return SyncWords::needsEnrolment(m_last.code) && m_last.ms >= m_enrolment->enrolledMs;
}

bool SyncController::enrol(const QString &server, const QString &code, const QString &deviceName)
{
    if (m_running || m_enrolling) {
        setError(tr("Wait until the sync running now has finished, then enrol."));
        return false;
    }
    const QUrl url = QUrl::fromUserInput(server.trimmed());
    if (server.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        setError(tr("Type the ledger's address as the office gave it, like "
                    "https://ledger.example.org."));
        return false;
    }
    if (code.trimmed().isEmpty()) {
        setError(tr("Type the enrolment code from the office, like K7QX-M2PA-9RTD."));
        return false;
    }
    QString name = deviceName.trimmed();
    if (name.isEmpty()) {
        name = m_store->author().isEmpty() ? QSysInfo::machineHostName()
                                           : tr("Phone of %1").arg(m_store->author());
    }
    // Enrolment is one small request: a person waits for it, so give up sooner than a sync.
    fl::SyncOptions options = m_options;
    options.maxAttempts = std::min(options.maxAttempts, 3);
    options.requestTimeoutMs = std::min(options.requestTimeoutMs, 30'000);
    fl::SyncClient client(m_store->store(), options);
    m_enrolling = true;
    Q_EMIT enrollingChanged();
    const auto enrolled = client.enrol(url, code, name);
    m_enrolling = false;
    Q_EMIT enrollingChanged();
    if (!enrolled) {
        const QString stop = client.stop().code;
        setError(stop == u"unreachable"_s
                     ? tr("The ledger at %1 could not be reached: check the address and that this "
                          "phone has a network, then try again.")
                           .arg(url.toDisplayString())
                     : SyncWords::stopped(stop, enrolled.error().message));
        return false;
    }
    setError({});
    if (m_settings)
        m_settings->setServer(url.toString());
    loadEnrolment();
    m_backoffMs = 0;
    m_backoffTimer.stop();
    Q_EMIT enrolmentChanged();
    Q_EMIT lastResultChanged(); // needsEnrolment
    refreshStats();
    evaluateAuto();
    return true;
}

bool SyncController::enrolFromLink(const QString &text, const QString &deviceName)
{
    const auto link = fl::parseEnrolmentLink(text);
    if (!link) {
        setError(tr("This is not a FieldLedger enrolment code. Scan the QR code the office "
                    "printed for your enrolment, or type the server and code."));
        return false;
    }
    return enrol(link->server.toString(), link->code, deviceName);
}

void SyncController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

// The run -----------------------------------------------------------------------------------------

bool SyncController::syncNow()
{
    return startRun();
}

bool SyncController::startRun()
{
    if (m_running || m_enrolling)
        return false;
    if (!m_enrolment) {
        setError(SyncWords::stopped(u"not-enrolled"_s, {}));
        return false;
    }
    setError({});
    m_settleTimer.stop();
    m_probeTimer.stop();
    m_running = true;
    m_runFinished = false;
    m_progress = {};
    setAutoWaiting(false);
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    m_client->start(); // may finish at once (e.g. a store error): onFinished handles it
    return true;
}

void SyncController::cancel()
{
    if (m_running)
        m_client->cancel();
}

void SyncController::onProgress(const fl::SyncProgress &progress)
{
    m_progress = progress;
    Q_EMIT progressChanged();
}

void SyncController::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_sinceRun.start();
    const fl::SyncReport &report = m_client->report();
    const auto &failure = m_client->error();
    LastRun last;
    last.ms = m_store->store().now();
    last.ok = !failure.has_value();
    if (failure) {
        last.code = m_client->stop().code;
        last.message = failure->message;
    }
    last.sent = report.accepted + report.duplicates;
    last.received = report.pulled.applied;
    last.refused = report.refused.size();
    m_last = last;
    saveLastRun();
    if (last.ok) {
        m_runFinished = true;
        m_progress.phase = fl::SyncPhase::Finished;
        m_backoffMs = 0;
        m_backoffTimer.stop();
    } else if (m_autoSync && (SyncWords::isTransient(last.code) || last.code == u"cancelled"_s)) {
        m_backoffMs = m_backoffMs == 0 ? m_timing.firstBackoffMs
                                       : std::min(m_backoffMs * 2, m_timing.maxBackoffMs);
        m_backoffTimer.start(m_backoffMs);
    }
    m_refusals->reload();
    refreshStats();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    Q_EMIT lastResultChanged();
    // Pulled records, acknowledged changes and refusals all change what the lists show.
    if (last.sent > 0 || last.refused > 0 || report.pulled.applied > 0 ||
        report.pulled.fixesAdded > 0 || report.pulled.withConflicts > 0) {
        m_store->notifyAllChanged();
    }
    Q_EMIT finished();
    evaluateAuto();
}

QString SyncController::phase() const
{
    if (m_running || m_runFinished)
        return SyncWords::phase(m_progress.phase);
    return {};
}

double SyncController::progress() const
{
    if (m_runFinished)
        return 1.0;
    double value = 0;
    if (m_progress.bytesTotal > 0)
        value = double(m_progress.bytesDone) / double(m_progress.bytesTotal);
    else if (m_progress.changesTotal > 0)
        value = double(m_progress.changesDone) / double(m_progress.changesTotal);
    return std::clamp(value, 0.0, 1.0);
}

QString SyncController::progressText() const
{
    const QString bytes = bytesPair(m_progress.bytesDone, m_progress.bytesTotal);
    if (m_progress.filesTotal > 0) {
        return tr("%1 of %2 records, %3 of %4 photos and files, %5")
            .arg(m_progress.changesDone)
            .arg(m_progress.changesTotal)
            .arg(m_progress.filesDone)
            .arg(m_progress.filesTotal)
            .arg(bytes);
    }
    return tr("%1 of %2 records, %3")
        .arg(m_progress.changesDone)
        .arg(m_progress.changesTotal)
        .arg(bytes);
}

// What waits ------------------------------------------------------------------------------------

void SyncController::refreshStats()
{
    auto stats = m_store->store().outboxStats();
    if (!stats)
        return; // keep the last figures; the next refresh may read them
    const bool changed = stats->changes != m_stats.changes ||
                         stats->changeBytes != m_stats.changeBytes ||
                         stats->blobs != m_stats.blobs || stats->blobBytes != m_stats.blobBytes ||
                         stats->refused != m_stats.refused;
    m_stats = *stats;
    if (changed)
        Q_EMIT statsChanged();
    if (m_stats.refused != m_refusals->count())
        m_refusals->reload();
}

qint64 SyncController::waitingToSend() const
{
    return std::max<qint64>(0, m_stats.changes - m_stats.refused) + m_stats.blobs;
}

QString SyncController::pendingText() const
{
    if (m_stats.changes == 0 && m_stats.blobs == 0)
        return tr("Nothing waits to be sent: the office ledger has all your records.");
    return tr("Waiting to be sent: %1 changes, %2 photos or files, %3 in all.")
        .arg(m_stats.changes)
        .arg(m_stats.blobs)
        .arg(AppSettings::formatBytes(pendingBytes()));
}

// The last run ----------------------------------------------------------------------------------

void SyncController::loadLastRun()
{
    const QString saved = m_store->store().setting(kLastRun).value_or(QString());
    const QJsonObject o = QJsonDocument::fromJson(saved.toUtf8()).object();
    m_last = {};
    m_last.ms = o.value(u"ms"_s).toInteger();
    m_last.ok = o.value(u"ok"_s).toBool();
    m_last.code = o.value(u"code"_s).toString();
    m_last.message = o.value(u"message"_s).toString();
    m_last.sent = o.value(u"sent"_s).toInteger();
    m_last.received = o.value(u"received"_s).toInteger();
    m_last.refused = o.value(u"refused"_s).toInteger();
}

void SyncController::saveLastRun()
{
    // The facts, not the words: the words follow the language chosen when they are read.
    const QJsonObject o{{u"ms"_s, m_last.ms},          {u"ok"_s, m_last.ok},
                        {u"code"_s, m_last.code},      {u"message"_s, m_last.message},
                        {u"sent"_s, m_last.sent},      {u"received"_s, m_last.received},
                        {u"refused"_s, m_last.refused}};
    // A result that cannot be saved (disk full) is still shown for this run.
    (void)m_store->store().setSetting(
        kLastRun, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString SyncController::lastResult() const
{
    if (m_last.ms <= 0)
        return tr("This phone has not synced yet.");
    if (!m_last.ok)
        return SyncWords::stopped(m_last.code, m_last.message);
    if (m_last.refused > 0) {
        return tr("Synced: %1 records sent, %2 received. Changes the office ledger refused: %3 "
                  "(see below what to do).")
            .arg(m_last.sent)
            .arg(m_last.received)
            .arg(m_last.refused);
    }
    if (m_last.sent == 0 && m_last.received == 0)
        return tr("Synced: nothing new to send or receive.");
    return tr("Synced: %1 records sent, %2 received").arg(m_last.sent).arg(m_last.received);
}

// Automatic sync -----------------------------------------------------------------------------

void SyncController::setAutoSync(bool on)
{
    if (on == m_autoSync)
        return;
    m_autoSync = on;
    (void)m_store->store().setSetting(kAutoSync, on ? u"1"_s : u"0"_s);
    Q_EMIT autoSyncChanged();
    if (!on)
        m_backoffTimer.stop();
    evaluateAuto();
}

bool SyncController::autoSyncWaiting() const
{
    return m_autoWaiting;
}

void SyncController::setAutoWaiting(bool waiting)
{
    if (waiting == m_autoWaiting)
        return;
    m_autoWaiting = waiting;
    Q_EMIT autoSyncStateChanged();
}

void SyncController::setUpNetworkWatch()
{
    // Linux: NetworkManager (D-Bus) or GLib's network monitor, whichever loads. Without either
    // (or while the state is unknown) the ledger itself is probed.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (auto *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this] {
            if (networkReach() == Reach::Yes) {
                // A network appeared: try now, whatever the back-off said about the old one.
                m_backoffMs = 0;
                m_backoffTimer.stop();
                m_probeTimer.stop();
            }
            evaluateAuto();
        });
    }
}

SyncController::Reach SyncController::networkReach() const
{
    auto *info = QNetworkInformation::instance();
    if (!info || !m_timing.useNetworkState)
        return Reach::Unknown;
    switch (info->reachability()) {
    case QNetworkInformation::Reachability::Online:
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Local:
        return Reach::Yes;
    case QNetworkInformation::Reachability::Disconnected: {
        // A ledger on this machine (the demo, a test) is reachable without any network.
        const QString host = QUrl(server()).host();
        if (host == u"localhost"_s || QHostAddress(host).isLoopback())
            return Reach::Unknown;
        return Reach::No;
    }
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return Reach::Unknown;
}

void SyncController::evaluateAuto()
{
    const bool due = m_autoSync && m_enrolment && !needsEnrolment() && !m_running && !m_enrolling &&
                     waitingToSend() > 0;
    if (!due) {
        m_settleTimer.stop();
        m_probeTimer.stop();
        setAutoWaiting(false);
        return;
    }
    setAutoWaiting(true);
    if (m_backoffTimer.isActive() || m_settleTimer.isActive() || m_probeTimer.isActive() || m_probe)
        return;
    if (networkReach() == Reach::No)
        return; // reachabilityChanged wakes us
    qint64 delay = m_timing.settleMs;
    if (m_sinceRun.isValid())
        delay = std::max(delay, m_timing.minGapMs - m_sinceRun.elapsed());
    m_settleTimer.start(int(std::clamp<qint64>(delay, 0, m_timing.maxBackoffMs)));
}

void SyncController::onSettled()
{
    if (!autoSyncWaiting())
        return;
    switch (networkReach()) {
    case Reach::Yes:
        (void)startRun();
        break;
    case Reach::No:
        break;
    case Reach::Unknown:
        // Ask the ledger itself, now and every so often until it answers.
        m_probeTimer.start(m_timing.probeIntervalMs);
        probe();
        break;
    }
}

void SyncController::probe()
{
    if (!autoSyncWaiting() || m_running || m_probe || !m_enrolment)
        return;
    if (!m_probeNetwork)
        m_probeNetwork = new QNetworkAccessManager(this);
    QUrl url(m_enrolment->server);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/health"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(15'000);
    m_probe = m_probeNetwork->get(request);
    QNetworkReply *reply = m_probe;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeFinished(reply); });
}

void SyncController::onProbeFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_probe.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && autoSyncWaiting() && !m_backoffTimer.isActive())
        (void)startRun();
}
