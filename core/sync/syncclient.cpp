// SyncClient: the run's order, enrolment and token renewal, and the one request machinery every
// step uses (protocol header, token, timeout, retries with backoff and jitter, error answers).

#include "syncclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

constexpr int kProtocolMaxChanges = 500;

QUrl endpoint(QUrl server, const QString &path, const QString &query)
{
    QString base = server.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    server.setPath(base + path);
    server.setQuery(query);
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

// What a 401 means for the person holding the device.
QString unauthorisedAdvice(const QString &code)
{
    if (code == u"token-expired"_s)
        return u"this device's access to the ledger has expired; enrol it again with a new code "
               "from the office"_s;
    if (code == u"device-revoked"_s)
        return u"the office has revoked this device; it can no longer sync (a new installation "
               "enrols as a new device)"_s;
    return u"the ledger does not recognise this device's token; enrol it again with a new code "
           "from the office"_s;
}

} // namespace

QString syncPhaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Starting:
        return u"starting"_s;
    case SyncPhase::UploadingFiles:
        return u"uploading files"_s;
    case SyncPhase::Pushing:
        return u"pushing"_s;
    case SyncPhase::Pulling:
        return u"pulling"_s;
    case SyncPhase::Finished:
        return u"finished"_s;
    }
    return {};
}

Result<EnrolmentLink> parseEnrolmentLink(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QUrlQuery query(url);
    const QUrl server(query.queryItemValue(u"server"_s, QUrl::FullyDecoded), QUrl::StrictMode);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded).trimmed();
    if (!url.isValid() || url.scheme() != u"fieldledger"_s || url.host() != u"enrol"_s ||
        code.isEmpty() || !server.isValid() || server.scheme().isEmpty() ||
        server.host().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"this is not a FieldLedger enrolment code (expected "
                         "fieldledger://enrol?server=...&code=...)"_s);
    }
    return EnrolmentLink{server, code};
}

QString SyncClient::Answer::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

SyncClient::SyncClient(Store &store, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_options.batchChanges = std::clamp(m_options.batchChanges, 1, kProtocolMaxChanges);
    m_options.chunkBytes = std::clamp<qint64>(m_options.chunkBytes, 1, 8 * 1024 * 1024);
    m_options.pullLimit = std::clamp(m_options.pullLimit, 1, 1000);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::sendAgain);
}

SyncClient::~SyncClient()
{
    if (m_reply)
        m_reply->abort();
}

// Enrolment -------------------------------------------------------------------------------

Result<Enrolment> SyncClient::enrol(const QUrl &server, const QString &code,
                                    const QString &deviceName)
{
    if (m_running)
        return makeError(ErrorCode::Conflict, u"a sync is running; enrol after it"_s);
    if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            u"the server address '%1' is not a URL (like https://ledger.example.org)"_s.arg(
                server.toString()));
    }
    if (code.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"give the enrolment code from the office"_s);
    m_running = true;
    m_report = {};
    m_error.reset();
    m_stop = {};
    m_server = server;
    std::optional<Enrolment> enrolled;
    const QJsonObject request{{u"code"_s, code.trimmed()},
                              {u"deviceId"_s, m_store.deviceId()},
                              {u"publicKey"_s, QString::fromLatin1(m_store.publicKey().toBase64())},
                              {u"deviceName"_s, deviceName}};
    Call call;
    call.method = "POST";
    call.path = u"/v1/enrol"_s;
    call.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    call.withToken = false;
    call.what = u"enrolment"_s;
    call.onAnswer = [this, &enrolled](const Answer &answer) {
        if (answer.status != 200) {
            failWithAnswer(answer, u"the ledger refused the enrolment"_s);
            return;
        }
        auto enrolment = enrolmentFromAnswer(answer, m_server.toString());
        if (!enrolment) {
            fail(enrolment.error());
            return;
        }
        if (auto r = m_store.saveEnrolment(*enrolment); !r) {
            fail(r.error());
            return;
        }
        enrolled = *enrolment;
        finish();
    };
    QEventLoop loop;
    connect(this, &SyncClient::finished, &loop, &QEventLoop::quit);
    send(std::move(call));
    if (m_running)
        loop.exec();
    if (m_error)
        return *m_error;
    return *enrolled;
}

