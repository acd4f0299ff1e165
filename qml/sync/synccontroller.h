#pragma once

// The Sync screen's engine: enrolment (typed code or the office's QR text), a sync run with its
// progress in words and numbers, what still waits on this phone, the last result kept in the
// store so Home shows it after a restart, and automatic sync when a network appears (with
// back-off, one run at a time). Owned by FieldApp; tests build it alone on a temp store.

#include "sync/syncclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class AppSettings;
class QNetworkAccessManager;
class QNetworkReply;
class RecordStore;
class RefusalModel;

Q_MOC_INCLUDE("refusalmodel.h")

class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The sync controller comes from FieldApp.sync")
    // Enrolment
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolmentChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString role READ role NOTIFY enrolmentChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY enrolmentChanged)
    Q_PROPERTY(QStringList divisions READ divisions NOTIFY enrolmentChanged)
    Q_PROPERTY(QString server READ server NOTIFY enrolmentChanged)
    Q_PROPERTY(bool needsEnrolment READ needsEnrolment NOTIFY lastResultChanged)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The run
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(qint64 changesDone READ changesDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 changesTotal READ changesTotal NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytesDone READ bytesDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytesTotal READ bytesTotal NOTIFY progressChanged)
    Q_PROPERTY(qint64 filesDone READ filesDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 filesTotal READ filesTotal NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    // What waits on this phone
    Q_PROPERTY(qint64 pendingChanges READ pendingChanges NOTIFY statsChanged)
    Q_PROPERTY(qint64 pendingBytes READ pendingBytes NOTIFY statsChanged)
    Q_PROPERTY(qint64 pendingFiles READ pendingFiles NOTIFY statsChanged)
    Q_PROPERTY(qint64 refusedCount READ refusedCount NOTIFY statsChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY statsChanged)
    Q_PROPERTY(RefusalModel *refusals READ refusals CONSTANT)
    // The last run, kept in the store
    Q_PROPERTY(qint64 lastSyncMs READ lastSyncMs NOTIFY lastResultChanged)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)
    Q_PROPERTY(bool lastSucceeded READ lastSucceeded NOTIFY lastResultChanged)
    Q_PROPERTY(QString lastStopCode READ lastStopCode NOTIFY lastResultChanged)
    // Automatic sync
    Q_PROPERTY(bool autoSync READ autoSync WRITE setAutoSync NOTIFY autoSyncChanged)
    Q_PROPERTY(bool autoSyncWaiting READ autoSyncWaiting NOTIFY autoSyncStateChanged)

