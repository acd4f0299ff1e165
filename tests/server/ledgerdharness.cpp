#include "ledgerdharness.h"

#include "domain/ids.h"

#include <sodium.h>

#include <QDateTime>
#include <QEventLoop>
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

LedgerdProcess::LedgerdProcess()
{
    REQUIRE(m_dir.isValid());
    m_process.setStandardErrorFile(m_dir.filePath(u"ledgerd.log"_s));
    m_process.start(QStringLiteral(LEDGERD_BINARY), {u"serve"_s, u"--db"_s, dbPath(), u"--port"_s,
                                                     u"0"_s, u"--host"_s, u"127.0.0.1"_s});
    REQUIRE(m_process.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(5000))
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

HttpReply LedgerdProcess::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const QByteArray &protocol)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!protocol.isNull())
        request.setRawHeader("FieldLedger-Protocol", protocol);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(15000);
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

HttpReply LedgerdProcess::get(const QString &path, bool withProtocol)
{
    return send("GET", path, {}, withProtocol ? QByteArray("1") : QByteArray());
}

HttpReply LedgerdProcess::post(const QString &path, const QByteArray &body,
                               const QByteArray &protocol)
{
    return send("POST", path, body, protocol);
}

bool LedgerdProcess::healthy()
{
    const HttpReply reply = get(u"/v1/health"_s);
    return reply.status == 200 && reply.json.value(u"status"_s).toString() == u"ok"_s;
}

VerifyRun runVerify(const QString &dbPath)
{
    QProcess process;
    process.start(QStringLiteral(LEDGERD_BINARY), {u"verify"_s, u"--db"_s, dbPath});
    REQUIRE(process.waitForFinished(15000));
    VerifyRun run;
    run.exitCode = process.exitCode();
    run.output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return run;
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

QJsonObject Device::pushRequest(const QList<QByteArray> &payloads, const QString &asDevice) const
{
    QJsonArray changes;
    for (const auto &payload : payloads)
        changes.append(sign(payload));
    return QJsonObject{{u"deviceId"_s, asDevice.isEmpty() ? m_store->deviceId() : asDevice},
                       {u"publicKey"_s, publicKey()},
                       {u"changes"_s, changes}};
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
