#include "domaintest.h"

#include "domain/hlc.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;
using fl::Hlc;
using fl::HlcClock;

namespace {

// A wall clock the test drives by hand.
struct FakeWall
{
    qint64 ms = 1'795'413'909'000;
    HlcClock::WallClock clock()
    {
        return [this] {
            return ms;
        };
    }
};

} // namespace

TEST_CASE("HLC stamps increase while the wall clock advances, stalls or goes back", "[hlc]")
{
    FakeWall wall;
    HlcClock clock(u"device-a"_s, wall.clock());

    const Hlc first = clock.now();
    CHECK(first.wallMs == wall.ms);
    CHECK(first.counter == 0);
    CHECK(first.node == u"device-a"_s);

    const Hlc stalled = clock.now(); // same millisecond
    CHECK(stalled > first);
    CHECK(stalled.wallMs == first.wallMs);
    CHECK(stalled.counter == 1);

    wall.ms -= 3'600'000; // clock set back an hour (e.g. NTP correction, user edit)
    const Hlc back = clock.now();
    CHECK(back > stalled);
    CHECK(back.wallMs == first.wallMs);

    wall.ms += 2 * 3'600'000;
    const Hlc later = clock.now();
    CHECK(later > back);
    CHECK(later.wallMs == wall.ms);
    CHECK(later.counter == 0);
}

TEST_CASE("HLC observes a remote stamp from the future", "[hlc]")
{
    FakeWall wall;
    HlcClock clock(u"device-a"_s, wall.clock());
    const Hlc local = clock.now();

    const Hlc remote{wall.ms + 5 * 60'000, 7, u"device-b"_s};
    clock.observe(remote);
    const Hlc next = clock.now();
    CHECK(next > remote);
    CHECK(next > local);
    CHECK(next.wallMs == remote.wallMs); // the local wall clock is still behind
    CHECK(next.node == u"device-a"_s);

    SECTION("an old remote stamp does not move the clock back")
    {
        clock.observe(Hlc{wall.ms - 60'000, 99, u"device-c"_s});
        CHECK(clock.now() > next);
    }
}

TEST_CASE("HLC restore never moves the clock backwards", "[hlc]")
{
    FakeWall wall;
    HlcClock clock(u"device-a"_s, wall.clock());
    clock.restore(Hlc{wall.ms + 1000, 4, u"device-a"_s});
    const Hlc next = clock.now();
    CHECK(next.wallMs == wall.ms + 1000);
    CHECK(next.counter == 5);
    clock.restore(Hlc{wall.ms - 1000, 0, u"device-a"_s});
    CHECK(clock.now() > next);
}

TEST_CASE("HLC text round trips and sorts like the value", "[hlc]")
{
    const Hlc stamp{1'795'413'909'000, 42, u"dev-01-x"_s};
    const QString text = stamp.toString();
    CHECK(text == u"0001795413909000-00042-dev-01-x"_s);
    const auto parsed = Hlc::parse(text);
    REQUIRE(parsed.has_value());
    CHECK(*parsed == stamp);

    CHECK_FALSE(Hlc::parse(u""_s).has_value());
    CHECK_FALSE(Hlc::parse(u"0001795413909000-00042-"_s).has_value());
    CHECK_FALSE(Hlc::parse(u"000179541390900x-00042-node"_s).has_value());
    CHECK_FALSE(Hlc::parse(u"0001795413909000_00042-node"_s).has_value());

    QList<Hlc> stamps{
        {5, 0, u"b"_s},
        {5, 1, u"a"_s},
        {40, 0, u"a"_s},
        {5, 0, u"a"_s},
        {400, 0, u"a"_s},
        {5, 10, u"a"_s},
        {1'795'413'909'000, 2, u"z"_s},
        {5, 2, u"a"_s},
    };
    QList<Hlc> byValue = stamps;
    std::sort(byValue.begin(), byValue.end());
    QList<Hlc> byText = stamps;
    std::sort(byText.begin(), byText.end(),
              [](const Hlc &a, const Hlc &b) { return a.toString() < b.toString(); });
    CHECK(byText == byValue);
}
