// Bad input through the real fieldctl binary: each is refused with a message in plain words on
// standard error and a non-zero exit code, and nothing is written. Also a damaged store, a store
// another process holds, and the built-in help.

#include "catchqt.h"
#include "fieldctlrunner.h"

#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::clitest;

namespace {

// A credit code whose check character is wrong (the demo's valid one ends in 3).
const QString kBadCheckCode = u"91650109MA7DEK2130"_s;

struct Device
{
    QTemporaryDir dir;
    Fieldctl cli{dir.filePath(u"device"_s), dir.path()};
    QString patrol;

    Device()
    {
        REQUIRE(dir.isValid());
        (void)cli.json({u"init"_s, u"--user"_s, u"阿依古丽·买买提"_s});
        patrol = cli.id({u"patrol"_s, u"start"_s, u"--water-body"_s, u"乌鲁木齐河"_s,
                         u"--segment"_s, u"雅山段"_s, u"--division"_s, u"650102"_s, u"--start"_s,
                         u"2026-11-23T10:00:00+08:00"_s});
    }

    [[nodiscard]] QString file(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.filePath(name);
        writeFile(path, content);
        return path;
    }
};

// Runs `args`, expects `exitCode` and a message on standard error matching `message`, and that
// the store's outbox (every change and file waiting to sync) did not move.
void refused(const Device &device, const QStringList &args, int exitCode, const QString &message)
{
    const OutboxCounts before = device.cli.outbox();
    const CliRun run = device.cli.run(args);
    INFO(("fieldctl " + args.join(u' ')).toStdString());
    INFO(run.describe());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(QRegularExpression(message)));
    CHECK(device.cli.outbox() == before);
}

QStringList problemAt(const QString &patrol, const QString &lat, const QString &lon)
{
    return {u"patrol"_s,
            u"problem"_s,
            patrol,
            u"--category"_s,
            u"bank_garbage"_s,
            u"--description"_s,
            u"岸边垃圾"_s,
            u"--lat"_s,
            lat,
            u"--lon"_s,
            lon};
}

