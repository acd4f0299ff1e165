#include "domaintest.h"

#include "domain/enumnames.h"
#include "domain/patrol.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;
using namespace domaintest;
using namespace fl;

namespace {

PatrolProblem dumpingProblem()
{
    PatrolProblem problem;
    problem.id = kId1;
    problem.category = ProblemCategory::IllegalDumping;
    problem.description = u"建筑垃圾堆放在河岸 construction waste on the bank"_s;
    problem.location = Position{43.82543, 87.61679, 812.5, 4.8};
    problem.address = u"水磨沟区 Shuimogou"_s;
    problem.foundAtMs = kMorning + 20 * kMinute;
    problem.handling = ProblemHandling::ClearedOnSpot;
    problem.amountCleared = 1.5;
    problem.amountUnit = u"t"_s;
    problem.evidenceIds = {kId2, kId3};
    return problem;
}

Patrol fullPatrol()
{
    Patrol p;
    p.serial = u"XH-650102-20261123-001"_s;
    p.waterBody = u"水磨河 Shuimo River"_s;
    p.segment = u"七道湾段"_s;
    p.divisionCode = u"650102"_s;
    p.chiefName = u"阿依古丽"_s;
    p.chiefLevel = ChiefLevel::Village;
    p.startMs = kMorning;
    p.endMs = kMorning + 45 * kMinute;
    p.status = PatrolStatus::Finished;
    p.distanceMeters = 2431.75;
    p.movingSeconds = 2520;
    p.fixCount = 2400;
    p.droppedFixCount = 12;
    p.problems = {dumpingProblem()};
    PatrolProblem referred;
    referred.id = u"01936b2e-1f00-7a00-8000-0000000000aa"_s;
    referred.category = ProblemCategory::SewageOutfall;
    referred.location = Position{43.8, 87.6, std::nullopt, std::nullopt};
    referred.handling = ProblemHandling::Referred;
    referred.referredTo = u"区生态环境分局"_s;
    p.problems.append(referred);
    return p;
}

Patrol minimalPatrol()
{
    Patrol p;
    p.waterBody = u"Urumqi River"_s;
    p.chiefName = u"Li"_s;
    p.divisionCode = u"650100"_s;
    p.startMs = kMorning;
    return p;
}

} // namespace

TEST_CASE("patrol JSON uses camelCase keys and snake_case enums", "[patrol][json]")
{
    const QJsonObject json = fullPatrol().toJson();
    CHECK(json.value(u"waterBody"_s).toString() == u"水磨河 Shuimo River"_s);
    CHECK(json.value(u"chiefLevel"_s).toString() == u"village"_s);
    CHECK(json.value(u"status"_s).toString() == u"finished"_s);
    CHECK(json.value(u"startMs"_s).toInteger() == kMorning);
    const QJsonObject problem = json.value(u"problems"_s).toArray().at(0).toObject();
    CHECK(problem.value(u"category"_s).toString() == u"illegal_dumping"_s);
    CHECK(problem.value(u"handling"_s).toString() == u"cleared_on_spot"_s);
    CHECK(problem.value(u"location"_s).toObject().value(u"accuracy"_s).toDouble() == 4.8);
    CHECK(problem.value(u"evidenceIds"_s).toArray().size() == 2);
}

TEST_CASE("patrol JSON omits empty values", "[patrol][json]")
{
    const QJsonObject json = minimalPatrol().toJson();
    CHECK(
        compact(json) ==
        R"({"chiefLevel":"village","chiefName":"Li","divisionCode":"650100","startMs":1795395600000,"status":"in_progress","waterBody":"Urumqi River"})");
}

TEST_CASE("patrol JSON round trips byte for byte", "[patrol][json]")
{
    requireRoundTrip(fullPatrol());
    requireRoundTrip(minimalPatrol());
    requireRoundTrip(Patrol{});
}

