#pragma once

// The HTTP front of the ledger: routes /v1/… to the ledger, checks the protocol header and the
// device's token, and answers every error with the JSON body of docs/sync-protocol.md. Built on
// QAbstractHttpServer rather than QHttpServer's router because Qt 6.4's router answers unknown
// paths and wrong methods with bare 404s that cannot carry our JSON errors, and cannot tell 404
// from 405.

#include "ledger/access.h"
#include "ledger/ledger.h"
#include "requests.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

namespace fl::ledgerd {

class LedgerServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr int kProtocolVersion = 1;
    static constexpr qint64 kMaxBodyBytes = 16LL * 1024 * 1024;

    LedgerServer(ledger::Ledger &ledger, ledger::Access &access, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QByteArray raw;   // sent instead of `body` when set (blob download)
        QByteArray allow; // for 405
        QJsonObject logFields;
    };
    using Handler = Reply (LedgerServer::*)(const QHttpServerRequest &, const ledger::Session *);
    struct Route
    {
        QString path; // exact, or a prefix when it ends with '/'
        QHttpServerRequest::Method method;
        Handler handler;
        bool needsToken;
    };

    [[nodiscard]] Reply route(const QHttpServerRequest &request);
    [[nodiscard]] Reply dispatch(const Route &route, const QHttpServerRequest &request);
    [[nodiscard]] Reply health(const QHttpServerRequest &, const ledger::Session *);
    [[nodiscard]] Reply enrol(const QHttpServerRequest &request, const ledger::Session *);
    [[nodiscard]] Reply renewToken(const QHttpServerRequest &request, const ledger::Session *);
    [[nodiscard]] Reply push(const QHttpServerRequest &request, const ledger::Session *session);
    [[nodiscard]] Reply pull(const QHttpServerRequest &request, const ledger::Session *session);
    [[nodiscard]] Reply missingBlobs(const QHttpServerRequest &request,
                                     const ledger::Session *session);
    [[nodiscard]] Reply uploadBlob(const QHttpServerRequest &request,
                                   const ledger::Session *session);
    [[nodiscard]] Reply downloadBlob(const QHttpServerRequest &request,
                                     const ledger::Session *session);
    [[nodiscard]] static Reply error(const HttpError &error);
    [[nodiscard]] static Reply internal(const Error &error, const QString &what);

    ledger::Ledger &m_ledger;
    ledger::Access &m_access;
    QList<Route> m_routes;
};

} // namespace fl::ledgerd
