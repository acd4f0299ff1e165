// Queries behind the screens: paged lists, nearby records, today's patrol.

#include "storetest.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

TEST_CASE("lists page through every record once, newest first", "[queries]")
{
    TempStore s;
    for (int i = 0; i < 120; ++i) {
        const qint64 t = s.clockMs - qint64(i % 40) * 3600'000; // many share a date
        if (i % 3 == 0)
            require(s->createRecord(RecordKind::Patrol, samples::patrol(t).toJson(), kAuthor));
        else
            require(s->createRecord(RecordKind::ComplaintCase, samples::complaint(t).toJson(),
                                    kAuthor));
    }

    QSet<QString> seen;
    ListQuery query;
    query.limit = 50;
    qint64 lastDate = std::numeric_limits<qint64>::max();
    int pages = 0;
    do {
        const RecordPage page = require(s->list(query));
        ++pages;
        for (const auto &row : page.rows) {
            REQUIRE(row.dateMs <= lastDate);
            lastDate = row.dateMs;
            REQUIRE_FALSE(seen.contains(row.id));
            seen.insert(row.id);
        }
        query.after = page.nextCursor;
    } while (!query.after.isEmpty());
    REQUIRE(seen.size() == 120);
    REQUIRE(pages == 3);

    SECTION("filtered by kind, status and date")
    {
        ListQuery patrols;
        patrols.kind = RecordKind::Patrol;
        patrols.limit = 100;
        REQUIRE(require(s->list(patrols)).rows.size() == 40);
        patrols.status = u"in_progress"_s;
        REQUIRE(require(s->list(patrols)).rows.size() == 40);
        patrols.status = u"finished"_s;
        REQUIRE(require(s->list(patrols)).rows.isEmpty());

        ListQuery recent;
        recent.fromMs = s.clockMs - 2 * 3600'000;
        recent.limit = 100;
        REQUIRE(require(s->list(recent)).rows.size() == 9); // offsets 0, 1, 2 hours x 3
    }
    SECTION("a malformed cursor is an error, not an empty page")
    {
        ListQuery bad;
        bad.after = u"yesterday"_s;
        REQUIRE_FALSE(s->list(bad).ok());
    }
}

TEST_CASE("records near a point come sorted by distance", "[queries]")
{
    TempStore s;
    Inspection a = samples::inspection(s.clockMs);
    a.location = Position{43.80, 87.60, std::nullopt, 5.0};
    Inspection b = a;
    b.location = Position{43.81, 87.60, std::nullopt, 5.0}; // ~1.1 km north
    Inspection far = a;
    far.location = Position{44.30, 87.60, std::nullopt, 5.0}; // ~55 km
    const Record ra = require(s->createRecord(RecordKind::Inspection, a.toJson(), kAuthor));
    const Record rb = require(s->createRecord(RecordKind::Inspection, b.toJson(), kAuthor));
    require(s->createRecord(RecordKind::Inspection, far.toJson(), kAuthor));

    const auto found = require(s->near({43.8001, 87.60}, 5000));
    REQUIRE(found.size() == 2);
    REQUIRE(found[0].record.id == ra.meta.id);
    REQUIRE(found[1].record.id == rb.meta.id);
    REQUIRE(found[1].distanceMeters == Approx(1101).margin(15));
    REQUIRE_FALSE(s->near({91.0, 87.6}, 5000).ok());
}

TEST_CASE("today's patrol is the latest one started today", "[queries]")
{
    TempStore s;
    REQUIRE_FALSE(require(s->todaysPatrol()).has_value());
    require(s->createRecord(RecordKind::Patrol,
                            samples::patrol(s.clockMs - 3 * 24 * 3600'000).toJson(), kAuthor));
    REQUIRE_FALSE(require(s->todaysPatrol()).has_value());
    const Record today = require(
        s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs - 60'000).toJson(), kAuthor));
    const auto found = require(s->todaysPatrol());
    REQUIRE(found.has_value());
    REQUIRE(found->meta.id == today.meta.id);
}

TEST_CASE("tasks can be listed by assignee", "[queries]")
{
    TempStore s;
    require(s->createRecord(RecordKind::RectificationTask, samples::task(u"li.ming"_s).toJson(),
                            kAuthor));
    require(s->createRecord(RecordKind::RectificationTask, samples::task(u"wang.fang"_s).toJson(),
                            kAuthor));
    ListQuery mine;
    mine.assignee = u"li.ming"_s;
    const auto rows = require(s->list(mine)).rows;
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].kind == RecordKind::RectificationTask);
}
