#include "syncclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

constexpr int kProtocolMaxChanges = 500;

QUrl endpoint(QUrl server, const QString &path)
{
    QString base = server.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    server.setPath(base + path);
    return server;
}

// "HTTP 400 malformed-json: request body is not JSON (field changes[3].payload)", from the
// protocol's error body, or whatever the server sent when it is not one.
QString serverError(int status, const QByteArray &body, const QString &fallback)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    QString text = u"HTTP %1"_s.arg(status);
    if (!error.isEmpty()) {
        const QString code = error.value(u"code"_s).toString();
        if (!code.isEmpty())
            text += u' ' + code;
        text += u": "_s + error.value(u"message"_s).toString();
        const QString field = error.value(u"field"_s).toString();
        if (!field.isEmpty())
            text += u" (field %1)"_s.arg(field);
        return text;
    }
    const QString raw = QString::fromUtf8(body.left(200)).simplified();
    return text + u": "_s + (raw.isEmpty() ? fallback : raw);
}

} // namespace

SyncClient::SyncClient(Store &store, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_options.batchChanges = std::clamp(m_options.batchChanges, 1, kProtocolMaxChanges);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::send);
}

SyncClient::~SyncClient()
{
    if (m_reply)
        m_reply->abort();
}

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_progress = {};
    m_error.reset();
    if (!m_options.server.isValid() || m_options.server.scheme().isEmpty()) {
        fail(makeError(
            ErrorCode::InvalidInput,
            u"the server address '%1' is not a URL (like https://ledger.example.org)"_s.arg(
                m_options.server.toString())));
        return;
    }
    updateTotals();
    if (!m_running)
        return;
    Q_EMIT progressChanged(m_progress);
    nextBatch();
}

void SyncClient::cancel()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    fail(makeError(ErrorCode::Io, u"sync was cancelled; what was not acknowledged stays in the "
                                  "outbox for the next sync"_s));
}

Result<SyncReport> SyncClient::pushAll()
{
    QEventLoop loop;
    connect(this, &SyncClient::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    if (m_error)
        return *m_error;
    return m_report;
}

// Totals are what is done plus what still waits, so changes saved during the sync are counted.
void SyncClient::updateTotals()
{
    auto stats = m_store.outboxStats();
    if (!stats) {
        fail(stats.error());
        return;
    }
    m_progress.changesTotal = m_progress.changesDone + stats->changes - stats->refused;
    m_progress.bytesTotal = m_progress.bytesDone + stats->changeBytes - stats->refusedBytes;
}

void SyncClient::nextBatch()
{
    auto pending = m_store.pendingChanges(m_options.batchChanges);
    if (!pending) {
        fail(pending.error());
        return;
    }
    if (pending->isEmpty()) {
        finish();
        return;
    }
    m_batch.clear();
    m_batchBytes = 0;
    QJsonArray changes;
    for (auto &entry : *pending) {
        if (!m_batch.isEmpty() && m_batchBytes + entry.payload.size() > m_options.batchBytes)
            break;
        // The payload goes as a JSON string holding the stored bytes, which are UTF-8 JSON: the
        // server gets back exactly the bytes that were signed.
        changes.append(QJsonObject{
            {u"payload"_s, QString::fromUtf8(entry.payload)},
            {u"signature"_s, QString::fromLatin1(m_store.sign(entry.payload).toBase64())}});
        m_batchBytes += entry.payload.size();
        m_batch << std::move(entry);
    }
    m_body = QJsonDocument(
                 QJsonObject{{u"deviceId"_s, m_store.deviceId()},
                             {u"publicKey"_s, QString::fromLatin1(m_store.publicKey().toBase64())},
                             {u"changes"_s, changes}})
                 .toJson(QJsonDocument::Compact);
    m_attempt = 1;
    send();
}

void SyncClient::send()
{
    QNetworkRequest request(endpoint(m_options.server, u"/v1/push"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("FieldLedger-Protocol", "1");
    request.setTransferTimeout(m_options.requestTimeoutMs);
    ++m_report.requests;
    m_reply = m_network->post(request, m_body);
    const qint64 doneBefore = m_progress.bytesDone;
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this, doneBefore](qint64 sent, qint64 total) {
                if (total <= 0)
                    return;
                SyncProgress inFlight = m_progress;
                inFlight.bytesDone = doneBefore + m_batchBytes * std::min(sent, total) / total;
                Q_EMIT progressChanged(inFlight);
            });
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void SyncClient::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_running)
        return; // cancelled
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        // No complete answer (refused connection, reset, timeout, truncated): the server may or
        // may not have applied the batch, and resending it is safe either way.
        retryOrFail(reply->errorString());
        return;
    }
    if (status >= 500) {
        retryOrFail(serverError(status, body, reply->errorString()));
        return;
    }
    if (status >= 400) {
        // The request itself is wrong: sending it again gives the same answer.
        fail(makeError(status == 426 ? ErrorCode::Unsupported : ErrorCode::InvalidInput,
                       u"the server refused the push (%1)"_s.arg(
                           serverError(status, body, reply->errorString()))));
        return;
    }
    if (auto r = applyResults(body); !r) {
        fail(r.error());
        return;
    }
    updateTotals();
    if (!m_running)
        return;
    Q_EMIT progressChanged(m_progress);
    nextBatch();
}

