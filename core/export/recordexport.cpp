#include "recordexport.h"

#include "domain/enumnames.h"
#include "domain/evidence.h"
#include "domain/greenshield.h"
#include "domain/inspection.h"
#include "domain/recordrules.h"
#include "domain/rectification.h"
#include "geo/gcj02.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fl::exporters {

namespace {

// Office reports are read in Beijing time, whatever the exporting machine's zone.
QString beijingTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// Chinese names for the office's spreadsheets and map labels.
QString categoryLabel(ProblemCategory category)
{
    switch (category) {
    case ProblemCategory::IllegalOccupation:
        return u"乱占"_s;
    case ProblemCategory::IllegalMining:
        return u"乱采"_s;
    case ProblemCategory::IllegalDumping:
        return u"乱堆"_s;
    case ProblemCategory::IllegalConstruction:
        return u"乱建"_s;
    case ProblemCategory::WaterOdourOrColour:
        return u"水体异味或颜色异常"_s;
    case ProblemCategory::FloatingDebris:
        return u"漂浮物"_s;
    case ProblemCategory::FishFarmingNets:
        return u"网箱养殖"_s;
    case ProblemCategory::SewageOutfall:
        return u"排污口"_s;
    case ProblemCategory::BankGarbage:
        return u"岸边垃圾"_s;
    case ProblemCategory::IllegalFishing:
        return u"非法捕捞"_s;
    case ProblemCategory::DamagedSignBoard:
        return u"公示牌损坏"_s;
    case ProblemCategory::Other:
        return u"其他"_s;
    }
    return {};
}

QJsonObject baseProperties(const Record &record)
{
    QJsonObject properties = record.body;
    const IndexFields index = indexFields(record.meta.kind, record.body);
    properties.insert(u"id"_s, record.meta.id);
    properties.insert(u"kind"_s, recordKindName(record.meta.kind));
    properties.insert(u"revision"_s, record.meta.revision);
    properties.insert(u"author"_s, record.meta.author);
    properties.insert(u"status"_s, index.status);
    properties.insert(u"title"_s, index.title);
    properties.remove(u"outline"_s);  // it is the geometry
    properties.remove(u"problems"_s); // exported as their own features
    return properties;
}

Geometry recordGeometry(const ExportRecord &item)
{
    const Record &record = item.record;
    if (record.meta.kind == RecordKind::Patrol) {
        // RFC 7946: a LineString needs two positions; one fix is a point.
        if (item.track.size() == 1)
            return PointGeometry{item.track.first().position(), item.track.first().altitude};
        return item.track.isEmpty() ? Geometry{} : Geometry{LineGeometry{item.track}};
    }
    if (record.meta.kind == RecordKind::GreenShieldClue) {
        auto clue = GreenShieldClue::fromJson(record.body);
        if (clue && clue->outline)
            return *clue->outline;
    }
    const IndexFields index = indexFields(record.meta.kind, record.body);
    if (index.lat && index.lon)
        return PointGeometry{{*index.lat, *index.lon}, std::nullopt};
    return {};
}

QList<Feature> problemFeatures(const Record &record)
{
    QList<Feature> features;
    auto patrol = Patrol::fromJson(record.body);
    if (!patrol)
        return features;
    for (const auto &problem : patrol->problems) {
        QJsonObject properties{
            {u"kind"_s, u"patrol_problem"_s},
            {u"patrolId"_s, record.meta.id},
            {u"category"_s, enumName(problem.category)},
            {u"categoryLabel"_s, categoryLabel(problem.category)},
            {u"fourDisorders"_s, isFourDisorders(problem.category)},
            {u"description"_s, problem.description},
            {u"handling"_s, enumName(problem.handling)},
            {u"foundAt"_s, beijingTime(problem.foundAtMs)},
            {u"evidenceIds"_s, QJsonArray::fromStringList(problem.evidenceIds)},
        };
        if (problem.amountCleared) {
            properties.insert(u"amountCleared"_s, *problem.amountCleared);
            properties.insert(u"amountUnit"_s, problem.amountUnit);
        }
        if (!problem.referredTo.isEmpty())
            properties.insert(u"referredTo"_s, problem.referredTo);
        features << Feature{problem.id,
                            PointGeometry{problem.location.latLon(), problem.location.altitude},
                            properties};
    }
    return features;
}

QStringList commonHeader()
{
    return {u"编号 id"_s,           u"状态 status"_s,       u"日期 date"_s,
            u"名称 title"_s,        u"行政区划 division"_s, u"纬度 lat (WGS-84)"_s,
            u"经度 lon (WGS-84)"_s, u"纬度 lat (GCJ-02)"_s, u"经度 lon (GCJ-02)"_s,
            u"记录人 author"_s,     u"版本 revision"_s};
}

QStringList commonCells(const ExportRecord &item)
{
    const Record &record = item.record;
    IndexFields index = indexFields(record.meta.kind, record.body);
    if (!index.lat && !item.track.isEmpty()) { // a patrol is placed where its track starts
        index.lat = item.track.first().lat;
        index.lon = item.track.first().lon;
    }
    QStringList cells{record.meta.id, index.status, beijingTime(index.dateMs), index.title,
                      index.divisionCode};
    if (index.lat && index.lon) {
        const geo::LatLon gcj = geo::wgs84ToGcj02({*index.lat, *index.lon});
        cells << QString::number(*index.lat, 'f', 7) << QString::number(*index.lon, 'f', 7)
              << QString::number(gcj.lat, 'f', 7) << QString::number(gcj.lon, 'f', 7);
    } else {
        cells << QString() << QString() << QString() << QString();
    }
    cells << record.meta.author << QString::number(record.meta.revision);
    return cells;
}

QStringList patrolHeader()
{
    return {u"河湖 water body"_s,
            u"河段 segment"_s,
            u"河长 chief"_s,
            u"层级 level"_s,
            u"开始 start"_s,
            u"结束 end"_s,
            u"里程(km) distance"_s,
            u"时长(min) duration"_s,
            u"问题数 problems"_s,
            u"四乱 four disorders"_s,
            u"立查立清 cleared on spot"_s,
            u"有效 valid"_s,
            u"未达标原因 shortfalls"_s};
}

QStringList patrolCells(const Record &record, const PatrolRules &rules)
{
    auto patrol = Patrol::fromJson(record.body);
    if (!patrol)
        return {};
    int fourDisorders = 0;
    int cleared = 0;
    for (const auto &problem : patrol->problems) {
        fourDisorders += isFourDisorders(problem.category) ? 1 : 0;
        cleared += problem.handling == ProblemHandling::ClearedOnSpot ? 1 : 0;
    }
    const PatrolAssessment assessment = assessPatrol(*patrol, rules);
    const qint64 durationMs = patrol->endMs ? *patrol->endMs - patrol->startMs : 0;
    return {patrol->waterBody,
            patrol->segment,
            patrol->chiefName,
            enumName(patrol->chiefLevel),
            beijingTime(patrol->startMs),
            patrol->endMs ? beijingTime(*patrol->endMs) : QString(),
            QString::number(patrol->distanceMeters / 1000.0, 'f', 2),
            QString::number(durationMs / 60'000),
            QString::number(patrol->problems.size()),
            QString::number(fourDisorders),
            QString::number(cleared),
            assessment.valid ? u"是"_s : u"否"_s,
            assessment.shortfalls.join(u"; "_s)};
}

QStringList inspectionHeader()
{
    return {u"统一社会信用代码 USCC"_s,
            u"企业名称 enterprise"_s,
            u"检查来源 source"_s,
            u"来源编号 source ref"_s,
            u"执法人员 inspectors"_s,
            u"开始 start"_s,
            u"结束 end"_s,
            u"发现问题项 problems"_s,
            u"检查结论 findings"_s};
}

QStringList inspectionCells(const Record &record)
{
    auto inspection = Inspection::fromJson(record.body);
    if (!inspection)
        return {};
    QStringList inspectors;
    for (const auto &inspector : inspection->inspectors)
        inspectors << inspector.name + u" ("_s + inspector.certificateNumber + u')';
    int problems = 0;
    for (const auto &item : inspection->checklist)
        problems += item.result == CheckResult::ProblemFound ? 1 : 0;
    return {inspection->enterprise.uscc,
            inspection->enterprise.name,
            enumName(inspection->source),
            inspection->sourceReference,
            inspectors.join(u", "_s),
            beijingTime(inspection->startMs),
            inspection->endMs ? beijingTime(*inspection->endMs) : QString(),
            QString::number(problems),
            inspection->findings};
}

QStringList clueHeader()
{
    return {u"问题编号 clue code"_s,      u"保护区 protected area"_s, u"功能区 zone"_s,
            u"疑似类型 suspected type"_s, u"核查结果 outcome"_s,      u"设施名称 facility"_s,
            u"整改措施 measures"_s,       u"整改时限 deadline"_s,     u"销号 close-out"_s};
}

QStringList clueCells(const Record &record)
{
    auto clue = GreenShieldClue::fromJson(record.body);
    if (!clue)
        return {};
    return {clue->clueCode,
            clue->protectedAreaName,
            enumName(clue->verification.functionalZone),
            enumName(clue->suspectedType),
            enumName(clue->verification.outcome),
            clue->verification.facilityName,
            clue->rectification.measures,
            clue->rectification.deadline,
            enumName(clue->rectification.state)};
}

QStringList taskHeader()
{
    return {u"任务编号 task number"_s, u"责任单位 responsible unit"_s, u"责任人 person"_s,
            u"整改措施 measures"_s,    u"整改时限 deadline"_s,         u"办结 closed"_s,
            u"回头看 follow-ups"_s,    u"回头看未通过 failed"_s};
}

QStringList taskCells(const Record &record)
{
    auto task = RectificationTask::fromJson(record.body);
    if (!task)
        return {};
    qsizetype failed = 0;
    for (const auto &check : task->followUps)
        failed += check.passed ? 0 : 1;
    return {task->taskNumber,
            task->responsibleUnit,
            task->responsiblePerson,
            task->measures,
            task->deadline,
            beijingTime(task->closedAtMs),
            QString::number(task->followUps.size()),
            QString::number(failed)};
}

QStringList complaintHeader()
{
    return {u"案件编号 case number"_s, u"来源 channel"_s, u"受理 received"_s,
            u"反映内容 content"_s,     u"地址 address"_s, u"承办人 assignee"_s,
            u"调查结果 findings"_s,    u"答复 reply"_s,   u"办结 closed"_s};
}

QStringList complaintCells(const Record &record)
{
    auto complaint = ComplaintCase::fromJson(record.body);
    if (!complaint)
        return {};
    return {complaint->caseNumber,
            enumName(complaint->channel),
            beijingTime(complaint->receivedAtMs),
            complaint->content,
            complaint->address,
            complaint->assignee,
            complaint->investigationFindings,
            complaint->reply,
            beijingTime(complaint->closedAtMs)};
}

// The kind's own columns, after the common ones.
QStringList kindHeader(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Patrol:
        return patrolHeader();
    case RecordKind::Inspection:
        return inspectionHeader();
    case RecordKind::GreenShieldClue:
        return clueHeader();
    case RecordKind::RectificationTask:
        return taskHeader();
    case RecordKind::ComplaintCase:
        return complaintHeader();
    case RecordKind::Evidence:
        return {u"SHA-256"_s, u"类型 media type"_s, u"大小 bytes"_s, u"关联记录 linked record"_s};
    }
    return {};
}

QStringList kindCells(const Record &record, const PatrolRules &rules)
{
    switch (record.meta.kind) {
    case RecordKind::Patrol:
        return patrolCells(record, rules);
    case RecordKind::Inspection:
        return inspectionCells(record);
    case RecordKind::GreenShieldClue:
        return clueCells(record);
    case RecordKind::RectificationTask:
        return taskCells(record);
    case RecordKind::ComplaintCase:
        return complaintCells(record);
    case RecordKind::Evidence:
        return {record.body.value(u"sha256"_s).toString(),
                record.body.value(u"mediaType"_s).toString(),
                QString::number(record.body.value(u"sizeBytes"_s).toInteger()),
                record.body.value(u"linkedRecordId"_s).toString()};
    }
    return {};
}

} // namespace

