// The fault proxy against a real upstream on loopback: clean pass-through of large streams in
// both directions with bounded buffering, closes passed on after flushing, and each fault
// (drop, stall, truncate) doing what it says, reproducibly from its seed.

#include "catchqt.h"
#include "faultproxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <random>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace fl::test;

namespace {

// Runs the event loop until done() or the timeout; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(2);
    if (!done())
        loop.exec();
    return done();
}

QByteArray noise(qint64 size, quint32 seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random());
    return bytes;
}

// An HTTP-like exchange: the request says how big a body it wants back.
QByteArray httpRequest(qint64 bodySize, qint64 answerSize)
{
    return "POST /" + QByteArray::number(answerSize) +
           " HTTP/1.1\r\nContent-Length: " + QByteArray::number(bodySize) + "\r\n\r\n" +
           noise(bodySize, quint32(bodySize));
}

QByteArray httpAnswer(qint64 size)
{
    return "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " + QByteArray::number(size) +
           "\r\n\r\n" + noise(size, quint32(size) + 1);
}

// The upstream: echoes every byte back, or answers one HTTP-like request and closes.
class Upstream
{
public:
    enum class Mode { Echo, Http };

    explicit Upstream(Mode mode)
        : m_mode(mode)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] { accept(); });
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QTcpSocket *socket(int i) const { return m_sockets.at(i).get(); }
    [[nodiscard]] bool allClosed() const
    {
        return std::all_of(m_sockets.begin(), m_sockets.end(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::UnconnectedState;
        });
    }

    QList<QByteArray> received; // per connection, everything that arrived

private:
    void accept()
    {
        while (QTcpSocket *next = m_server.nextPendingConnection()) {
            const qsizetype i = m_sockets.size();
            m_sockets.emplace_back(next);
            received << QByteArray();
            QObject::connect(next, &QTcpSocket::readyRead, [this, i] { read(i); });
        }
    }

    void read(qsizetype i)
    {
        QTcpSocket *socket = m_sockets[i].get();
        const QByteArray data = socket->readAll();
        received[i] += data;
        if (m_mode == Mode::Echo) {
            socket->write(data);
            return;
        }
        const QByteArray &request = received[i];
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        static const QRegularExpression head(u"^POST /(\\d+) .*Content-Length: (\\d+)\\r\\n"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
        const auto match = head.match(QString::fromLatin1(request.left(headerEnd + 2)));
        if (headerEnd < 0 || !match.hasMatch() ||
            request.size() < headerEnd + 4 + match.captured(2).toLongLong())
            return; // not all there yet
        socket->write(httpAnswer(match.captured(1).toLongLong()));
        socket->disconnectFromHost(); // after the answer is flushed
    }

    Mode m_mode;
    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
};

struct Outcome
{
    QByteArray answer;
    bool closed = false; // the connection ended (cleanly or not) within the timeout
    qint64 elapsedMs = 0;
};

// One HTTP-like exchange through `port`: send the request, read until the connection closes.
Outcome exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    Outcome outcome;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { outcome.answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    outcome.closed =
        waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    outcome.answer += socket.readAll();
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

bool proxyIdle(const FaultProxy &proxy)
{
    return waitUntil([&] { return proxy.openConnections() == 0; });
}

FaultPlan planOf(double drop, double stall, double truncate, int stallMs = 1000)
{
    FaultPlan plan;
    plan.dropChance = drop;
    plan.stallChance = stall;
    plan.truncateChance = truncate;
    plan.stallMs = stallMs;
    return plan;
}

} // namespace

TEST_CASE("pass-through forwards 5 MB byte for byte in both directions", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Echo);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    REQUIRE(proxy.listen());
    REQUIRE(proxy.port() != 0);

    const QByteArray sent = noise(5 * 1024 * 1024, 11);
    QTcpSocket client;
    QByteArray echoed;
    QObject::connect(&client, &QTcpSocket::readyRead, [&] { echoed += client.readAll(); });
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    client.write(sent);
    REQUIRE(waitUntil([&] { return echoed.size() >= sent.size(); }));
    REQUIRE(upstream.received.size() == 1);
    REQUIRE(upstream.received[0].size() == sent.size());
    REQUIRE(upstream.received[0] == sent); // device -> upstream
    REQUIRE(echoed.size() == sent.size());
    REQUIRE(echoed == sent); // upstream -> device

    // The device hangs up: the proxy closes the upstream side too, and forgets the connection.
    client.disconnectFromHost();
    REQUIRE(waitUntil([&] { return upstream.allClosed(); }));
    REQUIRE(proxyIdle(proxy));
    REQUIRE(proxy.connections() == 1);
    REQUIRE(proxy.faultsInjected() == 0);
}