QStringList inspectionOf(const QStringList &enterprise)
{
    return QStringList{u"inspection"_s, u"start"_s} + enterprise +
           QStringList{u"--name"_s,      u"乌鲁木齐示范建材有限公司"_s,
                       u"--division"_s,  u"650109"_s,
                       u"--inspector"_s, u"李明:65010020260017"_s,
                       u"--inspector"_s, u"热合曼·吐尔逊:65010020260023"_s};
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("bad input is refused in plain words and writes nothing", "[cli]")
{
    Device device;
    const QString patrol = device.patrol;

    SECTION("a credit code with a wrong check character")
    {
        const CliRun check = device.cli.run({u"code"_s, u"check"_s, kBadCheckCode});
        INFO(check.describe());
        CHECK(check.exitCode == 1);
        CHECK(check.out.contains(u"NOT a valid credit code"_s));
        CHECK(check.out.contains(u"wrong check character: expected 3, found 0"_s));

        refused(device, inspectionOf({u"--uscc"_s, kBadCheckCode}), 1, u"wrong check character"_s);
        refused(device, inspectionOf({u"--scan-file"_s, demoAsset(u"enterprise-qr-bad.txt"_s)}), 1,
                u"wrong check character"_s);
    }
    SECTION("a scanned QR text with no credit code in it")
    {
        const QString scan =
            device.file(u"qr.txt"_s, "https://qr.scjg.example.cn/enterprise?entname=demo\n");
        refused(device, inspectionOf({u"--scan-file"_s, scan}), 1,
                u"no 18-character credit code found"_s);
        refused(device, {u"code"_s, u"scan"_s, u"--scan-file"_s, scan}, 1,
                u"no 18-character credit code found"_s);
        refused(device, inspectionOf({u"--scan-file"_s, device.dir.filePath(u"none.txt"_s)}), 1,
                u"cannot read .*none.txt"_s);
    }
    SECTION("a position out of range or not a number")
    {
        refused(device, problemAt(patrol, u"95"_s, u"87.6"_s), 1,
                u"position 95, 87.6 is outside the valid range"_s);
        refused(device, problemAt(patrol, u"nan"_s, u"87.6"_s), 1,
                u"latitude 'nan' is not a number"_s);
        refused(device, problemAt(patrol, u"43.8"_s, u"inf"_s), 1,
                u"longitude 'inf' is not a number"_s);
        refused(device,
                {u"patrol"_s, u"problem"_s, patrol, u"--category"_s, u"bank_garbage"_s,
                 u"--description"_s, u"x"_s, u"--lat"_s, u"43.8"_s},
                1, u"give both --lat and --lon"_s);
    }
    SECTION("a time in the future, even with a photo to store")
    {
        refused(device,
                problemAt(patrol, u"43.8"_s, u"87.6"_s) +
                    QStringList{u"--time"_s, u"2099-01-01T10:00:00+08:00"_s, u"--photo"_s,
                                demoAsset(u"garbage-before.png"_s)},
                1, u"foundAtMs: time is in the future"_s);
        refused(device,
                {u"patrol"_s, u"start"_s, u"--water-body"_s, u"乌鲁木齐河"_s, u"--segment"_s,
                 u"雅山段"_s, u"--division"_s, u"650102"_s, u"--start"_s,
                 u"2099-01-01T10:00:00+08:00"_s},
                1, u"in the future"_s);
        refused(device, {u"patrol"_s, u"finish"_s, patrol, u"--end"_s, u"yesterday"_s}, 1,
                u"cannot read the time 'yesterday'"_s);
    }
    SECTION("a photo file that does not exist")
    {
        const QString missing = device.dir.filePath(u"no-such-photo.jpg"_s);
        // The first photo is fine: it must not be stored either.
        refused(device,
                problemAt(patrol, u"43.8"_s, u"87.6"_s) +
                    QStringList{u"--photo"_s, demoAsset(u"garbage-before.png"_s), u"--photo"_s,
                                missing},
                1, u"no-such-photo.jpg does not exist"_s);
        refused(device, {u"evidence"_s, u"add"_s, patrol, demoAsset(u"outfall.png"_s), missing}, 1,
                u"no-such-photo.jpg does not exist"_s);
        refused(device, {u"evidence"_s, u"add"_s, patrol, device.file(u"empty.jpg"_s, {})}, 1,
                u"empty.jpg is empty"_s);
    }
    SECTION("the same photo attached twice to the same problem is one piece of evidence")
    {
        const QString photo = demoAsset(u"outfall.png"_s);
        refused(device,
                problemAt(patrol, u"43.8"_s, u"87.6"_s) +
                    QStringList{u"--photo"_s, photo, u"--photo"_s, photo},
                1, u"outfall.png is given twice"_s);

        // The same bytes under another name are the same evidence: one record, one file.
        const QString copy = device.file(u"IMG_0001.png"_s, readFile(photo));
        const OutboxCounts before = device.cli.outbox();
        const QJsonObject problem =
            device.cli.json(problemAt(patrol, u"43.8"_s, u"87.6"_s) +
                            QStringList{u"--photo"_s, photo, u"--photo"_s, copy});
        const QJsonArray evidence = problem.value(u"evidenceIds"_s).toArray();
        REQUIRE(evidence.size() == 1);
        const OutboxCounts after = device.cli.outbox();
        CHECK(after.blobs == before.blobs + 1);
        CHECK(after.changes == before.changes + 2); // the evidence record and the patrol

        // Attaching it to the problem again returns the evidence it already has.
        const QJsonObject again =
            device.cli.json({u"evidence"_s, u"add"_s, patrol, photo, u"--item"_s,
                             problem.value(u"problemId"_s).toString()});
        CHECK(again.value(u"evidenceIds"_s).toArray() == evidence);
        CHECK(device.cli.outbox() == after);
        CHECK(device.cli.json({u"info"_s})
                  .value(u"records"_s)
                  .toObject()
                  .value(u"evidence"_s)
                  .toInt() == 1);
    }
    SECTION("an NMEA log of junk")
    {
        QByteArray junk = "this is not a GNSS log\r\n$GPGGA,not,a,fix*00\r\n";
        for (int i = 0; i < 256; ++i)
            junk += char((i * 37) % 256);
        refused(device,
                {u"patrol"_s, u"track"_s, patrol, u"--nmea"_s, device.file(u"junk.nmea"_s, junk)},
                1, u"no usable position fixes in .*junk.nmea"_s);
        refused(device,
                {u"patrol"_s, u"track"_s, patrol, u"--nmea"_s, device.dir.filePath(u"none"_s)}, 1,
                u"cannot read the NMEA log"_s);
    }
    SECTION("an unknown record kind")
    {
        const QString body = device.file(u"body.json"_s, "{}");
        refused(device, {u"record"_s, u"create"_s, u"permit"_s, u"--body"_s, body}, 1,
                u"unknown record kind 'permit'; one of: patrol, inspection"_s);
        refused(device, {u"list"_s, u"--kind"_s, u"permit"_s}, 1,
                u"unknown record kind 'permit'"_s);
        refused(device, {u"export"_s, u"--kind"_s, u"permit"_s}, 1,
                u"unknown record kind 'permit'"_s);
    }
    SECTION("a record id that is not there, or of another kind")
    {
        refused(device, problemAt(u"0190f2c4-0000-7000-8000-000000000000"_s, u"43.8"_s, u"87.6"_s),
                1, u"no record with id"_s);
        refused(device,
                {u"inspection"_s, u"check"_s, patrol, u"--item"_s, u"x"_s, u"--result"_s,
                 u"no_problem"_s},
                1, u"is a patrol, not inspection"_s);
    }
    SECTION("an unknown command")
    {
        refused(device, {u"frobnicate"_s}, 2, u"unknown command 'frobnicate'"_s);
        refused(device, {u"patrol"_s, u"begin"_s}, 2, u"unknown command 'patrol begin'"_s);
    }
    SECTION("a wrong option or a missing argument")
    {
        refused(device, {u"patrol"_s, u"start"_s, u"--bogus"_s}, 2, u"Unknown option 'bogus'"_s);
        refused(device, {u"patrol"_s, u"problem"_s, u"--category"_s, u"bank_garbage"_s}, 2,
                u"give the patrol id"_s);
        refused(device, problemAt(patrol, u"43.8"_s, u"87.6"_s) << u"--category"_s << u"litter"_s,
                1, u"--category 'litter' is not one of: "_s);
    }
}

TEST_CASE("a damaged store is reported and left untouched", "[cli]")
{
    Device device;
    const QString folder = device.cli.storeFolder();
    QStringList databases = QDir(folder).entryList({u"*.sqlite"_s}, QDir::Files);
    REQUIRE(databases.size() == 1);
    const QString database = folder + u'/' + databases.first();

    QFile file(database);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.write("not a database!!") == 16); // over "SQLite format 3\0"
    file.close();
    const QByteArray damaged = readFile(database);
    const QStringList files = filesIn(folder);

    for (const QStringList &args :
         {QStringList{u"info"_s}, QStringList{u"outbox"_s},
          QStringList{u"patrol"_s, u"start"_s, u"--water-body"_s, u"乌鲁木齐河"_s, u"--segment"_s,
                      u"雅山段"_s, u"--division"_s, u"650102"_s}}) {
        const CliRun run = device.cli.run(args);
        INFO(("fieldctl " + args.join(u' ')).toStdString());
        INFO(run.describe());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"damaged"_s));
    }
    const CliRun json = device.cli.run({u"--json"_s, u"info"_s});
    CHECK(json.exitCode == 1);
    CHECK(json.json().value(u"error"_s).toString() == u"storage-corrupt"_s);

    CHECK(readFile(database) == damaged);
    CHECK(filesIn(folder) == files);
}

