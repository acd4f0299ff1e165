#pragma once

// Test harness for ledgerd: starts a real `ledgerd serve` child on 127.0.0.1 with port 0,
// talks HTTP to it, and provides signing devices built on real device stores.

#include "samples.h"
#include "storage/store.h"

#include "catchqt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace fl::test {

inline const QString kAuthor = QStringLiteral("李明");

struct HttpReply
{
    int status = 0; // 0: no answer at all
    QByteArray body;
    QJsonObject json; // empty when the body is not an object
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
    [[nodiscard]] QString errorCode() const
    {
        return json.value(QStringLiteral("error"))[QStringLiteral("code")].toString();
    }
};

class LedgerdProcess
{
public:
    // Starts `ledgerd serve` on a fresh database in its own temporary folder.
    LedgerdProcess();
    ~LedgerdProcess();

    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }
    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }
    [[nodiscard]] bool running() const { return m_process.state() == QProcess::Running; }
    void stop();

    HttpReply get(const QString &path, bool withProtocol = true);
    HttpReply post(const QString &path, const QByteArray &body,
                   const QByteArray &protocol = QByteArrayLiteral("1"));
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &protocol);
    HttpReply push(const QJsonObject &request)
    {
        return post(QStringLiteral("/v1/push"), QJsonDocument(request).toJson());
    }
    [[nodiscard]] bool healthy();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
};

// `ledgerd verify --db PATH`: exit code and stdout.
struct VerifyRun
{
    int exitCode = -1;
    QString output;
};
[[nodiscard]] VerifyRun runVerify(const QString &dbPath);

// A device: a real store making changes, and an Ed25519 key signing them.
class Device
{
public:
    Device();
    [[nodiscard]] Store &store() { return *m_store; }
    [[nodiscard]] QString id() const { return m_store->deviceId(); }
    [[nodiscard]] QString publicKey() const; // base64
    void useNewKey();

    [[nodiscard]] QList<QByteArray> pendingPayloads();
    [[nodiscard]] QJsonObject sign(const QByteArray &payload) const;
    // A push request for these payloads, as deviceId (default: this device).
    [[nodiscard]] QJsonObject pushRequest(const QList<QByteArray> &payloads,
                                          const QString &asDevice = {}) const;
    // A field day: a patrol, its track, a photo, the finished patrol.
    void recordFieldDay();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

// A change payload rebuilt from JSON (for hand-made and edited changes).
[[nodiscard]] QByteArray compact(const QJsonObject &object);
[[nodiscard]] QJsonObject parseObject(const QByteArray &bytes);
[[nodiscard]] QString newUuid();

} // namespace fl::test
