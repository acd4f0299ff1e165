#include "domaintest.h"

#include "domain/ids.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

int hexValue(QChar c)
{
    return QString(c).toInt(nullptr, 16);
}

} // namespace

TEST_CASE("newUuidV7 has the RFC 9562 layout", "[ids]")
{
    for (int i = 0; i < 100; ++i) {
        const QString id = fl::newUuidV7();
        INFO(id.toStdString());
        REQUIRE(id.size() == 36);
        CHECK(fl::isUuid(id));
        CHECK(id == id.toLower());
        CHECK(id[14] == u'7');                  // version nibble
        CHECK((hexValue(id[19]) & 0xc) == 0x8); // variant bits 10
    }
}

TEST_CASE("ids made in a tight loop are unique and sort in creation order", "[ids]")
{
    QStringList ids;
    ids.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        ids.append(fl::newUuidV7());
    for (int i = 1; i < ids.size(); ++i) {
        if (!(ids[i - 1] < ids[i])) {
            INFO(ids[i - 1].toStdString() + " then " + ids[i].toStdString());
            FAIL("ids are not strictly increasing");
        }
    }
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
}

TEST_CASE("uuidV7TimeMs reads back the creation time", "[ids]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = fl::newUuidV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 ms = fl::uuidV7TimeMs(id);
    CHECK(ms >= before);
    CHECK(ms <= after + 1); // the counter may borrow the next millisecond

    CHECK(fl::uuidV7TimeMs(u"017f22e2-79b0-7cc3-98c4-dc0c0c07398f"_s) == 0x017f22e279b0);
    SECTION("not a v7 id")
    {
        CHECK(fl::uuidV7TimeMs(u"550e8400-e29b-41d4-a716-446655440000"_s) == -1); // v4
        CHECK(fl::uuidV7TimeMs(u"not-a-uuid"_s) == -1);
    }
}

TEST_CASE("isUuid accepts canonical ids and rejects malformed text", "[ids]")
{
    CHECK(fl::isUuid(u"550e8400-e29b-41d4-a716-446655440000"_s));
    CHECK(fl::isUuid(u"550E8400-E29B-41D4-A716-446655440000"_s));
    CHECK(fl::isUuid(domaintest::kId1));

    CHECK_FALSE(fl::isUuid(u""_s));
    CHECK_FALSE(fl::isUuid(u"550e8400e29b41d4a716446655440000"_s));       // no hyphens
    CHECK_FALSE(fl::isUuid(u"550e8400-e29b-41d4-a716-44665544000"_s));    // short
    CHECK_FALSE(fl::isUuid(u"550e8400-e29b-41d4-a716-4466554400000"_s));  // long
    CHECK_FALSE(fl::isUuid(u"550e8400-e29b-41d4-a716-44665544000g"_s));   // not hex
    CHECK_FALSE(fl::isUuid(u"550e8400-e29b41-d4-a716-446655440000"_s));   // hyphen moved
    CHECK_FALSE(fl::isUuid(u"{550e8400-e29b-41d4-a716-446655440000}"_s)); // braces
    CHECK_FALSE(fl::isUuid(u" 550e8400-e29b-41d4-a716-44665544000"_s));   // space
}
