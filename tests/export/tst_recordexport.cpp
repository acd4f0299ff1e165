#include <catch2/catch.hpp>

#include "catchqt.h"
#include "domain/ids.h"
#include "export/recordexport.h"
#include "samples.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::exporters;

namespace {

constexpr qint64 kStart = samples::kNov23_2026_10am_Beijing;
constexpr qint64 kMinute = 60'000;

Record record(RecordKind kind, const QJsonObject &body, int revision = 1)
{
    Record r;
    r.meta.id = newUuidV7();
    r.meta.kind = kind;
    r.meta.revision = revision;
    r.meta.author = u"阿依古丽·买买提"_s;
    r.body = body;
    return r;
}

PatrolProblem outfallProblem(qint64 foundAtMs)
{
    PatrolProblem problem;
    problem.id = newUuidV7();
    problem.category = ProblemCategory::SewageOutfall;
    problem.description = u"新发现未标识排污口，有异味"_s;
    problem.location = Position{43.8271, 87.5965, 812.0, 4.0};
    problem.foundAtMs = foundAtMs;
    problem.handling = ProblemHandling::Referred;
    problem.referredTo = u"天山区生态环境分局"_s;
    return problem;
}

// A finished 45-minute patrol with two problems, and its track.
struct PatrolSample
{
    Patrol patrol = samples::patrol(kStart);
    QList<geo::TrackFix> track = samples::walk(kStart, 50);

    PatrolSample()
    {
        patrol.problems = {samples::garbageProblem(kStart + 12 * kMinute),
                           outfallProblem(kStart + 31 * kMinute)};
        patrol.status = PatrolStatus::Finished;
        patrol.endMs = kStart + 45 * kMinute;
        patrol.distanceMeters = 3260;
        patrol.movingSeconds = 44 * 60;
        patrol.fixCount = int(track.size());
    }

    [[nodiscard]] ExportRecord exportRecord() const
    {
        return {record(RecordKind::Patrol, patrol.toJson(), 4), track};
    }
};

ExportRecord plain(RecordKind kind, const QJsonObject &body)
{
    return {record(kind, body), {}};
}

QList<QStringList> parsedCsv(const QByteArray &data)
{
    auto rows = parseCsv(data);
    INFO((rows ? QString() : rows.error().message).toStdString());
    REQUIRE(rows.ok());
    return *rows;
}

// The cell under `column` in data row `row` (0 = first row after the header).
QString cell(const QList<QStringList> &rows, qsizetype row, const QString &column)
{
    REQUIRE(rows.size() > row + 1);
    const qsizetype index = rows.first().indexOf(column);
    INFO(column.toStdString());
    REQUIRE(index >= 0);
    REQUIRE(rows.at(row + 1).size() == rows.first().size());
    return rows.at(row + 1).at(index);
}

const QStringList kCommonHeader{
    u"编号 id"_s,           u"状态 status"_s,       u"日期 date"_s,         u"名称 title"_s,
    u"行政区划 division"_s, u"纬度 lat (WGS-84)"_s, u"经度 lon (WGS-84)"_s, u"纬度 lat (GCJ-02)"_s,
    u"经度 lon (GCJ-02)"_s, u"记录人 author"_s,     u"版本 revision"_s};

} // namespace