QList<Feature> recordFeatures(const QList<ExportRecord> &records)
{
    QList<Feature> features;
    for (const auto &item : records) {
        features << Feature{item.record.meta.id, recordGeometry(item), baseProperties(item.record)};
        if (item.record.meta.kind == RecordKind::Patrol)
            features << problemFeatures(item.record);
    }
    return features;
}

GpxDocument patrolsToGpx(const QList<ExportRecord> &records)
{
    GpxDocument document;
    for (const auto &item : records) {
        if (item.record.meta.kind != RecordKind::Patrol)
            continue;
        auto patrol = Patrol::fromJson(item.record.body);
        if (!patrol)
            continue;
        GpxTrack track;
        track.name =
            patrol->waterBody + u' ' + patrol->segment + u' ' + beijingTime(patrol->startMs);
        track.description = u"%1 (%2) · %3"_s.arg(patrol->chiefName, enumName(patrol->chiefLevel),
                                                  item.record.meta.id);
        if (!item.track.isEmpty())
            track.segments << item.track;
        document.tracks << track;
        for (const auto &problem : patrol->problems) {
            document.waypoints << GpxWaypoint{problem.location.latLon(), problem.foundAtMs,
                                              categoryLabel(problem.category), problem.description};
        }
    }
    return document;
}

QByteArray recordsToCsv(RecordKind kind, const QList<ExportRecord> &records,
                        const PatrolRules &rules)
{
    CsvWriter writer(commonHeader() + kindHeader(kind));
    for (const auto &item : records) {
        if (item.record.meta.kind == kind)
            writer.addRow(commonCells(item) + kindCells(item.record, rules));
    }
    return writer.data();
}

} // namespace fl::exporters
