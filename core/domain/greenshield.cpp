#include "greenshield.h"

#include "checks.h"
#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace fl {

using json::Need;

FunctionalZone functionalZoneAt(const ProtectedArea &area, geo::LatLon point)
{
    if (area.zones.isEmpty() || !geo::isValidWgs84(point))
        return FunctionalZone::Unknown;
    // Strictest first: on a shared border the stricter rules apply.
    constexpr FunctionalZone order[] = {FunctionalZone::CoreProtection, FunctionalZone::Core,
                                        FunctionalZone::Buffer, FunctionalZone::GeneralControl,
                                        FunctionalZone::Experimental};
    for (FunctionalZone zone : order) {
        for (const ProtectedArea::Zone &candidate : area.zones) {
            if (candidate.zone == zone && geo::contains(candidate.shape, point))
                return zone;
        }
    }
    return FunctionalZone::Outside;
}

namespace {

QJsonObject verificationToJson(const ClueVerification &v)
{
    QJsonObject o;
    json::putEnum(o, u"outcome"_s, v.outcome);
    json::putNonZero(o, u"verifiedAtMs"_s, v.verifiedAtMs);
    json::putText(o, u"verifiedBy"_s, v.verifiedBy);
    if (v.position)
        o.insert(u"position"_s, json::positionToJson(*v.position));
    json::putText(o, u"facilityName"_s, v.facilityName);
    json::putText(o, u"facilityType"_s, v.facilityType);
    json::putText(o, u"scale"_s, v.scale);
    json::putText(o, u"constructionTime"_s, v.constructionTime);
    json::putText(o, u"currentState"_s, v.currentState);
    json::putEnum(o, u"functionalZone"_s, v.functionalZone);
    json::putText(o, u"notes"_s, v.notes);
    json::putTexts(o, u"evidenceIds"_s, v.evidenceIds);
    return o;
}

ClueVerification verificationFromJson(json::Reader &in)
{
    ClueVerification v;
    v.outcome = in.enumeration<VerificationOutcome>(u"outcome"_s);
    v.verifiedAtMs = in.integer(u"verifiedAtMs"_s);
    v.verifiedBy = in.text(u"verifiedBy"_s);
    v.position = in.optionalPosition(u"position"_s);
    v.facilityName = in.text(u"facilityName"_s);
    v.facilityType = in.text(u"facilityType"_s);
    v.scale = in.text(u"scale"_s);
    v.constructionTime = in.text(u"constructionTime"_s);
    v.currentState = in.text(u"currentState"_s);
    v.functionalZone = in.enumeration<FunctionalZone>(u"functionalZone"_s);
    v.notes = in.text(u"notes"_s);
    v.evidenceIds = in.texts(u"evidenceIds"_s);
    return v;
}

QJsonObject rectificationToJson(const ClueRectification &r)
{
    QJsonObject o;
    json::putText(o, u"measures"_s, r.measures);
    json::putText(o, u"responsibleUnit"_s, r.responsibleUnit);
    json::putText(o, u"responsiblePerson"_s, r.responsiblePerson);
    json::putText(o, u"deadline"_s, r.deadline);
    json::putEnum(o, u"state"_s, r.state);
    json::putText(o, u"result"_s, r.result);
    json::putNonZero(o, u"closedAtMs"_s, r.closedAtMs);
    json::putText(o, u"approvedBy"_s, r.approvedBy);
    json::putTexts(o, u"evidenceIds"_s, r.evidenceIds);
    return o;
}

ClueRectification rectificationFromJson(json::Reader &in)
{
    ClueRectification r;
    r.measures = in.text(u"measures"_s);
    r.responsibleUnit = in.text(u"responsibleUnit"_s);
    r.responsiblePerson = in.text(u"responsiblePerson"_s);
    r.deadline = in.text(u"deadline"_s);
    r.state = in.enumeration<CloseOutState>(u"state"_s);
    r.result = in.text(u"result"_s);
    r.closedAtMs = in.integer(u"closedAtMs"_s);
    r.approvedBy = in.text(u"approvedBy"_s);
    r.evidenceIds = in.texts(u"evidenceIds"_s);
    return r;
}

void validateOutline(QList<FieldIssue> &issues, const geo::Polygon &outline)
{
    QList<geo::Ring> rings{outline.outer};
    rings.append(outline.holes);
    for (qsizetype r = 0; r < rings.size(); ++r) {
        const QString ringPath = json::indexPath(u"outline"_s, r);
        const geo::Ring &ring = rings.at(r);
        const bool closed = ring.size() > 1 && ring.first() == ring.last();
        if (ring.size() - (closed ? 1 : 0) < 3)
            checks::error(issues, ringPath,
                          u"an outline needs at least 3 corner points, it has %1"_s.arg(
                              ring.size() - (closed ? 1 : 0)));
        for (qsizetype i = 0; i < ring.size(); ++i) {
            if (!geo::isValidWgs84(ring.at(i)))
                checks::error(
                    issues, json::indexPath(ringPath, i),
                    u"point %1, %2 is not a valid latitude/longitude"_s.arg(
                        checks::plainNumber(ring.at(i).lat), checks::plainNumber(ring.at(i).lon)));
        }
    }
}

void validateVerification(QList<FieldIssue> &issues, const ClueVerification &v, qint64 nowMs)
{
    const QString path = u"verification"_s;
    if (v.outcome != VerificationOutcome::Pending) {
        checks::requireText(issues, path + u".verifiedBy"_s, v.verifiedBy,
                            u"who verified the clue"_s);
        checks::requireTime(issues, path + u".verifiedAtMs"_s, v.verifiedAtMs, nowMs,
                            u"the verification time"_s);
    } else {
        checks::checkTime(issues, path + u".verifiedAtMs"_s, v.verifiedAtMs, nowMs);
    }
    if (v.position)
        checks::checkPosition(issues, path + u".position"_s, *v.position);
    checks::checkIds(issues, path + u".evidenceIds"_s, v.evidenceIds);
}

void validateRectification(QList<FieldIssue> &issues, const ClueRectification &r, qint64 nowMs)
{
    const QString path = u"rectification"_s;
    checks::checkIsoDate(issues, path + u".deadline"_s, r.deadline);
    checks::checkIds(issues, path + u".evidenceIds"_s, r.evidenceIds);
    if (r.state == CloseOutState::ClosedOut) {
        if (r.evidenceIds.isEmpty())
            checks::error(issues, path + u".evidenceIds"_s,
                          u"a close-out needs evidence (photos or documents)"_s);
        checks::requireText(issues, path + u".approvedBy"_s, r.approvedBy,
                            u"who approved the close-out"_s);
        checks::requireTime(issues, path + u".closedAtMs"_s, r.closedAtMs, nowMs,
                            u"the close-out time"_s);
    } else {
        checks::checkTime(issues, path + u".closedAtMs"_s, r.closedAtMs, nowMs);
    }
}

} // namespace

