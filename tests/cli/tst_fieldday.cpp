// The demo field day (scripts/demo.sh) run through the real fieldctl binary: a patrol from the
// NMEA log, an inspection of a scanned enterprise, a Green Shield clue, a task and a complaint.
// Then the store is opened directly, and the exports are read back.

#include "catchqt.h"
#include "fieldctlrunner.h"

#include "domain/greenshield.h"
#include "domain/inspection.h"
#include "domain/patrol.h"
#include "export/csv.h"
#include "export/geojson.h"
#include "export/gpx.h"
#include "storage/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::clitest;

namespace {

// The NMEA log (scripts/make-demo-assets.py) starts at 2026-11-23 02:00:00 UTC and has one
// epoch a second for 45 minutes: 2700 epochs, one without a fix (lost signal at 25:00), so 2699
// fixes are read. The filter drops a 2 km multipath jump at 10:00 and three fixes of 85 m
// accuracy under the bridge at 20:00-20:02, and keeps the other 2695.
const qint64 kLogStartMs =
    QDateTime::fromString(u"2026-11-23T02:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
constexpr int kFixesRead = 2699;
constexpr int kDroppedFixes = 4;
constexpr int kKeptFixes = kFixesRead - kDroppedFixes;
// The garbage is reported at 10:12:00 Beijing time without a position: it is placed at that
// fix, the 720th epoch, which is kept fix number 719 (the jump at 10:00 was dropped).
const qint64 kGarbageFoundMs = kLogStartMs + 12 * 60'000;
constexpr int kGarbageFixIndex = 720 - 1;
// The latest time in the demo's records (the inspection's end): the device clock must be later.
const qint64 kDemoDayEndMs =
    QDateTime::fromString(u"2026-11-23T15:10:00+08:00"_s, Qt::ISODate).toMSecsSinceEpoch();

// Where the clue is reported, on the core zone's northern border, and where it was verified, 20 m
// further north.
constexpr double kClueLat = 41.945;
constexpr double kClueLon = 86.79;
constexpr double kVerifiedLat = 41.9452;
constexpr double kVerifiedLon = 86.7903;
constexpr double kOutfallLat = 43.8271;
constexpr double kOutfallLon = 87.5965;

const QStringList kPhotos{u"garbage-before.png"_s, u"garbage-after.png"_s, u"outfall.png"_s,
                          u"gate.png"_s, u"facility.png"_s};

// The zone the demo GeoJSON puts a point in, worked out here without the app's polygon code: its
// zones are axis-aligned rectangles (each hole is the stricter zone inside), so a zone is its
// outer ring's bounding box, edges included, tested strictest first.
QString expectedZone(double lat, double lon)
{
    const QJsonObject collection =
        QJsonDocument::fromJson(readFile(demoAsset(u"protected-area-bosten-demo.geojson"_s)))
            .object();
    QMap<QString, std::array<double, 4>> boxes; // zone -> south, north, west, east
    for (const auto &feature : collection.value(u"features"_s).toArray()) {
        const QJsonObject f = feature.toObject();
        const QJsonArray outer =
            f.value(u"geometry"_s).toObject().value(u"coordinates"_s).toArray().at(0).toArray();
        QSet<double> lats;
        QSet<double> lons;
        for (const auto &point : outer) {
            lons << point.toArray().at(0).toDouble();
            lats << point.toArray().at(1).toDouble();
        }
        REQUIRE(outer.size() == 5);
        REQUIRE(lats.size() == 2); // a rectangle
        REQUIRE(lons.size() == 2);
        boxes.insert(f.value(u"properties"_s).toObject().value(u"zone"_s).toString(),
                     {*std::min_element(lats.begin(), lats.end()),
                      *std::max_element(lats.begin(), lats.end()),
                      *std::min_element(lons.begin(), lons.end()),
                      *std::max_element(lons.begin(), lons.end())});
    }
    for (const QString &zone : {u"core"_s, u"buffer"_s, u"experimental"_s}) {
        REQUIRE(boxes.contains(zone));
        const auto [south, north, west, east] = boxes.value(zone);
        if (lat >= south && lat <= north && lon >= west && lon <= east)
            return zone;
    }
    return u"outside"_s;
}

// The credit code the QR text carries (?uscc=...).
QString scannedCode()
{
    const QString text = QString::fromUtf8(readFile(demoAsset(u"enterprise-qr.txt"_s)));
    const auto match = QRegularExpression(u"uscc=([0-9A-Z]{18})"_s).match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

QJsonObject recordBody(const Fieldctl &cli, const QString &id)
{
    return cli.json({u"show"_s, id}).value(u"body"_s).toObject();
}

struct FieldDay
{
    QTemporaryDir dir;
    Fieldctl cli{dir.filePath(u"device"_s), dir.path()};
    QString patrol;
    QString garbageProblem;
    QString outfallProblem;
    double trackMeters = 0;
    QString inspection;
    QString clue;
    QString task;
    QString complaint;
};

void patrolDay(FieldDay &day)
{
    const Fieldctl &cli = day.cli;
    day.patrol = cli.id({u"patrol"_s, u"start"_s, u"--water-body"_s, u"乌鲁木齐河"_s,
                         u"--segment"_s, u"雅山段"_s, u"--division"_s, u"650102"_s, u"--level"_s,
                         u"village"_s, u"--serial"_s, u"XH-650102-20261123-001"_s, u"--start"_s,
                         u"2026-11-23T10:00:00+08:00"_s});

    const QJsonObject track = cli.json({u"patrol"_s, u"track"_s, day.patrol, u"--nmea"_s,
                                        demoAsset(u"patrol-urumqi-river.nmea"_s)});
    CHECK(track.value(u"kept"_s).toInt() == kKeptFixes);
    CHECK(track.value(u"dropped"_s).toInt() == kDroppedFixes);
    CHECK(track.value(u"fixCount"_s).toInt() == kKeptFixes);
    // About 1.2 m/s for 45 minutes along a meandering bank.
    day.trackMeters = track.value(u"distanceMeters"_s).toDouble();
    CHECK(day.trackMeters > 3000);
    CHECK(day.trackMeters < 3500);
    CHECK(track.value(u"movingSeconds"_s).toInt() >= 44 * 60);

    // Found at the last fix (no --lat/--lon), cleared on the spot, with before/after photos.
    const QJsonObject garbage =
        cli.json({u"patrol"_s, u"problem"_s, day.patrol, u"--category"_s, u"bank_garbage"_s,
                  u"--description"_s, u"岸边堆放生活垃圾约0.5吨"_s, u"--time"_s,
                  u"2026-11-23T10:12:00+08:00"_s, u"--photo"_s, demoAsset(u"garbage-before.png"_s),
                  u"--photo"_s, demoAsset(u"garbage-after.png"_s), u"--cleared"_s, u"0.5"_s,
                  u"--unit"_s, u"t"_s});
    day.garbageProblem = garbage.value(u"problemId"_s).toString();
    CHECK(garbage.value(u"evidenceIds"_s).toArray().size() == 2);
    CHECK(garbage.value(u"revision"_s).toInt() == 2);

    const QJsonObject outfall =
        cli.json({u"patrol"_s, u"problem"_s, day.patrol, u"--category"_s, u"sewage_outfall"_s,
                  u"--description"_s, u"新发现未标识排污口，有异味"_s, u"--time"_s,
                  u"2026-11-23T10:31:00+08:00"_s, u"--lat"_s, QString::number(kOutfallLat),
                  u"--lon"_s, QString::number(kOutfallLon), u"--accuracy"_s, u"4"_s, u"--photo"_s,
                  demoAsset(u"outfall.png"_s), u"--referred-to"_s, u"天山区生态环境分局"_s});
    day.outfallProblem = outfall.value(u"problemId"_s).toString();
    CHECK(outfall.value(u"evidenceIds"_s).toArray().size() == 1);
    CHECK(day.garbageProblem != day.outfallProblem);

    const QJsonObject finished = cli.json({u"patrol"_s, u"finish"_s, day.patrol});
    CHECK(finished.value(u"valid"_s).toBool());
    CHECK(finished.value(u"shortfalls"_s).toArray().isEmpty());
    CHECK(finished.value(u"distanceMeters"_s).toDouble() == Approx(day.trackMeters));
}

void inspectionDay(FieldDay &day)
{
    const Fieldctl &cli = day.cli;
    const QString qrFile = demoAsset(u"enterprise-qr.txt"_s);
    const QJsonObject scan = cli.json({u"code"_s, u"scan"_s, u"--scan-file"_s, qrFile});
    CHECK(scan.value(u"code"_s).toString() == scannedCode());
    CHECK(scan.value(u"valid"_s).toBool());
    CHECK(scan.value(u"carrier"_s).toString() == u"url"_s);

    const QStringList asLiMing{u"--author"_s, u"李明"_s};
    const QJsonObject started =
        cli.json(asLiMing + QStringList{u"inspection"_s,   u"start"_s,
                                        u"--scan-file"_s,  qrFile,
                                        u"--name"_s,       u"乌鲁木齐示范建材有限公司"_s,
                                        u"--legal-rep"_s,  u"王建国"_s,
                                        u"--address"_s,    u"米东区化工园区8号"_s,
                                        u"--division"_s,   u"650109"_s,
                                        u"--inspector"_s,  u"李明:65010020260017"_s,
                                        u"--inspector"_s,  u"热合曼·吐尔逊:65010020260023"_s,
                                        u"--source"_s,     u"random_draw"_s,
                                        u"--source-ref"_s, u"DRAW-2026Q4-650100"_s,
                                        u"--task-name"_s,  u"2026年第四季度双随机抽查"_s,
                                        u"--lat"_s,        u"43.9613"_s,
                                        u"--lon"_s,        u"87.6450"_s,
                                        u"--accuracy"_s,   u"5"_s,
                                        u"--start"_s,      u"2026-11-23T14:00:00+08:00"_s});
    day.inspection = started.value(u"id"_s).toString();
    REQUIRE_FALSE(day.inspection.isEmpty());
    CHECK(started.value(u"uscc"_s).toString() == scannedCode());

    CHECK(
        cli.json(asLiMing + QStringList{u"inspection"_s, u"check"_s, day.inspection, u"--item"_s,
                                        u"污染防治设施运行情况"_s, u"--result"_s, u"no_problem"_s})
            .value(u"items"_s)
            .toInt() == 1);
    CHECK(cli.json(asLiMing + QStringList{u"inspection"_s, u"check"_s, day.inspection, u"--item"_s,
                                          u"固体废物贮存场所"_s, u"--result"_s, u"problem_found"_s,
                                          u"--problem"_s, u"危废贮存间未张贴标识"_s, u"--photo"_s,
                                          demoAsset(u"gate.png"_s)})
              .value(u"items"_s)
              .toInt() == 2);

    QStringList renderings;
    for (const auto &[signer, role, strokes] :
         {std::tuple{u"李明"_s, u"inspector"_s, u"signature-li-ming.json"_s},
          std::tuple{u"热合曼·吐尔逊"_s, u"inspector"_s, u"signature-rahman.json"_s},
          std::tuple{u"王建国"_s, u"site_representative"_s, u"signature-site-manager.json"_s}}) {
        renderings << cli.json(asLiMing + QStringList{u"inspection"_s, u"sign"_s, day.inspection,
                                                      u"--signer"_s, signer, u"--role"_s, role,
                                                      u"--strokes"_s, demoAsset(strokes)})
                          .value(u"renderingEvidenceId"_s)
                          .toString();
    }
    renderings.removeDuplicates();
    CHECK(renderings.size() == 3);

    const QJsonObject signedOff = cli.json(
        asLiMing + QStringList{u"inspection"_s, u"finish"_s, day.inspection, u"--findings"_s,
                               u"发现一项问题，已责令整改"_s, u"--record-text"_s,
                               u"检查时企业正常生产，危废贮存间未张贴标识。"_s, u"--end"_s,
                               u"2026-11-23T15:10:00+08:00"_s});
    CHECK(signedOff.value(u"status"_s).toString() == u"signed"_s);

    // A signed on-site record is evidence: a later edit is refused, and leaves nothing behind
    // (not even the photo it tried to add).
    const OutboxCounts before = cli.outbox();
    const CliRun edit =
        cli.run(asLiMing + QStringList{u"inspection"_s, u"check"_s, day.inspection, u"--item"_s,
                                       u"补充"_s, u"--result"_s, u"no_problem"_s, u"--photo"_s,
                                       demoAsset(u"facility.png"_s)});
    INFO(edit.describe());
    CHECK(edit.exitCode == 1);
    CHECK(edit.err.contains(QRegularExpression(u"(cannot|can no longer) be changed"_s)));
    CHECK(edit.out.isEmpty());
    CHECK(cli.outbox() == before);
}

void greenShieldDay(FieldDay &day)
{
    const Fieldctl &cli = day.cli;
    const QStringList asMa{u"--author"_s, u"马晓燕"_s};
    CHECK(cli.json({u"area"_s, u"import"_s, demoAsset(u"protected-area-bosten-demo.geojson"_s)})
              .value(u"areas"_s)
              .toInt() == 1);

    day.clue = cli.id(
        asMa + QStringList{u"clue"_s, u"add"_s, u"--code"_s, u"202302-65-N1-007-MD-0018"_s,
                           u"--county"_s, u"652827"_s, u"--area-id"_s, u"XJ-BOSTEN-DEMO"_s,
                           u"--type"_s, u"artificial_facility"_s, u"--area-m2"_s, u"1200"_s,
                           u"--description"_s, u"遥感发现疑似新增建筑"_s, u"--lat"_s,
                           QString::number(kClueLat), u"--lon"_s, QString::number(kClueLon)});
    // The zone is derived from where the clue is; on a border the stricter zone applies.
    const QString reportedZone = expectedZone(kClueLat, kClueLon);
    const QString verifiedZone = expectedZone(kVerifiedLat, kVerifiedLon);
    CHECK(reportedZone == u"core"_s);
    CHECK(verifiedZone == u"buffer"_s);
    const QJsonObject added = recordBody(cli, day.clue);
    CHECK(added.value(u"verification"_s).toObject().value(u"functionalZone"_s).toString() ==
          reportedZone);
    CHECK(added.value(u"protectedAreaName"_s).toString() ==
          u"博斯腾湖湿地示范保护区（合成数据）"_s);

    // Verified on site: the verified position decides the zone.
    const CliRun verify =
        cli.run(asMa + QStringList{u"--json"_s,          u"clue"_s,
                                   u"verify"_s,          day.clue,
                                   u"--outcome"_s,       u"confirmed"_s,
                                   u"--facility-name"_s, u"养殖看护房"_s,
                                   u"--facility-type"_s, u"其他人工设施"_s,
                                   u"--scale"_s,         u"约1200平方米"_s,
                                   u"--built"_s,         u"2021"_s,
                                   u"--state"_s,         u"在用"_s,
                                   u"--lat"_s,           QString::number(kVerifiedLat),
                                   u"--lon"_s,           QString::number(kVerifiedLon),
                                   u"--accuracy"_s,      u"6"_s,
                                   u"--photo"_s,         demoAsset(u"facility.png"_s)});
    INFO(verify.describe());
    REQUIRE(verify.exitCode == 0);
    CHECK(verify.err.contains(u"m from the clue's point"_s));
    const QJsonObject verified = verify.json().value(u"body"_s).toObject();
    const QJsonObject verification = verified.value(u"verification"_s).toObject();
    CHECK(verification.value(u"functionalZone"_s).toString() == verifiedZone);
    CHECK(verification.value(u"outcome"_s).toString() == u"confirmed"_s);
    CHECK(verification.value(u"verifiedBy"_s).toString() == u"马晓燕"_s);
    CHECK(verification.value(u"evidenceIds"_s).toArray().size() == 1);

    const QJsonObject rectifying =
        cli.json(asMa + QStringList{u"clue"_s, u"rectify"_s, day.clue, u"--measures"_s,
                                    u"拆除看护房并恢复植被"_s, u"--unit"_s, u"和硕县林草局"_s,
                                    u"--person"_s, u"张强"_s, u"--deadline"_s, u"2026-12-31"_s});
    CHECK(rectifying.value(u"body"_s)
              .toObject()
              .value(u"rectification"_s)
              .toObject()
              .value(u"state"_s)
              .toString() == u"rectifying"_s);

    const QJsonObject closed = cli.json(
        asMa + QStringList{u"clue"_s, u"close"_s, day.clue, u"--result"_s, u"已拆除，植被恢复中"_s,
                           u"--approved-by"_s, u"巴州生态环境局"_s, u"--photo"_s,
                           demoAsset(u"garbage-after.png"_s)});
    const QJsonObject closeOut =
        closed.value(u"body"_s).toObject().value(u"rectification"_s).toObject();
    CHECK(closeOut.value(u"state"_s).toString() == u"closed_out"_s);
    CHECK(closeOut.value(u"evidenceIds"_s).toArray().size() == 1);
    CHECK(closed.value(u"revision"_s).toInt() == 4);
}

void officeDay(FieldDay &day)
{
    const Fieldctl &cli = day.cli;
    day.task = cli.id({u"task"_s,       u"add"_s,
                       u"--number"_s,   u"ZG-2026-0042"_s,
                       u"--title"_s,    u"清理雅山段岸边垃圾"_s,
                       u"--division"_s, u"650102"_s,
                       u"--unit"_s,     u"天山区水务局"_s,
                       u"--person"_s,   u"张强"_s,
                       u"--assignee"_s, u"阿依古丽·买买提"_s,
                       u"--measures"_s, u"清运垃圾并设置警示牌"_s,
                       u"--deadline"_s, u"2026-12-31"_s,
                       u"--source"_s,   day.patrol});

    // The office closes it out with a photo (there is no command for that: any record can be
    // edited as JSON)...
    const QString closeOutPhoto =
        cli.json({u"evidence"_s, u"add"_s, day.task, demoAsset(u"garbage-after.png"_s), u"--item"_s,
                  u"close-out"_s})
            .value(u"evidenceIds"_s)
            .toArray()
            .at(0)
            .toString();
    REQUIRE_FALSE(closeOutPhoto.isEmpty());
    QJsonObject body = recordBody(cli, day.task);
    CHECK(body.value(u"status"_s).toString() == u"assigned"_s);
    CHECK(body.value(u"sourceKind"_s).toString() == u"patrol"_s);
    body.insert(u"status"_s, u"closed_out"_s);
    body.insert(u"closedAtMs"_s, QDateTime::currentMSecsSinceEpoch() - 60'000);
    body.insert(u"evidenceIds"_s, QJsonArray{closeOutPhoto});
    const QString bodyFile = day.dir.filePath(u"task-closed.json"_s);
    writeFile(bodyFile, QJsonDocument(body).toJson());
    CHECK(cli.json({u"record"_s, u"update"_s, day.task, u"--revision"_s, u"1"_s, u"--body"_s,
                    bodyFile})
              .value(u"revision"_s)
              .toInt() == 2);

    // ...and the follow-up (回头看) finds the garbage back: the task reopens.
    const QJsonObject followUp =
        cli.json({u"--author"_s, u"阿依古丽·买买提"_s, u"task"_s, u"follow-up"_s, day.task,
                  u"--failed"_s, u"--notes"_s, u"岸边又出现生活垃圾"_s});
    CHECK(followUp.value(u"status"_s).toString() == u"reopened"_s);

    day.complaint = cli.id({u"complaint"_s, u"add"_s, u"--number"_s, u"12369-2026-11-0087"_s,
                            u"--content"_s, u"夜间有刺鼻气味"_s, u"--address"_s,
                            u"米东区化工园区东侧"_s, u"--division"_s, u"650109"_s, u"--assignee"_s,
                            u"李明"_s, u"--received"_s, u"2026-11-23T09:30:00+08:00"_s, u"--lat"_s,
                            u"43.9620"_s, u"--lon"_s, u"87.6480"_s});
}

// The whole day on a new store; every step's answer is checked on the way.
void runFieldDay(FieldDay &day)
{
    INFO("the demo assets are dated 2026-11-23; this machine's clock must be later");
    REQUIRE(QDateTime::currentMSecsSinceEpoch() > kDemoDayEndMs);
    REQUIRE(day.dir.isValid());
    const QJsonObject init = day.cli.json({u"init"_s, u"--user"_s, u"阿依古丽·买买提"_s});
    CHECK_FALSE(init.value(u"deviceId"_s).toString().isEmpty());
    patrolDay(day);
    inspectionDay(day);
    greenShieldDay(day);
    officeDay(day);
}

// The day is recorded once per run of this executable and only read afterwards: the test cases
// below and their sections share it (ctest runs each test case in its own process, which
// records its own day).
const FieldDay &fieldDay()
{
    static const std::unique_ptr<FieldDay> day = [] {
        auto recorded = std::make_unique<FieldDay>();
        runFieldDay(*recorded);
        return recorded;
    }();
    return *day;
}

int countRecords(Store &store, RecordKind kind)
{
    ListQuery query;
    query.kind = kind;
    query.limit = 1000;
    auto page = store.list(query);
    REQUIRE(page.ok());
    REQUIRE(page->nextCursor.isEmpty());
    return int(page->rows.size());
}

// Reads a CSV export: the header and the rows as header -> cell.
struct CsvTable
{
    QStringList header;
    QList<QMap<QString, QString>> rows;
};

CsvTable readCsv(const QByteArray &data)
{
    auto parsed = exporters::parseCsv(data);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    REQUIRE_FALSE(parsed->isEmpty());
    CsvTable table{parsed->first(), {}};
    for (const QStringList &cells : parsed->mid(1)) {
        REQUIRE(cells.size() == table.header.size());
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < cells.size(); ++i)
            row.insert(table.header.at(i), cells.at(i));
        table.rows << row;
    }
    return table;
}

QByteArray exportFile(const FieldDay &day, const QStringList &args, const QString &name)
{
    const QString path = day.dir.filePath(name);
    const CliRun run = day.cli.run(QStringList{u"export"_s} + args + QStringList{u"--out"_s, path});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.startsWith(u"wrote "_s));
    return readFile(path);
}

const QStringList kCommonCsvHeader{
    u"编号 id"_s,           u"状态 status"_s,       u"日期 date"_s,         u"名称 title"_s,
    u"行政区划 division"_s, u"纬度 lat (WGS-84)"_s, u"经度 lon (WGS-84)"_s, u"纬度 lat (GCJ-02)"_s,
    u"经度 lon (GCJ-02)"_s, u"记录人 author"_s,     u"版本 revision"_s};

} // namespace

TEST_CASE("a field day recorded with fieldctl", "[cli]")
{
    const FieldDay &day = fieldDay();

    const QJsonObject info = day.cli.json({u"info"_s});
    const QJsonObject records = info.value(u"records"_s).toObject();
    CHECK(records.value(u"patrol"_s).toInt() == 1);
    CHECK(records.value(u"inspection"_s).toInt() == 1);
    CHECK(records.value(u"greenshield_clue"_s).toInt() == 1);
    CHECK(records.value(u"rectification_task"_s).toInt() == 1);
    CHECK(records.value(u"complaint_case"_s).toInt() == 1);
    // 3 patrol photos, 1 checklist photo, 3 signatures, 1 verification, 1 close-out and the
    // task's close-out photo.
    CHECK(records.value(u"evidence"_s).toInt() == 10);

    const CliRun check = day.cli.run({u"check"_s});
    INFO(check.describe());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"10 evidence files match"_s));
}

