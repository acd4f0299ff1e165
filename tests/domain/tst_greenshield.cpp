#include "domaintest.h"

#include "domain/enumnames.h"
#include "domain/greenshield.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace domaintest;
using namespace fl;

namespace {

// A square ring around (lat, lon) with half-size d degrees, closed.
geo::Ring square(double lat, double lon, double d)
{
    return {{lat - d, lon - d},
            {lat - d, lon + d},
            {lat + d, lon + d},
            {lat + d, lon - d},
            {lat - d, lon - d}};
}

// Nested reserve near Kanas: core inside buffer inside experimental.
ProtectedArea reserve()
{
    ProtectedArea area;
    area.id = u"kanas"_s;
    area.name = u"喀纳斯国家级自然保护区"_s;
    area.level = u"national"_s;
    // Listed loosest first on purpose: the order of the list must not matter.
    area.zones = {
        {FunctionalZone::Experimental, {geo::Polygon{square(48.7, 87.0, 0.3), {}}}},
        {FunctionalZone::Buffer, {geo::Polygon{square(48.7, 87.0, 0.2), {}}}},
        {FunctionalZone::Core, {geo::Polygon{square(48.7, 87.0, 0.1), {}}}},
    };
    return area;
}

GreenShieldClue fullClue()
{
    GreenShieldClue c;
    c.clueCode = u"202302-65-N1-007-MD-0018"_s;
    c.countyCode = u"654301"_s;
    c.protectedAreaId = u"kanas"_s;
    c.protectedAreaName = u"喀纳斯国家级自然保护区"_s;
    c.protectedAreaLevel = u"national"_s;
    c.location = Position{48.71, 87.02, std::nullopt, std::nullopt};
    c.outline = geo::Polygon{square(48.71, 87.02, 0.001), {square(48.71, 87.02, 0.0002)}};
    c.suspectedType = ActivityType::Tourism;
    c.suspectedAreaSquareMeters = 1250.5;
    c.source = ClueSource::RemoteSensing;
    c.description = u"新增建筑 new buildings"_s;
    c.verification.outcome = VerificationOutcome::Confirmed;
    c.verification.verifiedAtMs = kMorning + 30 * kMinute;
    c.verification.verifiedBy = u"张伟"_s;
    c.verification.position = Position{48.7102, 87.0199, 1380.0, 3.0};
    c.verification.facilityName = u"某农家乐"_s;
    c.verification.facilityType = u"旅游设施"_s;
    c.verification.scale = u"1200 m2, 3 buildings"_s;
    c.verification.constructionTime = u"2019-05"_s;
    c.verification.currentState = u"在营业"_s;
    c.verification.functionalZone = FunctionalZone::Core;
    c.verification.notes = u"notes"_s;
    c.verification.evidenceIds = {kId1};
    c.rectification.measures = u"拆除"_s;
    c.rectification.responsibleUnit = u"布尔津县人民政府"_s;
    c.rectification.responsiblePerson = u"王某"_s;
    c.rectification.deadline = u"2026-12-31"_s;
    c.rectification.state = CloseOutState::ClosedOut;
    c.rectification.result = u"已拆除并复绿"_s;
    c.rectification.closedAtMs = kMorning + 60 * kMinute;
    c.rectification.approvedBy = u"县生态环境局"_s;
    c.rectification.evidenceIds = {kId2, kId3};
    return c;
}

GreenShieldClue minimalClue()
{
    GreenShieldClue c;
    c.clueCode = u"202302-65-N1-007-MD-0019"_s;
    return c;
}

} // namespace

