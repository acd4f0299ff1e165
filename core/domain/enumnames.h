#pragma once

// Stable snake_case names of the domain enums ("cleared_on_spot", "random_draw", ...). They are
// the JSON wire form, so a name never changes once released; one table per enum serves both
// directions.

#include "evidence.h"
#include "greenshield.h"
#include "inspection.h"
#include "patrol.h"
#include "rectification.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fl {

[[nodiscard]] QString enumName(ChiefLevel value);
[[nodiscard]] QString enumName(ProblemCategory value);
[[nodiscard]] QString enumName(ProblemHandling value);
[[nodiscard]] QString enumName(PatrolStatus value);
[[nodiscard]] QString enumName(InspectionSource value);
[[nodiscard]] QString enumName(CheckResult value);
[[nodiscard]] QString enumName(SignerRole value);
[[nodiscard]] QString enumName(InspectionStatus value);
[[nodiscard]] QString enumName(FunctionalZone value);
[[nodiscard]] QString enumName(ActivityType value);
[[nodiscard]] QString enumName(ClueSource value);
[[nodiscard]] QString enumName(VerificationOutcome value);
[[nodiscard]] QString enumName(CloseOutState value);
[[nodiscard]] QString enumName(MediaKind value);
[[nodiscard]] QString enumName(TaskStatus value);
[[nodiscard]] QString enumName(ComplaintChannel value);
[[nodiscard]] QString enumName(ComplaintStatus value);

// The value named `name`, or nullopt for an unknown name (names are case-sensitive).
template <typename E>
[[nodiscard]] std::optional<E> enumFromName(QStringView name);

template <>
std::optional<ChiefLevel> enumFromName<ChiefLevel>(QStringView name);
template <>
std::optional<ProblemCategory> enumFromName<ProblemCategory>(QStringView name);
template <>
std::optional<ProblemHandling> enumFromName<ProblemHandling>(QStringView name);
template <>
std::optional<PatrolStatus> enumFromName<PatrolStatus>(QStringView name);
template <>
std::optional<InspectionSource> enumFromName<InspectionSource>(QStringView name);
template <>
std::optional<CheckResult> enumFromName<CheckResult>(QStringView name);
template <>
std::optional<SignerRole> enumFromName<SignerRole>(QStringView name);
template <>
std::optional<InspectionStatus> enumFromName<InspectionStatus>(QStringView name);
template <>
std::optional<FunctionalZone> enumFromName<FunctionalZone>(QStringView name);
template <>
std::optional<ActivityType> enumFromName<ActivityType>(QStringView name);
template <>
std::optional<ClueSource> enumFromName<ClueSource>(QStringView name);
template <>
std::optional<VerificationOutcome> enumFromName<VerificationOutcome>(QStringView name);
template <>
std::optional<CloseOutState> enumFromName<CloseOutState>(QStringView name);
template <>
std::optional<MediaKind> enumFromName<MediaKind>(QStringView name);
template <>
std::optional<TaskStatus> enumFromName<TaskStatus>(QStringView name);
template <>
std::optional<ComplaintChannel> enumFromName<ComplaintChannel>(QStringView name);
template <>
std::optional<ComplaintStatus> enumFromName<ComplaintStatus>(QStringView name);

} // namespace fl
