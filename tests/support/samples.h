#pragma once

// Realistic sample records for tests and benchmarks (Xinjiang places, real code formats).

#include "domain/evidence.h"
#include "domain/greenshield.h"
#include "domain/inspection.h"
#include "domain/patrol.h"
#include "domain/rectification.h"
#include "geo/latlon.h"

#include <QList>

namespace fl::samples {

inline constexpr qint64 kNov23_2026_10am_Beijing = 1'795'399'200'000; // 2026-11-23 02:00 UTC

[[nodiscard]] Patrol patrol(qint64 startMs);
[[nodiscard]] PatrolProblem garbageProblem(qint64 foundAtMs);
[[nodiscard]] Inspection inspection(qint64 startMs);
[[nodiscard]] GreenShieldClue clue();
[[nodiscard]] ProtectedArea protectedArea(); // square zones around the clue
[[nodiscard]] RectificationTask task(const QString &assignee);
[[nodiscard]] ComplaintCase complaint(qint64 receivedMs);

// A walk along the Urumqi river: `count` fixes at 1 Hz, ~1.4 m/s, 5 m accuracy.
[[nodiscard]] QList<geo::TrackFix> walk(qint64 startMs, int count);

} // namespace fl::samples