TEST_CASE("patrol fromJson reports the path of a bad field", "[patrol][json]")
{
    QJsonObject json = fullPatrol().toJson();
    SECTION("a latitude given as text")
    {
        QJsonArray problems = json.value(u"problems"_s).toArray();
        QJsonObject problem = problems.at(1).toObject();
        QJsonObject location = problem.value(u"location"_s).toObject();
        location.insert(u"lat"_s, u"43.8"_s);
        problem.insert(u"location"_s, location);
        problems.replace(1, problem);
        json.insert(u"problems"_s, problems);
        CHECK(parseError<Patrol>(json) == u"problems[1].location.lat: expected a number"_s);
    }
    SECTION("a NaN latitude")
    {
        QJsonArray problems = json.value(u"problems"_s).toArray();
        QJsonObject problem = problems.at(0).toObject();
        problem.insert(
            u"location"_s,
            QJsonObject{{u"lat"_s, std::numeric_limits<double>::quiet_NaN()}, {u"lon"_s, 87.6}});
        problems.replace(0, problem);
        json.insert(u"problems"_s, problems);
        CHECK(parseError<Patrol>(json) == u"problems[0].location.lat: expected a number"_s);
    }
    SECTION("an unknown enum value names the field and the value")
    {
        json.insert(u"chiefLevel"_s, u"emperor"_s);
        CHECK(parseError<Patrol>(json) == u"chiefLevel: unknown value \"emperor\""_s);
    }
    SECTION("a missing required field")
    {
        json.remove(u"startMs"_s);
        CHECK(parseError<Patrol>(json) == u"startMs: required but missing"_s);
        json = fullPatrol().toJson();
        json.remove(u"status"_s);
        CHECK(parseError<Patrol>(json) == u"status: required but missing"_s);
    }
    SECTION("wrong JSON types")
    {
        json.insert(u"waterBody"_s, 12);
        CHECK(parseError<Patrol>(json) == u"waterBody: expected text"_s);
        json = fullPatrol().toJson();
        json.insert(u"startMs"_s, 1.5);
        CHECK(parseError<Patrol>(json) == u"startMs: expected a whole number"_s);
        json = fullPatrol().toJson();
        json.insert(u"problems"_s, QJsonObject{});
        CHECK(parseError<Patrol>(json) == u"problems: expected a list"_s);
        json.insert(u"problems"_s, QJsonArray{1});
        CHECK(parseError<Patrol>(json) == u"problems[0]: expected an object"_s);
    }
    SECTION("a well-formed body parses")
    {
        CHECK(parseError<Patrol>(json).isEmpty());
    }
}

TEST_CASE("every enum name maps back to its value", "[patrol][json]")
{
    for (int i = 0; i <= int(ProblemCategory::Other); ++i) {
        const auto value = ProblemCategory(i);
        CHECK(enumFromName<ProblemCategory>(enumName(value)) == value);
    }
    for (int i = 0; i <= int(ChiefLevel::Village); ++i)
        CHECK(enumFromName<ChiefLevel>(enumName(ChiefLevel(i))) == ChiefLevel(i));
    CHECK(enumName(ProblemHandling::ClearedOnSpot) == u"cleared_on_spot"_s);
    CHECK(enumName(PatrolStatus::InProgress) == u"in_progress"_s);
    CHECK_FALSE(enumFromName<PatrolStatus>(u"Finished"_s).has_value());
}

TEST_CASE("the four disorders are occupation, mining, dumping and construction", "[patrol]")
{
    CHECK(isFourDisorders(ProblemCategory::IllegalOccupation));
    CHECK(isFourDisorders(ProblemCategory::IllegalMining));
    CHECK(isFourDisorders(ProblemCategory::IllegalDumping));
    CHECK(isFourDisorders(ProblemCategory::IllegalConstruction));
    CHECK_FALSE(isFourDisorders(ProblemCategory::BankGarbage));
    CHECK_FALSE(isFourDisorders(ProblemCategory::SewageOutfall));
    CHECK_FALSE(isFourDisorders(ProblemCategory::Other));
}

TEST_CASE("a complete patrol validates without issues", "[patrol][validate]")
{
    const auto issues = fullPatrol().validate(kNow);
    INFO(describe(issues).toStdString());
    CHECK(issues.isEmpty());
    CHECK(minimalPatrol().validate(kNow).isEmpty());
}

