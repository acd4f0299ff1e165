#pragma once

// 绿盾 Green Shield: a suspected problem in a protected area flagged by remote sensing (疑似问题
// 点位), verified on site (核查), rectified, and closed out (销号).

#include "common.h"
#include "geo/polygon.h"
#include "record.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace fl {

enum class FunctionalZone {
    Unknown,        // not derived yet (no position or no zone data)
    Outside,        // outside every zone of the area
    Core,           // 核心区 (nature reserve)
    Buffer,         // 缓冲区
    Experimental,   // 实验区
    CoreProtection, // 核心保护区 (national park)
    GeneralControl, // 一般控制区
};

// A protected area and its functional zones, imported by the office (reference data, not a
// record the field edits).
struct ProtectedArea
{
    QString id;
    QString name;
    QString level; // "national", "regional", ...
    struct Zone
    {
        FunctionalZone zone = FunctionalZone::Core;
        geo::MultiPolygon shape;
    };
    QList<Zone> zones;
};

// The zone containing `point`, testing the strictest first (core before buffer before
// experimental), so a point on a shared border gets the stricter zone.
[[nodiscard]] FunctionalZone functionalZoneAt(const ProtectedArea &area, geo::LatLon point);

enum class ActivityType {
    ResidentialSite,     // 居住点
    ArtificialFacility,  // 其他人工设施
    OtherHumanActivity,  // 其他人类活动
    Mining,              // 采矿
    Tourism,             // 旅游
    Energy,              // 能源
    Farming,             // 养殖/种植
    Other,
};

enum class ClueSource { RemoteSensing, Report, Inspection };

enum class VerificationOutcome { Pending, Confirmed, NotAProblem, AlreadyRectified };

enum class CloseOutState { Open, Rectifying, AwaitingAcceptance, ClosedOut }; // 销号

struct ClueVerification
{
    VerificationOutcome outcome = VerificationOutcome::Pending;
    qint64 verifiedAtMs = 0;
    QString verifiedBy;
    std::optional<Position> position; // where the supervisor stood / the facility is
    QString facilityName;
    QString facilityType;
    QString scale;            // e.g. "1200 m2, 3 buildings"
    QString constructionTime; // as known: "2019", "2019-05"
    QString currentState;
    FunctionalZone functionalZone = FunctionalZone::Unknown; // derived, never typed
    QString notes;
    QStringList evidenceIds;
};

struct ClueRectification
{
    QString measures;
    QString responsibleUnit;
    QString responsiblePerson;
    QString deadline; // ISO date
    CloseOutState state = CloseOutState::Open;
    QString result;
    qint64 closedAtMs = 0;
    QString approvedBy;
    QStringList evidenceIds; // a close-out needs evidence
};

struct GreenShieldClue
{
    QString clueCode; // e.g. "202302-43-N1-007-MD-0018": an opaque id
    QString countyCode;
    QString protectedAreaId;
    QString protectedAreaName;
    QString protectedAreaLevel;
    std::optional<Position> location;     // the clue's point
    std::optional<geo::Polygon> outline;  // the remote-sensing patch, when given
    ActivityType suspectedType = ActivityType::Other;
    double suspectedAreaSquareMeters = 0;
    ClueSource source = ClueSource::RemoteSensing;
    QString description;
    ClueVerification verification;
    ClueRectification rectification;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<GreenShieldClue> fromJson(const QJsonObject &json);
    // A ClosedOut state needs evidence, an approver and a close time; a verified outcome needs a
    // verifier and time; a deadline must be an ISO date.
    [[nodiscard]] QList<FieldIssue> validate(qint64 nowMs) const;
    // Where the zone is derived from: the verification position, else the clue point, else the
    // outline's centroid.
    [[nodiscard]] std::optional<geo::LatLon> referencePoint() const;
};

} // namespace fl