TEST_CASE("an upstream that answers and closes at once: the whole answer arrives, then the close",
          "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    REQUIRE(proxy.listen());

    for (const qint64 size : {qint64(0), qint64(1), qint64(3 * 1024 * 1024)}) {
        const Outcome outcome = exchange(proxy.port(), httpRequest(100'000, size));
        REQUIRE(outcome.closed);
        REQUIRE(outcome.answer.size() == httpAnswer(size).size());
        REQUIRE(outcome.answer == httpAnswer(size));
    }
    REQUIRE(upstream.received[2] == httpRequest(100'000, 3 * 1024 * 1024));
    REQUIRE(proxyIdle(proxy));
}

TEST_CASE("a device that does not read holds the upstream back: no unbounded buffering", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Echo);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    REQUIRE(proxy.listen());

    QTcpSocket client;
    client.setReadBufferSize(64 * 1024); // and nobody reads: TCP flow control pushes back
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    REQUIRE(client.waitForConnected(5000));
    REQUIRE(waitUntil([&] { return upstream.received.size() == 1; }));
    const qint64 total = 64 * 1024 * 1024;
    upstream.socket(0)->write(QByteArray(total, 'x'));
    waitUntil([] { return false; }, 300);
    // Kernel buffers and the proxy's bounded queues hold a few MB at most; the rest waits at
    // the upstream. A proxy reading without limit would have taken it all by now.
    INFO("still queued at the upstream: " << upstream.socket(0)->bytesToWrite());
    REQUIRE(upstream.socket(0)->bytesToWrite() > total / 2);

    // The device reads again: everything arrives.
    qint64 got = 0;
    bool intact = true;
    const auto drain = [&] {
        const QByteArray data = client.readAll();
        intact = intact && data.count('x') == data.size();
        got += data.size();
    };
    QObject::connect(&client, &QTcpSocket::readyRead, drain);
    drain();
    REQUIRE(waitUntil([&] { return got == total; }, 8000));
    REQUIRE(intact);
}

TEST_CASE("destroying the proxy closes the connections it carries", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Echo);
    QTcpSocket client;
    {
        FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
        REQUIRE(proxy.listen());
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        client.write("ping");
        REQUIRE(waitUntil([&] { return client.bytesAvailable() == 4; }));
        REQUIRE(proxy.openConnections() == 1);
    }
    REQUIRE(waitUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; }));
    REQUIRE(waitUntil([&] { return upstream.allClosed(); }));
}

TEST_CASE("an unreachable upstream closes the device's connection", "[proxy]")
{
    quint16 closedPort = 0;
    {
        QTcpServer gone;
        REQUIRE(gone.listen(QHostAddress::LocalHost));
        closedPort = gone.serverPort();
    }
    FaultProxy proxy(u"127.0.0.1"_s, closedPort);
    REQUIRE(proxy.listen());
    const Outcome outcome = exchange(proxy.port(), httpRequest(10, 10));
    REQUIRE(outcome.closed);
    REQUIRE(outcome.answer.isEmpty());
    REQUIRE(proxyIdle(proxy));
}

TEST_CASE("drop: every connection is cut before it completes", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    proxy.setPlan(planOf(1.0, 0, 0));
    REQUIRE(proxy.listen());

    // Both directions longer than the 64 KiB fault window: the drop always fires.
    const QByteArray request = httpRequest(80 * 1024, 80 * 1024);
    const QByteArray full = httpAnswer(80 * 1024);
    const int count = 12;
    for (int i = 0; i < count; ++i) {
        const Outcome outcome = exchange(proxy.port(), request);
        const FaultDecision &fault = proxy.decisions().at(i);
        INFO("connection " << i << ": " << describe(fault).toStdString());
        REQUIRE(fault.kind == FaultKind::Drop);
        REQUIRE(outcome.closed);
        REQUIRE(outcome.answer.size() < full.size());
        REQUIRE(full.startsWith(outcome.answer)); // cut, never garbled
        const QByteArray &arrived = upstream.received.value(i);
        if (fault.direction == FaultDirection::Request) {
            REQUIRE(outcome.answer.isEmpty());
            REQUIRE(arrived.size() <= fault.offset);
            REQUIRE(request.startsWith(arrived));
        } else {
            REQUIRE(outcome.answer.size() <= fault.offset);
            REQUIRE(arrived == request);
        }
    }
    REQUIRE(proxy.connections() == count);
    REQUIRE(proxy.drops() == count);
    REQUIRE(proxy.faultsInjected() == count);
    REQUIRE(proxy.stalls() + proxy.truncations() == 0);
    REQUIRE(proxyIdle(proxy));
}

