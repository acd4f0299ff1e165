// ledgerd: the central ledger server. `serve` answers the sync protocol over HTTP; the other
// subcommands are the office's tools (docs/deployment.md).

#include "http/jsonlog.h"
#include "http/ledgerserver.h"
#include "ledger/verifier.h"
#include "office/officecommands.h"

#include <sodium.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;
using fl::office::printLine;

namespace {

const char *const kUsage = R"(usage: ledgerd COMMAND --db PATH_OR_URL [options]

  serve --port N [--host 127.0.0.1] [--token-days 30]
                           answer the sync protocol over HTTP
  verify [--anchor SEQ:HASH]...
                           recompute the hash chain, signatures, records and files; an anchor
                           is the head an earlier verify printed, kept outside the database
  summary                  what the ledger holds
  user add --name NAME --role ROLE --divisions CODE[,CODE] [--display-name TEXT]
                           roles: river-chief, inspector, green-shield, office, admin
  user list
  user disable NAME        someone who left: all their devices stop working
  enrol-code --user NAME [--valid-hours 72] [--server URL] [--svg FILE]
                           a one-time enrolment code (and its QR code with --server)
  device list
  device revoke DEVICE_ID  a lost phone: its tokens stop working at once
  conflicts                concurrent edits waiting for the office
  export --format geojson|gpx|csv --out FILE [--kind KIND]

--db takes a SQLite file (created by serve) or a postgresql:// URL.)";

int usage()
{
    printLine(stderr, QString::fromUtf8(kUsage));
    return 2;
}

int serve(QCoreApplication &app, fl::ledger::LedgerStore &store, const QCommandLineParser &args)
{
    bool portOk = false, daysOk = true;
    const uint port = args.value(u"port"_s).toUInt(&portOk);
    const QString host = args.value(u"host"_s);
    const QHostAddress address(host);
    const int tokenDays = args.isSet(u"token-days"_s) ? args.value(u"token-days"_s).toInt(&daysOk)
                                                      : fl::ledger::Access::kDefaultTokenDays;
    if (!portOk || port > 65535 || address.isNull() || !daysOk || tokenDays < 1)
        return usage();
    fl::ledger::Ledger ledger(store);
    fl::ledger::Access access(store, {}, tokenDays);
    fl::ledgerd::LedgerServer server(ledger, access);
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        fl::ledgerd::logEvent(u"error"_s, u"listen-failed"_s,
                              {{u"host"_s, host}, {u"port"_s, int(port)}});
        return 1;
    }
    const QString hostText =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(host) : host;
    printLine(stdout, u"listening on http://%1:%2"_s.arg(hostText).arg(bound));
    fl::ledgerd::logEvent(
        u"info"_s, u"listening"_s,
        {{u"host"_s, host}, {u"port"_s, int(bound)}, {u"database"_s, store.backendName()}});
    return app.exec();
}

int verify(fl::ledger::LedgerStore &store, const QStringList &anchorTexts)
{
    QList<fl::ledger::ChainAnchor> anchors;
    for (const QString &text : anchorTexts) {
        bool ok = false;
        const qint64 seq = text.section(u':', 0, 0).toLongLong(&ok);
        const QByteArray hash = text.section(u':', 1).toLatin1();
        if (!ok || seq < 1 || hash.size() != 64) {
            printLine(stderr, u"ledgerd verify: --anchor takes SEQ:HASH as verify prints it"_s);
            return 2;
        }
        anchors.append({seq, hash});
    }
    auto report = fl::ledger::verifyLedger(store, anchors);
    if (!report) {
        printLine(stderr, u"ledgerd verify: %1"_s.arg(report.error().toString()));
        return 2;
    }
    if (!report->ok) {
        printLine(stdout, report->brokenSeq > 0
                              ? u"BROKEN at seq %1: %2"_s.arg(report->brokenSeq).arg(report->what)
                              : u"BROKEN: %1"_s.arg(report->what));
        return 1;
    }
    // The head as SEQ:HASH: kept outside the database, it is a later verify's --anchor.
    printLine(stdout, u"ok: %1 entries, %2 records, %3 devices, %4 files; head %5:%6"_s
                          .arg(report->counts.entries)
                          .arg(report->counts.records)
                          .arg(report->counts.devices)
                          .arg(report->counts.blobs)
                          .arg(report->counts.entries)
                          .arg(QString::fromLatin1(report->headHash)));
    return 0;
}

int run(QCoreApplication &app, fl::ledger::LedgerStore &store, const QStringList &words,
        const QCommandLineParser &args)
{
    const QString command = words.join(u' ');
    const auto need = [&](std::initializer_list<QString> options) {
        for (const QString &o : options) {
            if (!args.isSet(o))
                return false;
        }
        return true;
    };
    if (command == u"serve"_s && need({u"port"_s}))
        return serve(app, store, args);
    if (command == u"verify"_s)
        return verify(store, args.values(u"anchor"_s));
    if (command == u"summary"_s)
        return fl::office::summary(store);
    if (command == u"user add"_s && need({u"name"_s, u"role"_s, u"divisions"_s}))
        return fl::office::addUser(store, args);
    if (command == u"user list"_s)
        return fl::office::listUsers(store);
    if (words.size() == 3 && words[0] == u"user"_s && words[1] == u"disable"_s)
        return fl::office::disableUser(store, words[2]);
    if (command == u"enrol-code"_s && need({u"user"_s}))
        return fl::office::issueEnrolmentCode(store, args);
    if (command == u"device list"_s)
        return fl::office::listDevices(store);
    if (words.size() == 3 && words[0] == u"device"_s && words[1] == u"revoke"_s)
        return fl::office::revokeDevice(store, words[2]);
    if (command == u"conflicts"_s)
        return fl::office::listConflicts(store);
    if (command == u"export"_s && need({u"format"_s, u"out"_s}))
        return fl::office::exportRecords(store, args);
    return usage();
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
    for (const auto &[name, value] :
         std::initializer_list<std::pair<QString, QString>>{{u"db"_s, u"PATH_OR_URL"_s},
                                                            {u"port"_s, u"N"_s},
                                                            {u"token-days"_s, u"DAYS"_s},
                                                            {u"name"_s, u"NAME"_s},
                                                            {u"display-name"_s, u"TEXT"_s},
                                                            {u"role"_s, u"ROLE"_s},
                                                            {u"divisions"_s, u"CODES"_s},
                                                            {u"user"_s, u"NAME"_s},
                                                            {u"valid-hours"_s, u"HOURS"_s},
                                                            {u"server"_s, u"URL"_s},
                                                            {u"svg"_s, u"FILE"_s},
                                                            {u"format"_s, u"FORMAT"_s},
                                                            {u"out"_s, u"FILE"_s},
                                                            {u"kind"_s, u"KIND"_s},
                                                            {u"anchor"_s, u"SEQ:HASH"_s}})
        parser.addOption({name, name, value});
    parser.addOption({u"host"_s, u"address to listen on"_s, u"HOST"_s, u"127.0.0.1"_s});
    if (!parser.parse(app.arguments()))
        return usage();
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || !parser.isSet(u"db"_s))
        return usage();
    // Only serve makes a new SQLite file; the office tools refuse a path that does not exist.
    auto store = fl::ledger::LedgerStore::open(parser.value(u"db"_s), words.first() == u"serve"_s);
    if (!store) {
        fl::ledgerd::logEvent(u"error"_s, u"open-failed"_s,
                              {{u"reason"_s, store.error().toString()}});
        printLine(stderr, u"ledgerd: %1"_s.arg(store.error().toString()));
        return 2;
    }
    return run(app, **store, words, parser);
}
