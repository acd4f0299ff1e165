#pragma once

// Shared reading and writing of record bodies, so every kind follows the same rules: empty values
// are omitted when writing, missing optional values read as defaults, and the first type error
// is reported with its JSON path ("problems[2].location.lat: expected a number").

#include "common.h"
#include "enumnames.h"
#include "geo/polygon.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace fl::json {

[[nodiscard]] QString joinPath(const QString &base, const QString &key);
[[nodiscard]] QString indexPath(const QString &base, qsizetype index);

// --- writing: everything that is empty, zero or unset is left out ---

void putText(QJsonObject &object, const QString &key, const QString &value);
void putTexts(QJsonObject &object, const QString &key, const QStringList &values);
void putNonZero(QJsonObject &object, const QString &key, qint64 value);
void putNonZero(QJsonObject &object, const QString &key, double value);
void putOptional(QJsonObject &object, const QString &key, const std::optional<double> &value);
void putOptional(QJsonObject &object, const QString &key, const std::optional<qint64> &value);
void putObject(QJsonObject &object, const QString &key, const QJsonObject &value);
void putArray(QJsonObject &object, const QString &key, const QJsonArray &value);

template <typename E>
void putEnum(QJsonObject &object, const QString &key, E value)
{
    object.insert(key, enumName(value)); // always written: a missing enum is a parse error
}

template <typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

[[nodiscard]] QJsonObject positionToJson(const Position &position);
// GeoJSON order: [[[lon, lat], ...], [hole ...]].
[[nodiscard]] QJsonArray polygonToJson(const geo::Polygon &polygon);

// --- reading ---

enum class Need { Optional, Required };

// Reads one JSON object. Readers of nested objects share the parent's error slot; only the first
// error is kept, and later reads after an error return defaults, so callers check once at the end.
class Reader
{
public:
    Reader(QJsonObject object, std::optional<Error> *error, QString path = {});

    [[nodiscard]] bool failed() const { return m_error->has_value(); }
    [[nodiscard]] QString pathOf(const QString &key) const { return joinPath(m_path, key); }
    void fail(const QString &path, const QString &message);

    [[nodiscard]] QString text(const QString &key);
    [[nodiscard]] QStringList texts(const QString &key);
    [[nodiscard]] qint64 integer(const QString &key, Need need = Need::Optional);
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString &key);
    [[nodiscard]] double number(const QString &key, Need need = Need::Optional);
    [[nodiscard]] std::optional<double> optionalNumber(const QString &key);
    [[nodiscard]] bool boolean(const QString &key, Need need, bool fallback);
    [[nodiscard]] std::optional<Reader> object(const QString &key, Need need = Need::Optional);
    [[nodiscard]] std::optional<Position> optionalPosition(const QString &key);
    [[nodiscard]] Position position(const QString &key);
    [[nodiscard]] std::optional<geo::Polygon> optionalPolygon(const QString &key);
    // A missing key is an empty list; anything else that is not an array is an error.
    [[nodiscard]] QJsonArray array(const QString &key);

    // Enums are always required: a status silently read as its default could, for example,
    // make a signed inspection editable again.
    template <typename E>
    [[nodiscard]] E enumeration(const QString &key)
    {
        const QJsonValue value = get(key, Need::Required);
        if (value.isUndefined())
            return E{};
        if (!value.isString()) {
            fail(pathOf(key), QStringLiteral("expected text"));
            return E{};
        }
        const auto parsed = enumFromName<E>(value.toString());
        if (!parsed) {
            fail(pathOf(key), QStringLiteral("unknown value \"%1\"").arg(value.toString()));
            return E{};
        }
        return *parsed;
    }

    // Calls read(Reader) for each element of the array under key; elements must be objects.
    template <typename T, typename F>
    [[nodiscard]] QList<T> list(const QString &key, F read)
    {
        QList<T> items;
        const QJsonArray values = array(key);
        for (qsizetype i = 0; i < values.size() && !failed(); ++i) {
            const QString path = indexPath(pathOf(key), i);
            if (!values.at(i).isObject()) {
                fail(path, QStringLiteral("expected an object"));
                break;
            }
            Reader item(values.at(i).toObject(), m_error, path);
            items.append(read(item));
        }
        return items;
    }

private:
    // The value under key; records an error when it is required and missing.
    QJsonValue get(const QString &key, Need need);

    QJsonObject m_object;
    std::optional<Error> *m_error;
    QString m_path;
};

// Checks a JSON value is a finite number (NaN and infinities cannot be stored).
[[nodiscard]] bool isFiniteNumber(const QJsonValue &value);

} // namespace fl::json
