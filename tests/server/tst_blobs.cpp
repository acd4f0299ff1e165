// Evidence files over /v1/blobs against a real ledgerd: which files the ledger lacks, chunked
// and resumable uploads, the hash check, one copy per file however many devices send it,
// evidence held back until its file is there, and who may download.

#include "ledgerdharness.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

void requireError(const HttpReply &reply, int status, const QString &code)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == status);
    REQUIRE(reply.errorCode() == code);
}

// A chunk that must be taken: the answer's status.
QJsonObject stored(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json;
}

struct Wanted
{
    QString sha256;
    qint64 size = 0;
};

// POST /v1/blobs/missing: the answer's list.
QJsonArray missing(LedgerdProcess &server, const QString &token, const QList<Wanted> &blobs)
{
    QJsonArray list;
    for (const Wanted &w : blobs)
        list.append(QJsonObject{{u"sha256"_s, w.sha256}, {u"size"_s, w.size}});
    const HttpReply reply =
        server.post(u"/v1/blobs/missing"_s, compact(QJsonObject{{u"blobs"_s, list}}), "1", token);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    REQUIRE(reply.json[u"missing"_s].isArray());
    return reply.json[u"missing"_s].toArray();
}

qint64 chunkRows(const QString &db, const QString &sha)
{
    return queryNumber(db, "SELECT count(*) FROM blob_chunks WHERE sha256 = ?1", {sha});
}

qint64 blobRows(const QString &db, const QString &sha)
{
    return queryNumber(db, "SELECT count(*) FROM blobs WHERE sha256 = ?1", {sha});
}

QByteArray evidencePut(const QList<QByteArray> &payloads)
{
    for (const QByteArray &p : payloads) {
        if (parseObject(p)[u"kind"_s].toString() == u"evidence"_s)
            return p;
    }
    FAIL("no evidence among the payloads");
    return {};
}

void requireVerified(LedgerdProcess &server, qint64 files)
{
    server.stop();
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.output.contains(u" devices, %1 files; head "_s.arg(files)));
}

} // namespace

