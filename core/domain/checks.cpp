#include "checks.h"

#include "ids.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::checks {

void error(QList<FieldIssue> &issues, const QString &field, const QString &message)
{
    issues.append(FieldIssue{field, message, false});
}

void warning(QList<FieldIssue> &issues, const QString &field, const QString &message)
{
    issues.append(FieldIssue{field, message, true});
}

bool requireText(QList<FieldIssue> &issues, const QString &field, const QString &text,
                 const QString &what)
{
    if (!text.trimmed().isEmpty())
        return true;
    error(issues, field, what + u" is required"_s);
    return false;
}

QString plainNumber(double value)
{
    if (!std::isfinite(value))
        return u"not a number"_s;
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text == u"-0"_s)
        text = u"0"_s;
    return text.replace(u'-', QChar(0x2212)); // typographic minus, as in the range
}

namespace {

void checkCoordinate(QList<FieldIssue> &issues, const QString &field, double value,
                     const QString &what, double limit)
{
    if (!std::isfinite(value)) {
        error(issues, field, what + u" is not a number"_s);
    } else if (value < -limit || value > limit) {
        error(issues, field,
              u"%1 %2 is out of range (\u2212%3 to %3)"_s.arg(what, plainNumber(value),
                                                              plainNumber(limit)));
    }
}

} // namespace

void checkPosition(QList<FieldIssue> &issues, const QString &field, const Position &position)
{
    const QString prefix = field.isEmpty() ? QString() : field + u'.';
    checkCoordinate(issues, prefix + u"lat"_s, position.lat, u"latitude"_s, 90);
    checkCoordinate(issues, prefix + u"lon"_s, position.lon, u"longitude"_s, 180);
    if (position.altitude && !std::isfinite(*position.altitude))
        error(issues, prefix + u"altitude"_s, u"altitude is not a number"_s);
    if (position.accuracy) {
        const double accuracy = *position.accuracy;
        if (!std::isfinite(accuracy))
            error(issues, prefix + u"accuracy"_s, u"accuracy is not a number"_s);
        else if (accuracy < 0)
            error(issues, prefix + u"accuracy"_s,
                  u"accuracy %1 m cannot be negative"_s.arg(plainNumber(accuracy)));
    }
    // (0, 0) is in the Gulf of Guinea: far more likely a fix that never arrived.
    if (position.lat == 0 && position.lon == 0)
        warning(issues, field, u"position 0, 0 looks like a missing GNSS fix"_s);
}

QString beijingTime(qint64 ms, bool withSeconds)
{
    // Shifting the instant and printing it as UTC avoids depending on the device's zone database.
    const QDateTime shifted = QDateTime::fromMSecsSinceEpoch(ms + 8 * 3600 * 1000, Qt::UTC);
    return shifted.toString(withSeconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

void checkTime(QList<FieldIssue> &issues, const QString &field, qint64 ms, qint64 nowMs)
{
    if (ms < 0)
        error(issues, field, u"time is before 1970, device clock wrong?"_s);
    else if (ms > nowMs + kFutureToleranceMs)
        error(issues, field,
              u"time is in the future: %1, device clock wrong?"_s.arg(beijingTime(ms)));
}

void requireTime(QList<FieldIssue> &issues, const QString &field, qint64 ms, qint64 nowMs,
                 const QString &what)
{
    if (ms == 0)
        error(issues, field, what + u" is missing"_s);
    else
        checkTime(issues, field, ms, nowMs);
}

void checkEndAfterStart(QList<FieldIssue> &issues, const QString &field, qint64 startMs,
                        qint64 endMs)
{
    if (endMs < startMs)
        error(issues, field,
              u"end %1 is before start %2"_s.arg(beijingTime(endMs, true),
                                                 beijingTime(startMs, true)));
}

void checkDivisionCode(QList<FieldIssue> &issues, const QString &field, const QString &code,
                       bool required)
{
    if (code.isEmpty()) {
        if (required)
            error(issues, field, u"division code is required (6 digits, e.g. 650102)"_s);
        return;
    }
    if (!isDivisionCode(code))
        error(issues, field, u"division code \"%1\" must be 6 digits, e.g. 650102"_s.arg(code));
}

void checkIsoDate(QList<FieldIssue> &issues, const QString &field, const QString &date)
{
    if (!date.isEmpty() && !isIsoDate(date))
        error(issues, field,
              u"\"%1\" is not a date; write it as year-month-day, e.g. 2026-11-30"_s.arg(date));
}

void checkId(QList<FieldIssue> &issues, const QString &field, const QString &id, bool required)
{
    if (id.isEmpty()) {
        if (required)
            error(issues, field, u"id is missing"_s);
        return;
    }
    if (!isUuid(id))
        error(issues, field, u"\"%1\" is not a valid id"_s.arg(id));
}

void checkIds(QList<FieldIssue> &issues, const QString &field, const QStringList &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        checkId(issues, field + u'[' + QString::number(i) + u']', ids.at(i), true);
}

void checkNotNegative(QList<FieldIssue> &issues, const QString &field, double value,
                      const QString &what)
{
    if (!std::isfinite(value))
        error(issues, field, what + u" is not a number"_s);
    else if (value < 0)
        error(issues, field, u"%1 %2 cannot be negative"_s.arg(what, plainNumber(value)));
}

} // namespace fl::checks
