#pragma once

// Validation rules shared by the record kinds. Messages are written for the field user: they say
// what is wrong with the value they typed or the device recorded, in plain words with numbers.

#include "common.h"
#include "record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fl::checks {

// Times more than this far ahead of the device's "now" are a clock problem, not a slow sync.
inline constexpr qint64 kFutureToleranceMs = 10 * 60 * 1000;

void error(QList<FieldIssue> &issues, const QString &field, const QString &message);
void warning(QList<FieldIssue> &issues, const QString &field, const QString &message);

// Blank (empty or only spaces) text is an error "<what> is required".
bool requireText(QList<FieldIssue> &issues, const QString &field, const QString &text,
                 const QString &what);

void checkPosition(QList<FieldIssue> &issues, const QString &field, const Position &position);
// A non-zero time must not lie in the future (beyond the tolerance) nor before 1970.
void checkTime(QList<FieldIssue> &issues, const QString &field, qint64 ms, qint64 nowMs);
// Like checkTime, and 0 is an error "<what> is missing".
void requireTime(QList<FieldIssue> &issues, const QString &field, qint64 ms, qint64 nowMs,
                 const QString &what);
void checkEndAfterStart(QList<FieldIssue> &issues, const QString &field, qint64 startMs,
                        qint64 endMs);
void checkDivisionCode(QList<FieldIssue> &issues, const QString &field, const QString &code,
                       bool required);
void checkIsoDate(QList<FieldIssue> &issues, const QString &field, const QString &date);
void checkId(QList<FieldIssue> &issues, const QString &field, const QString &id, bool required);
void checkIds(QList<FieldIssue> &issues, const QString &field, const QStringList &ids);
void checkNotNegative(QList<FieldIssue> &issues, const QString &field, double value,
                      const QString &what);

// "2026-11-24 10:00" (or with seconds) in Beijing time, which Xinjiang offices use.
[[nodiscard]] QString beijingTime(qint64 ms, bool withSeconds = false);
// A number for messages: as short as possible, never in exponent form.
[[nodiscard]] QString plainNumber(double value);

} // namespace fl::checks