TEST_CASE("blobs/missing lists only what the ledger lacks, with what it already received",
          "[server][blobs]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QString token = device.token();
    const QByteArray whole = randomBytes(100'000);
    const QByteArray part = randomBytes(300'000);
    const QByteArray none = randomBytes(1000);
    const QString wholeSha = sha256Hex(whole), partSha = sha256Hex(part), noneSha = sha256Hex(none);

    CHECK(missing(server, token, {}).isEmpty());
    const QJsonArray before = missing(server, token, {{wholeSha, whole.size()}});
    REQUIRE(before.size() == 1);
    CHECK(before[0][u"sha256"_s].toString() == wholeSha);
    CHECK(number(before[0][u"size"_s]) == whole.size());
    CHECK(number(before[0][u"received"_s]) == 0);

    CHECK(stored(server.putBlobChunk(token, wholeSha, 0, whole.size(), whole))[u"complete"_s]
              .toBool());
    const QJsonObject half =
        stored(server.putBlobChunk(token, partSha, 0, part.size(), part.left(120'000)));
    CHECK_FALSE(half[u"complete"_s].toBool());
    CHECK(number(half[u"received"_s]) == 120'000);

    const QJsonArray lacking = missing(
        server, token, {{wholeSha, whole.size()}, {partSha, part.size()}, {noneSha, none.size()}});
    INFO(QJsonDocument(lacking).toJson().toStdString());
    REQUIRE(lacking.size() == 2);
    CHECK(lacking[0][u"sha256"_s].toString() == partSha);
    CHECK(number(lacking[0][u"size"_s]) == part.size());
    CHECK(number(lacking[0][u"received"_s]) == 120'000);
    CHECK(lacking[1][u"sha256"_s].toString() == noneSha);
    CHECK(number(lacking[1][u"received"_s]) == 0);
    CHECK(missing(server, token, {{wholeSha, whole.size()}}).isEmpty());
    // Another size than the upload under way cannot continue it.
    const QJsonArray otherSize = missing(server, token, {{partSha, 999}});
    REQUIRE(otherSize.size() == 1);
    CHECK(number(otherSize[0][u"received"_s]) == 0);

    // Only the complete file counts; the partial one is not a file of the ledger.
    requireVerified(server, 1);
}

TEST_CASE("a 3 MiB blob goes up in 1 MiB chunks, and a wrong offset or a break resumes from "
          "received",
          "[server][blobs]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QString token = device.token();
    const QByteArray bytes = randomBytes(3 * kMiB);
    const QString sha = sha256Hex(bytes);
    const auto chunk = [&](int i) {
        return bytes.mid(i * kMiB, kMiB);
    };

    const QJsonObject first = stored(server.putBlobChunk(token, sha, 0, bytes.size(), chunk(0)));
    CHECK(first[u"sha256"_s].toString() == sha);
    CHECK(number(first[u"size"_s]) == 3 * kMiB);
    CHECK(number(first[u"received"_s]) == kMiB);
    CHECK_FALSE(first[u"complete"_s].toBool());

    // A chunk that skips ahead, and the first one sent again: where to go on is in the answer.
    for (const auto &[offset, body] :
         {std::pair{2 * kMiB, chunk(2)}, std::pair{qint64(0), chunk(0)}}) {
        const HttpReply wrong = server.putBlobChunk(token, sha, offset, bytes.size(), body);
        requireError(wrong, 409, u"offset-mismatch"_s);
        CHECK(number(wrong.json[u"received"_s]) == kMiB);
    }
    CHECK(chunkRows(server.db(), sha) == 1);

    // The connection broke: the device asks where to go on, then continues from there.
    const QJsonArray resume = missing(server, token, {{sha, bytes.size()}});
    REQUIRE(resume.size() == 1);
    const qint64 received = number(resume[0][u"received"_s]);
    REQUIRE(received == kMiB);
    const QJsonObject second =
        stored(server.putBlobChunk(token, sha, received, bytes.size(), chunk(1)));
    CHECK(number(second[u"received"_s]) == 2 * kMiB);
    CHECK_FALSE(second[u"complete"_s].toBool());
    const QJsonObject last =
        stored(server.putBlobChunk(token, sha, 2 * kMiB, bytes.size(), chunk(2)));
    CHECK(number(last[u"received"_s]) == 3 * kMiB);
    CHECK(last[u"complete"_s].toBool());
    CHECK(missing(server, token, {{sha, bytes.size()}}).isEmpty());

    // A chunk of a complete blob answers complete and stores nothing.
    const QJsonObject again = stored(server.putBlobChunk(token, sha, 0, bytes.size(), chunk(0)));
    CHECK(again[u"complete"_s].toBool());
    CHECK(number(again[u"received"_s]) == 3 * kMiB);
    CHECK(chunkRows(server.db(), sha) == 3);
    CHECK(blobRows(server.db(), sha) == 1);

    const HttpReply download = server.get(u"/v1/blobs/"_s + sha, true, token);
    REQUIRE(download.status == 200);
    CHECK(download.header("Content-Type") == "application/octet-stream");
    CHECK(download.body.size() == bytes.size());
    CHECK(download.body == bytes);

    // A chunk over 8 MiB is refused before anything is stored.
    const QByteArray big = randomBytes(8 * kMiB + 1);
    requireError(server.putBlobChunk(token, sha256Hex(big), 0, big.size(), big), 413,
                 u"too-large"_s);
    CHECK(blobRows(server.db(), sha256Hex(big)) == 0);

    requireVerified(server, 1);
}

TEST_CASE("complete bytes with the wrong hash are refused hash-mismatch and the partial copy is "
          "gone",
          "[server][blobs]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QString token = device.token();
    const QByteArray right = randomBytes(600'000);
    const QString sha = sha256Hex(right);
    QByteArray wrong = right;
    wrong[500'000] = char(wrong[500'000] ^ 0x01);

    CHECK_FALSE(
        stored(server.putBlobChunk(token, sha, 0, right.size(), wrong.left(300'000)))[u"complete"_s]
            .toBool());
    requireError(server.putBlobChunk(token, sha, 300'000, right.size(), wrong.mid(300'000)), 422,
                 u"hash-mismatch"_s);
    const QJsonArray after = missing(server, token, {{sha, right.size()}});
    REQUIRE(after.size() == 1);
    CHECK(number(after[0][u"received"_s]) == 0);
    CHECK(chunkRows(server.db(), sha) == 0);
    requireError(server.get(u"/v1/blobs/"_s + sha, true, token), 404, u"not-found"_s);
    // Continuing where the bad copy ended is not possible: it is gone.
    requireError(server.putBlobChunk(token, sha, 300'000, right.size(), right.mid(300'000)), 409,
                 u"offset-mismatch"_s);

    // The right bytes, from the start, complete it.
    CHECK(stored(server.putBlobChunk(token, sha, 0, right.size(), right))[u"complete"_s].toBool());
    const HttpReply download = server.get(u"/v1/blobs/"_s + sha, true, token);
    REQUIRE(download.status == 200);
    CHECK(download.body == right);
    requireVerified(server, 1);
}

TEST_CASE("evidence waits for its file, a file sent by two devices is stored once, and only the "
          "office downloads",
          "[server][blobs]")
{
    LedgerdProcess server;
    Device first;
    first.enrol(server);
    first.recordFieldDay();
    const QList<QByteArray> payloads = first.pendingPayloads();
    const QByteArray evidencePayload = evidencePut(payloads);
    const QString sha = parseObject(evidencePayload)[u"body"_s][u"sha256"_s].toString();
    QFile file(first.store().blobPath(sha));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray photo = file.readAll();
    REQUIRE(sha256Hex(photo) == sha);

    // Pushed before its file: the evidence alone is refused, the rest goes in.
    const HttpReply early = server.push(first.pushRequest(payloads), first.token());
    INFO(early.body.toStdString());
    REQUIRE(early.status == 200);
    const QJsonArray results = early.json[u"results"_s].toArray();
    REQUIRE(results.size() == payloads.size());
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const bool isEvidence = parseObject(payloads[i])[u"kind"_s].toString() == u"evidence"_s;
        CHECK(results[i][u"status"_s].toString() == (isEvidence ? u"refused"_s : u"accepted"_s));
        if (isEvidence)
            CHECK(results[i][u"code"_s].toString() == u"blob-missing"_s);
    }
    const auto pushEvidence = [&] {
        const HttpReply reply = server.push(first.pushRequest({evidencePayload}), first.token());
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        return reply.json[u"results"_s][0].toObject();
    };
    // Half the file is not the file.
    stored(server.putBlobChunk(first.token(), sha, 0, photo.size(), photo.left(1000)));
    CHECK(pushEvidence()[u"code"_s].toString() == u"blob-missing"_s);
    stored(server.putBlobChunk(first.token(), sha, 1000, photo.size(), photo.mid(1000)));
    const QJsonObject accepted = pushEvidence();
    CHECK(accepted[u"status"_s].toString() == u"accepted"_s);
    CHECK(number(accepted[u"seq"_s]) == payloads.size());

    SECTION("a second device sending the same file finds it complete, and it is kept once")
    {
        Device second;
        second.enrol(server, u"second"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto patrol = second.store().createRecord(
            RecordKind::Patrol, samples::patrol(now - 3'600'000).toJson(), kAuthor);
        REQUIRE(patrol.ok());
        EvidenceCapture capture;
        capture.sourcePath = u"IMG_0002.jpg"_s;
        capture.linkedRecordId = patrol->meta.id;
        capture.capturedAtMs = now - 1'000'000;
        auto copy = second.store().addEvidenceBytes(photo, capture, kAuthor);
        INFO((copy ? QString() : copy.error().toString()).toStdString());
        REQUIRE(copy.ok());

        CHECK(missing(server, second.token(), {{sha, photo.size()}}).isEmpty());
        const QJsonObject answer =
            stored(server.putBlobChunk(second.token(), sha, 0, photo.size(), photo));
        CHECK(answer[u"complete"_s].toBool());
        CHECK(number(answer[u"received"_s]) == photo.size());
        const HttpReply pushed =
            server.push(second.pushRequest(second.pendingPayloads()), second.token());
        INFO(pushed.body.toStdString());
        REQUIRE(pushed.status == 200);
        for (const auto &r : pushed.json[u"results"_s].toArray())
            CHECK(r[u"status"_s].toString() == u"accepted"_s);
        CHECK(blobRows(server.db(), sha) == 1);
        CHECK(chunkRows(server.db(), sha) == 2);
        CHECK(queryNumber(server.db(), "SELECT count(*) FROM records WHERE kind = 'evidence'") ==
              2);
        requireVerified(server, 1);
    }
    SECTION("office and admin download the bytes, field roles are forbidden")
    {
        const HttpReply office = server.get(u"/v1/blobs/"_s + sha, true, first.token());
        REQUIRE(office.status == 200);
        CHECK(office.body == photo);
        Device admin;
        admin.enrol(server, u"admin"_s, u"admin"_s, u"650000"_s);
        CHECK(server.get(u"/v1/blobs/"_s + sha, true, admin.token()).body == photo);
        for (const QString &role : {u"river-chief"_s, u"inspector"_s, u"green-shield"_s}) {
            Device field;
            field.enrol(server, role, role, u"650000"_s);
            INFO(role.toStdString());
            requireError(server.get(u"/v1/blobs/"_s + sha, true, field.token()), 403,
                         u"forbidden"_s);
        }
        requireError(server.get(u"/v1/blobs/"_s + QString(64, u'0'), true, first.token()), 404,
                     u"not-found"_s);
        requireError(server.get(u"/v1/blobs/"_s + sha, true), 401, u"unauthenticated"_s);
        requireVerified(server, 1);
    }
}