TEST_CASE("patrol validation rules", "[patrol][validate]")
{
    Patrol p = fullPatrol();
    SECTION("water body and chief name are required")
    {
        p.waterBody = u"  "_s;
        p.chiefName.clear();
        const auto issues = p.validate(kNow);
        CHECK(hasError(issues, u"waterBody"_s));
        CHECK(hasError(issues, u"chiefName"_s));
    }
    SECTION("division code is required and has 6 digits")
    {
        p.divisionCode.clear();
        CHECK(hasError(p.validate(kNow), u"divisionCode"_s));
        p.divisionCode = u"65010"_s;
        CHECK(errorText(p.validate(kNow), u"divisionCode"_s).contains(u"6 digits"_s));
        p.divisionCode = u"65010A"_s;
        CHECK(hasError(p.validate(kNow), u"divisionCode"_s));
        p.divisionCode = u"650500"_s;
        CHECK_FALSE(hasError(p.validate(kNow), u"divisionCode"_s));
    }
    SECTION("start time is required and not in the future")
    {
        p.startMs = 0;
        p.endMs.reset();
        p.status = PatrolStatus::InProgress;
        CHECK(hasError(p.validate(kNow), u"startMs"_s));
        p.startMs = kNow + 9 * kMinute; // within the clock tolerance
        CHECK_FALSE(hasError(p.validate(kNow), u"startMs"_s));
        p.startMs = 1795485600000; // 2026-11-24 10:00 Beijing time
        CHECK(errorText(p.validate(kNow), u"startMs"_s) ==
              u"time is in the future: 2026-11-24 10:00, device clock wrong?"_s);
    }
    SECTION("end before start")
    {
        p.endMs = p.startMs - kMinute;
        CHECK(hasError(p.validate(kNow), u"endMs"_s));
        p.endMs = p.startMs;
        CHECK_FALSE(hasError(p.validate(kNow), u"endMs"_s));
    }
    SECTION("a finished patrol needs an end time")
    {
        p.endMs.reset();
        CHECK(hasError(p.validate(kNow), u"endMs"_s));
        p.status = PatrolStatus::Paused;
        CHECK_FALSE(hasError(p.validate(kNow), u"endMs"_s));
    }
    SECTION("track summary cannot be negative")
    {
        p.distanceMeters = -1;
        p.fixCount = -3;
        const auto issues = p.validate(kNow);
        CHECK(hasError(issues, u"distanceMeters"_s));
        CHECK(hasError(issues, u"fixCount"_s));
    }
    SECTION("problem ids are required UUIDs and distinct")
    {
        p.problems[0].id.clear();
        CHECK(hasError(p.validate(kNow), u"problems[0].id"_s));
        p.problems[0].id = u"problem-1"_s;
        CHECK(hasError(p.validate(kNow), u"problems[0].id"_s));
        p.problems[0].id = p.problems[1].id;
        CHECK(hasError(p.validate(kNow), u"problems[1].id"_s));
    }
    SECTION("an 'other' problem needs a description")
    {
        p.problems[0].category = ProblemCategory::Other;
        p.problems[0].description.clear();
        CHECK(hasError(p.validate(kNow), u"problems[0].description"_s));
        p.problems[0].description = u"dead sheep in the water"_s;
        CHECK_FALSE(hasError(p.validate(kNow), u"problems[0].description"_s));
    }
    SECTION("problem location out of range")
    {
        p.problems[0].location.lat = 95.2;
        CHECK(errorText(p.validate(kNow), u"problems[0].location.lat"_s) ==
              u"latitude 95.2 is out of range (\u221290 to 90)"_s);
        p.problems[0].location.lat = std::numeric_limits<double>::quiet_NaN();
        CHECK(hasError(p.validate(kNow), u"problems[0].location.lat"_s));
        p.problems[0].location.lat = 43.8;
        p.problems[0].location.lon = -181;
        CHECK(hasError(p.validate(kNow), u"problems[0].location.lon"_s));
    }
    SECTION("negative accuracy")
    {
        p.problems[0].location.accuracy = -3;
        CHECK(hasError(p.validate(kNow), u"problems[0].location.accuracy"_s));
    }
    SECTION("position 0,0 is a warning")
    {
        p.problems[0].location = Position{};
        const auto issues = p.validate(kNow);
        CHECK(hasWarning(issues, u"problems[0].location"_s));
        CHECK_FALSE(hasErrors(issues));
    }
    SECTION("cleared on the spot with an amount needs a unit and a positive amount")
    {
        p.problems[0].amountUnit.clear();
        CHECK(hasError(p.validate(kNow), u"problems[0].amountUnit"_s));
        p.problems[0].amountUnit = u"t"_s;
        p.problems[0].amountCleared = 0;
        CHECK(hasError(p.validate(kNow), u"problems[0].amountCleared"_s));
        p.problems[0].amountCleared.reset();
        p.problems[0].amountUnit.clear();
        CHECK(p.validate(kNow).isEmpty());
    }
    SECTION("a referred problem names the unit it went to")
    {
        p.problems[1].referredTo.clear();
        CHECK(hasError(p.validate(kNow), u"problems[1].referredTo"_s));
    }
    SECTION("evidence ids must be UUIDs")
    {
        p.problems[0].evidenceIds.append(u"photo.jpg"_s);
        CHECK(hasError(p.validate(kNow), u"problems[0].evidenceIds[2]"_s));
    }
    SECTION("a problem found in the future")
    {
        p.problems[0].foundAtMs = kNow + 60 * kMinute;
        CHECK(hasError(p.validate(kNow), u"problems[0].foundAtMs"_s));
    }
}