Result<Enrolment> SyncClient::enrolmentFromAnswer(const Answer &answer, const QString &server)
{
    const QJsonObject user = answer.json.value(u"user"_s).toObject();
    Enrolment e;
    e.server = server;
    e.token = answer.json.value(u"token"_s).toString();
    e.tokenExpiresMs = answer.json.value(u"expiresAtMs"_s).toInteger();
    e.userName = user.value(u"name"_s).toString();
    e.role = user.value(u"role"_s).toString();
    for (const auto &division : user.value(u"divisions"_s).toArray())
        e.divisions << division.toString();
    e.enrolledMs = m_store.now();
    const QString deviceId = answer.json.value(u"deviceId"_s).toString();
    if (e.token.isEmpty() || e.tokenExpiresMs <= 0 || e.userName.isEmpty() ||
        (!deviceId.isEmpty() && deviceId != m_store.deviceId())) {
        return makeError(ErrorCode::Io, u"the ledger's answer is not a token for this device; "
                                        "nothing was changed"_s);
    }
    return e;
}

// A sync run: renew the token if due, files, push, pull ----------------------------------

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_progress = {};
    m_error.reset();
    m_stop = {};
    m_uploads.clear();
    m_fileProblems.clear();
    m_pushedUpTo = 0;
    m_needFiles.clear();
    m_retryQueue.clear();
    m_retryingNeedFiles = false;
    auto enrolment = m_store.enrolment();
    if (!enrolment) {
        fail(enrolment.error());
        return;
    }
    if (!*enrolment) {
        fail(makeError(ErrorCode::InvalidInput,
                       u"not enrolled: this device has no access to a ledger yet; enrol it with "
                       "the code from the office first"_s),
             u"not-enrolled"_s);
        return;
    }
    m_token = (*enrolment)->token;
    m_server = m_options.server.isEmpty() ? QUrl((*enrolment)->server) : m_options.server;
    if (!m_server.isValid() || m_server.scheme().isEmpty()) {
        fail(makeError(
            ErrorCode::InvalidInput,
            u"the server address '%1' is not a URL (like https://ledger.example.org)"_s.arg(
                m_server.toString())));
        return;
    }
    updateTotals();
    if (!m_running)
        return;
    emitProgress();
    renewTokenIfDue();
}

void SyncClient::renewTokenIfDue()
{
    auto enrolment = m_store.enrolment();
    if (!enrolment || !*enrolment) {
        fail(enrolment ? makeError(ErrorCode::Internal, u"the enrolment vanished"_s)
                       : enrolment.error());
        return;
    }
    const auto startFiles = [this] {
        auto blobs = m_store.pendingBlobs();
        if (!blobs) {
            fail(blobs.error());
            return;
        }
        uploadFiles(*blobs, [this] { pushNext(); });
    };
    if ((*enrolment)->tokenExpiresMs - m_store.now() >= m_options.renewWithinMs) {
        startFiles();
        return;
    }
    Call call;
    call.method = "POST";
    call.path = u"/v1/token"_s;
    call.what = u"token renewal"_s;
    const QString enrolledServer = (*enrolment)->server;
    call.onAnswer = [this, enrolledServer, startFiles](const Answer &answer) {
        if (answer.status != 200) {
            failWithAnswer(answer, u"the ledger refused to renew the token"_s);
            return;
        }
        auto renewed = enrolmentFromAnswer(answer, enrolledServer);
        if (!renewed) {
            fail(renewed.error());
            return;
        }
        if (auto r = m_store.saveEnrolment(*renewed); !r) {
            fail(r.error());
            return;
        }
        m_token = renewed->token;
        startFiles();
    };
    send(std::move(call));
}

void SyncClient::cancel()
{
    if (!m_running)
        return;
    fail(makeError(ErrorCode::Io, u"sync was cancelled; what was not acknowledged stays in the "
                                  "outbox for the next sync"_s),
         u"cancelled"_s);
}

Result<SyncReport> SyncClient::syncAll()
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

// Progress ----------------------------------------------------------------------------------

// Totals are what is done plus what still waits, so changes saved during the sync are counted.
void SyncClient::updateTotals()
{
    auto stats = m_store.outboxStats();
    if (!stats) {
        fail(stats.error());
        return;
    }
    qint64 fileBytesLeft = 0;
    for (const Upload &upload : std::as_const(m_uploads))
        fileBytesLeft += std::max<qint64>(0, upload.size - upload.received);
    m_progress.changesTotal = m_progress.changesDone + stats->changes - stats->refused;
    m_progress.bytesTotal =
        m_progress.bytesDone + stats->changeBytes - stats->refusedBytes + fileBytesLeft;
    m_progress.filesTotal = m_progress.filesDone + m_uploads.size();
}