QJsonObject GreenShieldClue::toJson() const
{
    QJsonObject o;
    json::putText(o, u"clueCode"_s, clueCode);
    json::putText(o, u"countyCode"_s, countyCode);
    json::putText(o, u"protectedAreaId"_s, protectedAreaId);
    json::putText(o, u"protectedAreaName"_s, protectedAreaName);
    json::putText(o, u"protectedAreaLevel"_s, protectedAreaLevel);
    if (location)
        o.insert(u"location"_s, json::positionToJson(*location));
    if (outline)
        o.insert(u"outline"_s, json::polygonToJson(*outline));
    json::putEnum(o, u"suspectedType"_s, suspectedType);
    json::putNonZero(o, u"suspectedAreaSquareMeters"_s, suspectedAreaSquareMeters);
    json::putEnum(o, u"source"_s, source);
    json::putText(o, u"description"_s, description);
    o.insert(u"verification"_s, verificationToJson(verification));
    o.insert(u"rectification"_s, rectificationToJson(rectification));
    return o;
}

Result<GreenShieldClue> GreenShieldClue::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    GreenShieldClue c;
    c.clueCode = in.text(u"clueCode"_s);
    c.countyCode = in.text(u"countyCode"_s);
    c.protectedAreaId = in.text(u"protectedAreaId"_s);
    c.protectedAreaName = in.text(u"protectedAreaName"_s);
    c.protectedAreaLevel = in.text(u"protectedAreaLevel"_s);
    c.location = in.optionalPosition(u"location"_s);
    c.outline = in.optionalPolygon(u"outline"_s);
    c.suspectedType = in.enumeration<ActivityType>(u"suspectedType"_s);
    c.suspectedAreaSquareMeters = in.number(u"suspectedAreaSquareMeters"_s);
    c.source = in.enumeration<ClueSource>(u"source"_s);
    c.description = in.text(u"description"_s);
    // Both parts are always written (they carry the outcome and close-out state).
    if (auto v = in.object(u"verification"_s, Need::Required))
        c.verification = verificationFromJson(*v);
    if (auto r = in.object(u"rectification"_s, Need::Required))
        c.rectification = rectificationFromJson(*r);
    if (error)
        return *error;
    return c;
}

QList<FieldIssue> GreenShieldClue::validate(qint64 nowMs) const
{
    QList<FieldIssue> issues;
    checks::requireText(issues, u"clueCode"_s, clueCode, u"the problem code"_s);
    checks::checkDivisionCode(issues, u"countyCode"_s, countyCode, false);
    if (location)
        checks::checkPosition(issues, u"location"_s, *location);
    if (outline)
        validateOutline(issues, *outline);
    checks::checkNotNegative(issues, u"suspectedAreaSquareMeters"_s, suspectedAreaSquareMeters,
                             u"area"_s);
    validateVerification(issues, verification, nowMs);
    validateRectification(issues, rectification, nowMs);
    return issues;
}

std::optional<geo::LatLon> GreenShieldClue::referencePoint() const
{
    if (verification.position)
        return verification.position->latLon();
    if (location)
        return location->latLon();
    if (outline && !outline->outer.isEmpty()) {
        const geo::LatLon centre = geo::centroid(*outline);
        if (geo::isValidWgs84(centre))
            return centre;
    }
    return std::nullopt;
}

} // namespace fl
