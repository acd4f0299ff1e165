#include "patrol.h"

#include "checks.h"
#include "jsonfields.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl {

using json::Need;

bool isFourDisorders(ProblemCategory category)
{
    switch (category) {
    case ProblemCategory::IllegalOccupation:
    case ProblemCategory::IllegalMining:
    case ProblemCategory::IllegalDumping:
    case ProblemCategory::IllegalConstruction:
        return true;
    default:
        return false;
    }
}

namespace {

QJsonObject problemToJson(const PatrolProblem &problem)
{
    QJsonObject o;
    json::putText(o, u"id"_s, problem.id);
    json::putEnum(o, u"category"_s, problem.category);
    json::putText(o, u"description"_s, problem.description);
    o.insert(u"location"_s, json::positionToJson(problem.location));
    json::putText(o, u"address"_s, problem.address);
    json::putNonZero(o, u"foundAtMs"_s, problem.foundAtMs);
    json::putEnum(o, u"handling"_s, problem.handling);
    json::putOptional(o, u"amountCleared"_s, problem.amountCleared);
    json::putText(o, u"amountUnit"_s, problem.amountUnit);
    json::putText(o, u"referredTo"_s, problem.referredTo);
    json::putTexts(o, u"evidenceIds"_s, problem.evidenceIds);
    return o;
}

PatrolProblem problemFromJson(json::Reader &in)
{
    PatrolProblem problem;
    problem.id = in.text(u"id"_s);
    problem.category = in.enumeration<ProblemCategory>(u"category"_s);
    problem.description = in.text(u"description"_s);
    problem.location = in.position(u"location"_s);
    problem.address = in.text(u"address"_s);
    problem.foundAtMs = in.integer(u"foundAtMs"_s);
    problem.handling = in.enumeration<ProblemHandling>(u"handling"_s);
    problem.amountCleared = in.optionalNumber(u"amountCleared"_s);
    problem.amountUnit = in.text(u"amountUnit"_s);
    problem.referredTo = in.text(u"referredTo"_s);
    problem.evidenceIds = in.texts(u"evidenceIds"_s);
    return problem;
}

void validateProblem(QList<FieldIssue> &issues, const QString &path, const PatrolProblem &problem,
                     qint64 nowMs)
{
    checks::checkId(issues, path + u".id"_s, problem.id, true);
    if (problem.category == ProblemCategory::Other)
        checks::requireText(issues, path + u".description"_s, problem.description,
                            u"a description of an \"other\" problem"_s);
    checks::checkPosition(issues, path + u".location"_s, problem.location);
    checks::checkTime(issues, path + u".foundAtMs"_s, problem.foundAtMs, nowMs);
    if (problem.handling == ProblemHandling::ClearedOnSpot && problem.amountCleared) {
        const double amount = *problem.amountCleared;
        if (!std::isfinite(amount) || amount <= 0)
            checks::error(
                issues, path + u".amountCleared"_s,
                u"amount cleared must be more than 0, got %1"_s.arg(checks::plainNumber(amount)));
        checks::requireText(issues, path + u".amountUnit"_s, problem.amountUnit,
                            u"the unit of the amount cleared (e.g. t, m³)"_s);
    }
    if (problem.handling == ProblemHandling::Referred)
        checks::requireText(issues, path + u".referredTo"_s, problem.referredTo,
                            u"the unit the problem was referred to"_s);
    checks::checkIds(issues, path + u".evidenceIds"_s, problem.evidenceIds);
}

QString levelWords(ChiefLevel level)
{
    switch (level) {
    case ChiefLevel::Province:
        return u"province chiefs"_s;
    case ChiefLevel::Prefecture:
        return u"prefecture chiefs"_s;
    case ChiefLevel::County:
        return u"county chiefs"_s;
    case ChiefLevel::Township:
        return u"township chiefs"_s;
    case ChiefLevel::Village:
        return u"village chiefs"_s;
    }
    return {};
}

// Rounded down, so a shortfall message never shows a number that seems to meet the rule.
QString kmDown(double meters)
{
    return QString::number(std::floor(meters / 100.0) / 10.0, 'f', 1);
}

} // namespace

QJsonObject Patrol::toJson() const
{
    QJsonObject o;
    json::putText(o, u"serial"_s, serial);
    json::putText(o, u"waterBody"_s, waterBody);
    json::putText(o, u"segment"_s, segment);
    json::putText(o, u"divisionCode"_s, divisionCode);
    json::putText(o, u"chiefName"_s, chiefName);
    json::putEnum(o, u"chiefLevel"_s, chiefLevel);
    o.insert(u"startMs"_s, QJsonValue(startMs));
    json::putOptional(o, u"endMs"_s, endMs);
    json::putEnum(o, u"status"_s, status);
    json::putNonZero(o, u"distanceMeters"_s, distanceMeters);
    json::putNonZero(o, u"movingSeconds"_s, movingSeconds);
    json::putNonZero(o, u"fixCount"_s, qint64(fixCount));
    json::putNonZero(o, u"droppedFixCount"_s, qint64(droppedFixCount));
    json::putArray(o, u"problems"_s, json::arrayOf(problems, problemToJson));
    return o;
}

