// faultproxy: the test FaultProxy as a program, for manual runs and tests that drive processes.
//   faultproxy --listen PORT --upstream HOST:PORT [--drop 0.3] [--stall 0.1 --stall-ms 3000]
//              [--truncate 0.2] [--window BYTES] [--seed N]
// Prints "listening on 127.0.0.1:PORT" once ready, one line per injected fault on stderr, and
// runs until killed.

#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using fl::test::FaultPlan;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "faultproxy: %s\n", qPrintable(message));
    return 2;
}

std::optional<double> chance(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fault-injecting TCP proxy for sync tests."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"listen"_s, u"Port on 127.0.0.1 (0 = any free port)."_s, u"PORT"_s},
        {u"upstream"_s, u"Where to forward connections."_s, u"HOST:PORT"_s},
        {u"drop"_s, u"Chance a connection is reset mid-stream."_s, u"P"_s, u"0"_s},
        {u"stall"_s, u"Chance a connection stalls."_s, u"P"_s, u"0"_s},
        {u"stall-ms"_s, u"How long a stall lasts."_s, u"MS"_s, u"1000"_s},
        {u"truncate"_s, u"Chance a response is cut short."_s, u"P"_s, u"0"_s},
        {u"window"_s, u"Faults fire within the first BYTES of a stream."_s, u"BYTES"_s, u"65536"_s},
        {u"seed"_s, u"Random seed: the same seed, the same faults."_s, u"N"_s, u"1"_s},
    });
    parser.process(app);

    bool portOk = false;
    const uint listenPort = parser.value(u"listen"_s).toUInt(&portOk);
    if (!parser.isSet(u"listen"_s) || !portOk || listenPort > 65535)
        return usageError(u"--listen PORT is required (0-65535)"_s);
    const QString upstream = parser.value(u"upstream"_s);
    const qsizetype colon = upstream.lastIndexOf(u':');
    const uint upstreamPort = upstream.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || upstreamPort == 0 || upstreamPort > 65535)
        return usageError(u"--upstream HOST:PORT is required"_s);

    FaultPlan plan;
    const auto drop = chance(parser, u"drop"_s);
    const auto stall = chance(parser, u"stall"_s);
    const auto truncate = chance(parser, u"truncate"_s);
    if (!drop || !stall || !truncate)
        return usageError(u"--drop, --stall and --truncate take a chance from 0 to 1"_s);
    plan.dropChance = *drop;
    plan.stallChance = *stall;
    plan.truncateChance = *truncate;
    bool stallOk = false, windowOk = false, seedOk = false;
    plan.stallMs = parser.value(u"stall-ms"_s).toInt(&stallOk);
    plan.windowBytes = parser.value(u"window"_s).toLongLong(&windowOk);
    plan.seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!stallOk || plan.stallMs < 0 || !windowOk || plan.windowBytes < 1 || !seedOk)
        return usageError(u"--stall-ms, --window and --seed take non-negative integers"_s);

    QString host = upstream.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2); // [::1]:8080
    fl::test::FaultProxy proxy(host, quint16(upstreamPort));
    proxy.setPlan(plan);
    QObject::connect(&proxy, &fl::test::FaultProxy::faultInjected,
                     [](int connection, const fl::test::FaultDecision &decision) {
                         std::fprintf(stderr, "connection %d: %s\n", connection,
                                      qPrintable(fl::test::describe(decision)));
                     });
    if (!proxy.listen(quint16(listenPort))) {
        std::fprintf(stderr, "faultproxy: cannot listen on 127.0.0.1:%u: %s\n", listenPort,
                     qPrintable(proxy.errorString()));
        return 1;
    }
    std::printf("listening on 127.0.0.1:%u\n", proxy.port());
    std::fflush(stdout);
    return app.exec();
}