TEST_CASE("recordFeatures: a patrol is its track plus one point per problem", "[recordexport]")
{
    const PatrolSample sample;
    const ExportRecord patrol = sample.exportRecord();
    const QList<Feature> features = recordFeatures({patrol});
    REQUIRE(features.size() == 3);

    const Feature &line = features[0];
    CHECK(line.id == patrol.record.meta.id);
    const auto *track = std::get_if<LineGeometry>(&line.geometry);
    REQUIRE(track != nullptr);
    CHECK(track->points == sample.track);

    SECTION("the record's properties: envelope, index fields and body, without the problems")
    {
        const QJsonObject &p = line.properties;
        CHECK(p.value(u"id"_s).toString() == patrol.record.meta.id);
        CHECK(p.value(u"kind"_s).toString() == u"patrol"_s);
        CHECK(p.value(u"revision"_s).toInt() == 4);
        CHECK(p.value(u"author"_s).toString() == u"阿依古丽·买买提"_s);
        CHECK(p.value(u"status"_s).toString() == u"finished"_s);
        CHECK(p.value(u"title"_s).toString() == u"乌鲁木齐河 · 雅山段"_s);
        CHECK(p.value(u"waterBody"_s).toString() == u"乌鲁木齐河"_s);
        CHECK(p.value(u"serial"_s).toString() == u"XH-650102-20261123-001"_s);
        CHECK(p.value(u"distanceMeters"_s).toDouble() == 3260);
        CHECK_FALSE(p.contains(u"problems"_s));
    }

    SECTION("problems are Point features of their own, linked to the patrol")
    {
        const PatrolProblem &garbage = sample.patrol.problems[0];
        const Feature &g = features[1];
        CHECK(g.id == garbage.id);
        const auto *point = std::get_if<PointGeometry>(&g.geometry);
        REQUIRE(point != nullptr);
        CHECK(point->point.lat == garbage.location.lat);
        CHECK(point->point.lon == garbage.location.lon);
        CHECK_FALSE(point->altitude.has_value());
        CHECK(g.properties.value(u"kind"_s).toString() == u"patrol_problem"_s);
        CHECK(g.properties.value(u"patrolId"_s).toString() == patrol.record.meta.id);
        CHECK(g.properties.value(u"category"_s).toString() == u"bank_garbage"_s);
        CHECK(g.properties.value(u"categoryLabel"_s).toString() == u"岸边垃圾"_s);
        CHECK_FALSE(g.properties.value(u"fourDisorders"_s).toBool(true));
        CHECK(g.properties.value(u"handling"_s).toString() == u"cleared_on_spot"_s);
        CHECK(g.properties.value(u"amountCleared"_s).toDouble() == 0.5);
        CHECK(g.properties.value(u"amountUnit"_s).toString() == u"t"_s);
        // Office maps read Beijing time, whatever zone the exporting machine is in.
        CHECK(g.properties.value(u"foundAt"_s).toString() == u"2026-11-23 10:12:00"_s);
        CHECK_FALSE(g.properties.contains(u"referredTo"_s));

        const Feature &o = features[2];
        const auto *outfall = std::get_if<PointGeometry>(&o.geometry);
        REQUIRE(outfall != nullptr);
        CHECK(outfall->altitude == 812.0);
        CHECK(o.properties.value(u"categoryLabel"_s).toString() == u"排污口"_s);
        CHECK(o.properties.value(u"handling"_s).toString() == u"referred"_s);
        CHECK(o.properties.value(u"referredTo"_s).toString() == u"天山区生态环境分局"_s);
        CHECK(o.properties.value(u"foundAt"_s).toString() == u"2026-11-23 10:31:00"_s);
        CHECK_FALSE(o.properties.contains(u"amountCleared"_s));
    }

    SECTION("the four disorders (四乱) are flagged")
    {
        Patrol dumping = sample.patrol;
        dumping.problems = {samples::garbageProblem(kStart)};
        dumping.problems[0].category = ProblemCategory::IllegalDumping;
        const QList<Feature> f =
            recordFeatures({{record(RecordKind::Patrol, dumping.toJson()), {}}});
        REQUIRE(f.size() == 2);
        CHECK(f[1].properties.value(u"fourDisorders"_s).toBool());
        CHECK(f[1].properties.value(u"categoryLabel"_s).toString() == u"乱堆"_s);
    }

    SECTION("a patrol before its first fix has a null geometry; its problems are still points")
    {
        ExportRecord started = patrol;
        started.track.clear();
        const QList<Feature> f = recordFeatures({started});
        REQUIRE(f.size() == 3);
        CHECK(std::holds_alternative<std::monostate>(f[0].geometry));
        CHECK(std::holds_alternative<PointGeometry>(f[1].geometry));
    }

    SECTION("the GeoJSON written from it reads back")
    {
        auto parsed = parseGeoJson(toGeoJson(features));
        INFO((parsed ? QString() : parsed.error().message).toStdString());
        REQUIRE(parsed.ok());
        REQUIRE(parsed->size() == 3);
        const auto *readTrack = std::get_if<LineGeometry>(&parsed->at(0).geometry);
        REQUIRE(readTrack != nullptr);
        CHECK(readTrack->points.size() == sample.track.size());
        CHECK(parsed->at(1).properties.value(u"description"_s).toString() ==
              u"岸边堆放生活垃圾约0.5吨"_s);
    }
}