TEST_CASE("a store open in another program is refused", "[cli]")
{
    Device device;
    const OutboxCounts before = device.cli.outbox();
    {
        auto held = Store::open(device.cli.storeFolder());
        REQUIRE(held.ok());
        const CliRun run =
            device.cli.run({u"patrol"_s, u"problem"_s, device.patrol, u"--category"_s,
                            u"bank_garbage"_s, u"--description"_s, u"x"_s, u"--lat"_s, u"43.8"_s,
                            u"--lon"_s, u"87.6"_s, u"--photo"_s, demoAsset(u"outfall.png"_s)});
        INFO(run.describe());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"open in another program"_s));
        CHECK(run.err.contains(u"pid %1"_s.arg(QCoreApplication::applicationPid())));
    }
    CHECK(device.cli.outbox() == before);
}

TEST_CASE("fieldctl --help lists every command, and each command explains itself", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Fieldctl cli(dir.filePath(u"device"_s), dir.path());

    const CliRun help = cli.runBare({u"--help"_s});
    INFO(help.describe());
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.contains(u"--store DIR"_s));
    CHECK(help.out.contains(u"--author NAME"_s));
    CHECK(help.out.contains(u"--json"_s));

    // "  NAME (padded to 22)  summary" under "Commands:".
    QStringList listed;
    const QString commandsPart = help.out.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
    for (const QString &line : commandsPart.split(u'\n', Qt::SkipEmptyParts))
        listed << line.mid(2, 22).trimmed();
    for (const QString &command : {u"init"_s,
                                   u"info"_s,
                                   u"list"_s,
                                   u"show"_s,
                                   u"outbox"_s,
                                   u"check"_s,
                                   u"rules"_s,
                                   u"record create"_s,
                                   u"record update"_s,
                                   u"record delete"_s,
                                   u"evidence add"_s,
                                   u"evidence show"_s,
                                   u"patrol start"_s,
                                   u"patrol track"_s,
                                   u"patrol problem"_s,
                                   u"patrol finish"_s,
                                   u"code check"_s,
                                   u"code scan"_s,
                                   u"inspection start"_s,
                                   u"inspection check"_s,
                                   u"inspection sign"_s,
                                   u"inspection finish"_s,
                                   u"area import"_s,
                                   u"clue add"_s,
                                   u"clue verify"_s,
                                   u"clue rectify"_s,
                                   u"clue close"_s,
                                   u"task add"_s,
                                   u"task follow-up"_s,
                                   u"complaint add"_s,
                                   u"export"_s}) {
        INFO(command.toStdString());
        CHECK(listed.contains(command));
    }

    for (const QString &command : listed) {
        const CliRun commandHelp = cli.run(command.split(u' ') << u"--help"_s);
        INFO(commandHelp.describe());
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.contains(u"Usage: fieldctl "_s + command));
        CHECK(commandHelp.out.contains(u"--help"_s));
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"device"_s))); // help never creates a store

    const CliRun bare = cli.runBare({});
    CHECK(bare.exitCode == 2);
    CHECK(bare.out.contains(u"Commands:"_s));
    CHECK(cli.runBare({u"--version"_s}).out.startsWith(u"fieldctl "_s));
}