TEST_CASE("functional zone: strictest zone first", "[greenshield][zone]")
{
    const ProtectedArea area = reserve();
    CHECK(functionalZoneAt(area, {48.7, 87.0}) == FunctionalZone::Core);
    CHECK(functionalZoneAt(area, {48.75, 87.15}) == FunctionalZone::Buffer);
    CHECK(functionalZoneAt(area, {48.95, 87.0}) == FunctionalZone::Experimental);
    CHECK(functionalZoneAt(area, {49.5, 87.0}) == FunctionalZone::Outside);
    SECTION("a point on the core/buffer border gets the core")
    {
        CHECK(functionalZoneAt(area, {48.8, 87.0}) == FunctionalZone::Core);
        CHECK(functionalZoneAt(area, {48.9, 87.0}) == FunctionalZone::Buffer);
    }
    SECTION("national park zones: core protection before general control")
    {
        ProtectedArea park;
        park.zones = {
            {FunctionalZone::GeneralControl, {geo::Polygon{square(43.0, 88.0, 0.5), {}}}},
            {FunctionalZone::CoreProtection, {geo::Polygon{square(43.0, 88.0, 0.2), {}}}},
        };
        CHECK(functionalZoneAt(park, {43.0, 88.0}) == FunctionalZone::CoreProtection);
        CHECK(functionalZoneAt(park, {43.4, 88.0}) == FunctionalZone::GeneralControl);
    }
    SECTION("no zone data or no valid point: unknown")
    {
        CHECK(functionalZoneAt(ProtectedArea{}, {48.7, 87.0}) == FunctionalZone::Unknown);
        CHECK(functionalZoneAt(area, {95.0, 87.0}) == FunctionalZone::Unknown);
    }
}

TEST_CASE("reference point: verification position, then clue point, then outline", "[greenshield]")
{
    GreenShieldClue c = fullClue();
    CHECK(c.referencePoint() == geo::LatLon{48.7102, 87.0199});
    c.verification.position.reset();
    CHECK(c.referencePoint() == geo::LatLon{48.71, 87.02});
    c.location.reset();
    const auto centre = c.referencePoint();
    REQUIRE(centre);
    CHECK(centre->lat == Approx(48.71));
    CHECK(centre->lon == Approx(87.02));
    c.outline.reset();
    CHECK_FALSE(c.referencePoint().has_value());
}

TEST_CASE("clue JSON: keys, enums and GeoJSON-style outline", "[greenshield][json]")
{
    const QJsonObject json = fullClue().toJson();
    CHECK(json.value(u"suspectedType"_s).toString() == u"tourism"_s);
    CHECK(json.value(u"source"_s).toString() == u"remote_sensing"_s);
    const QJsonObject verification = json.value(u"verification"_s).toObject();
    CHECK(verification.value(u"outcome"_s).toString() == u"confirmed"_s);
    CHECK(verification.value(u"functionalZone"_s).toString() == u"core"_s);
    CHECK(json.value(u"rectification"_s).toObject().value(u"state"_s).toString() ==
          u"closed_out"_s);
    const QJsonArray outline = json.value(u"outline"_s).toArray();
    REQUIRE(outline.size() == 2); // outer ring and one hole
    const QJsonArray firstPoint = outline.at(0).toArray().at(0).toArray();
    CHECK(firstPoint.at(0).toDouble() == Approx(87.019)); // longitude first
    CHECK(firstPoint.at(1).toDouble() == Approx(48.709));
    CHECK(enumName(FunctionalZone::CoreProtection) == u"core_protection"_s);
    CHECK(enumName(FunctionalZone::GeneralControl) == u"general_control"_s);
    CHECK(enumName(CloseOutState::AwaitingAcceptance) == u"awaiting_acceptance"_s);
}

TEST_CASE("clue JSON round trips byte for byte", "[greenshield][json]")
{
    requireRoundTrip(fullClue());
    requireRoundTrip(minimalClue());
    requireRoundTrip(GreenShieldClue{});
}

TEST_CASE("clue fromJson errors", "[greenshield][json]")
{
    QJsonObject json = fullClue().toJson();
    SECTION("outline point that is not [lon, lat]")
    {
        json.insert(u"outline"_s,
                    QJsonArray{QJsonArray{QJsonArray{87.0, 48.7}, QJsonArray{u"87"_s, 48.7}}});
        CHECK(parseError<GreenShieldClue>(json) ==
              u"outline[0][1]: expected [longitude, latitude]"_s);
    }
    SECTION("unknown functional zone")
    {
        QJsonObject v = json.value(u"verification"_s).toObject();
        v.insert(u"functionalZone"_s, u"edge"_s);
        json.insert(u"verification"_s, v);
        CHECK(parseError<GreenShieldClue>(json) ==
              u"verification.functionalZone: unknown value \"edge\""_s);
    }
    SECTION("missing rectification")
    {
        json.remove(u"rectification"_s);
        CHECK(parseError<GreenShieldClue>(json) == u"rectification: required but missing"_s);
    }
}

