// SyncClient: evidence files. The ledger says which files it lacks and how much of each it
// already has; each is sent in chunks from there (PUT /v1/blobs/SHA?offset=N&size=TOTAL), so an
// upload cut at any byte resumes where the ledger's copy ends. A file this device cannot
// produce is a problem of its records, reported with them, never a crash of the sync.

#include "syncclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

constexpr int kMaxBlobsPerQuery = 1000; // the protocol's limit for /v1/blobs/missing
constexpr int kMaxStalls = 3;           // answers in a row that do not move the upload on

// Bytes [offset, offset + length) of a stored evidence file that should be `size` bytes long.
Result<QByteArray> readChunk(const QString &path, qint64 size, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, u"the file is missing from this device"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"the file cannot be read: %1"_s.arg(file.errorString()));
    if (file.size() != size) {
        return makeError(
            ErrorCode::StorageCorrupt,
            u"the file is %1 bytes, its record says %2: it was damaged"_s.arg(file.size())
                .arg(size));
    }
    const qint64 wanted = std::clamp<qint64>(size - offset, 0, length);
    if (!file.seek(offset))
        return makeError(ErrorCode::Io, u"the file cannot be read: %1"_s.arg(file.errorString()));
    QByteArray bytes = file.read(wanted);
    if (bytes.size() != wanted)
        return makeError(ErrorCode::Io, u"the file cannot be read: %1"_s.arg(file.errorString()));
    return bytes;
}

// Where the ledger's copy ends, from an upload answer or a 409 offset-mismatch (-1: not said).
qint64 receivedIn(const QJsonObject &json)
{
    if (json.contains(u"received"_s))
        return json.value(u"received"_s).toInteger(-1);
    return json.value(u"error"_s).toObject().value(u"received"_s).toInteger(-1);
}

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

} // namespace

void SyncClient::uploadFiles(const QList<PendingBlob> &blobs, std::function<void()> then)
{
    m_afterUploads = std::move(then);
    QList<PendingBlob> wanted;
    for (const PendingBlob &blob : blobs) {
        if (!m_fileProblems.contains(blob.sha256))
            wanted << blob;
    }
    if (wanted.isEmpty()) {
        finishUpload(); // nothing to ask: not even a request
        return;
    }
    setPhase(SyncPhase::UploadingFiles);
    askMissing(wanted);
}

void SyncClient::askMissing(QList<PendingBlob> blobs)
{
    if (blobs.isEmpty()) {
        updateTotals();
        if (!m_running)
            return;
        emitProgress();
        uploadNextChunk();
        return;
    }
    const QList<PendingBlob> asked = blobs.mid(0, kMaxBlobsPerQuery);
    blobs.remove(0, asked.size());
    QJsonArray list;
    for (const PendingBlob &blob : asked)
        list.append(QJsonObject{{u"sha256"_s, blob.sha256}, {u"size"_s, blob.size}});
    Call call;
    call.method = "POST";
    call.path = u"/v1/blobs/missing"_s;
    call.body = QJsonDocument(QJsonObject{{u"blobs"_s, list}}).toJson(QJsonDocument::Compact);
    call.what = u"check of which files the ledger lacks"_s;
    call.onAnswer = [this, asked, rest = std::move(blobs)](const Answer &answer) {
        if (answer.status != 200) {
            failWithAnswer(answer, u"the ledger refused the file check"_s);
            return;
        }
        takeMissing(asked, answer);
        if (m_running)
            askMissing(rest);
    };
    send(std::move(call));
}

