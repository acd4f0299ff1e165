#include "ledgerdharness.h"

#include "domain/ids.h"

#include <sodium.h>

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fl::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestLedgerDatabase::TestLedgerDatabase()
{
    REQUIRE(m_dir.isValid());
    if (qEnvironmentVariable("FIELDLEDGER_REQUIRE_PG") == u"1"_s) {
        REQUIRE(pgTestsEnabled());
        m_pg = std::make_unique<PgTestDatabase>();
        m_db = m_pg->url();
    } else {
        m_db = m_dir.filePath(u"ledger.sqlite"_s);
    }
}

TestLedgerDatabase::~TestLedgerDatabase() = default;

ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(timeoutMs));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ProgramRun runLedgerd(const QString &db, QStringList args)
{
    args << u"--db"_s << db;
    return runProgram(QStringLiteral(LEDGERD_BINARY), args);
}

LedgerdProcess::LedgerdProcess()
    : m_database(std::make_unique<TestLedgerDatabase>())
{
    start();
}

LedgerdProcess::LedgerdProcess(const TestLedgerDatabase &shared)
    : m_sharedDb(shared.db())
{
    start();
}

void LedgerdProcess::start()
{
    REQUIRE(m_dir.isValid());
    m_process.setStandardErrorFile(m_dir.filePath(u"ledgerd.log"_s), QIODevice::Append);
    m_process.start(QStringLiteral(LEDGERD_BINARY), {u"serve"_s, u"--db"_s, db(), u"--port"_s,
                                                     u"0"_s, u"--host"_s, u"127.0.0.1"_s});
    REQUIRE(m_process.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(10000))
        line += m_process.readAllStandardOutput();
    INFO(line.toStdString());
    REQUIRE(line.startsWith("listening on http://127.0.0.1:"));
    m_baseUrl = QString::fromUtf8(line.mid(13).trimmed());
}

LedgerdProcess::~LedgerdProcess()
{
    stop();
}

void LedgerdProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

void LedgerdProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString LedgerdProcess::enrolmentCode(const QString &user, const QString &role,
                                      const QString &divisions)
{
    const ProgramRun add = office(
        {u"user"_s, u"add"_s, u"--name"_s, user, u"--role"_s, role, u"--divisions"_s, divisions});
    INFO(add.err.toStdString());
    REQUIRE((add.exitCode == 0 || add.err.contains(u"already exists"_s)));
    const ProgramRun code = office({u"enrol-code"_s, u"--user"_s, user});
    INFO(code.err.toStdString());
    REQUIRE(code.exitCode == 0);
    return code.out.section(u'\n', 0, 0).trimmed();
}

HttpReply LedgerdProcess::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const QByteArray &protocol,
                               const QString &token)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!protocol.isNull())
        request.setRawHeader("FieldLedger-Protocol", protocol);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(30000);
    loop.exec();
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

HttpReply LedgerdProcess::get(const QString &path, bool withProtocol, const QString &token)
{
    return send("GET", path, {}, withProtocol ? QByteArray("1") : QByteArray(), token);
}

HttpReply LedgerdProcess::post(const QString &path, const QByteArray &body,
                               const QByteArray &protocol, const QString &token)
{
    return send("POST", path, body, protocol, token);
}

bool LedgerdProcess::healthy()
{
    const HttpReply reply = get(u"/v1/health"_s);
    return reply.status == 200 && reply.json.value(u"status"_s).toString() == u"ok"_s;
}

HttpReply LedgerdProcess::pull(const QString &token, qint64 after, int limit)
{
    QString path = u"/v1/pull?after=%1"_s.arg(after);
    if (limit > 0)
        path += u"&limit=%1"_s.arg(limit);
    return get(path, true, token);
}

HttpReply LedgerdProcess::putBlobChunk(const QString &token, const QString &sha256, qint64 offset,
                                       qint64 size, const QByteArray &chunk)
{
    return send("PUT", u"/v1/blobs/%1?offset=%2&size=%3"_s.arg(sha256).arg(offset).arg(size), chunk,
                "1", token);
}

HttpReply LedgerdProcess::enrol(const QString &code, const QString &deviceId,
                                const QString &publicKey)
{
    const QJsonObject request{{u"code"_s, code},
                              {u"deviceId"_s, deviceId},
                              {u"publicKey"_s, publicKey},
                              {u"deviceName"_s, u"test device"_s}};
    return post(u"/v1/enrol"_s, QJsonDocument(request).toJson(QJsonDocument::Compact));
}

VerifyRun runVerify(const QString &db)
{
    const ProgramRun run = runLedgerd(db, {u"verify"_s});
    return {run.exitCode, run.out + run.err};
}

Device::Device()
{
    REQUIRE(sodium_init() >= 0);
    REQUIRE(m_dir.isValid());
    auto created = Store::create(m_dir.filePath(u"device"_s));
    INFO((created ? QString() : created.error().toString()).toStdString());
    REQUIRE(created.ok());
    m_store = std::move(created).value();
    useNewKey();
}

