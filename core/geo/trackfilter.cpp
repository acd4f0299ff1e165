#include "trackfilter.h"

#include "geodesic.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::geo {

namespace {

constexpr double kMpsToKmh = 3.6;

// One decimal at most: enough to show why 50.4 m failed a 50 m limit, without noise.
QString num(double v)
{
    return QString::number(std::round(v * 10.0) / 10.0);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Why a value is unusable, or empty when it is fine. Bad optional values (NaN accuracy, negative
// speed) mean the receiver's data cannot be trusted, so the whole fix is treated as invalid
// rather than silently dropping the bad value.
QString invalidValue(const char16_t *name, double v, const char16_t *unit)
{
    const QString n = QString::fromUtf16(name);
    if (std::isnan(v))
        return n + u" is not a number"_s;
    if (std::isinf(v))
        return n + u" is infinite"_s;
    if (v < 0)
        return n + u" "_s + num(v) + u" "_s + QString::fromUtf16(unit) + u" is negative"_s;
    return {};
}

QString invalidCoordinate(const TrackFix &fix)
{
    if (!std::isfinite(fix.lat) || fix.lat < -90.0 || fix.lat > 90.0)
        return std::isfinite(fix.lat) ? u"latitude %1 out of range"_s.arg(fix.lat)
                                      : u"latitude is not a finite number"_s;
    if (!std::isfinite(fix.lon) || fix.lon < -180.0 || fix.lon > 180.0)
        return std::isfinite(fix.lon) ? u"longitude %1 out of range"_s.arg(fix.lon)
                                      : u"longitude is not a finite number"_s;
    if (fix.hAccuracy) {
        if (QString why = invalidValue(u"accuracy", *fix.hAccuracy, u"m"); !why.isEmpty())
            return why;
    }
    if (fix.speed) {
        if (QString why = invalidValue(u"speed", *fix.speed, u"m/s"); !why.isEmpty())
            return why;
    }
    return {};
}

double impliedSpeed(const TrackFix &from, const TrackFix &to)
{
    const double seconds = double(to.timeMs - from.timeMs) / 1000.0;
    return distanceMeters(from.position(), to.position()) / seconds;
}

// Whole km/h: that is how people think of vehicle speeds.
QString speedDetail(double speed, double limit)
{
    return u"speed %1 km/h from previous fix, limit %2 km/h"_s.arg(
        QString::number(std::lround(speed * kMpsToKmh)),
        QString::number(std::lround(limit * kMpsToKmh)));
}

// Whether `to` could follow `from` in a real track: later, and reachable within the speed limit.
bool consistent(const TrackFix &from, const TrackFix &to, const TrackFilterSettings &settings)
{
    return to.timeMs > from.timeMs && impliedSpeed(from, to) <= settings.maxSpeedMps;
}

// Carries the state of one pass through a track.
class Filter
{
public:
    Filter(const TrackFilterState &state, qint64 nowMs, const TrackFilterSettings &settings)
        : m_anchor(state.previous)
        , m_nowMs(nowMs)
        , m_settings(settings)
    {
        // Without an anchor nothing is rejected for speed, so there can be no run.
        if (m_anchor)
            m_streak = trailingConsistentRun(state.speedRejectedRun, settings);
    }

    void add(const TrackFix &fix)
    {
        if (QString why = invalidCoordinate(fix); !why.isEmpty())
            return drop(fix, DropReason::InvalidCoordinate, why);
        if (fix.timeMs > m_nowMs + m_settings.futureToleranceMs)
            return drop(fix, DropReason::FromFuture,
                        u"time %1 is %2 s after the device clock, tolerance %3 s"_s.arg(
                            isoTime(fix.timeMs), num((fix.timeMs - m_nowMs) / 1000.0),
                            num(m_settings.futureToleranceMs / 1000.0)));
        if (m_anchor && fix.timeMs <= m_anchor->timeMs)
            return drop(fix, DropReason::DuplicateTime,
                        u"time %1 is not after the previous kept fix at %2"_s.arg(
                            isoTime(fix.timeMs), isoTime(m_anchor->timeMs)));
        if (fix.hAccuracy && *fix.hAccuracy > m_settings.maxAccuracyMeters)
            return drop(fix, DropReason::PoorAccuracy,
                        u"accuracy %1 m, limit %2 m"_s.arg(num(*fix.hAccuracy),
                                                           num(m_settings.maxAccuracyMeters)));
        if (m_anchor) {
            const double speed = impliedSpeed(*m_anchor, fix);
            if (!(speed <= m_settings.maxSpeedMps))
                return rejectSpeed(fix, speed);
        }
        keep(fix);
    }

    TrackFilterResult take() { return std::move(m_result); }

private:
    void drop(const TrackFix &fix, DropReason reason, const QString &detail)
    {
        m_result.dropped.append({fix, reason, detail, int(m_result.kept.size())});
    }

    void keep(const TrackFix &fix)
    {
        m_result.kept.append(fix);
        m_anchor = fix;
        m_streak.clear();
    }

    // A run of fixes that all disagree with the anchor but agree with each other means the
    // anchor was the bad fix (or the device really moved, e.g. after a cold start). Only the last
    // fix of the run is kept as the new anchor: the earlier ones stay dropped, because once
    // dropped they are already reported, and keeping the output append-only is what lets batches
    // be filtered one after another.
    void rejectSpeed(const TrackFix &fix, double speed)
    {
        drop(fix, DropReason::ImpossibleSpeed, speedDetail(speed, m_settings.maxSpeedMps));
        if (m_settings.reanchorAfter <= 0)
            return; // never re-anchors: no run to keep
        if (!m_streak.isEmpty() && !consistent(m_streak.constLast(), fix, m_settings))
            m_streak.clear();
        m_streak.append(fix);
        if (m_streak.size() >= m_settings.reanchorAfter) {
            m_result.dropped.removeLast();
            keep(fix);
        }
    }

    std::optional<TrackFix> m_anchor;
    qint64 m_nowMs;
    TrackFilterSettings m_settings;
    QList<TrackFix> m_streak; // consecutive speed-rejected fixes, each consistent with the last
    TrackFilterResult m_result;
};

} // namespace

QString dropReasonName(DropReason reason)
{
    switch (reason) {
    case DropReason::InvalidCoordinate:
        return u"invalid-coordinate"_s;
    case DropReason::FromFuture:
        return u"from-future"_s;
    case DropReason::DuplicateTime:
        return u"duplicate-time"_s;
    case DropReason::PoorAccuracy:
        return u"poor-accuracy"_s;
    case DropReason::ImpossibleSpeed:
        return u"impossible-speed"_s;
    }
    return u"invalid-coordinate"_s;
}

std::optional<DropReason> dropReasonFromName(QStringView name)
{
    for (DropReason r :
         {DropReason::InvalidCoordinate, DropReason::FromFuture, DropReason::DuplicateTime,
          DropReason::PoorAccuracy, DropReason::ImpossibleSpeed}) {
        if (name == dropReasonName(r))
            return r;
    }
    return std::nullopt;
}

// The same run the filter builds fix by fix (a fix inconsistent with the run's last fix starts a
// new run), found from the end: the run ends at the last fix and reaches back while each fix is
// consistent with the one after it.
QList<TrackFix> trailingConsistentRun(const QList<TrackFix> &speedRejectedAfterPrevious,
                                      const TrackFilterSettings &settings)
{
    if (settings.reanchorAfter <= 0)
        return {};
    const QList<TrackFix> &fixes = speedRejectedAfterPrevious;
    const qsizetype maxLength = settings.reanchorAfter - 1;
    qsizetype start = fixes.size();
    if (start > 0 && maxLength > 0)
        --start; // the last fix always belongs to the run
    while (start > 0 && fixes.size() - start < maxLength &&
           consistent(fixes[start - 1], fixes[start], settings))
        --start;
    return fixes.mid(start);
}

// Fixes dropped for reasons other than speed neither extend nor break a re-anchoring run: they
// say nothing trustworthy about where the device is. The run is carried between batches in
// TrackFilterState, so a run split across batches goes on where it stopped.
TrackFilterResult filterTrack(const QList<TrackFix> &fixes, const TrackFilterState &state,
                              qint64 nowMs, const TrackFilterSettings &settings)
{
    Filter filter(state, nowMs, settings);
    for (const TrackFix &fix : fixes)
        filter.add(fix);
    return filter.take();
}

} // namespace fl::geo
