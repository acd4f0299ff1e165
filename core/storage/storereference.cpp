// Store: reference data the field needs offline (protected areas and their zones) and per-region
// settings (patrol minimums). These are not records: they come from the office and are replaced
// wholesale, so they are not versioned or queued for sync.

#include "store.h"

#include "codes/uscc.h"
#include "domain/enumnames.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

QJsonArray ringToJson(const geo::Ring &ring)
{
    QJsonArray points;
    for (const auto &p : ring)
        points.append(QJsonArray{p.lon, p.lat});
    return points;
}

geo::Ring ringFromJson(const QJsonArray &points)
{
    geo::Ring ring;
    for (const auto &p : points)
        ring << geo::LatLon{p.toArray().at(1).toDouble(), p.toArray().at(0).toDouble()};
    return ring;
}

QJsonObject zonesToJson(const ProtectedArea &area)
{
    QJsonArray zones;
    for (const auto &zone : area.zones) {
        QJsonArray polygons;
        for (const auto &polygon : zone.shape) {
            QJsonArray rings{ringToJson(polygon.outer)};
            for (const auto &hole : polygon.holes)
                rings.append(ringToJson(hole));
            polygons.append(rings);
        }
        zones.append(QJsonObject{{u"zone"_s, enumName(zone.zone)}, {u"polygons"_s, polygons}});
    }
    return {{u"zones"_s, zones}};
}

QList<ProtectedArea::Zone> zonesFromJson(const QJsonObject &definition)
{
    QList<ProtectedArea::Zone> zones;
    for (const auto &z : definition.value(u"zones"_s).toArray()) {
        ProtectedArea::Zone zone;
        zone.zone =
            enumFromName<FunctionalZone>(z[u"zone"_s].toString()).value_or(FunctionalZone::Core);
        for (const auto &p : z[u"polygons"_s].toArray()) {
            const QJsonArray rings = p.toArray();
            geo::Polygon polygon;
            polygon.outer = ringFromJson(rings.at(0).toArray());
            for (qsizetype i = 1; i < rings.size(); ++i)
                polygon.holes << ringFromJson(rings.at(i).toArray());
            zone.shape << polygon;
        }
        zones << zone;
    }
    return zones;
}

} // namespace

Result<void> Store::saveProtectedArea(const ProtectedArea &area)
{
    if (area.id.trimmed().isEmpty() || area.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"a protected area needs an id and a name"_s);
    for (const auto &zone : area.zones) {
        for (const auto &polygon : zone.shape) {
            if (polygon.outer.size() < 3) {
                return makeError(ErrorCode::InvalidInput,
                                 u"zone polygon of %1 has fewer than 3 points"_s.arg(area.name));
            }
            for (const auto &p : polygon.outer) {
                if (!geo::isValidWgs84(p)) {
                    return makeError(ErrorCode::InvalidInput,
                                     u"zone of %1 has an invalid coordinate"_s.arg(area.name));
                }
            }
        }
    }
    auto upsert = m_db.prepare("INSERT INTO protected_areas (id, name, level, definition)"
                               " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET"
                               " name = ?2, level = ?3, definition = ?4");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, area.id).bind(2, area.name).bind(3, area.level);
    upsert->bind(
        4, QString::fromUtf8(QJsonDocument(zonesToJson(area)).toJson(QJsonDocument::Compact)));
    return upsert->run();
}

Result<QList<ProtectedArea>> Store::protectedAreas()
{
    auto select = m_db.prepare("SELECT id, name, level, definition FROM protected_areas"
                               " ORDER BY name");
    if (!select)
        return select.error();
    return select->all([](const auto &row) {
        return ProtectedArea{row.text(0), row.text(1), row.text(2),
                             zonesFromJson(QJsonDocument::fromJson(row.text(3).toUtf8()).object())};
    });
}

Result<void> Store::saveEnterprise(const Enterprise &enterprise)
{
    const codes::UsccCheck check = codes::validateUscc(enterprise.uscc);
    if (!check.valid()) {
        return makeError(ErrorCode::InvalidInput,
                         u"enterprise %1: %2"_s.arg(enterprise.uscc, check.firstError()));
    }
    if (enterprise.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         u"enterprise %1 has no name"_s.arg(check.normalized));
    const QJsonObject details{{u"type"_s, enterprise.type},
                              {u"legalRepresentative"_s, enterprise.legalRepresentative},
                              {u"address"_s, enterprise.address},
                              {u"contact"_s, enterprise.contact}};
    auto upsert = m_db.prepare("INSERT INTO enterprises (uscc, name, details) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT (uscc) DO UPDATE SET name = ?2, details = ?3");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, check.normalized).bind(2, enterprise.name.trimmed());
    upsert->bind(3, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return upsert->run();
}

Result<std::optional<Enterprise>> Store::findEnterprise(const QString &uscc)
{
    auto select = m_db.prepare("SELECT uscc, name, details FROM enterprises WHERE uscc = ?1");
    if (!select)
        return select.error();
    select->bind(1, codes::validateUscc(uscc).normalized);
    return select->first([](const auto &row) {
        const QJsonObject details = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        return Enterprise{row.text(0),
                          row.text(1),
                          details.value(u"type"_s).toString(),
                          details.value(u"legalRepresentative"_s).toString(),
                          details.value(u"address"_s).toString(),
                          details.value(u"contact"_s).toString()};
    });
}

Result<QString> Store::setting(const QString &key)
{
    auto select = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!select)
        return select.error();
    select->bind(1, key);
    auto row = select->step();
    if (!row)
        return row.error();
    return *row ? select->text(0) : QString();
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    auto upsert = m_db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                               " ON CONFLICT (key) DO UPDATE SET value = ?2");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, key).bind(2, value);
    return upsert->run();
}

Result<PatrolRules> Store::patrolRules()
{
    auto value = setting(u"patrol_rules"_s);
    if (!value)
        return value.error();
    if (value->isEmpty())
        return PatrolRules{};
    return PatrolRules::fromJson(QJsonDocument::fromJson(value->toUtf8()).object());
}

Result<void> Store::setPatrolRules(const PatrolRules &rules)
{
    return setSetting(
        u"patrol_rules"_s,
        QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace fl