Result<void> SyncClient::applyResults(const QByteArray &body)
{
    const QJsonArray results = QJsonDocument::fromJson(body).object().value(u"results"_s).toArray();
    if (results.size() != m_batch.size()) {
        return makeError(ErrorCode::Io,
                         u"the server's answer is not a push result (%1 results for %2 changes); "
                         "nothing was removed from the outbox"_s.arg(results.size())
                             .arg(m_batch.size()));
    }
    // Check the whole answer before acting on any of it.
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        const QString status = result.value(u"status"_s).toString();
        if (result.value(u"changeId"_s).toString() != m_batch[i].changeId ||
            (status != u"accepted"_s && status != u"duplicate"_s && status != u"refused"_s)) {
            return makeError(ErrorCode::Io,
                             u"the server's answer for change %1 does not match the request; "
                             "nothing was removed from the outbox"_s.arg(m_batch[i].changeId));
        }
    }
    QStringList acknowledged;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        const QString status = result.value(u"status"_s).toString();
        const OutboxEntry &entry = m_batch[i];
        if (status == u"refused"_s) {
            RefusedChange refused{entry.seq,
                                  entry.changeId,
                                  entry.recordId,
                                  entry.op,
                                  result.value(u"code"_s).toString(),
                                  result.value(u"reason"_s).toString(),
                                  m_store.now()};
            if (refused.reason.isEmpty())
                refused.reason = u"the server gave no reason"_s;
            if (auto r = m_store.recordRefusal(entry.changeId, refused.code, refused.reason); !r)
                return r;
            m_report.refused << refused;
        } else {
            acknowledged << entry.changeId;
            ++(status == u"accepted"_s ? m_report.accepted : m_report.duplicates);
        }
    }
    if (auto r = m_store.acknowledge(acknowledged); !r)
        return r;
    m_progress.changesDone += m_batch.size();
    m_progress.bytesDone += m_batchBytes;
    m_batch.clear();
    return {};
}

int SyncClient::backoffMs(int attempt) const
{
    // Exponential, capped, with jitter in [d/2, d] so devices back from the same dead zone do
    // not retry in lockstep.
    qint64 delay = m_options.initialBackoffMs;
    for (int i = 1; i < attempt && delay < m_options.maxBackoffMs; ++i)
        delay *= 2;
    delay = std::clamp<qint64>(delay, 0, m_options.maxBackoffMs);
    const qint64 half = delay / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void SyncClient::retryOrFail(const QString &reason)
{
    if (m_attempt >= m_options.maxAttempts) {
        fail(makeError(ErrorCode::Io,
                       u"could not push to %1 after %2 tries (last: %3); the changes stay in the "
                       "outbox for the next sync"_s.arg(m_options.server.toString())
                           .arg(m_attempt)
                           .arg(reason)));
        return;
    }
    const int delay = backoffMs(m_attempt);
    ++m_attempt;
    ++m_report.retries;
    Q_EMIT retrying(m_attempt, m_options.maxAttempts, delay, reason);
    m_retryTimer.start(delay);
}

void SyncClient::fail(Error error)
{
    m_error = std::move(error);
    finish();
}

void SyncClient::finish()
{
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace fl
