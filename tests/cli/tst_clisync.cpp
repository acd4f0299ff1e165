// fieldctl enrol and sync against the real ledgerd, as a support person would run them: enrol
// from the QR text, sync a field day with its photos and read the summary, find nothing new in
// one request, pull another device's records, and plain reasons when the device cannot sync.

#include "../sync/ledgerdprocess.h"
#include "fieldctlrunner.h"

#include "catchqt.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fl::clitest;
using fl::test::LedgerdProcess;

namespace {

QString qrText(const LedgerdProcess &ledgerd, const QString &code)
{
    QUrlQuery query;
    query.addQueryItem(u"server"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(ledgerd.url().toString())));
    query.addQueryItem(u"code"_s, code);
    return u"fieldledger://enrol?"_s + query.toString(QUrl::FullyEncoded);
}

// A river patrol with its NMEA track and one problem with a photo; returns the patrol's id.
QString recordPatrol(const Fieldctl &cli)
{
    const QString patrol = cli.id({u"patrol"_s, u"start"_s, u"--water-body"_s, u"乌鲁木齐河"_s,
                                   u"--segment"_s, u"雅山段"_s, u"--division"_s, u"650102"_s,
                                   u"--start"_s, u"2026-11-23T10:00:00+08:00"_s});
    REQUIRE(cli.run({u"patrol"_s, u"track"_s, patrol, u"--nmea"_s,
                     demoAsset(u"patrol-urumqi-river.nmea"_s)})
                .exitCode == 0);
    const CliRun problem =
        cli.run({u"patrol"_s, u"problem"_s, patrol, u"--category"_s, u"bank_garbage"_s,
                 u"--description"_s, u"岸边垃圾"_s, u"--time"_s, u"2026-11-23T10:12:00+08:00"_s,
                 u"--photo"_s, demoAsset(u"garbage-before.png"_s), u"--photo"_s,
                 demoAsset(u"garbage-after.png"_s), u"--cleared"_s, u"0.5"_s, u"--unit"_s, u"t"_s});
    INFO(problem.describe());
    REQUIRE(problem.exitCode == 0);
    return patrol;
}

struct Phone
{
    QTemporaryDir dir;
    Fieldctl cli{dir.filePath(u"device"_s), dir.path()};

    explicit Phone(const QString &user)
    {
        REQUIRE(dir.isValid());
        REQUIRE(cli.run({u"init"_s, u"--user"_s, user}).exitCode == 0);
    }
};

} // namespace

TEST_CASE("fieldctl enrols from the QR text and syncs a field day with its photos", "[cli][sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone(u"李明"_s);

    const CliRun enrolled =
        phone.cli.run({u"enrol"_s, u"--qr"_s, qrText(ledgerd, ledgerd.enrolCode(u"liming"_s))});
    INFO(enrolled.describe());
    REQUIRE(enrolled.exitCode == 0);
    REQUIRE(enrolled.out.contains(u"is enrolled with %1"_s.arg(ledgerd.url().toString())));
    REQUIRE(enrolled.out.contains(u"liming (river-chief; divisions 650100)"_s));
    REQUIRE(enrolled.out.contains(u"access valid until"_s));

    recordPatrol(phone.cli);
    const OutboxCounts waiting = phone.cli.outbox();
    REQUIRE(waiting.blobs == 2);

    const CliRun synced = phone.cli.run({u"sync"_s});
    INFO(synced.describe());
    REQUIRE(synced.exitCode == 0);
    REQUIRE(synced.out.contains(
        u"%1 accepted, 0 already on the server, 0 refused"_s.arg(waiting.changes)));
    REQUIRE(synced.out.contains(u"2 files uploaded"_s));
    REQUIRE(synced.err.contains(u"2/2 files"_s)); // the progress line, written once in a log
    REQUIRE(synced.err.contains(u"finished"_s));
    REQUIRE(phone.cli.outbox() == OutboxCounts{0, 0});

    const QJsonObject again = phone.cli.json({u"sync"_s});
    REQUIRE(again.value(u"requests"_s).toInt() == 1);
    REQUIRE(again.value(u"accepted"_s).toInt() == 0);
    REQUIRE(again.value(u"unacknowledged"_s).toInt() == 0);
    REQUIRE(ledgerd.verify().exitCode == 0);
}

