#pragma once

// The HTTP front of the ledger: routes /v1/… to the ledger and answers every error with the
// JSON body of docs/sync-protocol.md. Built on QAbstractHttpServer rather than QHttpServer's
// router because Qt 6.4's router answers unknown paths and wrong methods with bare 404s that
// cannot carry our JSON errors, and cannot tell 404 from 405.

#include "ledger/ledger.h"
#include "pushrequest.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

namespace fl::ledgerd {

class LedgerServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr int kProtocolVersion = 1;
    static constexpr qint64 kMaxPushBytes = 16LL * 1024 * 1024;

    explicit LedgerServer(ledger::Ledger &ledger, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QByteArray allow; // for 405
    };
    [[nodiscard]] Reply route(const QHttpServerRequest &request);
    [[nodiscard]] Reply health();
    [[nodiscard]] Reply push(const QHttpServerRequest &request);
    static Reply error(const HttpError &error);

    ledger::Ledger &m_ledger;
};

} // namespace fl::ledgerd
