#include "nmea.h"

#include <QByteArray>
#include <QDate>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace fl::geo {

namespace {

constexpr double kKnotsToMps = 1852.0 / 3600.0;
constexpr double kHdopToMeters = 5.0; // rough UERE: what a phone-grade receiver achieves
constexpr int kMsPerDay = 86'400'000;

using Fields = QList<QByteArray>;

// Everything the sentences of one epoch (one UTC time) said.
struct Epoch
{
    int timeOfDayMs = 0;
    int firstLine = 0;
    std::optional<LatLon> ggaPosition;
    std::optional<double> altitude;
    std::optional<double> ggaHdop;
    std::optional<LatLon> rmcPosition;
    std::optional<QDate> date;
    std::optional<double> speed;
    std::optional<double> gstAccuracy;
    std::optional<double> gsaHdop;
};

QString hex2(int v)
{
    return QString::number(v, 16).toUpper().rightJustified(2, u'0');
}

QString timeText(int timeOfDayMs)
{
    return QTime::fromMSecsSinceStartOfDay(timeOfDayMs).toString(u"HH:mm:ss.zzz"_s);
}

std::optional<double> number(const QByteArray &field)
{
    bool ok = false;
    const double v = field.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// "hhmmss" or "hhmmss.sss" as milliseconds since midnight.
std::optional<int> timeOfDay(const QByteArray &field)
{
    if (field.size() < 6)
        return std::nullopt;
    bool okH = false, okM = false;
    const int h = field.left(2).toInt(&okH);
    const int m = field.mid(2, 2).toInt(&okM);
    const std::optional<double> s = number(field.mid(4));
    if (!okH || !okM || !s || h > 23 || m > 59 || *s < 0 || *s >= 60.0)
        return std::nullopt;
    return int(std::lround((h * 3600 + m * 60 + *s) * 1000.0));
}

// "ddmmyy"; two-digit years 80-99 are 1980-1999 (GPS began in 1980), the rest 2000-2079.
std::optional<QDate> dateField(const QByteArray &field)
{
    if (field.size() != 6)
        return std::nullopt;
    bool okD = false, okM = false, okY = false;
    const int d = field.left(2).toInt(&okD);
    const int m = field.mid(2, 2).toInt(&okM);
    const int y = field.mid(4, 2).toInt(&okY);
    const QDate date(y >= 80 ? 1900 + y : 2000 + y, m, d);
    if (!okD || !okM || !okY || !date.isValid())
        return std::nullopt;
    return date;
}

// "ddmm.mmmm" (or "dddmm.mmmm") with hemisphere letter: positive north/east.
std::optional<double> angle(const QByteArray &value, const QByteArray &hemisphere, double limit,
                            char positive, char negative)
{
    const std::optional<double> v = number(value);
    if (!v || *v < 0 || hemisphere.size() != 1)
        return std::nullopt;
    const double degrees = std::floor(*v / 100.0);
    const double minutes = *v - degrees * 100.0;
    const double result = degrees + minutes / 60.0;
    if (minutes >= 60.0 || result > limit)
        return std::nullopt;
    if (hemisphere[0] == positive)
        return result;
    if (hemisphere[0] == negative)
        return -result;
    return std::nullopt;
}

std::optional<LatLon> position(const Fields &f, int latIndex)
{
    const auto lat = angle(f[latIndex], f[latIndex + 1], 90.0, 'N', 'S');
    const auto lon = angle(f[latIndex + 2], f[latIndex + 3], 180.0, 'E', 'W');
    if (!lat || !lon)
        return std::nullopt;
    return LatLon{*lat, *lon};
}

class Parser
{
public:
    explicit Parser(QStringView defaultDate)
    {
        if (defaultDate.isEmpty())
            return;
        const QDate d = QDate::fromString(defaultDate.toString(), Qt::ISODate);
        if (d.isValid())
            m_date = d;
        else
            problem(0, u"default date \"%1\" is not yyyy-MM-dd"_s.arg(defaultDate));
    }

    void line(int lineNo, const QByteArray &text)
    {
        if (text.isEmpty())
            return; // blank lines are normal between logging sessions
        if (!text.startsWith('$'))
            return problem(lineNo, u"not an NMEA sentence"_s);
        const std::optional<QByteArray> body = checkedBody(lineNo, text);
        if (!body)
            return;
        ++m_result.sentences;
        sentence(lineNo, body->split(','));
    }

    NmeaParseResult finish()
    {
        finishEpoch();
        return std::move(m_result);
    }

private:
    void problem(int lineNo, const QString &message)
    {
        m_result.problems.append({lineNo, message});
    }

    // The text between '$' and '*', or nothing (reported) when the checksum is wrong. Sentences
    // without "*hh" are accepted: many loggers strip checksums, and the field checks below still
    // reject garbled positions.
    std::optional<QByteArray> checkedBody(int lineNo, const QByteArray &text)
    {
        const qsizetype star = text.lastIndexOf('*');
        if (star < 0)
            return text.mid(1);
        const QByteArray body = text.mid(1, star - 1);
        const QByteArray given = text.mid(star + 1);
        bool ok = false;
        const int found = given.toInt(&ok, 16);
        if (given.size() != 2 || !ok) {
            problem(lineNo, u"malformed checksum \"%1\""_s.arg(QString::fromLatin1(given)));
            return std::nullopt;
        }
        int expected = 0;
        for (char c : body)
            expected ^= static_cast<unsigned char>(c);
        if (expected != found) {
            problem(lineNo,
                    u"checksum mismatch: expected %1, found %2"_s.arg(hex2(expected), hex2(found)));
            return std::nullopt;
        }
        return body;
    }

    void sentence(int lineNo, const Fields &f)
    {
        // Address "ttSSS": any two-letter talker (GP, GN, BD, GB, GL, GA, ...). Proprietary
        // ($P...) and other sentences are read but carry nothing we use.
        const QByteArray &address = f[0];
        if (address.size() != 5 || address.startsWith('P'))
            return;
        const QByteArray type = address.right(3);
        if (type == "GGA")
            gga(lineNo, f);
        else if (type == "RMC")
            rmc(lineNo, f);
        else if (type == "GST")
            gst(lineNo, f);
        else if (type == "GSA")
            gsa(f);
    }

    bool enoughFields(int lineNo, const Fields &f, qsizetype needed, const char16_t *type)
    {
        if (f.size() >= needed)
            return true;
        problem(lineNo, u"%1 has %2 fields, expected at least %3"_s.arg(
                            QString::fromUtf16(type), QString::number(f.size() - 1),
                            QString::number(needed - 1)));
        return false;
    }

    // Starts a new epoch when the UTC time changes; returns false (reported) for a bad time.
    Epoch *epochAt(int lineNo, const QByteArray &timeField)
    {
        const std::optional<int> tod = timeOfDay(timeField);
        if (!tod) {
            problem(lineNo, u"bad UTC time \"%1\""_s.arg(QString::fromLatin1(timeField)));
            return nullptr;
        }
        if (m_epoch && m_epoch->timeOfDayMs != *tod)
            finishEpoch();
        if (!m_epoch) {
            m_epoch.emplace();
            m_epoch->timeOfDayMs = *tod;
            m_epoch->firstLine = lineNo;
        }
        return &*m_epoch;
    }

    // $--GGA,time,lat,N,lon,E,quality,sats,hdop,alt,M,sep,M,age,station
    // Altitude is reported above mean sea level (field 9, what people read off a map); the
    // geoid separation (field 11) is ignored.
    void gga(int lineNo, const Fields &f)
    {
        if (!enoughFields(lineNo, f, 12, u"GGA"))
            return;
        bool ok = false;
        const int quality = f[6].toInt(&ok);
        if (!ok || quality == 0)
            return problem(lineNo, u"no fix (quality %1)"_s.arg(QString::fromLatin1(f[6])));
        const std::optional<LatLon> pos = position(f, 2);
        if (!pos)
            return problem(lineNo, u"GGA has no valid position"_s);
        Epoch *e = epochAt(lineNo, f[1]);
        if (!e)
            return;
        e->ggaPosition = pos;
        e->ggaHdop = number(f[8]);
        e->altitude = number(f[9]);
    }

    // $--RMC,time,status,lat,N,lon,E,knots,course,ddmmyy,magvar,E,mode
    void rmc(int lineNo, const Fields &f)
    {
        if (!enoughFields(lineNo, f, 10, u"RMC"))
            return;
        if (f[2] != "A")
            return problem(lineNo, u"no fix (status %1)"_s.arg(QString::fromLatin1(f[2])));
        const std::optional<LatLon> pos = position(f, 3);
        if (!pos)
            return problem(lineNo, u"RMC has no valid position"_s);
        const std::optional<QDate> date = dateField(f[9]);
        if (!date)
            return problem(lineNo, u"bad RMC date \"%1\""_s.arg(QString::fromLatin1(f[9])));
        Epoch *e = epochAt(lineNo, f[1]);
        if (!e)
            return;
        e->rmcPosition = pos;
        e->date = date;
        if (const std::optional<double> knots = number(f[7]); knots && *knots >= 0)
            e->speed = *knots * kKnotsToMps;
    }

    // $--GST,time,rms,major,minor,orientation,latSigma,lonSigma,altSigma
    void gst(int lineNo, const Fields &f)
    {
        if (!enoughFields(lineNo, f, 8, u"GST"))
            return;
        Epoch *e = epochAt(lineNo, f[1]);
        const std::optional<double> latSigma = number(f[6]);
        const std::optional<double> lonSigma = number(f[7]);
        if (e && latSigma && lonSigma && *latSigma >= 0 && *lonSigma >= 0)
            e->gstAccuracy = std::hypot(*latSigma, *lonSigma);
    }

    // $--GSA,mode,fixType,sv x12,PDOP,HDOP,VDOP: no time field, so it belongs to the epoch
    // being read. Only its HDOP is used, as a fallback when GGA has none.
    void gsa(const Fields &f)
    {
        if (f.size() < 17 || !m_epoch || f[2] == "1")
            return;
        if (const std::optional<double> hdop = number(f[16]))
            m_epoch->gsaHdop = hdop;
    }

    // The epoch's date: RMC's if it had one, else the running date, moved on a day when the
    // clock wrapped past midnight since the previous epoch.
    std::optional<QDate> dateFor(const Epoch &e)
    {
        constexpr int kHalfDayMs = kMsPerDay / 2;
        if (e.date)
            m_date = e.date;
        else if (m_date && m_lastTimeOfDayMs && e.timeOfDayMs + kHalfDayMs < *m_lastTimeOfDayMs)
            m_date = m_date->addDays(1);
        m_lastTimeOfDayMs = e.timeOfDayMs;
        return m_date;
    }

    void finishEpoch()
    {
        if (!m_epoch)
            return;
        const Epoch e = *m_epoch;
        m_epoch.reset();
        const std::optional<QDate> date = dateFor(e);
        // GGA is the fuller fix; RMC alone still gives a usable position.
        const std::optional<LatLon> pos = e.ggaPosition ? e.ggaPosition : e.rmcPosition;
        if (!pos)
            return;
        if (!date)
            return problem(e.firstLine,
                           u"fix at %1 has no date (no RMC yet, no default date)"_s.arg(
                               timeText(e.timeOfDayMs)));
        TrackFix fix;
        fix.timeMs = QDate(1970, 1, 1).daysTo(*date) * qint64(kMsPerDay) + e.timeOfDayMs;
        fix.lat = pos->lat;
        fix.lon = pos->lon;
        fix.altitude = e.altitude;
        fix.speed = e.speed;
        const std::optional<double> hdop = e.ggaHdop ? e.ggaHdop : e.gsaHdop;
        if (e.gstAccuracy)
            fix.hAccuracy = e.gstAccuracy;
        else if (hdop)
            fix.hAccuracy = *hdop * kHdopToMeters;
        m_result.fixes.append(fix);
    }

    NmeaParseResult m_result;
    std::optional<Epoch> m_epoch;
    std::optional<QDate> m_date;
    std::optional<int> m_lastTimeOfDayMs;
};

} // namespace

// `sentences` counts every sentence accepted, including those without a checksum (see
// checkedBody) and types we do not use (GSV, VTG, proprietary).
NmeaParseResult parseNmeaLog(QByteArrayView log, QStringView defaultDate)
{
    Parser parser(defaultDate);
    int lineNo = 0;
    qsizetype start = 0;
    while (start < log.size()) {
        qsizetype end = start;
        while (end < log.size() && log[end] != '\n')
            ++end;
        // trimmed() also drops the '\r' of CRLF logs.
        parser.line(++lineNo, log.sliced(start, end - start).toByteArray().trimmed());
        start = end + 1;
    }
    return parser.finish();
}

} // namespace fl::geo
