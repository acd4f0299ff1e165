// SyncClient: pushing the outbox (POST /v1/push) in signed batches, in outbox order. A change
// leaves the outbox only when the ledger answered accepted or duplicate; a refusal is kept with
// its reason for the user, except `blob-missing`, which the client resolves itself: it uploads
// the file and pushes the change once more in the same run.

#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

const QString kBlobMissing = u"blob-missing"_s;

QJsonObject payloadBody(const OutboxEntry &entry)
{
    return QJsonDocument::fromJson(entry.payload).object().value(u"body"_s).toObject();
}

// The files the ledger said it lacks for these evidence changes.
QList<PendingBlob> filesOf(const QList<OutboxEntry> &entries)
{
    QList<PendingBlob> blobs;
    for (const OutboxEntry &entry : entries) {
        const QJsonObject body = payloadBody(entry);
        const QString sha = body.value(u"sha256"_s).toString();
        auto same = std::find_if(blobs.begin(), blobs.end(),
                                 [&](const PendingBlob &b) { return b.sha256 == sha; });
        if (same != blobs.end())
            same->recordIds << entry.recordId;
        else
            blobs << PendingBlob{sha, body.value(u"sizeBytes"_s).toInteger(), {entry.recordId}};
    }
    return blobs;
}

} // namespace

void SyncClient::pushNext()
{
    setPhase(SyncPhase::Pushing);
    auto entries = nextEntries();
    if (!entries) {
        fail(entries.error());
        return;
    }
    if (entries->isEmpty()) {
        afterPush();
        return;
    }
    sendBatch(std::move(entries).value());
}

// In outbox order after what this run sent; in the second round, the changes that waited for
// their files.
Result<QList<OutboxEntry>> SyncClient::nextEntries()
{
    if (m_retryingNeedFiles)
        return m_retryQueue.mid(0, m_options.batchChanges);
    return m_store.pendingChanges(m_options.batchChanges, false, m_pushedUpTo);
}

void SyncClient::sendBatch(QList<OutboxEntry> entries)
{
    m_batch.clear();
    m_batchBytes = 0;
    QJsonArray changes;
    for (auto &entry : entries) {
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
    if (m_retryingNeedFiles)
        m_retryQueue.remove(0, m_batch.size());
    else
        m_pushedUpTo = m_batch.last().seq;
    Call call;
    call.method = "POST";
    call.path = u"/v1/push"_s;
    call.body = QJsonDocument(QJsonObject{{u"changes"_s, changes}}).toJson(QJsonDocument::Compact);
    call.progressBytes = m_batchBytes;
    call.what = u"push of %1 changes"_s.arg(m_batch.size());
    call.onAnswer = [this](const Answer &answer) {
        if (answer.status != 200) {
            failWithAnswer(answer, u"the ledger refused the push"_s);
            return;
        }
        if (auto r = applyResults(answer.body); !r) {
            fail(r.error(), u"bad-answer"_s, answer.status);
            return;
        }
        updateTotals();
        if (!m_running)
            return;
        emitProgress();
        pushNext();
    };
    send(std::move(call));
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
    qint64 answeredBytes = 0;
    qint64 answered = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        const QString status = result.value(u"status"_s).toString();
        const OutboxEntry &entry = m_batch[i];
        if (status == u"refused"_s) {
            const QString code = result.value(u"code"_s).toString();
            if (code == kBlobMissing && !m_retryingNeedFiles &&
                !m_fileProblems.contains(payloadBody(entry).value(u"sha256"_s).toString())) {
                m_needFiles << entry; // its file goes up, then it is pushed again
                continue;
            }
            if (auto r = refuse(entry, code, result.value(u"reason"_s).toString()); !r)
                return r;
        } else {
            acknowledged << entry.changeId;
            ++(status == u"accepted"_s ? m_report.accepted : m_report.duplicates);
        }
        ++answered;
        answeredBytes += entry.payload.size();
    }
    if (auto r = m_store.acknowledge(acknowledged); !r)
        return r;
    m_progress.changesDone += answered;
    m_progress.bytesDone += answeredBytes;
    m_batch.clear();
    return {};
}

// Keeps the refusal for the user. A missing file this device cannot produce is said plainly:
// the ledger's reason alone would suggest uploading it, which was tried.
Result<void> SyncClient::refuse(const OutboxEntry &entry, const QString &code,
                                const QString &reason)
{
    RefusedChange refused{entry.seq, entry.changeId, entry.recordId, entry.op,
                          code,      reason,         m_store.now()};
    const QString fileProblem =
        m_fileProblems.value(payloadBody(entry).value(u"sha256"_s).toString());
    if (code == kBlobMissing && !fileProblem.isEmpty()) {
        refused.reason = u"the ledger needs this evidence's file, and this device cannot send it: "
                         "%1"_s.arg(fileProblem);
    }
    if (refused.reason.isEmpty())
        refused.reason = u"the server gave no reason"_s;
    if (auto r = m_store.recordRefusal(entry.changeId, refused.code, refused.reason); !r)
        return r;
    m_report.refused << refused;
    return {};
}

void SyncClient::afterPush()
{
    if (!m_retryingNeedFiles && !m_needFiles.isEmpty()) {
        m_retryingNeedFiles = true;
        m_retryQueue = std::exchange(m_needFiles, {});
        uploadFiles(filesOf(m_retryQueue), [this] { pushNext(); });
        return;
    }
    pullNext();
}

} // namespace fl