TEST_CASE("assessPatrol compares the patrol with the local minimums", "[patrol][rules]")
{
    const PatrolRules rules; // 30 min; 2 km for township and village chiefs
    Patrol p = fullPatrol();

    SECTION("a long enough patrol is valid")
    {
        const auto assessment = assessPatrol(p, rules);
        CHECK(assessment.valid);
        CHECK(assessment.shortfalls.isEmpty());
    }
    SECTION("moving time is used when known, pauses excluded")
    {
        p.movingSeconds = 22 * 60 + 40;
        const auto assessment = assessPatrol(p, rules);
        CHECK_FALSE(assessment.valid);
        CHECK(assessment.shortfalls ==
              QStringList{u"lasted 22 min, the rule is at least 30 min"_s});
    }
    SECTION("without a track, start to end")
    {
        p.movingSeconds = 0;
        p.endMs = p.startMs + 29 * kMinute;
        CHECK(assessPatrol(p, rules).shortfalls ==
              QStringList{u"lasted 29 min, the rule is at least 30 min"_s});
        p.endMs = p.startMs + 30 * kMinute;
        CHECK(assessPatrol(p, rules).valid);
    }
    SECTION("too short a distance for a village chief, rounded down")
    {
        p.distanceMeters = 1499;
        CHECK(assessPatrol(p, rules).shortfalls ==
              QStringList{u"covered 1.4 km, the rule is at least 2 km for village chiefs"_s});
        p.distanceMeters = 1999;
        CHECK(assessPatrol(p, rules).shortfalls ==
              QStringList{u"covered 1.9 km, the rule is at least 2 km for village chiefs"_s});
    }
    SECTION("county chiefs use the other-levels minimum")
    {
        p.chiefLevel = ChiefLevel::County;
        p.distanceMeters = 300;
        CHECK(assessPatrol(p, rules).valid);
        PatrolRules strict;
        strict.minKmOtherLevels = 2.5;
        CHECK(assessPatrol(p, strict).shortfalls ==
              QStringList{u"covered 0.3 km, the rule is at least 2.5 km for county chiefs"_s});
    }
    SECTION("both shortfalls are listed")
    {
        p.chiefLevel = ChiefLevel::Township;
        p.movingSeconds = 600;
        p.distanceMeters = 800;
        const auto assessment = assessPatrol(p, rules);
        CHECK_FALSE(assessment.valid);
        CHECK(assessment.shortfalls ==
              QStringList{u"lasted 10 min, the rule is at least 30 min"_s,
                          u"covered 0.8 km, the rule is at least 2 km for township chiefs"_s});
    }
    SECTION("an unfinished patrol without a track is not yet valid")
    {
        p.movingSeconds = 0;
        p.endMs.reset();
        const auto assessment = assessPatrol(p, rules);
        CHECK_FALSE(assessment.valid);
        CHECK(assessment.shortfalls.size() == 1);
    }
}

TEST_CASE("patrol rules JSON round trips and rejects bad values", "[patrol][rules]")
{
    PatrolRules rules;
    rules.minMinutes = 45;
    rules.minKmTownshipVillage = 2.5;
    rules.minKmOtherLevels = 1;
    requireRoundTrip(rules);
    requireRoundTrip(PatrolRules{});

    const auto parsed = PatrolRules::fromJson(rules.toJson());
    REQUIRE(parsed.ok());
    CHECK(parsed->minMinutes == 45);
    CHECK(parsed->minKmTownshipVillage == 2.5);
    CHECK(parsed->minKmOtherLevels == 1);

    const auto defaults = PatrolRules::fromJson(QJsonObject{});
    REQUIRE(defaults.ok());
    CHECK(defaults->minMinutes == 30);
    CHECK(defaults->minKmTownshipVillage == 2.0);

    CHECK(parseError<PatrolRules>(QJsonObject{{u"minMinutes"_s, u"30"_s}}) ==
          u"minMinutes: expected a whole number"_s);
    CHECK(parseError<PatrolRules>(QJsonObject{{u"minKmOtherLevels"_s, -1}}) ==
          u"minKmOtherLevels: cannot be negative"_s);
}
