#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace fl::test {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kReadBuffer = 256 * 1024; // Qt stops reading from the kernel beyond this
constexpr qint64 kHighWater = 1024 * 1024; // a direction pauses while this much waits to be sent

// Closes with a TCP RST rather than a FIN: what a client sees when a connection is lost.
void resetAbruptly(QTcpSocket *socket)
{
    socket->flush(); // the bytes forwarded so far still reach the peer (on loopback)
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        const linger hard{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    socket->abort();
}

// One proxied connection: a client socket, an upstream socket, and a pump per direction. It
// deletes itself once both sockets are closed.
class Link : public QObject
{
public:
    struct Callbacks
    {
        std::function<void()> faultFired;
        std::function<void()> closed; // both sides closed
    };
    Link(QTcpSocket *client, const QString &host, quint16 port, FaultDecision fault, int stallMs,
         Callbacks callbacks, QObject *parent);

private:
    struct Direction
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        bool faulty = false; // the connection's fault fires in this direction
        qint64 forwarded = 0;
        bool stalled = false;
    };

    void pump(Direction &d);
    void fire(Direction &d);
    void stateChanged();

    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    Direction m_request;
    Direction m_response;
    FaultDecision m_fault;
    int m_stallMs;
    Callbacks m_callbacks;
    bool m_faultFired = false;
    bool m_cut = false; // dropped or truncated: nothing more is forwarded
    bool m_finished = false;
};

Link::Link(QTcpSocket *client, const QString &host, quint16 port, FaultDecision fault, int stallMs,
           Callbacks callbacks, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
    , m_fault(fault)
    , m_stallMs(stallMs)
    , m_callbacks(std::move(callbacks))
{
    m_client->setParent(this);
    const bool faulty = fault.kind != FaultKind::None;
    m_request = {m_client, m_upstream, faulty && fault.direction == FaultDirection::Request};
    m_response = {m_upstream, m_client, faulty && fault.direction == FaultDirection::Response};

    for (QTcpSocket *socket : {m_client, m_upstream}) {
        // A bounded read buffer: what we do not read stays in the kernel, so TCP flow control
        // slows the sender down instead of the proxy buffering without limit.
        socket->setReadBufferSize(kReadBuffer);
        connect(socket, &QTcpSocket::stateChanged, this, &Link::stateChanged);
    }
    // Data arrived or there is room to write again.
    connect(m_client, &QTcpSocket::readyRead, this, [this] { pump(m_request); });
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] { pump(m_response); });
    connect(m_upstream, &QTcpSocket::connected, this, [this] { pump(m_request); });
    connect(m_upstream, &QTcpSocket::readyRead, this, [this] { pump(m_response); });
    connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] { pump(m_request); });
    m_upstream->connectToHost(host, port);
}

void Link::pump(Direction &d)
{
    if (m_cut || d.stalled)
        return;
    if (d.to->state() == QAbstractSocket::UnconnectedState) {
        d.from->readAll(); // nobody left to deliver to
        return;
    }
    if (d.to->state() != QAbstractSocket::ConnectedState)
        return; // upstream still connecting, or this direction already ended
    while (d.from->bytesAvailable() > 0 && d.to->bytesToWrite() < kHighWater) {
        qint64 size = std::min(kChunk, d.from->bytesAvailable());
        if (d.faulty && !m_faultFired) {
            if (d.forwarded == m_fault.offset)
                return fire(d);
            size = std::min(size, m_fault.offset - d.forwarded);
        }
        const QByteArray chunk = d.from->read(size);
        d.to->write(chunk);
        d.forwarded += chunk.size();
    }
    // The source closed and everything it sent is queued: close gracefully (Qt flushes first).
    if (d.from->state() == QAbstractSocket::UnconnectedState && d.from->bytesAvailable() == 0)
        d.to->disconnectFromHost();
}

void Link::fire(Direction &d)
{
    m_faultFired = true;
    m_callbacks.faultFired();
    switch (m_fault.kind) {
    case FaultKind::Drop:
        m_cut = true;
        resetAbruptly(m_client);
        resetAbruptly(m_upstream);
        break;
    case FaultKind::Truncate:
        m_cut = true;
        m_client->disconnectFromHost(); // after what was forwarded so far
        m_upstream->abort();
        break;
    case FaultKind::Stall:
        d.stalled = true;
        QTimer::singleShot(m_stallMs, this, [this, &d] {
            d.stalled = false;
            pump(d);
        });
        break;
    case FaultKind::None:
        break;
    }
}

// A closed side (the peer closed, the upstream refused, or a fault) is pumped once more: the rest
// of what it sent is flushed, then the other side is closed. Both closed: the link is done.
void Link::stateChanged()
{
    if (m_client->state() == QAbstractSocket::UnconnectedState)
        pump(m_request);
    if (m_upstream->state() == QAbstractSocket::UnconnectedState)
        pump(m_response);
    if (m_finished || m_client->state() != QAbstractSocket::UnconnectedState ||
        m_upstream->state() != QAbstractSocket::UnconnectedState)
        return;
    m_finished = true;
    m_callbacks.closed();
    deleteLater();
}

} // namespace

QString describe(const FaultDecision &decision)
{
    const char *kinds[] = {"none", "drop", "stall", "truncate"};
    if (decision.kind == FaultKind::None)
        return u"none"_s;
    return u"%1 %2 after %3 bytes"_s.arg(
        QLatin1String(kinds[int(decision.kind)]),
        decision.direction == FaultDirection::Request ? "request"_L1 : "response"_L1,
        QString::number(decision.offset));
}

FaultProxy::FaultProxy(QString upstreamHost, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
    , m_random(m_plan.seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptConnections);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void FaultProxy::setPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_random.seed(plan.seed);
}

void FaultProxy::acceptConnections()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const int index = m_decisions.size();
        const FaultDecision decision = decide();
        m_decisions << decision;
        ++m_open;
        new Link(client, m_upstreamHost, m_upstreamPort, decision, m_plan.stallMs,
                 {[this, index, decision] { countFault(index, decision); },
                  [this] {
                      --m_open;
                  }},
                 this);
    }
}

FaultDecision FaultProxy::decide()
{
    if (!m_enabled)
        return {};
    // Raw mt19937 output (exactly specified by the standard, unlike the distributions) and three
    // draws per connection whatever the outcome: the same seed gives the same faults everywhere.
    const double roll = m_random() / 4294967296.0;
    const bool response = m_random() & 1;
    const auto window = quint32(std::clamp<qint64>(m_plan.windowBytes, 1, 1LL << 31));
    FaultDecision decision;
    decision.offset = m_random() % window;
    decision.direction = response ? FaultDirection::Response : FaultDirection::Request;
    if (roll < m_plan.dropChance)
        decision.kind = FaultKind::Drop;
    else if (roll < m_plan.dropChance + m_plan.stallChance)
        decision.kind = FaultKind::Stall;
    else if (roll < m_plan.dropChance + m_plan.stallChance + m_plan.truncateChance)
        decision.kind = FaultKind::Truncate;
    if (decision.kind == FaultKind::Truncate)
        decision.direction = FaultDirection::Response; // a short body is a response's fault
    return decision;
}

void FaultProxy::countFault(int connection, const FaultDecision &decision)
{
    switch (decision.kind) {
    case FaultKind::Drop:
        ++m_drops;
        break;
    case FaultKind::Stall:
        ++m_stalls;
        break;
    case FaultKind::Truncate:
        ++m_truncations;
        break;
    case FaultKind::None:
        break;
    }
    Q_EMIT faultInjected(connection, decision);
}

} // namespace fl::test