public:
    // How automatic sync paces itself; tests shorten these.
    struct Timing
    {
        int settleMs = 5000;            // after a network appears or records were saved
        int minGapMs = 2 * 60'000;      // between automatic runs (a patrol saves its track often)
        int probeIntervalMs = 60'000;   // GET /v1/health while the network state is unknown
        int firstBackoffMs = 30'000;    // after a failed run, doubled each time ...
        int maxBackoffMs = 30 * 60'000; // ... up to this
        // Whether to believe the platform's network state (QNetworkInformation); without it,
        // or when it is unknown, the ledger's /v1/health is probed before an automatic run.
        bool useNetworkState = true;
    };

    SyncController(RecordStore *store, AppSettings *settings, QObject *parent = nullptr);
    ~SyncController() override;

    // Options for the sync engine (retries, batch sizes); takes effect from the next run.
    void setOptions(const fl::SyncOptions &options);
    void setTiming(const Timing &timing);

    [[nodiscard]] bool enrolled() const { return m_enrolment.has_value(); }
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString role() const;
    [[nodiscard]] QString roleName() const;
    [[nodiscard]] QStringList divisions() const;
    [[nodiscard]] QString server() const;
    [[nodiscard]] bool needsEnrolment() const;
    [[nodiscard]] bool enrolling() const { return m_enrolling; }
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] QString phase() const;
    [[nodiscard]] qint64 changesDone() const { return m_progress.changesDone; }
    [[nodiscard]] qint64 changesTotal() const { return m_progress.changesTotal; }
    [[nodiscard]] qint64 bytesDone() const { return m_progress.bytesDone; }
    [[nodiscard]] qint64 bytesTotal() const { return m_progress.bytesTotal; }
    [[nodiscard]] qint64 filesDone() const { return m_progress.filesDone; }
    [[nodiscard]] qint64 filesTotal() const { return m_progress.filesTotal; }
    [[nodiscard]] double progress() const;
    // "12 of 25 records, 3.1 of 8.0 MB"
    [[nodiscard]] QString progressText() const;

    [[nodiscard]] qint64 pendingChanges() const { return m_stats.changes; }
    [[nodiscard]] qint64 pendingBytes() const { return m_stats.changeBytes + m_stats.blobBytes; }
    [[nodiscard]] qint64 pendingFiles() const { return m_stats.blobs; }
    [[nodiscard]] qint64 refusedCount() const { return m_stats.refused; }
    // "Waiting to be sent: 4 changes, 2 photos or files, 3.1 MB in all."
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] RefusalModel *refusals() const { return m_refusals; }

    [[nodiscard]] qint64 lastSyncMs() const { return m_last.ms; }
    [[nodiscard]] QString lastResult() const;
    [[nodiscard]] bool lastSucceeded() const { return m_last.ms > 0 && m_last.ok; }
    [[nodiscard]] QString lastStopCode() const { return m_last.code; }

    [[nodiscard]] bool autoSync() const { return m_autoSync; }
    void setAutoSync(bool on);
    // An automatic run is due (waiting for the network, a probe or the back-off).
    [[nodiscard]] bool autoSyncWaiting() const;

    // Enrols this phone with the office's one-time code. Runs in a local event loop (the app
    // keeps drawing); false and `error` in plain words when it failed.
    Q_INVOKABLE bool enrol(const QString &server, const QString &code,
                           const QString &deviceName = {});
    // The same from the QR code's text: fieldledger://enrol?server=...&code=...
    Q_INVOKABLE bool enrolFromLink(const QString &text, const QString &deviceName = {});
    // Starts a run now; false when one is running already or the phone is not enrolled.
    Q_INVOKABLE bool syncNow();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void refreshStats();

Q_SIGNALS:
    void enrolmentChanged();
    void enrollingChanged();
    void errorChanged();
    void runningChanged();
    void progressChanged();
    void statsChanged();
    void lastResultChanged();
    void autoSyncChanged();
    void autoSyncStateChanged();
    // A run ended (successfully or not; see lastSucceeded).
    void finished();

private:
    struct LastRun
    {
        qint64 ms = 0;
        bool ok = false;
        QString code; // SyncStop::code when it failed
        QString message;
        qint64 sent = 0;
        qint64 received = 0;
        qint64 refused = 0;
    };

    void loadEnrolment();
    void loadLastRun();
    void saveLastRun();
    void setError(const QString &error);
    void onProgress(const fl::SyncProgress &progress);
    void onFinished();
    [[nodiscard]] bool startRun();
    [[nodiscard]] qint64 waitingToSend() const;

    // Automatic sync
    void setUpNetworkWatch();
    void evaluateAuto();
    void onSettled();
    void probe();
    void onProbeFinished(QNetworkReply *reply);
    enum class Reach { Yes, No, Unknown };
    [[nodiscard]] Reach networkReach() const;
    void setAutoWaiting(bool waiting);

    RecordStore *m_store;
    AppSettings *m_settings;
    RefusalModel *m_refusals;
    fl::SyncOptions m_options;
    Timing m_timing;
    fl::SyncClient *m_client = nullptr;

    std::optional<fl::Enrolment> m_enrolment;
    bool m_running = false;
    bool m_enrolling = false;
    QString m_error;
    fl::SyncProgress m_progress;
    bool m_runFinished = false;
    fl::OutboxStats m_stats;
    LastRun m_last;

    bool m_autoSync = true;
    bool m_autoWaiting = false;
    int m_backoffMs = 0;      // 0 = no failure since the last good run
    QElapsedTimer m_sinceRun; // since the last run ended
    QTimer m_settleTimer;
    QTimer m_backoffTimer;
    QTimer m_probeTimer;
    QNetworkAccessManager *m_probeNetwork = nullptr;
    QPointer<QNetworkReply> m_probe;
};
