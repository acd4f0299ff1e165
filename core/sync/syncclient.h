#pragma once

// The device's side of the sync protocol (docs/sync-protocol.md): enrolment, then each sync
// uploads the evidence files the ledger lacks (in resumable chunks), pushes the outbox in signed
// batches and pulls what changed into the store. Every request carries the device's token and
// is retried with exponential backoff and jitter when no answer comes. It never deletes local
// data: a change leaves the outbox only when the ledger answered accepted or duplicate, and a
// pull only applies what the ledger sent, page by page, saving the cursor with each page.

#include "storage/store.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fl {

struct SyncOptions
{
    QUrl server;            // empty = the server the device enrolled with (the /v1/... is added)
    int batchChanges = 200; // changes per request (the protocol allows 500)
    qint64 batchBytes = 4 * 1024 * 1024; // payload bytes per request (at least one change)
    qint64 chunkBytes = 1024 * 1024;     // file bytes per upload request (the ledger takes 8 MiB)
    int pullLimit = 500;                 // changes per pull page (1 to 1000)
    int maxAttempts = 6;                 // per request, the first try included
    int initialBackoffMs = 1000;         // doubled after each failed try ...
    int maxBackoffMs = 60'000;           // ... up to this; the wait is jittered in [d/2, d]
    int requestTimeoutMs = 120'000;      // no bytes moving for this long = a failed try
    qint64 renewWithinMs = 7LL * 24 * 3600 * 1000; // renew the token when less time is left
};

enum class SyncPhase { Starting, UploadingFiles, Pushing, Pulling, Finished };

[[nodiscard]] QString syncPhaseName(SyncPhase phase); // "uploading files", "pushing", ...

struct SyncProgress
{
    SyncPhase phase = SyncPhase::Starting;
    qint64 changesDone = 0; // answered by the ledger this run (acknowledged or refused)
    qint64 changesTotal = 0;
    // Change payloads and file bytes; uploads in flight count as sent. Totals are what is done
    // plus what still waits (files count once the ledger said which it lacks).
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 filesDone = 0; // files the ledger now holds completely
    qint64 filesTotal = 0;
    qint64 recordsPulled = 0; // records that took the ledger's state
    qint64 pulledTo = 0;      // ledger sequence pulled so far, and its head (0 = not known)
    qint64 ledgerHead = 0;
};

// An evidence file that could not be uploaded because of this device (missing, unreadable or
// damaged): its records stay in the outbox with the reason.
struct FileProblem
{
    QString sha256;
    QStringList recordIds;
    QString message;
};

struct SyncReport
{
    qint64 accepted = 0;
    qint64 duplicates = 0;
    QList<RefusedChange> refused; // refused in this run, with the ledger's reasons
    int filesUploaded = 0;
    qint64 fileBytesUploaded = 0;
    QList<FileProblem> fileProblems;
    PullApplied pulled; // summed over the pages of this run
    int requests = 0;
    int retries = 0;
};

// Why a run stopped early, beyond the message: the ledger's error code ("token-expired",
// "device-revoked", ...), "not-enrolled", "unreachable" or "cancelled".
struct SyncStop
{
    QString code;
    int httpStatus = 0; // 0 when the ledger did not answer
};

// A `fieldledger://enrol?server=...&code=...` QR code, read.
struct EnrolmentLink
{
    QUrl server;
    QString code;
};
[[nodiscard]] Result<EnrolmentLink> parseEnrolmentLink(const QString &text);

// One run at a time; start() again after finished() to sync what was added meanwhile.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    SyncClient(Store &store, SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncClient() override;

    // Registers this device's key with the ledger using the office's one-time code, and keeps
    // the token in the store. Runs to the end in a local event loop.
    [[nodiscard]] Result<Enrolment> enrol(const QUrl &server, const QString &code,
                                          const QString &deviceName);

    // Starts a sync: files, push, pull (refused changes wait for the user: Store::refusals).
    void start();
    // Stops at once; what the ledger already acknowledged stays acknowledged, pulled pages stay
    // applied, the rest stays in the outbox for the next run.
    void cancel();
    // Runs start() to the end in a local event loop (for the command line and tests).
    [[nodiscard]] Result<SyncReport> syncAll();
    // The name of the push-only client this grew from; the same full sync.
    [[nodiscard]] Result<SyncReport> pushAll() { return syncAll(); }

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const SyncReport &report() const { return m_report; }
    [[nodiscard]] const SyncProgress &progress() const { return m_progress; }
    // Why the last run stopped early; empty after a run that went to the end.
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] const SyncStop &stop() const { return m_stop; }

