#pragma once

// Pushes the device store's outbox to the ledger (docs/sync-protocol.md, "POST /v1/push"):
// signed batches, per-change results applied to the store, progress for a progress bar, and
// retries with exponential backoff and jitter. It never deletes local data: a change leaves the
// outbox only when the ledger answered accepted or duplicate.

#include "storage/store.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fl {

struct SyncOptions
{
    QUrl server;                         // e.g. http://127.0.0.1:8080 (the /v1/... is added)
    int batchChanges = 200;              // changes per request (the protocol allows 500)
    qint64 batchBytes = 4 * 1024 * 1024; // payload bytes per request (at least one change)
    int maxAttempts = 6;                 // per request, the first try included
    int initialBackoffMs = 1000;         // doubled after each failed try ...
    int maxBackoffMs = 60'000;           // ... up to this; the wait is jittered in [d/2, d]
    int requestTimeoutMs = 120'000;      // no bytes moving for this long = a failed try
};

struct SyncProgress
{
    qint64 changesDone = 0; // answered by the ledger this run (acknowledged or refused)
    qint64 changesTotal = 0;
    qint64 bytesDone = 0; // payload bytes of those changes (uploads in flight count as sent)
    qint64 bytesTotal = 0;
};

struct SyncReport
{
    qint64 accepted = 0;
    qint64 duplicates = 0;
    QList<RefusedChange> refused; // refused in this run, with the ledger's reasons
    int requests = 0;
    int retries = 0;
};

// One push run at a time; start() again after finished() to push what was added meanwhile.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    SyncClient(Store &store, SyncOptions options, QObject *parent = nullptr);
    ~SyncClient() override;

    // Starts pushing every pending change (refused ones wait for the user: Store::refusals).
    void start();
    // Stops at once; what the ledger already acknowledged stays acknowledged, the rest stays
    // in the outbox for the next run.
    void cancel();
    // Runs start() to the end in a local event loop (for the command line and tests).
    [[nodiscard]] Result<SyncReport> pushAll();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const SyncReport &report() const { return m_report; }
    [[nodiscard]] const SyncProgress &progress() const { return m_progress; }
    // Why the last run stopped early; empty after a run that pushed everything.
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    void progressChanged(const fl::SyncProgress &progress);
    // A try failed and the request is sent again after `delayMs`.
    void retrying(int attempt, int maxAttempts, int delayMs, const QString &reason);
    void finished();

private:
    void nextBatch();
    void send();
    void onReplyFinished(QNetworkReply *reply);
    [[nodiscard]] Result<void> applyResults(const QByteArray &body);
    void retryOrFail(const QString &reason);
    void fail(Error error);
    void finish();
    void updateTotals();
    [[nodiscard]] int backoffMs(int attempt) const;

    Store &m_store;
    SyncOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;

    bool m_running = false;
    QList<OutboxEntry> m_batch;
    qint64 m_batchBytes = 0;
    QByteArray m_body;
    int m_attempt = 0;
    SyncReport m_report;
    SyncProgress m_progress;
    std::optional<Error> m_error;
};

} // namespace fl
