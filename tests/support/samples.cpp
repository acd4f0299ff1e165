#include "samples.h"

#include "domain/ids.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::samples {

Patrol patrol(qint64 startMs)
{
    Patrol p;
    p.serial = u"XH-650102-20261123-001"_s;
    p.waterBody = u"乌鲁木齐河"_s;
    p.segment = u"雅山段"_s;
    p.divisionCode = u"650102"_s;
    p.chiefName = u"阿依古丽·买买提"_s;
    p.chiefLevel = ChiefLevel::Village;
    p.startMs = startMs;
    p.status = PatrolStatus::InProgress;
    return p;
}

PatrolProblem garbageProblem(qint64 foundAtMs)
{
    PatrolProblem problem;
    problem.id = newUuidV7();
    problem.category = ProblemCategory::BankGarbage;
    problem.description = u"岸边堆放生活垃圾约0.5吨"_s;
    problem.location = Position{43.8254, 87.6168, std::nullopt, 6.0};
    problem.foundAtMs = foundAtMs;
    problem.handling = ProblemHandling::ClearedOnSpot;
    problem.amountCleared = 0.5;
    problem.amountUnit = u"t"_s;
    return problem;
}

Inspection inspection(qint64 startMs)
{
    Inspection i;
    i.taskName = u"2026年第四季度双随机抽查"_s;
    i.taskNumber = u"SSJ-650100-2026Q4-017"_s;
    i.enterprise.uscc = u"91620105MA73NBBLXE"_s;
    i.enterprise.name = u"乌鲁木齐某建材有限公司"_s;
    i.enterprise.type = u"制造业"_s;
    i.enterprise.legalRepresentative = u"王建国"_s;
    i.enterprise.address = u"乌鲁木齐市米东区化工园区"_s;
    i.source = InspectionSource::RandomDraw;
    i.sourceReference = u"DRAW-2026Q4-650100"_s;
    i.divisionCode = u"650109"_s;
    i.location = Position{43.9613, 87.6450, std::nullopt, 4.0};
    i.inspectors = {{u"李明"_s, u"65010020260017"_s}, {u"热合曼·吐尔逊"_s, u"65010020260023"_s}};
    i.startMs = startMs;
    ChecklistItem item;
    item.item = u"污染防治设施运行情况"_s;
    item.result = CheckResult::NoProblem;
    i.checklist = {item};
    return i;
}

GreenShieldClue clue()
{
    GreenShieldClue c;
    c.clueCode = u"202302-65-N1-007-MD-0018"_s;
    c.countyCode = u"652827"_s;
    c.protectedAreaId = u"XJ-BOSTEN-DEMO"_s;
    c.protectedAreaName = u"博斯腾湖示范保护区（合成数据）"_s;
    c.protectedAreaLevel = u"regional"_s;
    c.location = Position{41.95, 86.80, std::nullopt, std::nullopt};
    c.suspectedType = ActivityType::ArtificialFacility;
    c.suspectedAreaSquareMeters = 1200;
    c.source = ClueSource::RemoteSensing;
    c.description = u"遥感发现疑似新增建筑"_s;
    return c;
}

namespace {
geo::Polygon square(double lat, double lon, double half)
{
    return geo::Polygon{{{lat - half, lon - half},
                         {lat - half, lon + half},
                         {lat + half, lon + half},
                         {lat + half, lon - half},
                         {lat - half, lon - half}},
                        {}};
}
} // namespace

ProtectedArea protectedArea()
{
    ProtectedArea area;
    area.id = u"XJ-BOSTEN-DEMO"_s;
    area.name = u"博斯腾湖示范保护区（合成数据）"_s;
    area.level = u"regional"_s;
    area.zones = {{FunctionalZone::Core, {square(41.95, 86.80, 0.02)}},
                  {FunctionalZone::Buffer, {square(41.95, 86.80, 0.05)}},
                  {FunctionalZone::Experimental, {square(41.95, 86.80, 0.10)}}};
    return area;
}

RectificationTask task(const QString &assignee)
{
    RectificationTask t;
    t.taskNumber = u"ZG-2026-0042"_s;
    t.title = u"清理博斯腾湖岸违规建筑"_s;
    t.divisionCode = u"652827"_s;
    t.responsibleUnit = u"和硕县自然资源局"_s;
    t.assignee = assignee;
    t.measures = u"拆除并恢复植被"_s;
    t.deadline = u"2026-12-31"_s;
    t.status = TaskStatus::Assigned;
    return t;
}

ComplaintCase complaint(qint64 receivedMs)
{
    ComplaintCase c;
    c.caseNumber = u"12369-2026-11-0087"_s;
    c.receivedAtMs = receivedMs;
    c.channel = ComplaintChannel::Hotline12369;
    c.content = u"夜间有刺鼻气味"_s;
    c.address = u"米东区化工园区东侧"_s;
    c.divisionCode = u"650109"_s;
    c.status = ComplaintStatus::Received;
    return c;
}

QList<geo::TrackFix> walk(qint64 startMs, int count)
{
    QList<geo::TrackFix> fixes;
    fixes.reserve(count);
    const double metresPerDegreeLat = 111'132.0;
    for (int i = 0; i < count; ++i) {
        geo::TrackFix fix;
        fix.timeMs = startMs + qint64(i) * 1000;
        // Northward along the river with a gentle meander.
        fix.lat = 43.80 + (1.4 * i) / metresPerDegreeLat;
        fix.lon = 87.60 + 0.0005 * std::sin(i / 300.0);
        fix.altitude = 800.0;
        fix.hAccuracy = 5.0;
        fix.speed = 1.4;
        fixes << fix;
    }
    return fixes;
}

} // namespace fl::samples