TEST_CASE("a complete clue validates", "[greenshield][validate]")
{
    const auto issues = fullClue().validate(kNow);
    INFO(describe(issues).toStdString());
    CHECK(issues.isEmpty());
    CHECK(minimalClue().validate(kNow).isEmpty());
}

TEST_CASE("clue validation rules", "[greenshield][validate]")
{
    GreenShieldClue c = fullClue();
    SECTION("problem code required")
    {
        c.clueCode.clear();
        CHECK(hasError(c.validate(kNow), u"clueCode"_s));
    }
    SECTION("county code has 6 digits")
    {
        c.countyCode = u"6543"_s;
        CHECK(hasError(c.validate(kNow), u"countyCode"_s));
    }
    SECTION("positions are checked")
    {
        c.location->lat = -91;
        c.verification.position->accuracy = -1;
        const auto issues = c.validate(kNow);
        CHECK(hasError(issues, u"location.lat"_s));
        CHECK(hasError(issues, u"verification.position.accuracy"_s));
    }
    SECTION("outline rings need three corners and valid points")
    {
        c.outline->outer = {{48.7, 87.0}, {48.8, 87.0}, {48.7, 87.0}};
        CHECK(hasError(c.validate(kNow), u"outline[0]"_s));
        c.outline->outer = square(48.7, 87.0, 0.1);
        c.outline->holes[0][1].lon = 200;
        CHECK(hasError(c.validate(kNow), u"outline[1][1]"_s));
    }
    SECTION("area cannot be negative")
    {
        c.suspectedAreaSquareMeters = -5;
        CHECK(hasError(c.validate(kNow), u"suspectedAreaSquareMeters"_s));
    }
    SECTION("a verified outcome needs the verifier and time")
    {
        c.verification.verifiedBy.clear();
        c.verification.verifiedAtMs = 0;
        auto issues = c.validate(kNow);
        CHECK(hasError(issues, u"verification.verifiedBy"_s));
        CHECK(hasError(issues, u"verification.verifiedAtMs"_s));
        c.verification.outcome = VerificationOutcome::Pending;
        issues = c.validate(kNow);
        CHECK_FALSE(hasError(issues, u"verification.verifiedBy"_s));
        CHECK_FALSE(hasError(issues, u"verification.verifiedAtMs"_s));
    }
    SECTION("verification time in the future")
    {
        c.verification.verifiedAtMs = kNow + 11 * kMinute;
        CHECK(hasError(c.validate(kNow), u"verification.verifiedAtMs"_s));
    }
    SECTION("deadline is an ISO date")
    {
        c.rectification.deadline = u"2026/12/31"_s;
        CHECK(hasError(c.validate(kNow), u"rectification.deadline"_s));
        c.rectification.deadline = u"2026-02-30"_s;
        CHECK(hasError(c.validate(kNow), u"rectification.deadline"_s));
    }
    SECTION("a close-out needs evidence, approver and close time")
    {
        c.rectification.evidenceIds.clear();
        c.rectification.approvedBy.clear();
        c.rectification.closedAtMs = 0;
        auto issues = c.validate(kNow);
        CHECK(hasError(issues, u"rectification.evidenceIds"_s));
        CHECK(hasError(issues, u"rectification.approvedBy"_s));
        CHECK(hasError(issues, u"rectification.closedAtMs"_s));
        c.rectification.state = CloseOutState::AwaitingAcceptance;
        CHECK(c.validate(kNow).isEmpty());
    }
    SECTION("evidence ids must be UUIDs")
    {
        c.verification.evidenceIds = {u"x"_s};
        CHECK(hasError(c.validate(kNow), u"verification.evidenceIds[0]"_s));
    }
}