Result<Patrol> Patrol::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    Patrol p;
    p.serial = in.text(u"serial"_s);
    p.waterBody = in.text(u"waterBody"_s);
    p.segment = in.text(u"segment"_s);
    p.divisionCode = in.text(u"divisionCode"_s);
    p.chiefName = in.text(u"chiefName"_s);
    p.chiefLevel = in.enumeration<ChiefLevel>(u"chiefLevel"_s);
    p.startMs = in.integer(u"startMs"_s, Need::Required);
    p.endMs = in.optionalInteger(u"endMs"_s);
    p.status = in.enumeration<PatrolStatus>(u"status"_s);
    p.distanceMeters = in.number(u"distanceMeters"_s);
    p.movingSeconds = in.integer(u"movingSeconds"_s);
    p.fixCount = int(in.integer(u"fixCount"_s));
    p.droppedFixCount = int(in.integer(u"droppedFixCount"_s));
    p.problems = in.list<PatrolProblem>(u"problems"_s, problemFromJson);
    if (error)
        return *error;
    return p;
}

QList<FieldIssue> Patrol::validate(qint64 nowMs) const
{
    QList<FieldIssue> issues;
    checks::requireText(issues, u"waterBody"_s, waterBody, u"the river or lake"_s);
    checks::requireText(issues, u"chiefName"_s, chiefName, u"the chief's name"_s);
    checks::checkDivisionCode(issues, u"divisionCode"_s, divisionCode, true);
    checks::requireTime(issues, u"startMs"_s, startMs, nowMs, u"the start time"_s);
    if (endMs) {
        checks::checkTime(issues, u"endMs"_s, *endMs, nowMs);
        checks::checkEndAfterStart(issues, u"endMs"_s, startMs, *endMs);
    } else if (status == PatrolStatus::Finished) {
        checks::error(issues, u"endMs"_s, u"a finished patrol needs an end time"_s);
    }
    checks::checkNotNegative(issues, u"distanceMeters"_s, distanceMeters, u"distance"_s);
    checks::checkNotNegative(issues, u"movingSeconds"_s, double(movingSeconds), u"moving time"_s);
    checks::checkNotNegative(issues, u"fixCount"_s, fixCount, u"fix count"_s);
    checks::checkNotNegative(issues, u"droppedFixCount"_s, droppedFixCount, u"dropped fix count"_s);
    QSet<QString> ids;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QString path = json::indexPath(u"problems"_s, i);
        validateProblem(issues, path, problems.at(i), nowMs);
        const QString &id = problems.at(i).id;
        if (!id.isEmpty() && ids.contains(id))
            checks::error(issues, path + u".id"_s, u"two problems have the same id"_s);
        ids.insert(id);
    }
    return issues;
}

QJsonObject PatrolRules::toJson() const
{
    // Always written in full: a zero minimum is a deliberate setting, not an absent one.
    return QJsonObject{{u"minMinutes"_s, minMinutes},
                       {u"minKmTownshipVillage"_s, minKmTownshipVillage},
                       {u"minKmOtherLevels"_s, minKmOtherLevels}};
}

Result<PatrolRules> PatrolRules::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    PatrolRules rules;
    if (json.contains(u"minMinutes"_s))
        rules.minMinutes = int(in.integer(u"minMinutes"_s));
    if (json.contains(u"minKmTownshipVillage"_s))
        rules.minKmTownshipVillage = in.number(u"minKmTownshipVillage"_s);
    if (json.contains(u"minKmOtherLevels"_s))
        rules.minKmOtherLevels = in.number(u"minKmOtherLevels"_s);
    if (rules.minMinutes < 0)
        in.fail(u"minMinutes"_s, u"cannot be negative"_s);
    if (rules.minKmTownshipVillage < 0)
        in.fail(u"minKmTownshipVillage"_s, u"cannot be negative"_s);
    if (rules.minKmOtherLevels < 0)
        in.fail(u"minKmOtherLevels"_s, u"cannot be negative"_s);
    if (error)
        return *error;
    return rules;
}

// Duration is the moving time of the kept track when the store has one (pauses do not count as
// patrolling); otherwise the wall time between start and end.
PatrolAssessment assessPatrol(const Patrol &patrol, const PatrolRules &rules)
{
    PatrolAssessment result;
    qint64 seconds = patrol.movingSeconds;
    if (seconds <= 0 && patrol.endMs)
        seconds = (*patrol.endMs - patrol.startMs) / 1000;
    if (seconds <= 0 && !patrol.endMs) {
        result.shortfalls.append(u"the patrol has not ended yet, its length is not known"_s);
    } else if (seconds < qint64(rules.minMinutes) * 60) {
        result.shortfalls.append(
            u"lasted %1 min, the rule is at least %2 min"_s.arg(std::max<qint64>(0, seconds / 60))
                .arg(rules.minMinutes));
    }
    const bool local =
        patrol.chiefLevel == ChiefLevel::Township || patrol.chiefLevel == ChiefLevel::Village;
    const double minKm = local ? rules.minKmTownshipVillage : rules.minKmOtherLevels;
    if (minKm > 0 && patrol.distanceMeters < minKm * 1000.0) {
        result.shortfalls.append(u"covered %1 km, the rule is at least %2 km for %3"_s.arg(
            kmDown(patrol.distanceMeters), checks::plainNumber(minKm),
            levelWords(patrol.chiefLevel)));
    }
    result.valid = result.shortfalls.isEmpty();
    return result;
}

} // namespace fl
