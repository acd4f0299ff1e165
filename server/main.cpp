// ledgerd: the central ledger server. `serve` answers the sync protocol over HTTP; `verify`
// recomputes the hash chain and signatures of a ledger database.

#include "http/jsonlog.h"
#include "http/ledgerserver.h"
#include "ledger/sqliteledgerstore.h"
#include "ledger/verifier.h"

#include <sodium.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

int usage()
{
    printLine(stderr, u"usage: ledgerd serve --db PATH --port N [--host 127.0.0.1]\n"
                      "       ledgerd verify --db PATH"_s);
    return 2;
}

int serve(QCoreApplication &app, const QString &db, const QString &host, const QString &port)
{
    bool portOk = false;
    const uint portNumber = port.toUInt(&portOk);
    const QHostAddress address(host);
    if (!portOk || portNumber > 65535 || address.isNull())
        return usage();
    auto store = fl::ledger::SqliteLedgerStore::open(db);
    if (!store) {
        fl::ledgerd::logEvent(u"error"_s, u"open-failed"_s,
                              {{u"db"_s, db}, {u"reason"_s, store.error().toString()}});
        return 1;
    }
    fl::ledger::Ledger ledger(**store);
    fl::ledgerd::LedgerServer server(ledger);
    const quint16 bound = server.listen(address, quint16(portNumber));
    if (bound == 0) {
        fl::ledgerd::logEvent(u"error"_s, u"listen-failed"_s,
                              {{u"host"_s, host}, {u"port"_s, int(portNumber)}});
        return 1;
    }
    const QString hostText =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(host) : host;
    printLine(stdout, u"listening on http://%1:%2"_s.arg(hostText).arg(bound));
    fl::ledgerd::logEvent(u"info"_s, u"listening"_s,
                          {{u"host"_s, host}, {u"port"_s, int(bound)}, {u"db"_s, db}});
    return app.exec();
}

int verify(const QString &db)
{
    auto store = fl::ledger::SqliteLedgerStore::open(db, false);
    if (!store) {
        printLine(stderr, u"ledgerd verify: %1"_s.arg(store.error().toString()));
        return 2;
    }
    auto report = fl::ledger::verifyLedger(**store);
    if (!report) {
        printLine(stderr, u"ledgerd verify: %1"_s.arg(report.error().toString()));
        return 2;
    }
    if (!report->ok) {
        printLine(stdout, u"BROKEN at seq %1: %2"_s.arg(report->brokenSeq).arg(report->what));
        return 1;
    }
    printLine(stdout,
              u"ok: %1 entries, %2 records, %3 devices; head %4"_s.arg(report->counts.entries)
                  .arg(report->counts.records)
                  .arg(report->counts.devices)
                  .arg(QString::fromLatin1(report->headHash)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ledgerd"_s);
    if (sodium_init() < 0) {
        printLine(stderr, u"ledgerd: libsodium failed to initialise"_s);
        return 1;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(u"command"_s, u"serve or verify"_s);
    parser.addOption({u"db"_s, u"ledger database file"_s, u"PATH"_s});
    parser.addOption({u"port"_s, u"TCP port (0: any free port)"_s, u"N"_s});
    parser.addOption({u"host"_s, u"address to listen on"_s, u"HOST"_s, u"127.0.0.1"_s});
    if (!parser.parse(app.arguments()))
        return usage();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(u"db"_s))
        return usage();
    if (args.first() == u"serve"_s) {
        if (!parser.isSet(u"port"_s))
            return usage();
        return serve(app, parser.value(u"db"_s), parser.value(u"host"_s), parser.value(u"port"_s));
    }
    if (args.first() == u"verify"_s)
        return verify(parser.value(u"db"_s));
    return usage();
}