void SyncClient::takeMissing(const QList<PendingBlob> &asked, const Answer &answer)
{
    QSet<QString> missing;
    for (const auto &value : answer.json.value(u"missing"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const QString sha = item.value(u"sha256"_s).toString();
        for (const PendingBlob &blob : asked) {
            if (blob.sha256 != sha || missing.contains(sha))
                continue;
            missing.insert(sha);
            const qint64 received = std::clamp<qint64>(receivedIn(item), 0, blob.size);
            m_uploads << Upload{sha, blob.size, received, blob.recordIds};
        }
    }
    // The rest the ledger holds already (another record or device brought the same bytes).
    for (const PendingBlob &blob : asked) {
        if (missing.contains(blob.sha256))
            continue;
        if (auto r = m_store.markBlobUploaded(blob.sha256); !r) {
            fail(r.error());
            return;
        }
    }
}

void SyncClient::uploadNextChunk()
{
    if (m_uploads.isEmpty()) {
        finishUpload();
        return;
    }
    Upload &upload = m_uploads.first();
    auto chunk = readChunk(m_store.blobPath(upload.sha256), upload.size, upload.received,
                           m_options.chunkBytes);
    if (!chunk) {
        noteFileProblem(upload, chunk.error().message);
        m_uploads.removeFirst();
        updateTotals();
        if (m_running)
            uploadNextChunk();
        return;
    }
    Call call;
    call.method = "PUT";
    call.path = u"/v1/blobs/"_s + upload.sha256;
    call.query = u"offset=%1&size=%2"_s.arg(upload.received).arg(upload.size);
    call.body = *chunk;
    call.contentType = "application/octet-stream";
    call.progressBytes = chunk->size();
    call.what = u"upload of file %1"_s.arg(shortHash(upload.sha256));
    call.onAnswer = [this, sent = chunk->size()](const Answer &answer) {
        onChunkAnswer(answer, sent);
    };
    send(std::move(call));
}

void SyncClient::onChunkAnswer(const Answer &answer, qint64 sent)
{
    Upload &upload = m_uploads.first();
    const QString code = answer.errorCode();
    if (answer.status == 409 && code == u"offset-mismatch"_s) {
        sent = 0; // the ledger did not take this chunk: continue where its copy ends
    } else if (answer.status == 422 && code == u"hash-mismatch"_s) {
        restartOrGiveUp(upload, answer);
        return;
    } else if (answer.status != 200) {
        failWithAnswer(answer, u"the ledger refused file %1"_s.arg(shortHash(upload.sha256)));
        return;
    }
    const qint64 received = receivedIn(answer.json);
    if (received < 0 || received > upload.size) {
        fail(makeError(ErrorCode::Io,
                       u"the ledger's answer to the upload of file %1 says no "
                       "valid position; the upload stops here"_s.arg(shortHash(upload.sha256))),
             u"bad-answer"_s, answer.status);
        return;
    }
    m_progress.bytesDone += sent;
    m_report.fileBytesUploaded += sent;
    if (answer.json.value(u"complete"_s).toBool()) {
        if (auto r = m_store.markBlobUploaded(upload.sha256); !r) {
            fail(r.error());
            return;
        }
        ++m_progress.filesDone;
        ++m_report.filesUploaded;
        m_uploads.removeFirst();
    } else {
        upload.stalls = received > upload.received ? 0 : upload.stalls + 1;
        if (upload.stalls > kMaxStalls) {
            fail(makeError(ErrorCode::Io,
                           u"the ledger keeps its copy of file %1 at %2 of %3 bytes and takes no "
                           "more; try again later"_s.arg(shortHash(upload.sha256))
                               .arg(received)
                               .arg(upload.size)),
                 u"upload-stalled"_s, answer.status);
            return;
        }
        upload.received = received;
    }
    updateTotals();
    if (!m_running)
        return;
    emitProgress();
    uploadNextChunk();
}

// The complete bytes did not have the announced hash, and the ledger dropped its copy. Either
// this device's file changed since it was stored, or bytes got mixed on the way: the file is
// checked, and sent once more from the start if it is intact.
void SyncClient::restartOrGiveUp(Upload &upload, const Answer &answer)
{
    if (auto intact = m_store.verifyBlob(upload.sha256); !intact) {
        noteFileProblem(upload, intact.error().message);
        m_uploads.removeFirst();
    } else if (!upload.restarted) {
        upload.restarted = true;
        upload.received = 0;
    } else {
        failWithAnswer(answer, u"the ledger refused file %1 twice"_s.arg(shortHash(upload.sha256)));
        return;
    }
    updateTotals();
    if (m_running)
        uploadNextChunk();
}

void SyncClient::noteFileProblem(const Upload &upload, const QString &message)
{
    m_fileProblems.insert(upload.sha256, message);
    m_report.fileProblems << FileProblem{upload.sha256, upload.recordIds, message};
}

void SyncClient::finishUpload()
{
    const auto then = std::exchange(m_afterUploads, {});
    if (then)
        then();
}

} // namespace fl