#ifdef Q_OS_UNIX
namespace {

// How a connection ends, seen through a plain socket (Qt reports a reset as a close).
enum class Ending { Open, Closed, Reset };

Ending rawEnding(quint16 port, const QByteArray &request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(::send(fd, request.constData(), size_t(request.size()), 0) == request.size());
    Ending ending = Ending::Open;
    waitUntil([&] {
        if (ending != Ending::Open)
            return true; // waitUntil asks again: the first ending counts
        char buffer[4096];
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got == 0)
            ending = Ending::Closed;
        else if (got < 0 && errno == ECONNRESET)
            ending = Ending::Reset;
        return ending != Ending::Open;
    });
    ::close(fd);
    return ending;
}

} // namespace

TEST_CASE("drop resets the connection, truncate closes it cleanly", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    REQUIRE(proxy.listen());
    FaultPlan plan = planOf(1.0, 0, 0);
    plan.windowBytes = 50; // shorter than the request and the answer: the fault always fires
    proxy.setPlan(plan);
    for (int i = 0; i < 4; ++i)
        REQUIRE(rawEnding(proxy.port(), httpRequest(100, 1000)) == Ending::Reset);
    plan.dropChance = 0;
    plan.truncateChance = 1.0;
    proxy.setPlan(plan);
    for (int i = 0; i < 4; ++i)
        REQUIRE(rawEnding(proxy.port(), httpRequest(100, 1000)) == Ending::Closed);
    REQUIRE(proxy.drops() == 4);
    REQUIRE(proxy.truncations() == 4);
    REQUIRE(proxyIdle(proxy));
}
#endif

TEST_CASE("truncate: the answer ends early at the chosen byte, with a clean close", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    REQUIRE(proxy.listen());

    // Cuts within the first 64 KiB, then deep into a large answer, where megabytes are still
    // queued in the proxy at the cut: they must be flushed, not discarded.
    struct Case
    {
        qint64 window, answerSize;
        int count;
    };
    int connection = 0;
    for (const Case c : {Case{64 * 1024, 100 * 1024, 10}, Case{8 << 20, 12 << 20, 2}}) {
        FaultPlan plan = planOf(0, 0, 1.0);
        plan.windowBytes = c.window;
        proxy.setPlan(plan);
        const QByteArray request = httpRequest(1000, c.answerSize);
        const QByteArray full = httpAnswer(c.answerSize);
        for (int i = 0; i < c.count; ++i, ++connection) {
            const Outcome outcome = exchange(proxy.port(), request);
            const FaultDecision &fault = proxy.decisions().at(connection);
            INFO("connection " << connection << ": " << describe(fault).toStdString());
            REQUIRE(fault.kind == FaultKind::Truncate);
            REQUIRE(fault.direction == FaultDirection::Response);
            REQUIRE(outcome.closed);
            REQUIRE(outcome.answer.size() == fault.offset);
            REQUIRE(outcome.answer == full.left(fault.offset)); // exactly the bytes before the cut
            REQUIRE(upstream.received.value(connection) == request); // the request went whole
        }
    }
    REQUIRE(proxy.truncations() == connection);
    REQUIRE(proxy.faultsInjected() == connection);
    REQUIRE(proxyIdle(proxy));
}

TEST_CASE("stall: the exchange completes intact, at least stallMs late", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    REQUIRE(proxy.listen());
    const QByteArray request = httpRequest(80 * 1024, 80 * 1024);
    const QByteArray full = httpAnswer(80 * 1024);
    const int stallMs = 400;

    // Baseline: the same exchange without faults is much faster than a stall.
    const Outcome clean = exchange(proxy.port(), request);
    REQUIRE(clean.answer == full);
    REQUIRE(clean.elapsedMs < stallMs / 2);

    proxy.setPlan(planOf(0, 1.0, 0, stallMs));
    for (int i = 1; i <= 2; ++i) {
        const Outcome outcome = exchange(proxy.port(), request);
        INFO("connection " << i << ": " << describe(proxy.decisions().at(i)).toStdString());
        REQUIRE(proxy.decisions().at(i).kind == FaultKind::Stall);
        REQUIRE(outcome.answer == full);
        REQUIRE(outcome.elapsedMs >= stallMs);
        REQUIRE(upstream.received.value(i) == request);
    }
    REQUIRE(proxy.stalls() == 2);

    // A device with a short timeout gives up during the stall.
    const Outcome impatient = exchange(proxy.port(), request, stallMs / 4);
    REQUIRE_FALSE(impatient.closed);
    REQUIRE(impatient.answer != full);
    REQUIRE(proxyIdle(proxy)); // the device hung up meanwhile: both sides closed after the stall
}

