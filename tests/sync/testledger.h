#pragma once

// A small real ledger for the sync client tests: Qt HttpServer on 127.0.0.1, a free port,
// implementing the device-facing contract of docs/sync-protocol.md (enrolment and tokens, blob
// upload in chunks, push with per-change results checked with libsodium, pull in pages), with
// knobs for the faults the tests need: 5xx answers, connections cut mid-answer or mid-upload,
// offset mismatches, expired and revoked tokens. The real ledgerd is tested in
// tst_ledgerdsync.cpp; this one exists to make the faults happen exactly when a test wants.

#include "../storage/storetest.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace fl::test {

// Who a device enrols as.
struct LedgerUser
{
    QString name = QStringLiteral("liming");
    QString role = QStringLiteral("river-chief");
    QStringList divisions{QStringLiteral("650100")};
};

class TestLedger
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QByteArray payload;
        QString deviceId;
        QString changeId;
    };
    using User = LedgerUser;
    // {code, reason} to refuse a change, or nothing to accept it.
    using RefusePolicy =
        std::function<std::optional<std::pair<QString, QString>>(const QJsonObject &change)>;

    TestLedger();
    QUrl url() const { return m_url; }

    // Enrolment ------------------------------------------------------------------------------
    [[nodiscard]] QString issueCode(const User &user = {});
    // Registers a device directly (as enrolment would) and returns its token.
    [[nodiscard]] QString admit(const QString &deviceId, const QByteArray &publicKey,
                                const User &user = {});
    qint64 tokenLifetimeMs = 30LL * 24 * 3600 * 1000;
    QSet<QString> expiredTokens;  // answer 401 token-expired
    QSet<QString> revokedDevices; // answer 401 device-revoked

    // What the ledger holds ------------------------------------------------------------------
    QMap<QString, Entry> ledger;     // by changeId: each change once
    QList<QString> order;            // changeIds in seq order
    QMap<QString, QByteArray> blobs; // sha256 -> bytes received so far
    QSet<QString> completeBlobs;
    // Open conflicts pull reports for a record (the merge itself is ledgerd's business).
    QMap<QString, QJsonArray> conflicts;
    // Appends another device's change as if it had pushed it (not signed: pull does not check).
    void addForeignChange(const QByteArray &payload, const QString &deviceId);

    // Counters and knobs ---------------------------------------------------------------------
    int requests = 0; // every request the ledger answered or cut
    int pushRequests = 0;
    int pullRequests = 0;
    int missingRequests = 0;
    int uploadRequests = 0;
    int tokenRequests = 0;
    QList<qint64> pullAfters;    // the `after` of every pull, in order
    QList<qint64> uploadOffsets; // the `offset` of every chunk, in order
    int unavailable = 0;         // answer this many pushes with 503 first
    int dropAnswers = 0;         // apply this many pushes fully, then cut the connection unanswered
    int cutAfterChanges = -1;    // on the next push apply only this many changes, then cut
    std::optional<QJsonObject> badRequest; // answer every push with 400 and this error
    RefusePolicy refuse;
    qint64 cutUploadAtByte = -1; // the next chunk that crosses this byte: kept up to it, then cut
    int offsetMismatches = 0;    // answer this many chunks with 409 without storing them
    int cutPullAfterPages = -1;  // answer this many more pull pages, then cut the next one

private:
    using Responder = QHttpServerResponder;
    void handleEnrol(const QHttpServerRequest &request, Responder &&responder);
    void handleToken(const QHttpServerRequest &request, Responder &&responder);
    void handlePush(const QHttpServerRequest &request, Responder &&responder);
    void handlePull(const QHttpServerRequest &request, Responder &&responder);
    void handleMissing(const QHttpServerRequest &request, Responder &&responder);
    void handleUpload(const QString &sha, const QHttpServerRequest &request, Responder &&responder);
    // The token's device, or nothing after answering 401 (or 426 for a wrong protocol).
    std::optional<QString> authorise(const QHttpServerRequest &request, Responder &responder);
    QJsonObject tokenAnswer(const QString &deviceId);
    QJsonObject applyChange(const QString &deviceId, const QJsonObject &change);
    QJsonObject recordStates(const QList<Entry> &page) const;

    QHttpServer m_server;
    QUrl m_url;
    QMap<QString, User> m_codes;
    QMap<QString, QString> m_tokens;  // token -> deviceId
    QMap<QString, User> m_users;      // deviceId -> user
    QMap<QString, QByteArray> m_keys; // deviceId -> public key
    qint64 m_seq = 0;
    int m_issued = 0;
};

// Registers the store's device with the ledger and keeps its token, as `enrol` would.
inline void enrolDirectly(TempStore &store, TestLedger &ledger, const TestLedger::User &user = {})
{
    Enrolment e;
    e.server = ledger.url().toString();
    e.token = ledger.admit(store->deviceId(), store->publicKey(), user);
    e.tokenExpiresMs = QDateTime::currentMSecsSinceEpoch() + ledger.tokenLifetimeMs;
    e.userName = user.name;
    e.role = user.role;
    e.divisions = user.divisions;
    requireOk(store->saveEnrolment(e));
}

} // namespace fl::test