TEST_CASE("after the field day the store holds every record, fix and file", "[cli]")
{
    const FieldDay &day = fieldDay();

    // Every fieldctl process has exited: the store opens (and would refuse if one had not).
    auto opened = Store::open(day.cli.storeFolder());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    Store &store = **opened;

    CHECK(countRecords(store, RecordKind::Patrol) == 1);
    CHECK(countRecords(store, RecordKind::Inspection) == 1);
    CHECK(countRecords(store, RecordKind::GreenShieldClue) == 1);
    CHECK(countRecords(store, RecordKind::RectificationTask) == 1);
    CHECK(countRecords(store, RecordKind::ComplaintCase) == 1);
    CHECK(countRecords(store, RecordKind::Evidence) == 10);

    SECTION("the patrol's track: kept fixes in order, dropped ones with their reasons")
    {
        auto track = store.track(day.patrol);
        REQUIRE(track.ok());
        REQUIRE(track->size() == kKeptFixes);
        CHECK(track->first().timeMs == kLogStartMs);
        CHECK(track->last().timeMs == kLogStartMs + (45 * 60 - 1) * 1000);
        CHECK(std::is_sorted(track->begin(), track->end(),
                             [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; }));

        auto dropped = store.droppedFixes(day.patrol);
        REQUIRE(dropped.ok());
        REQUIRE(dropped->size() == kDroppedFixes);
        CHECK(dropped->at(0).reason == geo::DropReason::ImpossibleSpeed);
        CHECK(dropped->at(0).fix.timeMs == kLogStartMs + 600'000);
        for (int i = 1; i < kDroppedFixes; ++i) {
            CHECK(dropped->at(i).reason == geo::DropReason::PoorAccuracy);
            CHECK(dropped->at(i).fix.timeMs == kLogStartMs + (1200 + i - 1) * 1000);
        }
        for (const auto &d : *dropped)
            CHECK_FALSE(d.detail.isEmpty());

        auto record = store.record(day.patrol);
        REQUIRE(record.ok());
        auto patrol = Patrol::fromJson(record->body);
        REQUIRE(patrol.ok());
        CHECK(patrol->status == PatrolStatus::Finished);
        CHECK(record->body.value(u"fixCount"_s).toInt() == kKeptFixes);
        CHECK(record->body.value(u"droppedFixCount"_s).toInt() == kDroppedFixes);
        CHECK(patrol->distanceMeters == Approx(day.trackMeters));
        REQUIRE(patrol->problems.size() == 2);
        // The garbage was reported without a position: it is where the track was at the time.
        const geo::TrackFix &atTheTime = track->at(kGarbageFixIndex);
        CHECK(atTheTime.timeMs == kGarbageFoundMs);
        CHECK(patrol->problems[0].foundAtMs == kGarbageFoundMs);
        CHECK(patrol->problems[0].location.lat == atTheTime.lat);
        CHECK(patrol->problems[0].location.lon == atTheTime.lon);
        CHECK(patrol->problems[1].location.lat == kOutfallLat);
        CHECK(patrol->problems[1].location.lon == kOutfallLon);
        CHECK(patrol->problems[1].referredTo == u"天山区生态环境分局"_s);
    }

    SECTION("every evidence file is intact and points back at what it supports")
    {
        ListQuery query;
        query.kind = RecordKind::Evidence;
        query.limit = 100;
        auto page = store.list(query);
        REQUIRE(page.ok());
        for (const auto &row : page->rows) {
            auto evidence = store.record(row.id);
            REQUIRE(evidence.ok());
            const QString sha = evidence->body.value(u"sha256"_s).toString();
            INFO(row.id.toStdString());
            CHECK(store.verifyBlob(sha).ok());
            CHECK_FALSE(evidence->body.value(u"linkedRecordId"_s).toString().isEmpty());
        }

        auto patrol = Patrol::fromJson(store.record(day.patrol)->body);
        REQUIRE(patrol.ok());
        for (const auto &problem : patrol->problems) {
            for (const QString &id : problem.evidenceIds) {
                auto evidence = store.record(id);
                REQUIRE(evidence.ok());
                CHECK(evidence->body.value(u"linkedRecordId"_s).toString() == day.patrol);
                CHECK(evidence->body.value(u"linkedItemId"_s).toString() == problem.id);
            }
        }

        auto inspection = Inspection::fromJson(store.record(day.inspection)->body);
        REQUIRE(inspection.ok());
        CHECK(inspection->status == InspectionStatus::Signed);
        REQUIRE(inspection->signatures.size() == 3);
        for (const auto &signature : inspection->signatures) {
            auto rendering = store.record(signature.renderingEvidenceId);
            REQUIRE(rendering.ok());
            CHECK(rendering->body.value(u"mediaType"_s).toString() == u"image/svg+xml"_s);
        }
        REQUIRE(inspection->checklist.size() == 2);
        CHECK(inspection->checklist[1].evidenceIds.size() == 1);
    }

    SECTION("the outbox holds every change and each file once")
    {
        auto stats = store.outboxStats();
        REQUIRE(stats.ok());
        CHECK(stats->changes > 0);
        CHECK(stats->changeBytes > 0);
        // Five distinct photos (garbage-after is attached three times) and three signatures.
        CHECK(stats->blobs == 8);
        qint64 photoBytes = 0;
        for (const QString &photo : kPhotos)
            photoBytes += readFile(demoAsset(photo)).size();
        CHECK(stats->blobBytes > photoBytes);

        auto pending = store.pendingChanges(1000);
        REQUIRE(pending.ok());
        CHECK(pending->size() == stats->changes);
        const auto tracks = std::count_if(pending->begin(), pending->end(),
                                          [](const auto &e) { return e.op == u"track"_s; });
        CHECK(tracks == 1);
    }

    SECTION("the task was reopened by its failed follow-up; its history is kept")
    {
        auto task = store.record(day.task);
        REQUIRE(task.ok());
        CHECK(task->body.value(u"status"_s).toString() == u"reopened"_s);
        const QJsonArray followUps = task->body.value(u"followUps"_s).toArray();
        REQUIRE(followUps.size() == 1);
        CHECK_FALSE(followUps.at(0).toObject().value(u"passed"_s).toBool(true));
        auto history = store.history(day.task);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 3);
        CHECK(history->at(1).body.value(u"status"_s).toString() == u"closed_out"_s);
    }
}

