// Store: the read queries behind the screens (lists, nearby records, today's patrol).

#include "store.h"

#include "geo/geodesic.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

constexpr const char *kSummaryColumns =
    "SELECT id, kind, revision, status, date_ms, title, lat, lon, deleted FROM records";

RecordSummary summaryFromRow(const storage::Statement &row)
{
    RecordSummary summary;
    summary.id = row.text(0);
    summary.kind = recordKindFromName(row.text(1)).value_or(RecordKind::Patrol);
    summary.revision = int(row.int64(2));
    summary.status = row.text(3);
    summary.dateMs = row.int64(4);
    summary.title = row.text(5);
    summary.lat = row.optionalReal(6);
    summary.lon = row.optionalReal(7);
    summary.deleted = row.int64(8) != 0;
    return summary;
}

Result<QList<RecordSummary>> collect(storage::Statement &statement)
{
    return statement.all(summaryFromRow);
}

// Cursor "dateMs:id" of the last row shown: the next page starts strictly after it.
QString cursorFor(const RecordSummary &row)
{
    return QString::number(row.dateMs) + u':' + row.id;
}

} // namespace

Result<RecordPage> Store::list(const ListQuery &query)
{
    if (query.limit < 1 || query.limit > 1000)
        return makeError(ErrorCode::InvalidInput, u"page size must be between 1 and 1000"_s);
    qint64 afterDate = 0;
    QString afterId;
    if (!query.after.isEmpty()) {
        const auto colon = query.after.indexOf(u':');
        bool ok = false;
        afterDate = query.after.left(colon).toLongLong(&ok);
        afterId = query.after.mid(colon + 1);
        if (colon < 0 || !ok)
            return makeError(ErrorCode::InvalidInput, u"bad page cursor %1"_s.arg(query.after));
    }
    // Only the conditions in use are part of the SQL, so SQLite can pick the right index.
    QByteArray sql = kSummaryColumns;
    sql += " WHERE 1 = 1";
    if (query.kind)
        sql += " AND kind = ?1";
    if (!query.includeDeleted)
        sql += " AND deleted = 0";
    if (!query.status.isEmpty())
        sql += " AND status = ?2";
    if (query.fromMs)
        sql += " AND date_ms >= ?3";
    if (query.toMs)
        sql += " AND date_ms <= ?4";
    if (!query.assignee.isEmpty())
        sql += " AND assignee = ?5";
    if (!query.after.isEmpty())
        sql += " AND (date_ms < ?6 OR (date_ms = ?6 AND id < ?7))";
    sql += " ORDER BY date_ms DESC, id DESC LIMIT ?8";

    auto select = m_db.prepare(sql.constData());
    if (!select)
        return select.error();
    if (query.kind)
        select->bind(1, recordKindName(*query.kind));
    if (!query.status.isEmpty())
        select->bind(2, query.status);
    if (query.fromMs)
        select->bind(3, query.fromMs);
    if (query.toMs)
        select->bind(4, query.toMs);
    if (!query.assignee.isEmpty())
        select->bind(5, query.assignee);
    if (!query.after.isEmpty())
        select->bind(6, afterDate).bind(7, afterId);
    select->bind(8, query.limit + 1); // one extra row tells whether another page exists
    auto rows = collect(*select);
    if (!rows)
        return rows.error();
    RecordPage page;
    page.rows = std::move(rows).value();
    if (page.rows.size() > query.limit) {
        page.rows.resize(query.limit);
        page.nextCursor = cursorFor(page.rows.last());
    }
    return page;
}

Result<QList<NearbyRecord>> Store::near(geo::LatLon center, double radiusMeters,
                                        std::optional<RecordKind> kind)
{
    if (!geo::isValidWgs84(center))
        return makeError(ErrorCode::InvalidInput, u"the search centre is not a valid position"_s);
    if (!(radiusMeters > 0) || radiusMeters > 500'000)
        return makeError(ErrorCode::InvalidInput, u"search radius must be 0-500 km"_s);
    // A bounding box on the (lat, lon) index, then exact geodesic distances.
    const double dLat = radiusMeters / 111'000.0 * 1.01;
    const double cosLat = std::max(0.01, std::cos(center.lat * M_PI / 180.0));
    const double dLon = std::min(180.0, dLat / cosLat);
    QByteArray sql = kSummaryColumns;
    sql += " WHERE lat BETWEEN ?1 AND ?2 AND lon BETWEEN ?3 AND ?4 AND deleted = 0";
    if (kind)
        sql += " AND kind = ?5";
    auto select = m_db.prepare(sql.constData());
    if (!select)
        return select.error();
    select->bind(1, center.lat - dLat).bind(2, center.lat + dLat);
    select->bind(3, center.lon - dLon).bind(4, center.lon + dLon);
    if (kind)
        select->bind(5, recordKindName(*kind));
    auto rows = collect(*select);
    if (!rows)
        return rows.error();
    QList<NearbyRecord> nearby;
    for (const auto &row : *rows) {
        const double d = geo::distanceMeters(center, {*row.lat, *row.lon});
        if (d <= radiusMeters)
            nearby << NearbyRecord{row, d};
    }
    std::sort(nearby.begin(), nearby.end(),
              [](const auto &a, const auto &b) { return a.distanceMeters < b.distanceMeters; });
    return nearby;
}

Result<std::optional<Record>> Store::todaysPatrol()
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now());
    const qint64 dayStart = local.date().startOfDay().toMSecsSinceEpoch();
    const qint64 dayEnd = local.date().addDays(1).startOfDay().toMSecsSinceEpoch();
    auto select = m_db.prepare("SELECT id FROM records WHERE kind = 'patrol' AND deleted = 0"
                               " AND date_ms >= ?1 AND date_ms < ?2"
                               " ORDER BY date_ms DESC, id DESC LIMIT 1");
    if (!select)
        return select.error();
    auto id = select->bind(1, dayStart).bind(2, dayEnd).first([](const auto &row) {
        return row.text(0);
    });
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<Record>();
    auto patrol = record(**id);
    if (!patrol)
        return patrol.error();
    return std::optional<Record>(std::move(patrol).value());
}

} // namespace fl