void SyncClient::setPhase(SyncPhase phase)
{
    if (m_progress.phase == phase)
        return;
    m_progress.phase = phase;
    emitProgress();
}

void SyncClient::emitProgress()
{
    Q_EMIT progressChanged(m_progress);
}

// Requests ----------------------------------------------------------------------------------

void SyncClient::send(Call call)
{
    if (!m_running)
        return; // cancelled while the previous answer was handled
    m_call = std::move(call);
    m_attempt = 1;
    sendAgain();
}

void SyncClient::sendAgain()
{
    if (!m_running || !m_call)
        return;
    QNetworkRequest request(endpoint(m_server, m_call->path, m_call->query));
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_call->contentType);
    request.setRawHeader("FieldLedger-Protocol", "1");
    if (m_call->withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_options.requestTimeoutMs);
    ++m_report.requests;
    m_reply = m_network->sendCustomRequest(request, m_call->method, m_call->body);
    if (m_call->progressBytes > 0) {
        const qint64 bytes = m_call->progressBytes;
        connect(m_reply, &QNetworkReply::uploadProgress, this,
                [this, bytes](qint64 sent, qint64 total) {
                    if (total <= 0)
                        return;
                    SyncProgress inFlight = m_progress;
                    inFlight.bytesDone += bytes * std::min(sent, total) / total;
                    Q_EMIT progressChanged(inFlight);
                });
    }
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void SyncClient::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_running)
        return; // cancelled
    m_reply.clear();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0 || (reply->error() != QNetworkReply::NoError && answer.status < 400)) {
        // No complete answer (refused connection, reset, timeout, truncated): the server may or
        // may not have applied the request, and sending it again is safe either way.
        retryOrFail(reply->errorString());
        return;
    }
    if (answer.status >= 500) {
        answer.json = QJsonDocument::fromJson(answer.body).object();
        retryOrFail(serverError(answer.status, answer.body, reply->errorString()),
                    answer.errorCode().isEmpty() ? u"server-error"_s : answer.errorCode());
        return;
    }
    answer.json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 401) {
        failUnauthorised(answer);
        return;
    }
    if (answer.status == 426) {
        fail(makeError(ErrorCode::Unsupported,
                       u"the ledger speaks another protocol version; update the app (%1)"_s.arg(
                           serverError(answer.status, answer.body, {}))),
             answer.errorCode(), answer.status);
        return;
    }
    // The handler may send the next request, which replaces m_call.
    const auto onAnswer = m_call->onAnswer;
    onAnswer(answer);
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

void SyncClient::retryOrFail(const QString &reason, const QString &stopCode)
{
    if (m_attempt >= m_options.maxAttempts) {
        fail(makeError(ErrorCode::Io,
                       u"could not reach the ledger at %1 for the %2 after %3 tries (last: %4); "
                       "everything not acknowledged stays on this device for the next sync"_s
                           .arg(m_server.toString(), m_call->what)
                           .arg(m_attempt)
                           .arg(reason)),
             stopCode);
        return;
    }
    const int delay = backoffMs(m_attempt);
    ++m_attempt;
    ++m_report.retries;
    Q_EMIT retrying(m_attempt, m_options.maxAttempts, delay, reason);
    m_retryTimer.start(delay);
}

void SyncClient::failWithAnswer(const Answer &answer, const QString &what)
{
    // The request itself is wrong: sending it again gives the same answer.
    fail(makeError(ErrorCode::InvalidInput,
                   u"%1 (%2)"_s.arg(what, serverError(answer.status, answer.body, {}))),
         answer.errorCode(), answer.status);
}

void SyncClient::failUnauthorised(const Answer &answer)
{
    const QString code = answer.errorCode().isEmpty() ? u"unauthenticated"_s : answer.errorCode();
    fail(makeError(ErrorCode::InvalidInput,
                   u"%1 (%2); nothing more was sent and everything not acknowledged stays on "
                   "this device"_s.arg(unauthorisedAdvice(code),
                                       serverError(answer.status, answer.body, {}))),
         code, answer.status);
}

void SyncClient::fail(Error error, const QString &stopCode, int httpStatus)
{
    m_error = std::move(error);
    m_stop = {stopCode, httpStatus};
    finish();
}

void SyncClient::finish()
{
    m_retryTimer.stop();
    m_call.reset();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
    }
    if (!m_running)
        return;
    m_running = false;
    if (!m_error) {
        m_progress.phase = SyncPhase::Finished;
        emitProgress();
    }
    Q_EMIT finished();
}

} // namespace fl