TEST_CASE("fieldctl sync pulls another device's records; their photos stay on the ledger",
          "[cli][sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    ledgerd.addUser(u"wangfang"_s, u"office"_s, {u"650000"_s});
    Phone phone(u"李明"_s);
    REQUIRE(phone.cli
                .run({u"enrol"_s, u"--server"_s, ledgerd.url().toString(), u"--code"_s,
                      ledgerd.enrolCode(u"liming"_s)})
                .exitCode == 0);
    recordPatrol(phone.cli);
    REQUIRE(phone.cli.run({u"sync"_s}).exitCode == 0);

    Phone office(u"王芳"_s);
    REQUIRE(office.cli
                .run({u"enrol"_s, u"--server"_s, ledgerd.url().toString(), u"--code"_s,
                      ledgerd.enrolCode(u"wangfang"_s)})
                .exitCode == 0);
    const CliRun pulled = office.cli.run({u"sync"_s});
    INFO(pulled.describe());
    REQUIRE(pulled.exitCode == 0);
    REQUIRE(pulled.out.contains(u"3 records pulled"_s)); // the patrol and two photos
    REQUIRE(office.cli.outbox() == OutboxCounts{0, 0});

    const CliRun checked = office.cli.run({u"check"_s});
    INFO(checked.describe());
    REQUIRE(checked.exitCode == 0);
    REQUIRE(checked.out.contains(u"2 pulled evidence records have their files on the ledger"_s));
    const QJsonObject photos = office.cli.json({u"list"_s, u"--kind"_s, u"evidence"_s});
    const QString photoId = photos.value(u"rows"_s).toArray().at(0)[u"id"_s].toString();
    REQUIRE_FALSE(photoId.isEmpty());
    const CliRun shown = office.cli.run({u"evidence"_s, u"show"_s, photoId});
    INFO(shown.describe());
    REQUIRE(shown.exitCode == 0);
    REQUIRE(shown.out.contains(u"not on this device (kept by the ledger)"_s));
}

TEST_CASE("fieldctl says plainly why a device cannot enrol or sync", "[cli][sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone(u"李明"_s);

    const CliRun notEnrolled = phone.cli.run({u"sync"_s});
    REQUIRE(notEnrolled.exitCode == 1);
    REQUIRE(notEnrolled.err.contains(u"not enrolled"_s));
    REQUIRE(notEnrolled.err.contains(u"fieldctl enrol --server URL --code CODE"_s));
    REQUIRE(phone.cli.run({u"--json"_s, u"sync"_s}).json()[u"stopCode"_s].toString() ==
            u"not-enrolled"_s);

    REQUIRE(phone.cli.run({u"enrol"_s}).exitCode == 2);
    REQUIRE(phone.cli.run({u"enrol"_s, u"--qr"_s, u"x"_s, u"--code"_s, u"y"_s}).exitCode == 2);
    const CliRun badQr = phone.cli.run({u"enrol"_s, u"--qr"_s, u"https://example.org"_s});
    REQUIRE(badQr.exitCode == 1);
    REQUIRE(badQr.err.contains(u"not a FieldLedger enrolment code"_s));

    const CliRun wrongCode = phone.cli.run(
        {u"enrol"_s, u"--server"_s, ledgerd.url().toString(), u"--code"_s, u"AAAA-BBBB-CCCC"_s});
    INFO(wrongCode.describe());
    REQUIRE(wrongCode.exitCode == 1);
    REQUIRE(wrongCode.err.contains(u"enrolment-code-invalid"_s));

    const CliRun unreachable =
        phone.cli.run({u"enrol"_s, u"--server"_s, u"http://127.0.0.1:9"_s, u"--code"_s,
                       u"AAAA-BBBB-CCCC"_s, u"--attempts"_s, u"1"_s});
    REQUIRE(unreachable.exitCode == 1);
    REQUIRE(unreachable.err.contains(u"could not reach the ledger"_s));

    // A revoked device: the sync stops with the ledger's reason and keeps everything.
    const QJsonObject enrolled =
        phone.cli.json({u"enrol"_s, u"--server"_s, ledgerd.url().toString(), u"--code"_s,
                        ledgerd.enrolCode(u"liming"_s)});
    recordPatrol(phone.cli);
    const OutboxCounts waiting = phone.cli.outbox();
    const auto revoked =
        ledgerd.run({u"device"_s, u"revoke"_s, enrolled.value(u"deviceId"_s).toString()});
    INFO((revoked.out + revoked.err).toStdString());
    REQUIRE(revoked.exitCode == 0);
    const CliRun refused = phone.cli.run({u"sync"_s});
    INFO(refused.describe());
    REQUIRE(refused.exitCode == 1);
    REQUIRE(refused.err.contains(u"revoked"_s));
    REQUIRE(phone.cli.outbox() == waiting);
}