TEST_CASE("the field day exports to GeoJSON, GPX and CSV that read back", "[cli][export]")
{
    const FieldDay &day = fieldDay();

    SECTION("GeoJSON: every record, the patrol as a line, its problems as points")
    {
        const QByteArray data =
            exportFile(day, {u"--format"_s, u"geojson"_s}, u"field-day.geojson"_s);
        auto features = exporters::parseGeoJson(data);
        INFO((features ? QString() : features.error().message).toStdString());
        REQUIRE(features.ok());
        // 15 records (5 + 10 evidence) and the patrol's 2 problems.
        CHECK(features->size() == 17);

        const auto byId = [&](const QString &id) {
            auto it = std::find_if(features->begin(), features->end(),
                                   [&](const auto &f) { return f.id == id; });
            REQUIRE(it != features->end());
            return *it;
        };
        const exporters::Feature patrol = byId(day.patrol);
        const auto *line = std::get_if<exporters::LineGeometry>(&patrol.geometry);
        REQUIRE(line != nullptr);
        CHECK(line->points.size() == kKeptFixes);
        CHECK(patrol.properties.value(u"kind"_s).toString() == u"patrol"_s);
        CHECK(patrol.properties.value(u"waterBody"_s).toString() == u"乌鲁木齐河"_s);
        CHECK(patrol.properties.value(u"segment"_s).toString() == u"雅山段"_s);
        CHECK_FALSE(patrol.properties.contains(u"problems"_s));

        const exporters::Feature garbage = byId(day.garbageProblem);
        const auto *garbagePoint = std::get_if<exporters::PointGeometry>(&garbage.geometry);
        REQUIRE(garbagePoint != nullptr);
        const geo::TrackFix &atTheTime = line->points.at(kGarbageFixIndex);
        CHECK(garbagePoint->point.lat == Approx(atTheTime.lat).margin(1e-7));
        CHECK(garbagePoint->point.lon == Approx(atTheTime.lon).margin(1e-7));
        CHECK(garbage.properties.value(u"kind"_s).toString() == u"patrol_problem"_s);
        CHECK(garbage.properties.value(u"patrolId"_s).toString() == day.patrol);
        CHECK(garbage.properties.value(u"description"_s).toString() ==
              u"岸边堆放生活垃圾约0.5吨"_s);
        CHECK(garbage.properties.value(u"categoryLabel"_s).toString() == u"岸边垃圾"_s);
        CHECK(garbage.properties.value(u"amountCleared"_s).toDouble() == 0.5);

        const exporters::Feature outfall = byId(day.outfallProblem);
        const auto *outfallPoint = std::get_if<exporters::PointGeometry>(&outfall.geometry);
        REQUIRE(outfallPoint != nullptr);
        CHECK(outfallPoint->point.lat == Approx(kOutfallLat).margin(1e-7));
        CHECK(outfallPoint->point.lon == Approx(kOutfallLon).margin(1e-7));
        CHECK(outfall.properties.value(u"referredTo"_s).toString() == u"天山区生态环境分局"_s);

        const exporters::Feature clue = byId(day.clue);
        const auto *cluePoint = std::get_if<exporters::PointGeometry>(&clue.geometry);
        REQUIRE(cluePoint != nullptr);
        CHECK(clue.properties.value(u"status"_s).toString() == u"closed_out"_s);
    }

    SECTION("GPX: the patrol's track and its problems as waypoints")
    {
        const QByteArray data = exportFile(day, {u"--format"_s, u"gpx"_s}, u"patrols.gpx"_s);
        auto gpx = exporters::parseGpx(data);
        INFO((gpx ? QString() : gpx.error().message).toStdString());
        REQUIRE(gpx.ok());
        REQUIRE(gpx->tracks.size() == 1);
        CHECK(gpx->tracks[0].name.startsWith(u"乌鲁木齐河 雅山段"_s));
        REQUIRE(gpx->tracks[0].segments.size() == 1);
        const auto &points = gpx->tracks[0].segments[0];
        REQUIRE(points.size() == kKeptFixes);
        CHECK(points.first().timeMs == kLogStartMs);
        REQUIRE(gpx->waypoints.size() == 2);
        CHECK(gpx->waypoints[0].name == u"岸边垃圾"_s);
        CHECK(gpx->waypoints[0].timeMs == kGarbageFoundMs);
        CHECK(points.at(kGarbageFixIndex).timeMs == kGarbageFoundMs);
        CHECK(gpx->waypoints[0].position.lat == Approx(points.at(kGarbageFixIndex).lat));
        CHECK(gpx->waypoints[0].position.lon == Approx(points.at(kGarbageFixIndex).lon));
        CHECK(gpx->waypoints[1].name == u"排污口"_s);
        CHECK(gpx->waypoints[1].description == u"新发现未标识排污口，有异味"_s);
    }

    SECTION("CSV: BOM, CRLF, one row per record, Chinese intact")
    {
        const QByteArray patrols =
            exportFile(day, {u"--format"_s, u"csv"_s, u"--kind"_s, u"patrol"_s}, u"patrols.csv"_s);
        CHECK(patrols.startsWith("\xEF\xBB\xBF"));
        CHECK(patrols.endsWith("\r\n"));
        const CsvTable patrolTable = readCsv(patrols);
        CHECK(patrolTable.header ==
              kCommonCsvHeader +
                  QStringList{u"河湖 water body"_s, u"河段 segment"_s, u"河长 chief"_s,
                              u"层级 level"_s, u"开始 start"_s, u"结束 end"_s,
                              u"里程(km) distance"_s, u"时长(min) duration"_s, u"问题数 problems"_s,
                              u"四乱 four disorders"_s, u"立查立清 cleared on spot"_s,
                              u"有效 valid"_s, u"未达标原因 shortfalls"_s});
        REQUIRE(patrolTable.rows.size() == 1);
        const auto &patrol = patrolTable.rows[0];
        CHECK(patrol.value(u"编号 id"_s) == day.patrol);
        CHECK(patrol.value(u"状态 status"_s) == u"finished"_s);
        CHECK(patrol.value(u"河湖 water body"_s) == u"乌鲁木齐河"_s);
        CHECK(patrol.value(u"河长 chief"_s) == u"阿依古丽·买买提"_s);
        CHECK(patrol.value(u"开始 start"_s) == u"2026-11-23 10:00:00"_s);
        CHECK(patrol.value(u"结束 end"_s) == u"2026-11-23 10:44:59"_s);
        CHECK(patrol.value(u"里程(km) distance"_s) ==
              QString::number(day.trackMeters / 1000.0, 'f', 2));
        CHECK(patrol.value(u"问题数 problems"_s) == u"2"_s);
        CHECK(patrol.value(u"立查立清 cleared on spot"_s) == u"1"_s);
        CHECK(patrol.value(u"有效 valid"_s) == u"是"_s);
        CHECK(patrol.value(u"记录人 author"_s) == u"阿依古丽·买买提"_s);

        const CsvTable inspections = readCsv(exportFile(
            day, {u"--format"_s, u"csv"_s, u"--kind"_s, u"inspection"_s}, u"inspections.csv"_s));
        REQUIRE(inspections.rows.size() == 1);
        const auto &inspection = inspections.rows[0];
        CHECK(inspection.value(u"统一社会信用代码 USCC"_s) == scannedCode());
        CHECK(inspection.value(u"企业名称 enterprise"_s) == u"乌鲁木齐示范建材有限公司"_s);
        CHECK(inspection.value(u"状态 status"_s) == u"signed"_s);
        CHECK(inspection.value(u"执法人员 inspectors"_s) ==
              u"李明 (65010020260017), 热合曼·吐尔逊 (65010020260023)"_s);
        CHECK(inspection.value(u"发现问题项 problems"_s) == u"1"_s);
        CHECK(inspection.value(u"检查结论 findings"_s) == u"发现一项问题，已责令整改"_s);

        const CsvTable clues = readCsv(exportFile(
            day, {u"--format"_s, u"csv"_s, u"--kind"_s, u"greenshield_clue"_s}, u"clues.csv"_s));
        REQUIRE(clues.rows.size() == 1);
        const auto &clue = clues.rows[0];
        CHECK(clue.value(u"保护区 protected area"_s) == u"博斯腾湖湿地示范保护区（合成数据）"_s);
        CHECK(clue.value(u"功能区 zone"_s) == expectedZone(kVerifiedLat, kVerifiedLon));
        CHECK(clue.value(u"销号 close-out"_s) == u"closed_out"_s);
        CHECK(clue.value(u"整改措施 measures"_s) == u"拆除看护房并恢复植被"_s);

        // A CSV file holds one kind: without --kind it is a usage error, and nothing is written.
        const CliRun noKind = day.cli.run(
            {u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, day.dir.filePath(u"all.csv"_s)});
        CHECK(noKind.exitCode == 2);
        CHECK(noKind.err.contains(u"--kind"_s));
        CHECK_FALSE(QFile::exists(day.dir.filePath(u"all.csv"_s)));
    }
}
