#pragma once

// A small real push server for the sync client tests: Qt HttpServer on 127.0.0.1, a free port,
// implementing the push contract of docs/sync-protocol.md (signatures checked with libsodium,
// accepted / duplicate / refused per change), with knobs for the faults the tests need.

#include <QHttpServer>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace fl::test {

class PushServer
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QByteArray payload;
        QString deviceId;
    };
    // {code, reason} to refuse a change, or nothing to accept it.
    using RefusePolicy =
        std::function<std::optional<std::pair<QString, QString>>(const QJsonObject &change)>;

    PushServer();
    QUrl url() const { return m_url; }

    QMap<QString, Entry> ledger; // by changeId: each change once
    int pushRequests = 0;
    int unavailable = 0;      // answer this many pushes with 503 first
    int dropAnswers = 0;      // apply this many pushes fully, then cut the connection unanswered
    int cutAfterChanges = -1; // on the next push apply only this many changes, then cut
    std::optional<QJsonObject> badRequest; // answer every push with 400 and this error
    RefusePolicy refuse;

private:
    void handlePush(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QJsonObject applyChange(const QString &deviceId, const QJsonObject &change);

    QHttpServer m_server;
    QUrl m_url;
    QMap<QString, QByteArray> m_keys; // deviceId -> public key, recorded at its first push
    qint64 m_seq = 0;
};

} // namespace fl::test