void Device::useNewKey()
{
    m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()),
                        reinterpret_cast<unsigned char *>(m_secretKey.data()));
}

QString Device::publicKey() const
{
    return QString::fromLatin1(m_publicKey.toBase64());
}

QList<QByteArray> Device::pendingPayloads()
{
    auto pending = m_store->pendingChanges(1000);
    REQUIRE(pending.ok());
    QList<QByteArray> payloads;
    for (const auto &entry : *pending)
        payloads << entry.payload;
    return payloads;
}

QJsonObject Device::sign(const QByteArray &payload) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(payload.constData()),
                         static_cast<unsigned long long>(payload.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return QJsonObject{{u"payload"_s, QString::fromUtf8(payload)},
                       {u"signature"_s, QString::fromLatin1(signature.toBase64())}};
}

QJsonObject Device::pushRequest(const QList<QByteArray> &payloads) const
{
    QJsonArray changes;
    for (const auto &payload : payloads)
        changes.append(sign(payload));
    return QJsonObject{{u"changes"_s, changes}};
}

HttpReply Device::enrolWith(LedgerdProcess &server, const QString &code, const QString &asDeviceId)
{
    const HttpReply reply =
        server.enrol(code, asDeviceId.isEmpty() ? id() : asDeviceId, publicKey());
    if (reply.status == 200)
        m_token = reply.json.value(u"token"_s).toString();
    return reply;
}

void Device::enrol(LedgerdProcess &server, const QString &user, const QString &role,
                   const QString &divisions, const QString &asDeviceId)
{
    const HttpReply reply =
        enrolWith(server, server.enrolmentCode(user, role, divisions), asDeviceId);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    REQUIRE(m_token.startsWith(u"fl1_"_s));
}

void Device::uploadBlobs(LedgerdProcess &server, const QList<QByteArray> &payloads)
{
    for (const QByteArray &payload : payloads) {
        const QJsonObject change = parseObject(payload);
        if (change[u"kind"_s].toString() != u"evidence"_s || change[u"op"_s].toString() != u"put"_s)
            continue;
        const QString sha = change[u"body"_s][u"sha256"_s].toString();
        QFile file(m_store->blobPath(sha));
        if (!file.open(QIODevice::ReadOnly))
            continue; // a hand-made change naming a file that was never captured
        const QByteArray bytes = file.readAll();
        const HttpReply reply =
            server.send("PUT", u"/v1/blobs/%1?offset=0&size=%2"_s.arg(sha).arg(bytes.size()), bytes,
                        "1", m_token);
        INFO(reply.body.toStdString());
        REQUIRE((reply.status == 200 || reply.status == 409));
    }
}

void Device::recordFieldDay()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto patrol = m_store->createRecord(RecordKind::Patrol,
                                        samples::patrol(now - 3'600'000).toJson(), kAuthor);
    INFO((patrol ? QString() : patrol.error().toString()).toStdString());
    REQUIRE(patrol.ok());
    auto track = m_store->appendTrack(patrol->meta.id, samples::walk(now - 3'000'000, 30), kAuthor);
    INFO((track ? QString() : track.error().toString()).toStdString());
    REQUIRE(track.ok());
    EvidenceCapture capture;
    capture.sourcePath = u"IMG_0001.jpg"_s;
    capture.linkedRecordId = patrol->meta.id;
    capture.capturedAtMs = now - 1'000'000;
    QByteArray photo(4096, Qt::Uninitialized);
    randombytes_buf(photo.data(), size_t(photo.size()));
    auto evidence = m_store->addEvidenceBytes(photo, capture, kAuthor);
    INFO((evidence ? QString() : evidence.error().toString()).toStdString());
    REQUIRE(evidence.ok());
    auto inspection = m_store->createRecord(RecordKind::Inspection,
                                            samples::inspection(now - 600'000).toJson(), kAuthor);
    INFO((inspection ? QString() : inspection.error().toString()).toStdString());
    REQUIRE(inspection.ok());
}

qint64 queryNumber(const QString &db, const char *sql, const ledger::sql::Params &params)
{
    INFO(sql);
    auto connection = ledger::sql::openConnection(db, false);
    INFO((connection ? QString() : connection.error().toString()).toStdString());
    REQUIRE(connection.ok());
    auto rows = (*connection)->query(sql, params);
    INFO((rows ? QString() : rows.error().toString()).toStdString());
    REQUIRE(rows.ok());
    return rows->isEmpty() ? 0 : rows->first().int64(0);
}

qint64 execute(const QString &db, const char *sql, const ledger::sql::Params &params)
{
    INFO(sql);
    auto connection = ledger::sql::openConnection(db, false);
    INFO((connection ? QString() : connection.error().toString()).toStdString());
    REQUIRE(connection.ok());
    auto changed = (*connection)->run(sql, params);
    INFO((changed ? QString() : changed.error().toString()).toStdString());
    REQUIRE(changed.ok());
    return *changed;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString newUuid()
{
    return newUuidV7();
}

} // namespace fl::test
