#include "appsettings.h"

#include "domain/checks.h"
#include "geo/gcj02.h"
#include "recordstore.h"
#include "translator.h"

#include <QDirIterator>
#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString kLanguage = u"app.language"_s;
const QString kCoordinates = u"app.coordinates"_s;
const QString kServer = u"app.server"_s;
} // namespace

AppSettings::AppSettings(RecordStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    fl::Store &s = m_store->store();
    m_language = s.setting(kLanguage).value_or(QString());
    if (!Translator::languages().contains(m_language))
        m_language = Translator::languages().first();
    if (s.setting(kCoordinates).value_or(QString()) == u"gcj02")
        m_coordinates = Gcj02;
    m_server = s.setting(kServer).value_or(QString());
    if (m_server.isEmpty()) {
        if (auto enrolment = s.enrolment(); enrolment && enrolment->has_value())
            m_server = enrolment->value().server;
    }
    // Storage used is counted when the Settings screen opens (refreshStorage), not at start:
    // walking every evidence file would slow the first frame on a full device.
}

void AppSettings::save(const QString &key, const QString &value)
{
    // A setting that cannot be saved (disk full) still applies for this run.
    (void)m_store->store().setSetting(key, value);
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == m_language || !Translator::languages().contains(language))
        return;
    m_language = language;
    save(kLanguage, language);
    Q_EMIT languageChanged();
}

QStringList AppSettings::languages() const
{
    return Translator::languages();
}

QString AppSettings::languageName(const QString &language)
{
    if (language == u"zh_CN")
        return u"简体中文"_s;
    if (language == u"ug")
        return u"ئۇيغۇرچە"_s;
    if (language == u"en")
        return u"English"_s;
    return language;
}

void AppSettings::setCoordinateSystem(CoordinateSystem system)
{
    if (system == m_coordinates)
        return;
    m_coordinates = system;
    save(kCoordinates, system == Gcj02 ? u"gcj02"_s : u"wgs84"_s);
    Q_EMIT coordinateSystemChanged();
}

void AppSettings::setServer(const QString &server)
{
    const QString trimmed = server.trimmed();
    if (trimmed == m_server)
        return;
    m_server = trimmed;
    save(kServer, trimmed);
    Q_EMIT serverChanged();
}

void AppSettings::refreshStorage()
{
    qint64 total = 0;
    QDirIterator it(m_store->folder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    if (total == m_storageBytes)
        return;
    m_storageBytes = total;
    Q_EMIT storageBytesChanged();
}

QString AppSettings::formatPosition(double lat, double lon) const
{
    fl::geo::LatLon p{lat, lon};
    if (!fl::geo::isValidWgs84(p))
        return tr("no position");
    if (m_coordinates == Gcj02)
        p = fl::geo::wgs84ToGcj02(p);
    const QString ns = p.lat >= 0 ? tr("N") : tr("S");
    const QString ew = p.lon >= 0 ? tr("E") : tr("W");
    return u"%1° %2, %3° %4"_s.arg(std::abs(p.lat), 0, 'f', 5)
        .arg(ns)
        .arg(std::abs(p.lon), 0, 'f', 5)
        .arg(ew);
}

QString AppSettings::formatAccuracy(double meters)
{
    if (!std::isfinite(meters) || meters <= 0)
        return tr("accuracy unknown");
    return tr("±%1 m").arg(qRound(meters));
}

QString AppSettings::formatDistance(double meters)
{
    if (meters < 1000)
        return tr("%1 m").arg(qRound(meters));
    return tr("%1 km").arg(meters / 1000.0, 0, 'f', 2);
}

QString AppSettings::formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m);
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(s);
    return tr("%1 s").arg(s);
}

QString AppSettings::formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(bytes / 1024.0, 0, 'f', 1);
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MB").arg(bytes / (1024.0 * 1024), 0, 'f', 1);
    return tr("%1 GB").arg(bytes / (1024.0 * 1024 * 1024), 0, 'f', 2);
}

QString AppSettings::formatTime(qint64 utcMs, bool withSeconds)
{
    if (utcMs <= 0)
        return tr("never");
    return fl::checks::beijingTime(utcMs, withSeconds);
}

QString AppSettings::formatBearing(double degrees)
{
    static const char *const names[] = {
        QT_TR_NOOP("N"), QT_TR_NOOP("NE"), QT_TR_NOOP("E"), QT_TR_NOOP("SE"),
        QT_TR_NOOP("S"), QT_TR_NOOP("SW"), QT_TR_NOOP("W"), QT_TR_NOOP("NW"),
    };
    if (!std::isfinite(degrees))
        return {};
    const double d = std::fmod(std::fmod(degrees, 360.0) + 360.0, 360.0);
    const int sector = int(std::lround(d / 45.0)) % 8;
    return tr("%1° %2").arg(qRound(d) % 360).arg(tr(names[sector]));
}