TEST_CASE("recordFeatures: other kinds are placed where they happened", "[recordexport]")
{
    const Inspection inspection = samples::inspection(kStart);
    GreenShieldClue clue = samples::clue();
    GreenShieldClue outlined = samples::clue();
    outlined.outline = geo::Polygon{
        {{41.949, 86.799}, {41.949, 86.801}, {41.951, 86.801}, {41.951, 86.799}, {41.949, 86.799}},
        {}};
    RectificationTask task = samples::task(u"阿依古丽·买买提"_s);
    const ComplaintCase complaint = samples::complaint(kStart);

    const QList<ExportRecord> records{
        plain(RecordKind::Inspection, inspection.toJson()),
        plain(RecordKind::GreenShieldClue, clue.toJson()),
        plain(RecordKind::GreenShieldClue, outlined.toJson()),
        plain(RecordKind::RectificationTask, task.toJson()),
        plain(RecordKind::ComplaintCase, complaint.toJson()),
    };
    const QList<Feature> features = recordFeatures(records);
    REQUIRE(features.size() == records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        CHECK(features[i].id == records[i].record.meta.id); // in the order given

    const auto *inspected = std::get_if<PointGeometry>(&features[0].geometry);
    REQUIRE(inspected != nullptr);
    CHECK(inspected->point.lat == 43.9613);
    CHECK(inspected->point.lon == 87.6450);
    CHECK(features[0].properties.value(u"kind"_s).toString() == u"inspection"_s);
    CHECK(features[0].properties.value(u"title"_s).toString() == u"乌鲁木齐某建材有限公司"_s);
    CHECK(features[0].properties.value(u"status"_s).toString() == u"draft"_s);

    const auto *cluePoint = std::get_if<PointGeometry>(&features[1].geometry);
    REQUIRE(cluePoint != nullptr);
    CHECK(cluePoint->point.lat == 41.95);
    CHECK(features[1].properties.value(u"status"_s).toString() == u"open"_s);

    // A clue with a remote-sensing outline is that polygon; the outline is not repeated in the
    // properties.
    const auto *patch = std::get_if<geo::Polygon>(&features[2].geometry);
    REQUIRE(patch != nullptr);
    CHECK(patch->outer == outlined.outline->outer);
    CHECK_FALSE(features[2].properties.contains(u"outline"_s));
    CHECK(features[2].properties.value(u"clueCode"_s).toString() == u"202302-65-N1-007-MD-0018"_s);

    // A task without a position has a null geometry (it is still listed).
    CHECK(std::holds_alternative<std::monostate>(features[3].geometry));
    CHECK(features[3].properties.value(u"assignee"_s).toString() == u"阿依古丽·买买提"_s);
    CHECK(std::holds_alternative<std::monostate>(features[4].geometry));
    CHECK(features[4].properties.value(u"content"_s).toString() == u"夜间有刺鼻气味"_s);

    SECTION("a verified clue is placed where it was verified")
    {
        clue.verification.outcome = VerificationOutcome::Confirmed;
        clue.verification.position = Position{41.9452, 86.7903, std::nullopt, 6.0};
        const QList<Feature> f =
            recordFeatures({plain(RecordKind::GreenShieldClue, clue.toJson())});
        const auto *verified = std::get_if<PointGeometry>(&f[0].geometry);
        REQUIRE(verified != nullptr);
        CHECK(verified->point.lat == 41.9452);
        CHECK(verified->point.lon == 86.7903);
    }
    SECTION("a task with a position is a point")
    {
        task.location = Position{41.95, 86.80, std::nullopt, std::nullopt};
        const QList<Feature> f =
            recordFeatures({plain(RecordKind::RectificationTask, task.toJson())});
        CHECK(std::holds_alternative<PointGeometry>(f[0].geometry));
    }
}

// RFC 7946 3.1.4: a LineString has two or more positions, so a one-fix track is a Point.
TEST_CASE("recordFeatures: a patrol with a single fix is valid GeoJSON", "[recordexport]")
{
    const PatrolSample sample;
    ExportRecord patrol = sample.exportRecord();
    patrol.track = samples::walk(kStart, 1);
    const QList<Feature> features = recordFeatures({patrol});
    REQUIRE(features.size() == 3);
    CHECK(std::holds_alternative<PointGeometry>(features[0].geometry));
    CHECK(parseGeoJson(toGeoJson(features)).ok());
}

TEST_CASE("patrolsToGpx: each patrol is a track, each problem a waypoint", "[recordexport]")
{
    const PatrolSample first;
    PatrolSample second;
    second.patrol.segment = u"燕儿窝段"_s;
    second.patrol.chiefName = u"马晓燕"_s;
    second.patrol.chiefLevel = ChiefLevel::Township;
    second.patrol.startMs = kStart + 180 * kMinute;
    second.patrol.problems = {samples::garbageProblem(kStart + 190 * kMinute)};
    second.track = samples::walk(second.patrol.startMs, 20);
    const ExportRecord a = first.exportRecord();
    const ExportRecord b = second.exportRecord();

    const GpxDocument gpx =
        patrolsToGpx({a, plain(RecordKind::Inspection, samples::inspection(kStart).toJson()), b});
    REQUIRE(gpx.tracks.size() == 2); // other kinds are left out
    CHECK(gpx.tracks[0].name == u"乌鲁木齐河 雅山段 2026-11-23 10:00:00"_s);
    CHECK(gpx.tracks[0].description == u"阿依古丽·买买提 (village) · "_s + a.record.meta.id);
    REQUIRE(gpx.tracks[0].segments.size() == 1);
    CHECK(gpx.tracks[0].segments[0] == first.track);
    CHECK(gpx.tracks[1].name == u"乌鲁木齐河 燕儿窝段 2026-11-23 13:00:00"_s);
    CHECK(gpx.tracks[1].description == u"马晓燕 (township) · "_s + b.record.meta.id);
    CHECK(gpx.tracks[1].segments[0].size() == 20);

    REQUIRE(gpx.waypoints.size() == 3);
    const GpxWaypoint &garbage = gpx.waypoints[0];
    CHECK(garbage.name == u"岸边垃圾"_s);
    CHECK(garbage.description == u"岸边堆放生活垃圾约0.5吨"_s);
    CHECK(garbage.timeMs == kStart + 12 * kMinute);
    CHECK(garbage.position.lat == first.patrol.problems[0].location.lat);
    CHECK(garbage.position.lon == first.patrol.problems[0].location.lon);
    CHECK(gpx.waypoints[1].name == u"排污口"_s);
    CHECK(gpx.waypoints[2].timeMs == kStart + 190 * kMinute);

    SECTION("a patrol without fixes is a track without segments")
    {
        ExportRecord started = a;
        started.track.clear();
        const GpxDocument empty = patrolsToGpx({started});
        REQUIRE(empty.tracks.size() == 1);
        CHECK(empty.tracks[0].segments.isEmpty());
        CHECK(empty.waypoints.size() == 2);
    }
    SECTION("the GPX written from it reads back")
    {
        auto parsed = parseGpx(toGpx(gpx));
        INFO((parsed ? QString() : parsed.error().message).toStdString());
        REQUIRE(parsed.ok());
        REQUIRE(parsed->tracks.size() == 2);
        CHECK(parsed->tracks[0].name == gpx.tracks[0].name);
        CHECK(parsed->tracks[0].segments[0].size() == first.track.size());
        REQUIRE(parsed->waypoints.size() == 3);
        CHECK(parsed->waypoints[1].description == u"新发现未标识排污口，有异味"_s);
    }
}

TEST_CASE("recordsToCsv: patrols, with validity against the local rules", "[recordexport]")
{
    const PatrolSample sample;
    const ExportRecord patrol = sample.exportRecord();
    const QList<ExportRecord> records{
        patrol, plain(RecordKind::Inspection, samples::inspection(kStart).toJson())};

    const QByteArray data = recordsToCsv(RecordKind::Patrol, records);
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    CHECK(data.endsWith("\r\n"));
    const QList<QStringList> rows = parsedCsv(data);
    REQUIRE(rows.size() == 2); // the inspection is not a patrol
    CHECK(rows[0] == kCommonHeader + QStringList{u"河湖 water body"_s, u"河段 segment"_s,
                                                 u"河长 chief"_s, u"层级 level"_s, u"开始 start"_s,
                                                 u"结束 end"_s, u"里程(km) distance"_s,
                                                 u"时长(min) duration"_s, u"问题数 problems"_s,
                                                 u"四乱 four disorders"_s,
                                                 u"立查立清 cleared on spot"_s, u"有效 valid"_s,
                                                 u"未达标原因 shortfalls"_s});
    CHECK(cell(rows, 0, u"编号 id"_s) == patrol.record.meta.id);
    CHECK(cell(rows, 0, u"状态 status"_s) == u"finished"_s);
    CHECK(cell(rows, 0, u"日期 date"_s) == u"2026-11-23 10:00:00"_s);
    CHECK(cell(rows, 0, u"名称 title"_s) == u"乌鲁木齐河 · 雅山段"_s);
    CHECK(cell(rows, 0, u"行政区划 division"_s) == u"650102"_s);
    CHECK(cell(rows, 0, u"记录人 author"_s) == u"阿依古丽·买买提"_s);
    CHECK(cell(rows, 0, u"版本 revision"_s) == u"4"_s);
    CHECK(cell(rows, 0, u"河长 chief"_s) == u"阿依古丽·买买提"_s);
    CHECK(cell(rows, 0, u"层级 level"_s) == u"village"_s);
    CHECK(cell(rows, 0, u"结束 end"_s) == u"2026-11-23 10:45:00"_s);
    CHECK(cell(rows, 0, u"里程(km) distance"_s) == u"3.26"_s);
    CHECK(cell(rows, 0, u"时长(min) duration"_s) == u"45"_s);
    CHECK(cell(rows, 0, u"问题数 problems"_s) == u"2"_s);
    CHECK(cell(rows, 0, u"四乱 four disorders"_s) == u"0"_s);
    CHECK(cell(rows, 0, u"立查立清 cleared on spot"_s) == u"1"_s);
    CHECK(cell(rows, 0, u"有效 valid"_s) == u"是"_s);
    CHECK(cell(rows, 0, u"未达标原因 shortfalls"_s).isEmpty());

    SECTION("stricter local rules make the same patrol fall short, with the reasons")
    {
        PatrolRules strict;
        strict.minMinutes = 60;
        strict.minKmTownshipVillage = 5;
        const QList<QStringList> strictRows =
            parsedCsv(recordsToCsv(RecordKind::Patrol, records, strict));
        CHECK(cell(strictRows, 0, u"有效 valid"_s) == u"否"_s);
        const QString shortfalls = cell(strictRows, 0, u"未达标原因 shortfalls"_s);
        CHECK(shortfalls.contains(u"60 min"_s));
        CHECK(shortfalls.contains(u"5 km"_s));
        CHECK(shortfalls.contains(u"; "_s));
    }
    SECTION("a patrol still under way has no end and no duration")
    {
        Patrol open = sample.patrol;
        open.status = PatrolStatus::InProgress;
        open.endMs.reset();
        open.movingSeconds = 0;
        const QList<QStringList> openRows =
            parsedCsv(recordsToCsv(RecordKind::Patrol, {plain(RecordKind::Patrol, open.toJson())}));
        CHECK(cell(openRows, 0, u"结束 end"_s).isEmpty());
        CHECK(cell(openRows, 0, u"时长(min) duration"_s) == u"0"_s);
        CHECK(cell(openRows, 0, u"有效 valid"_s) == u"否"_s);
    }
    SECTION("text that a spreadsheet would run as a formula is neutralised")
    {
        Patrol hostile = sample.patrol;
        hostile.waterBody = u"=HYPERLINK(\"http://x.example\",\"点击\")"_s;
        const QList<QStringList> hostileRows = parsedCsv(
            recordsToCsv(RecordKind::Patrol, {plain(RecordKind::Patrol, hostile.toJson())}));
        CHECK(cell(hostileRows, 0, u"河湖 water body"_s) == u"'"_s + hostile.waterBody);
    }
    SECTION("no records: the header alone")
    {
        const QList<QStringList> empty = parsedCsv(recordsToCsv(RecordKind::Patrol, {}));
        REQUIRE(empty.size() == 1);
        CHECK(empty[0].size() == kCommonHeader.size() + 13);
    }
}

TEST_CASE("recordsToCsv: inspections, clues and the other kinds", "[recordexport]")
{
    SECTION("inspections: the enterprise, the inspectors and the problems found")
    {
        Inspection inspection = samples::inspection(kStart);
        ChecklistItem problem;
        problem.item = u"固体废物贮存场所"_s;
        problem.result = CheckResult::ProblemFound;
        problem.problem = u"危废贮存间未张贴标识"_s;
        inspection.checklist << problem;
        inspection.findings = u"发现一项问题，已责令整改"_s;
        inspection.endMs = kStart + 70 * kMinute;
        const ExportRecord exported = plain(RecordKind::Inspection, inspection.toJson());

        const QList<QStringList> rows = parsedCsv(recordsToCsv(RecordKind::Inspection, {exported}));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0] ==
              kCommonHeader + QStringList{u"统一社会信用代码 USCC"_s, u"企业名称 enterprise"_s,
                                          u"检查来源 source"_s, u"来源编号 source ref"_s,
                                          u"执法人员 inspectors"_s, u"开始 start"_s, u"结束 end"_s,
                                          u"发现问题项 problems"_s, u"检查结论 findings"_s});
        CHECK(cell(rows, 0, u"统一社会信用代码 USCC"_s) == u"91620105MA73NBBLXE"_s);
        CHECK(cell(rows, 0, u"企业名称 enterprise"_s) == u"乌鲁木齐某建材有限公司"_s);
        CHECK(cell(rows, 0, u"检查来源 source"_s) == u"random_draw"_s);
        CHECK(cell(rows, 0, u"来源编号 source ref"_s) == u"DRAW-2026Q4-650100"_s);
        CHECK(cell(rows, 0, u"执法人员 inspectors"_s) ==
              u"李明 (65010020260017), 热合曼·吐尔逊 (65010020260023)"_s);
        CHECK(cell(rows, 0, u"开始 start"_s) == u"2026-11-23 10:00:00"_s);
        CHECK(cell(rows, 0, u"结束 end"_s) == u"2026-11-23 11:10:00"_s);
        CHECK(cell(rows, 0, u"发现问题项 problems"_s) == u"1"_s);
        CHECK(cell(rows, 0, u"检查结论 findings"_s) == u"发现一项问题，已责令整改"_s);

        // Positions in WGS-84 with 7 decimals, and shifted to GCJ-02 for Chinese web maps (a few
        // hundred metres in Urumqi).
        CHECK(cell(rows, 0, u"纬度 lat (WGS-84)"_s) == u"43.9613000"_s);
        CHECK(cell(rows, 0, u"经度 lon (WGS-84)"_s) == u"87.6450000"_s);
        const double gcjLat = cell(rows, 0, u"纬度 lat (GCJ-02)"_s).toDouble();
        const double gcjLon = cell(rows, 0, u"经度 lon (GCJ-02)"_s).toDouble();
        CHECK(std::abs(gcjLat - 43.9613) > 1e-4);
        CHECK(std::abs(gcjLat - 43.9613) < 1e-2);
        CHECK(std::abs(gcjLon - 87.6450) > 1e-4);
        CHECK(std::abs(gcjLon - 87.6450) < 1e-2);
    }
    SECTION("Green Shield clues: zone, outcome and close-out")
    {
        GreenShieldClue clue = samples::clue();
        clue.verification.outcome = VerificationOutcome::Confirmed;
        clue.verification.functionalZone = FunctionalZone::Buffer;
        clue.verification.facilityName = u"养殖看护房"_s;
        clue.verification.verifiedAtMs = kStart + 24 * 60 * kMinute;
        clue.rectification.measures = u"拆除看护房并恢复植被"_s;
        clue.rectification.deadline = u"2026-12-31"_s;
        clue.rectification.state = CloseOutState::Rectifying;

        const QList<QStringList> rows = parsedCsv(
            recordsToCsv(RecordKind::GreenShieldClue,
                         {plain(RecordKind::GreenShieldClue, clue.toJson()),
                          plain(RecordKind::ComplaintCase, samples::complaint(kStart).toJson())}));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].mid(kCommonHeader.size()) ==
              QStringList{u"问题编号 clue code"_s, u"保护区 protected area"_s, u"功能区 zone"_s,
                          u"疑似类型 suspected type"_s, u"核查结果 outcome"_s,
                          u"设施名称 facility"_s, u"整改措施 measures"_s, u"整改时限 deadline"_s,
                          u"销号 close-out"_s});
        CHECK(cell(rows, 0, u"名称 title"_s) ==
              u"202302-65-N1-007-MD-0018 · 博斯腾湖示范保护区（合成数据）"_s);
        CHECK(cell(rows, 0, u"日期 date"_s) == u"2026-11-24 10:00:00"_s);
        CHECK(cell(rows, 0, u"行政区划 division"_s) == u"652827"_s);
        CHECK(cell(rows, 0, u"功能区 zone"_s) == u"buffer"_s);
        CHECK(cell(rows, 0, u"疑似类型 suspected type"_s) == u"artificial_facility"_s);
        CHECK(cell(rows, 0, u"核查结果 outcome"_s) == u"confirmed"_s);
        CHECK(cell(rows, 0, u"设施名称 facility"_s) == u"养殖看护房"_s);
        CHECK(cell(rows, 0, u"整改时限 deadline"_s) == u"2026-12-31"_s);
        CHECK(cell(rows, 0, u"销号 close-out"_s) == u"rectifying"_s);
        CHECK(cell(rows, 0, u"状态 status"_s) == u"rectifying"_s);
    }
    SECTION("tasks and complaints: the common columns and their own")
    {
        const ComplaintCase complaint = samples::complaint(kStart - 30 * kMinute);
        const QList<QStringList> rows = parsedCsv(recordsToCsv(
            RecordKind::ComplaintCase, {plain(RecordKind::ComplaintCase, complaint.toJson())}));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].mid(0, kCommonHeader.size()) == kCommonHeader);
        CHECK(cell(rows, 0, u"案件编号 case number"_s) == u"12369-2026-11-0087"_s);
        CHECK(cell(rows, 0, u"来源 channel"_s) == u"hotline_12369"_s);
        CHECK(cell(rows, 0, u"反映内容 content"_s) == u"夜间有刺鼻气味"_s);
        CHECK(cell(rows, 0, u"名称 title"_s) == u"12369-2026-11-0087"_s);
        CHECK(cell(rows, 0, u"状态 status"_s) == u"received"_s);
        CHECK(cell(rows, 0, u"日期 date"_s) == u"2026-11-23 09:30:00"_s);
        CHECK(cell(rows, 0, u"纬度 lat (WGS-84)"_s).isEmpty());
        CHECK(cell(rows, 0, u"纬度 lat (GCJ-02)"_s).isEmpty());

        const QList<QStringList> tasks = parsedCsv(recordsToCsv(
            RecordKind::RectificationTask,
            {plain(RecordKind::RectificationTask, samples::task(u"阿依古丽·买买提"_s).toJson())}));
        CHECK(cell(tasks, 0, u"名称 title"_s) == u"ZG-2026-0042 · 清理博斯腾湖岸违规建筑"_s);
        CHECK(cell(tasks, 0, u"状态 status"_s) == u"assigned"_s);
        CHECK(cell(tasks, 0, u"整改时限 deadline"_s) == u"2026-12-31"_s);
        CHECK(cell(tasks, 0, u"回头看 follow-ups"_s) == u"0"_s);
    }
    SECTION("a patrol is placed where its track starts, in WGS-84 and GCJ-02")
    {
        const PatrolSample sample;
        const QList<QStringList> rows =
            parsedCsv(recordsToCsv(RecordKind::Patrol, {sample.exportRecord()}));
        REQUIRE(rows.size() == 2);
        const double lat = cell(rows, 0, u"纬度 lat (WGS-84)"_s).toDouble();
        const double gcjLat = cell(rows, 0, u"纬度 lat (GCJ-02)"_s).toDouble();
        CHECK(lat == Approx(sample.track.first().lat).margin(1e-7));
        CHECK(gcjLat != Approx(lat).margin(1e-5)); // Xinjiang is inside China: shifted
    }
}