Q_SIGNALS:
    void progressChanged(const fl::SyncProgress &progress);
    // A try failed and the request is sent again after `delayMs`.
    void retrying(int attempt, int maxAttempts, int delayMs, const QString &reason);
    void finished();

private:
    // An HTTP answer that reached us whole.
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        [[nodiscard]] QString errorCode() const;
    };
    // One request, sent again as it is after a failed try.
    struct Call
    {
        QByteArray method;
        QString path; // "/v1/push"
        QString query;
        QByteArray body;
        QByteArray contentType = "application/json";
        bool withToken = true;
        qint64 progressBytes = 0; // what this request moves, for the progress bar
        QString what;             // "push", "upload of file …": for messages
        std::function<void(const Answer &)> onAnswer; // 2xx and the 4xx the caller handles
    };
    struct Upload
    {
        QString sha256;
        qint64 size = 0;
        qint64 received = 0; // bytes the ledger holds
        QStringList recordIds;
        int stalls = 0; // answers without progress in a row
        bool restarted = false;
    };

    // Requests (syncclient.cpp)
    void send(Call call);
    void sendAgain();
    void onReplyFinished(QNetworkReply *reply);
    // `stopCode` names the failure if this was the last try.
    void retryOrFail(const QString &reason,
                     const QString &stopCode = QStringLiteral("unreachable"));
    [[nodiscard]] int backoffMs(int attempt) const;
    void failWithAnswer(const Answer &answer, const QString &what);
    void failUnauthorised(const Answer &answer);
    void fail(Error error, const QString &stopCode = {}, int httpStatus = 0);
    void finish();
    void setPhase(SyncPhase phase);
    void updateTotals();
    void emitProgress();
    [[nodiscard]] Result<Enrolment> enrolmentFromAnswer(const Answer &answer,
                                                        const QString &server);
    void renewTokenIfDue();

    // Files (syncblobs.cpp)
    void uploadFiles(const QList<PendingBlob> &blobs, std::function<void()> then);
    void askMissing(QList<PendingBlob> blobs);
    void takeMissing(const QList<PendingBlob> &asked, const Answer &answer);
    void uploadNextChunk();
    void onChunkAnswer(const Answer &answer, qint64 sent);
    void restartOrGiveUp(Upload &upload, const Answer &answer);
    void noteFileProblem(const Upload &upload, const QString &message);
    void finishUpload();

    // Push (syncpush.cpp)
    void pushNext();
    [[nodiscard]] Result<QList<OutboxEntry>> nextEntries();
    void sendBatch(QList<OutboxEntry> entries);
    [[nodiscard]] Result<void> applyResults(const QByteArray &body);
    [[nodiscard]] Result<void> refuse(const OutboxEntry &entry, const QString &code,
                                      const QString &reason);
    void afterPush();

    // Pull (syncpull.cpp)
    void pullNext();
    void applyPage(const Answer &answer, qint64 after);

    Store &m_store;
    SyncOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QUrl m_server;
    QString m_token;

    bool m_running = false;
    std::optional<Call> m_call;
    int m_attempt = 0;

    QList<Upload> m_uploads;
    std::function<void()> m_afterUploads;
    QHash<QString, QString> m_fileProblems; // sha256 -> what is wrong with the local file

    qint64 m_pushedUpTo = 0;    // outbox seq sent so far this run
    QList<OutboxEntry> m_batch; // the batch in flight
    qint64 m_batchBytes = 0;
    QList<OutboxEntry> m_needFiles;  // answered blob-missing: their files go up, then again
    QList<OutboxEntry> m_retryQueue; // ... being pushed again (once)
    bool m_retryingNeedFiles = false;

    SyncReport m_report;
    SyncProgress m_progress;
    std::optional<Error> m_error;
    SyncStop m_stop;
};

} // namespace fl
