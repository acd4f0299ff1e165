#include "evidence.h"

#include "checks.h"
#include "jsonfields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl {

using json::Need;

namespace {

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// "2 h 5 min", "12 min": how far the device clock was off, for the warning.
QString durationWords(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / 60000;
    if (minutes < 60)
        return u"%1 min"_s.arg(minutes);
    return u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

QString hemisphere(double value, int decimals, QChar positive, QChar negative)
{
    return QString::number(std::abs(value), 'f', decimals) + u'°' +
           (value < 0 ? negative : positive);
}

} // namespace

QJsonObject Evidence::toJson() const
{
    QJsonObject o;
    json::putText(o, u"sha256"_s, sha256);
    o.insert(u"sizeBytes"_s, QJsonValue(sizeBytes));
    json::putText(o, u"mediaType"_s, mediaType);
    json::putEnum(o, u"mediaKind"_s, mediaKind);
    json::putText(o, u"originalName"_s, originalName);
    o.insert(u"capturedAtMs"_s, QJsonValue(capturedAtMs));
    json::putOptional(o, u"gnssTimeMs"_s, gnssTimeMs);
    if (position)
        o.insert(u"position"_s, json::positionToJson(*position));
    json::putOptional(o, u"headingDegrees"_s, headingDegrees);
    json::putText(o, u"linkedRecordId"_s, linkedRecordId);
    json::putText(o, u"linkedItemId"_s, linkedItemId);
    json::putText(o, u"note"_s, note);
    return o;
}

Result<Evidence> Evidence::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    Evidence e;
    e.sha256 = in.text(u"sha256"_s);
    e.sizeBytes = in.integer(u"sizeBytes"_s, Need::Required);
    e.mediaType = in.text(u"mediaType"_s);
    e.mediaKind = in.enumeration<MediaKind>(u"mediaKind"_s);
    e.originalName = in.text(u"originalName"_s);
    e.capturedAtMs = in.integer(u"capturedAtMs"_s, Need::Required);
    e.gnssTimeMs = in.optionalInteger(u"gnssTimeMs"_s);
    e.position = in.optionalPosition(u"position"_s);
    e.headingDegrees = in.optionalNumber(u"headingDegrees"_s);
    e.linkedRecordId = in.text(u"linkedRecordId"_s);
    e.linkedItemId = in.text(u"linkedItemId"_s);
    e.note = in.text(u"note"_s);
    if (error)
        return *error;
    return e;
}

QList<FieldIssue> Evidence::validate(qint64 nowMs) const
{
    QList<FieldIssue> issues;
    if (!isSha256Hex(sha256))
        checks::error(issues, u"sha256"_s,
                      u"the file's SHA-256 must be 64 lower-case hex characters"_s);
    if (sizeBytes <= 0)
        checks::error(issues, u"sizeBytes"_s, u"the file is empty (%1 bytes)"_s.arg(sizeBytes));
    checks::requireText(issues, u"mediaType"_s, mediaType, u"the file type"_s);
    checks::requireTime(issues, u"capturedAtMs"_s, capturedAtMs, nowMs, u"the capture time"_s);
    if (gnssTimeMs) {
        checks::checkTime(issues, u"gnssTimeMs"_s, *gnssTimeMs, nowMs);
        // A device clock far from GNSS time weakens the photo as evidence: say so, don't block.
        const qint64 skew = capturedAtMs - *gnssTimeMs;
        if (capturedAtMs != 0 && std::abs(skew) > checks::kFutureToleranceMs)
            checks::warning(
                issues, u"capturedAtMs"_s,
                u"device clock differs from GNSS time by %1"_s.arg(durationWords(skew)));
    }
    if (position)
        checks::checkPosition(issues, u"position"_s, *position);
    if (headingDegrees &&
        !(std::isfinite(*headingDegrees) && *headingDegrees >= 0 && *headingDegrees < 360))
        checks::error(
            issues, u"headingDegrees"_s,
            u"heading %1° must be from 0 to 360"_s.arg(checks::plainNumber(*headingDegrees)));
    checks::checkId(issues, u"linkedRecordId"_s, linkedRecordId, false);
    return issues;
}

QStringList watermarkLines(const Evidence &evidence, const QString &author)
{
    QStringList lines{checks::beijingTime(evidence.capturedAtMs, true) + u" (UTC+8)"_s};
    if (evidence.position && geo::isValidWgs84(evidence.position->latLon())) {
        const Position &p = *evidence.position;
        QString place = hemisphere(p.lat, 6, u'N', u'S') + u' ' + hemisphere(p.lon, 6, u'E', u'W');
        if (p.accuracy && std::isfinite(*p.accuracy))
            place += u" ±%1 m"_s.arg(qRound64(*p.accuracy));
        lines.append(place);
    } else {
        lines.append(u"no position"_s);
    }
    lines.append(u"author: "_s + (author.trimmed().isEmpty() ? u"unknown"_s : author));
    return lines;
}

std::pair<QString, MediaKind> guessMediaType(const QString &fileName)
{
    struct Type
    {
        QStringView extension;
        QStringView mime;
        MediaKind kind;
    };
    static constexpr Type kTypes[] = {
        {u"jpg", u"image/jpeg", MediaKind::Photo},
        {u"jpeg", u"image/jpeg", MediaKind::Photo},
        {u"png", u"image/png", MediaKind::Photo},
        {u"heic", u"image/heic", MediaKind::Photo},
        {u"heif", u"image/heif", MediaKind::Photo},
        {u"webp", u"image/webp", MediaKind::Photo},
        {u"m4a", u"audio/mp4", MediaKind::Audio},
        {u"aac", u"audio/aac", MediaKind::Audio},
        {u"mp3", u"audio/mpeg", MediaKind::Audio},
        {u"amr", u"audio/amr", MediaKind::Audio},
        {u"wav", u"audio/wav", MediaKind::Audio},
        {u"ogg", u"audio/ogg", MediaKind::Audio},
        {u"opus", u"audio/opus", MediaKind::Audio},
        {u"mp4", u"video/mp4", MediaKind::Video},
        {u"mov", u"video/quicktime", MediaKind::Video},
        {u"3gp", u"video/3gpp", MediaKind::Video},
        {u"webm", u"video/webm", MediaKind::Video},
        {u"svg", u"image/svg+xml", MediaKind::Signature},
        {u"pdf", u"application/pdf", MediaKind::Document},
        {u"txt", u"text/plain", MediaKind::Document},
    };
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot >= 0) {
        const QString extension = fileName.mid(dot + 1).toLower();
        for (const Type &type : kTypes) {
            if (type.extension == extension)
                return {type.mime.toString(), type.kind};
        }
    }
    return {u"application/octet-stream"_s, MediaKind::Document};
}

} // namespace fl
