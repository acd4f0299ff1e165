#pragma once

// A fault-injecting TCP proxy for the sync fault tests: it listens on 127.0.0.1 and forwards
// every connection to an upstream (ledgerd, a test server), dropping, stalling or truncating
// some of them on purpose. Single-threaded: it runs on the event loop of the thread that owns
// it, so a test can use it while a synchronous client (SyncClient::pushAll) spins its own loop.
//
// Each accepted connection gets at most one fault, decided when it is accepted from a seeded
// std::mt19937, so the same seed and the same sequence of connections give the same faults.
// A fault fires at a random byte offset of one direction (client -> upstream "request", or
// upstream -> client "response"): when that direction has forwarded `offset` bytes and has
// more to forward. A connection that moves fewer bytes in that direction is left alone.
//
// When either side closes, what it sent is flushed to the other side, which is then closed
// gracefully. QTcpSocket treats a peer's half-close (FIN) as a full close, so a client that
// shuts down its sending side cannot receive an answer through the proxy.

#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <random>

namespace fl::test {

struct FaultPlan
{
    double dropChance = 0;     // abort both sides (RST) mid-stream
    double stallChance = 0;    // stop forwarding for stallMs, then continue
    double truncateChance = 0; // end the response early with a clean close
    int stallMs = 1000;
    quint32 seed = 1;
    // Faults fire at an offset uniform in [0, windowBytes). Sync requests and answers are
    // often much smaller than 64 KiB: lower this so their faults fire mid-message.
    qint64 windowBytes = 64 * 1024;
};

enum class FaultKind { None, Drop, Stall, Truncate };
enum class FaultDirection { Request, Response };

// The fault planned for one connection.
struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    FaultDirection direction = FaultDirection::Request; // always Response for Truncate
    qint64 offset = 0; // bytes forwarded in that direction before the fault

    bool operator==(const FaultDecision &) const = default;
};

[[nodiscard]] QString describe(const FaultDecision &decision);

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(QString upstreamHost, quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1:port (0 = any free port). False when the port is taken.
    [[nodiscard]] bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QUrl url() const; // http://127.0.0.1:PORT, for SyncOptions::server
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }

    // Both apply to connections accepted from now on; setPlan restarts the generator at
    // plan.seed. Disabled = clean pass-through, and no random numbers are drawn.
    void setPlan(const FaultPlan &plan);
    [[nodiscard]] FaultPlan plan() const { return m_plan; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    [[nodiscard]] int connections() const { return m_decisions.size(); }
    [[nodiscard]] int openConnections() const { return m_open; }
    [[nodiscard]] int faultsInjected() const { return m_drops + m_stalls + m_truncations; }
    [[nodiscard]] int drops() const { return m_drops; }
    [[nodiscard]] int stalls() const { return m_stalls; }
    [[nodiscard]] int truncations() const { return m_truncations; }
    // One per accepted connection, in accept order (planned, whether or not it fired).
    [[nodiscard]] const QList<FaultDecision> &decisions() const { return m_decisions; }

Q_SIGNALS:
    void faultInjected(int connection, const fl::test::FaultDecision &decision);

private:
    void acceptConnections();
    FaultDecision decide();
    void countFault(int connection, const FaultDecision &decision);

    QTcpServer m_server;
    QString m_upstreamHost;
    quint16 m_upstreamPort;
    FaultPlan m_plan;
    std::mt19937 m_random;
    bool m_enabled = true;
    QList<FaultDecision> m_decisions;
    int m_open = 0;
    int m_drops = 0;
    int m_stalls = 0;
    int m_truncations = 0;
};

} // namespace fl::test
