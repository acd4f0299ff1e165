#include "gpx.h"

#include <QDateTime>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::exporters {
namespace {

const QString kGpx10 = u"http://www.topografix.com/GPX/1/0"_s;
const QString kGpx11 = u"http://www.topografix.com/GPX/1/1"_s;
const QString kGpx11Schema = u"http://www.topografix.com/GPX/1/1/gpx.xsd"_s;
const QString kXsi = u"http://www.w3.org/2001/XMLSchema-instance"_s;
const QString kFl = u"https://fieldledger.example/gpx/1"_s;

// ---- writing ----

// GPX numbers are xsd:decimal, which has no exponent form: "0.00001", never "1e-05". Shortest
// round-trip digits so a read-back gives the very same double.
QString decimal(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString utcTime(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Control characters other than tab, CR and LF cannot appear in XML 1.0 at all (not even
// escaped). Qt 6.4 drops them but marks the writer as failed, and other Qt versions differ;
// removing them ourselves keeps a stray one pasted into a name from spoiling the file.
QString xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            result.append(c);
    }
    return result;
}

void writeTextIfAny(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    if (!text.isEmpty())
        xml.writeTextElement(kGpx11, name, xmlSafe(text));
}

void writeOptionalNumber(QXmlStreamWriter &xml, const QString &ns, const QString &name,
                         std::optional<double> value)
{
    if (value && std::isfinite(*value))
        xml.writeTextElement(ns, name, decimal(*value));
}

void writePosition(QXmlStreamWriter &xml, double lat, double lon)
{
    xml.writeAttribute(u"lat"_s, decimal(lat));
    xml.writeAttribute(u"lon"_s, decimal(lon));
}

// Child order follows the GPX 1.1 schema sequence: ele, time, ..., name, cmt, desc, ...
void writeWaypoint(QXmlStreamWriter &xml, const GpxWaypoint &waypoint)
{
    xml.writeStartElement(kGpx11, u"wpt"_s);
    writePosition(xml, waypoint.position.lat, waypoint.position.lon);
    if (waypoint.timeMs != 0)
        xml.writeTextElement(kGpx11, u"time"_s, utcTime(waypoint.timeMs));
    writeTextIfAny(xml, u"name"_s, waypoint.name);
    writeTextIfAny(xml, u"desc"_s, waypoint.description);
    xml.writeEndElement();
}

// timeMs 0 means "no time", as for waypoints: no real fix is dated 1970-01-01.
void writeTrackPoint(QXmlStreamWriter &xml, const geo::TrackFix &fix)
{
    xml.writeStartElement(kGpx11, u"trkpt"_s);
    writePosition(xml, fix.lat, fix.lon);
    writeOptionalNumber(xml, kGpx11, u"ele"_s, fix.altitude);
    if (fix.timeMs != 0)
        xml.writeTextElement(kGpx11, u"time"_s, utcTime(fix.timeMs));
    const bool hasHacc = fix.hAccuracy && std::isfinite(*fix.hAccuracy);
    const bool hasSpeed = fix.speed && std::isfinite(*fix.speed);
    if (hasHacc || hasSpeed) {
        xml.writeStartElement(kGpx11, u"extensions"_s);
        writeOptionalNumber(xml, kFl, u"hacc"_s, fix.hAccuracy);
        writeOptionalNumber(xml, kFl, u"speed"_s, fix.speed);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeTrack(QXmlStreamWriter &xml, const GpxTrack &track)
{
    xml.writeStartElement(kGpx11, u"trk"_s);
    writeTextIfAny(xml, u"name"_s, track.name);
    writeTextIfAny(xml, u"desc"_s, track.description);
    for (const QList<geo::TrackFix> &segment : track.segments) {
        xml.writeStartElement(kGpx11, u"trkseg"_s);
        for (const geo::TrackFix &fix : segment) {
            // lat/lon are required attributes; a NaN fix cannot be expressed, so it is dropped
            // rather than making the file invalid.
            if (geo::isValidWgs84(fix.lat, fix.lon))
                writeTrackPoint(xml, fix);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// ---- reading ----

Error errorAt(qint64 line, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, u"GPX line %1: %2"_s.arg(line).arg(what));
}

Result<double> parseNumber(const QString &text, qint64 line, const QString &what)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return errorAt(line, u"%1 \"%2\" is not a number"_s.arg(what, text));
    return value;
}

// GPX times are UTC; a time written without a zone is taken as UTC, not device-local.
Result<qint64> parseTime(const QString &text, qint64 line)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return errorAt(line, u"time \"%1\" is not ISO 8601"_s.arg(text));
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC).toMSecsSinceEpoch();
    return parsed.toMSecsSinceEpoch();
}

class GpxReader
{
public:
    explicit GpxReader(const QByteArray &data)
        : m_xml(data)
    {}

    Result<GpxDocument> read();

private:
    qint64 line() const { return m_xml.lineNumber(); }
    std::optional<Error> xmlError() const;
    Result<QString> text();
    Result<double> number(const QString &what);
    Result<geo::LatLon> position();
    Result<GpxWaypoint> waypoint();
    Result<GpxTrack> track();
    Result<QList<geo::TrackFix>> segment();
    Result<geo::TrackFix> trackPoint();
    std::optional<Error> extensions(geo::TrackFix &fix);

    QXmlStreamReader m_xml;
};

std::optional<Error> GpxReader::xmlError() const
{
    if (!m_xml.hasError())
        return std::nullopt;
    return errorAt(line(), m_xml.errorString());
}

Result<QString> GpxReader::text()
{
    const QString result = m_xml.readElementText();
    if (auto error = xmlError())
        return *error;
    return result;
}

Result<double> GpxReader::number(const QString &what)
{
    const qint64 at = line();
    auto content = text();
    if (!content)
        return content.error();
    return parseNumber(*content, at, what);
}

Result<geo::LatLon> GpxReader::position()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString element = m_xml.name().toString();
    auto lat = parseNumber(attributes.value(u"lat"_s).toString(), line(), element + u" lat"_s);
    if (!lat)
        return lat.error();
    auto lon = parseNumber(attributes.value(u"lon"_s).toString(), line(), element + u" lon"_s);
    if (!lon)
        return lon.error();
    if (!geo::isValidWgs84(*lat, *lon))
        return errorAt(
            line(),
            u"%1 lat %2, lon %3 is outside the WGS-84 range"_s.arg(element).arg(*lat).arg(*lon));
    return geo::LatLon{*lat, *lon};
}

Result<GpxWaypoint> GpxReader::waypoint()
{
    GpxWaypoint result;
    auto at = position();
    if (!at)
        return at.error();
    result.position = *at;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        const qint64 elementLine = line();
        if (name == u"time"_s || name == u"name"_s || name == u"desc"_s) {
            auto content = text();
            if (!content)
                return content.error();
            if (name == u"name"_s) {
                result.name = *content;
            } else if (name == u"desc"_s) {
                result.description = *content;
            } else {
                auto time = parseTime(*content, elementLine);
                if (!time)
                    return time.error();
                result.timeMs = *time;
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (auto error = xmlError())
        return *error;
    return result;
}

std::optional<Error> GpxReader::extensions(geo::TrackFix &fix)
{
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (m_xml.namespaceUri() == kFl && (name == u"hacc"_s || name == u"speed"_s)) {
            const bool isHacc = name == u"hacc"_s;
            auto value = number(isHacc ? u"hacc"_s : u"speed"_s);
            if (!value)
                return value.error();
            (isHacc ? fix.hAccuracy : fix.speed) = *value;
        } else {
            m_xml.skipCurrentElement(); // other tools' extensions are not ours to keep
        }
    }
    return xmlError();
}

Result<geo::TrackFix> GpxReader::trackPoint()
{
    geo::TrackFix fix;
    auto at = position();
    if (!at)
        return at.error();
    fix.lat = at->lat;
    fix.lon = at->lon;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        const qint64 elementLine = line();
        if (name == u"ele"_s || name == u"speed"_s) { // <speed> is a GPX 1.0 trkpt child
            const bool isEle = name == u"ele"_s;
            auto value = number(isEle ? u"ele"_s : u"speed"_s);
            if (!value)
                return value.error();
            (isEle ? fix.altitude : fix.speed) = *value;
        } else if (name == u"time"_s) {
            auto content = text();
            if (!content)
                return content.error();
            auto time = parseTime(*content, elementLine);
            if (!time)
                return time.error();
            fix.timeMs = *time;
        } else if (name == u"extensions"_s) {
            if (auto error = extensions(fix))
                return *error;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (auto error = xmlError())
        return *error;
    return fix;
}

Result<QList<geo::TrackFix>> GpxReader::segment()
{
    QList<geo::TrackFix> result;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"trkpt"_s) {
            m_xml.skipCurrentElement();
            continue;
        }
        auto fix = trackPoint();
        if (!fix)
            return fix.error();
        result.append(*fix);
    }
    if (auto error = xmlError())
        return *error;
    return result;
}

Result<GpxTrack> GpxReader::track()
{
    GpxTrack result;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == u"name"_s || name == u"desc"_s) {
            auto content = text();
            if (!content)
                return content.error();
            (name == u"name"_s ? result.name : result.description) = *content;
        } else if (name == u"trkseg"_s) {
            auto points = segment();
            if (!points)
                return points.error();
            result.segments.append(std::move(*points));
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (auto error = xmlError())
        return *error;
    return result;
}

Result<GpxDocument> GpxReader::read()
{
    if (!m_xml.readNextStartElement()) {
        if (auto error = xmlError())
            return *error;
        return errorAt(line(), u"no root element"_s);
    }
    if (m_xml.name() != u"gpx"_s)
        return errorAt(line(), u"root element is <%1>, not <gpx>"_s.arg(m_xml.name()));
    const auto ns = m_xml.namespaceUri();
    if (!ns.isEmpty() && ns != kGpx10 && ns != kGpx11)
        return makeError(ErrorCode::Unsupported,
                         u"GPX namespace \"%1\" is not 1.0 or 1.1"_s.arg(ns.toString()));
    GpxDocument document;
    document.creator = m_xml.attributes().value(u"creator"_s).toString();
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (name == u"wpt"_s) {
            auto waypoint = this->waypoint();
            if (!waypoint)
                return waypoint.error();
            document.waypoints.append(std::move(*waypoint));
        } else if (name == u"trk"_s) {
            auto track = this->track();
            if (!track)
                return track.error();
            document.tracks.append(std::move(*track));
        } else {
            m_xml.skipCurrentElement(); // metadata, rte, extensions
        }
    }
    // Read to the end so garbage after </gpx> is reported too.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (auto error = xmlError())
        return *error;
    return document;
}

} // namespace

QByteArray toGpx(const GpxDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true); // people open these in text editors; indentation costs little
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kGpx11);
    xml.writeNamespace(kXsi, u"xsi"_s);
    xml.writeNamespace(kFl, u"fl"_s);
    xml.writeStartElement(kGpx11, u"gpx"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    xml.writeAttribute(u"creator"_s, xmlSafe(document.creator));
    xml.writeAttribute(kXsi, u"schemaLocation"_s, kGpx11 + u' ' + kGpx11Schema);
    for (const GpxWaypoint &waypoint : document.waypoints) {
        if (geo::isValidWgs84(waypoint.position))
            writeWaypoint(xml, waypoint);
    }
    for (const GpxTrack &track : document.tracks)
        writeTrack(xml, track);
    xml.writeEndDocument();
    return out;
}

Result<GpxDocument> parseGpx(QByteArrayView xml)
{
    GpxReader reader(xml.toByteArray());
    return reader.read();
}

} // namespace fl::exporters