namespace {

// Runs `count` exchanges through a fresh proxy with `plan`; returns its decisions.
QList<FaultDecision> runMixed(const FaultPlan &plan, int count, QList<int> *kinds = nullptr)
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    proxy.setPlan(plan);
    REQUIRE(proxy.listen());
    for (int i = 0; i < count; ++i)
        exchange(proxy.port(), httpRequest(8 * 1024, 8 * 1024));
    REQUIRE(proxyIdle(proxy));
    REQUIRE(proxy.connections() == count);
    if (kinds)
        *kinds = {proxy.drops(), proxy.stalls(), proxy.truncations()};
    return proxy.decisions();
}

} // namespace

TEST_CASE("the same seed gives the same faults", "[proxy]")
{
    FaultPlan plan = planOf(0.25, 0.25, 0.25, 5);
    plan.seed = 7;
    plan.windowBytes = 4096; // smaller than the 8 KiB exchanges: every planned fault fires
    QList<int> kindsA, kindsB;
    const QList<FaultDecision> a = runMixed(plan, 16, &kindsA);
    const QList<FaultDecision> b = runMixed(plan, 16, &kindsB);
    REQUIRE(a.size() == 16);
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO("connection " << i << ": " << describe(a[i]).toStdString() << " vs "
                           << describe(b[i]).toStdString());
        REQUIRE(a[i] == b[i]);
        REQUIRE(a[i].offset < plan.windowBytes);
    }
    REQUIRE(kindsA == kindsB);
    // Every kind occurs, each fired once per planned fault.
    for (const FaultKind kind : {FaultKind::Drop, FaultKind::Stall, FaultKind::Truncate})
        REQUIRE(std::count_if(a.begin(), a.end(), [&](const auto &d) { return d.kind == kind; }) ==
                kindsA[int(kind) - 1]);
    REQUIRE(kindsA[0] > 0);
    REQUIRE(kindsA[1] > 0);
    REQUIRE(kindsA[2] > 0);

    plan.seed = 8;
    REQUIRE(runMixed(plan, 16) != a);
}

TEST_CASE("disabled: a clean pass-through whatever the plan", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    FaultProxy proxy(u"127.0.0.1"_s, upstream.port());
    proxy.setPlan(planOf(1.0, 0, 0));
    proxy.setEnabled(false);
    REQUIRE(proxy.listen());
    for (int i = 0; i < 5; ++i)
        REQUIRE(exchange(proxy.port(), httpRequest(80 * 1024, 80 * 1024)).answer ==
                httpAnswer(80 * 1024));
    REQUIRE(proxy.connections() == 5);
    REQUIRE(proxy.faultsInjected() == 0);
    REQUIRE(proxy.decisions() == QList<FaultDecision>(5));

    proxy.setEnabled(true); // faults again from the next connection
    REQUIRE(exchange(proxy.port(), httpRequest(80 * 1024, 80 * 1024)).answer !=
            httpAnswer(80 * 1024));
    REQUIRE(proxy.drops() == 1);
}

TEST_CASE("the faultproxy program announces its port and injects faults", "[proxy]")
{
    Upstream upstream(Upstream::Mode::Http);
    QProcess program;
    program.start(QStringLiteral(FAULTPROXY_BINARY),
                  {u"--listen"_s, u"0"_s, u"--upstream"_s, u"127.0.0.1:%1"_s.arg(upstream.port()),
                   u"--truncate"_s, u"1"_s, u"--window"_s, u"500"_s, u"--seed"_s, u"3"_s});
    REQUIRE(program.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && program.waitForReadyRead(5000))
        line += program.readAllStandardOutput();
    INFO(line.toStdString());
    const auto match = QRegularExpression(u"^listening on 127\\.0\\.0\\.1:(\\d+)\n$"_s)
                           .match(QString::fromLatin1(line));
    REQUIRE(match.hasMatch());

    const Outcome outcome = exchange(quint16(match.captured(1).toUInt()), httpRequest(10, 1000));
    REQUIRE(outcome.closed);
    REQUIRE(outcome.answer.size() < 500);
    REQUIRE(httpAnswer(1000).startsWith(outcome.answer));
    QByteArray log; // one line per fault on stderr
    REQUIRE(waitUntil([&] {
        log += program.readAllStandardError();
        return log.contains('\n');
    }));
    REQUIRE(log == "connection 0: truncate response after " +
                       QByteArray::number(outcome.answer.size()) + " bytes\n");
    program.kill();
    program.waitForFinished(5000);

    // Bad arguments: a usage error, not a proxy.
    QProcess bad;
    bad.start(QStringLiteral(FAULTPROXY_BINARY), {u"--listen"_s, u"0"_s, u"--drop"_s, u"2"_s});
    REQUIRE(bad.waitForFinished(5000));
    REQUIRE(bad.exitCode() == 2);
}
