#include "positionfeed.h"

#include "geo/geodesic.h"
#include "languagewatcher.h"

#include <QGeoPositionInfoSource>

#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

fl::geo::TrackFix toFix(const QGeoPositionInfo &info)
{
    fl::geo::TrackFix fix;
    fix.timeMs = info.timestamp().toMSecsSinceEpoch();
    fix.lat = info.coordinate().latitude();
    fix.lon = info.coordinate().longitude();
    if (std::isfinite(info.coordinate().altitude()))
        fix.altitude = info.coordinate().altitude();
    // Qt's NMEA source reports NaN for what the receiver did not say: unknown, not a value.
    const auto known = [&info](QGeoPositionInfo::Attribute a) -> std::optional<double> {
        if (!info.hasAttribute(a) || !std::isfinite(info.attribute(a)))
            return std::nullopt;
        return info.attribute(a);
    };
    fix.hAccuracy = known(QGeoPositionInfo::HorizontalAccuracy);
    fix.speed = known(QGeoPositionInfo::GroundSpeed);
    return fix;
}

bool reachable(const fl::geo::TrackFix &from, const fl::geo::TrackFix &to)
{
    const double seconds = std::max<qint64>(to.timeMs - from.timeMs, 1000) / 1000.0;
    return fl::geo::distanceMeters(from.position(), to.position()) / seconds <=
           PositionFeed::kMaxSpeedMps;
}

} // namespace

PositionFeed::PositionFeed(QObject *parent)
    : QObject(parent)
{
    // message and summary are words: say them again in the new language.
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this,
            &PositionFeed::changed);
    m_staleTimer.setSingleShot(true);
    m_staleTimer.setInterval(kStaleMs);
    connect(&m_staleTimer, &QTimer::timeout, this, &PositionFeed::onStale);
}

PositionFeed::~PositionFeed() = default;

void PositionFeed::setSource(QGeoPositionInfoSource *source)
{
    m_source.reset(source);
    m_current.reset();
    m_jumpCandidates.clear();
    if (!m_source) {
        setStatus(Unavailable);
        return;
    }
    m_source->setParent(nullptr); // owned here, whoever made it
    m_source->setUpdateInterval(1000);
    connect(m_source.get(), &QGeoPositionInfoSource::positionUpdated, this,
            &PositionFeed::onPositionUpdated);
    connect(m_source.get(), &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error e) { onSourceError(int(e)); });
    setStatus(Starting);
}

void PositionFeed::start()
{
    if (!m_source)
        return;
    m_source->startUpdates();
    // Some sources report a refused permission only through error() after starting.
    if (m_source->error() != QGeoPositionInfoSource::NoError)
        onSourceError(int(m_source->error()));
    m_staleTimer.start();
}

void PositionFeed::stop()
{
    if (m_source)
        m_source->stopUpdates();
    m_staleTimer.stop();
}

double PositionFeed::latitude() const
{
    return m_current ? m_current->lat : kNaN;
}

double PositionFeed::longitude() const
{
    return m_current ? m_current->lon : kNaN;
}

double PositionFeed::accuracy() const
{
    return m_current && m_current->hAccuracy ? *m_current->hAccuracy : kNaN;
}

double PositionFeed::altitude() const
{
    return m_current && m_current->altitude ? *m_current->altitude : kNaN;
}

qint64 PositionFeed::timestampMs() const
{
    return m_current ? m_current->timeMs : 0;
}

PositionFeed::Quality PositionFeed::quality() const
{
    if (!valid())
        return NoFix;
    const double a = accuracy();
    if (std::isnan(a) || a > kFairMeters)
        return Poor;
    return a <= kGoodMeters ? Good : Fair;
}

QString PositionFeed::message() const
{
    switch (m_status) {
    case Starting:
        return tr("Looking for satellites…");
    case NoFixYet:
        return m_current ? tr("Signal lost: the last fix is more than 15 seconds old")
                         : tr("No fix yet: stay under open sky");
    case PermissionDenied:
        return tr("Location permission refused: allow it in the phone's settings to record "
                  "tracks and place records");
    case Unavailable:
        return tr("This device has no positioning: records are saved without a position");
    case Failed:
        return tr("Positioning stopped working: restart the app if it does not come back");
    case Active:
        break;
    }
    switch (quality()) {
    case Good:
        return tr("Good fix");
    case Fair:
        return tr("Fair fix");
    case Poor:
        return tr("Poor fix: positions may be off by more than 30 m");
    case NoFix:
        break;
    }
    return tr("No fix");
}

QString PositionFeed::summary() const
{
    const double a = accuracy();
    const QString metres = std::isnan(a) ? QString() : tr(" ±%1 m").arg(qRound(a));
    switch (quality()) {
    case Good:
        return tr("Good fix") + metres;
    case Fair:
        return tr("Fair fix") + metres;
    case Poor:
        return tr("Poor fix") + metres;
    case NoFix:
        break;
    }
    return tr("No fix");
}

std::optional<fl::Position> PositionFeed::currentPosition() const
{
    if (!valid())
        return std::nullopt;
    fl::Position p{m_current->lat, m_current->lon, m_current->altitude, m_current->hAccuracy};
    return p;
}

void PositionFeed::onPositionUpdated(const QGeoPositionInfo &info)
{
    if (!info.isValid() ||
        !fl::geo::isValidWgs84(info.coordinate().latitude(), info.coordinate().longitude()))
        return;
    const fl::geo::TrackFix fix = toFix(info);
    Q_EMIT fixReceived(fix);
    if (isJump(fix)) {
        ++m_rejectedJumps;
        Q_EMIT changed();
        return;
    }
    m_current = fix;
    m_stale = false;
    m_staleTimer.start();
    m_status = Active;
    Q_EMIT changed();
}

// A fix that could not be reached from the current one is held back until enough later fixes
// agree with it (then the earlier fix was the bad one and the device really is there).
bool PositionFeed::isJump(const fl::geo::TrackFix &fix)
{
    if (!m_current || m_stale || reachable(*m_current, fix)) {
        m_jumpCandidates.clear();
        return false;
    }
    if (!m_jumpCandidates.isEmpty() && !reachable(m_jumpCandidates.last(), fix))
        m_jumpCandidates.clear();
    m_jumpCandidates.append(fix);
    if (m_jumpCandidates.size() >= kConfirmJumpAfter) {
        m_jumpCandidates.clear();
        return false;
    }
    return true;
}

void PositionFeed::onSourceError(int error)
{
    switch (QGeoPositionInfoSource::Error(error)) {
    case QGeoPositionInfoSource::AccessError:
        setStatus(PermissionDenied);
        break;
    case QGeoPositionInfoSource::ClosedError:
        setStatus(Unavailable);
        break;
    case QGeoPositionInfoSource::UpdateTimeoutError:
        setStatus(NoFixYet);
        break;
    case QGeoPositionInfoSource::UnknownSourceError:
        setStatus(Failed);
        break;
    case QGeoPositionInfoSource::NoError:
        break;
    }
}

void PositionFeed::onStale()
{
    if (m_status == PermissionDenied || m_status == Unavailable || m_status == Failed)
        return;
    m_stale = m_current.has_value();
    setStatus(NoFixYet);
    Q_EMIT changed();
}

void PositionFeed::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT changed();
}
