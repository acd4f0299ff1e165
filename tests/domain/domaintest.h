#pragma once

// Helpers shared by the domain tests: issue lookups and the
// JSON round-trip check every record kind must pass.

#include "catchqt.h"

#include "domain/record.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>


namespace domaintest {

using namespace Qt::StringLiterals;

// 2026-11-23 14:05:09 Beijing time: the tests' "now".
inline constexpr qint64 kNow = 1795413909000;
// 2026-11-23 09:00:00 Beijing time: a morning start.
inline constexpr qint64 kMorning = 1795395600000;
inline constexpr qint64 kMinute = 60 * 1000;

inline const QString kId1 = u"01936b2e-1f00-7a00-8000-000000000001"_s;
inline const QString kId2 = u"01936b2e-1f00-7a00-8000-000000000002"_s;
inline const QString kId3 = u"01936b2e-1f00-7a00-8000-000000000003"_s;

inline QString describe(const QList<fl::FieldIssue> &issues)
{
    QString out;
    for (const auto &issue : issues)
        out += (issue.warning ? u"warning "_s : u"error "_s) + issue.field + u": "_s +
               issue.message + u'\n';
    return out.isEmpty() ? u"(no issues)"_s : out;
}

inline const fl::FieldIssue *find(const QList<fl::FieldIssue> &issues, const QString &field,
                                  bool warning)
{
    for (const auto &issue : issues) {
        if (issue.field == field && issue.warning == warning)
            return &issue;
    }
    return nullptr;
}

inline bool hasError(const QList<fl::FieldIssue> &issues, const QString &field)
{
    return find(issues, field, false) != nullptr;
}

inline bool hasWarning(const QList<fl::FieldIssue> &issues, const QString &field)
{
    return find(issues, field, true) != nullptr;
}

inline QString errorText(const QList<fl::FieldIssue> &issues, const QString &field)
{
    const auto *issue = find(issues, field, false);
    return issue ? issue->message : QString();
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// toJson -> fromJson -> toJson gives the same bytes, both from the object and from its text
// (the store keeps text, where 3.0 and 3 look alike).
template <typename T>
void requireRoundTrip(const T &value)
{
    const QByteArray first = compact(value.toJson());
    const auto fromObject = T::fromJson(value.toJson());
    INFO(first.toStdString());
    if (!fromObject.ok())
        FAIL(fromObject.error().message.toStdString());
    CHECK(compact(fromObject->toJson()) == first);

    const auto fromText = T::fromJson(QJsonDocument::fromJson(first).object());
    if (!fromText.ok())
        FAIL(fromText.error().message.toStdString());
    CHECK(compact(fromText->toJson()) == first);
}

// The message of the error fromJson reports for `object`, or empty when it parses.
template <typename T>
QString parseError(const QJsonObject &object)
{
    const auto parsed = T::fromJson(object);
    return parsed.ok() ? QString() : parsed.error().message;
}

} // namespace domaintest
