#include "domaintest.h"

#include "domain/enumnames.h"
#include "domain/evidence.h"

using namespace Qt::StringLiterals;
using namespace domaintest;
using namespace fl;

namespace {

const QString kSha = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;

Evidence fullEvidence()
{
    Evidence e;
    e.sha256 = kSha;
    e.sizeBytes = 2'483'211;
    e.mediaType = u"image/jpeg"_s;
    e.mediaKind = MediaKind::Photo;
    e.originalName = u"IMG_20261123_140509.jpg"_s;
    e.capturedAtMs = kNow;
    e.gnssTimeMs = kNow - 800;
    e.position = Position{43.82543, 87.61679, 812.0, 4.6};
    e.headingDegrees = 271.5;
    e.linkedRecordId = kId1;
    e.linkedItemId = kId2;
    e.note = u"排污口 outfall"_s;
    return e;
}

Evidence minimalEvidence()
{
    Evidence e;
    e.sha256 = kSha;
    e.sizeBytes = 1;
    e.mediaType = u"audio/mp4"_s;
    e.mediaKind = MediaKind::Audio;
    e.capturedAtMs = kMorning;
    return e;
}

} // namespace

TEST_CASE("evidence JSON round trips byte for byte", "[evidence][json]")
{
    requireRoundTrip(fullEvidence());
    requireRoundTrip(minimalEvidence());
    requireRoundTrip(Evidence{});
    const QJsonObject json = minimalEvidence().toJson();
    CHECK(json.value(u"mediaKind"_s).toString() == u"audio"_s);
    CHECK_FALSE(json.contains(u"position"_s));
    CHECK_FALSE(json.contains(u"gnssTimeMs"_s));
    CHECK(enumName(MediaKind::Signature) == u"signature"_s);
}

TEST_CASE("evidence fromJson errors", "[evidence][json]")
{
    QJsonObject json = fullEvidence().toJson();
    SECTION("size as text")
    {
        json.insert(u"sizeBytes"_s, u"12"_s);
        CHECK(parseError<Evidence>(json) == u"sizeBytes: expected a whole number"_s);
    }
    SECTION("missing capture time")
    {
        json.remove(u"capturedAtMs"_s);
        CHECK(parseError<Evidence>(json) == u"capturedAtMs: required but missing"_s);
    }
    SECTION("heading as a string")
    {
        json.insert(u"headingDegrees"_s, u"west"_s);
        CHECK(parseError<Evidence>(json) == u"headingDegrees: expected a number"_s);
    }
    SECTION("unknown media kind")
    {
        json.insert(u"mediaKind"_s, u"hologram"_s);
        CHECK(parseError<Evidence>(json) == u"mediaKind: unknown value \"hologram\""_s);
    }
}

TEST_CASE("evidence validation", "[evidence][validate]")
{
    Evidence e = fullEvidence();
    {
        const auto issues = e.validate(kNow);
        INFO(describe(issues).toStdString());
        CHECK(issues.isEmpty());
        CHECK(minimalEvidence().validate(kNow).isEmpty());
    }
    SECTION("sha256 is 64 lower-case hex characters")
    {
        e.sha256 = kSha.toUpper();
        CHECK(hasError(e.validate(kNow), u"sha256"_s));
        e.sha256 = kSha.left(63);
        CHECK(hasError(e.validate(kNow), u"sha256"_s));
        e.sha256 = kSha.left(63) + u'g';
        CHECK(hasError(e.validate(kNow), u"sha256"_s));
    }
    SECTION("size must be positive")
    {
        e.sizeBytes = 0;
        CHECK(hasError(e.validate(kNow), u"sizeBytes"_s));
    }
    SECTION("media type required")
    {
        e.mediaType.clear();
        CHECK(hasError(e.validate(kNow), u"mediaType"_s));
    }
    SECTION("linked record id is a UUID when set")
    {
        e.linkedRecordId = u"patrol-7"_s;
        CHECK(hasError(e.validate(kNow), u"linkedRecordId"_s));
        e.linkedRecordId.clear();
        CHECK_FALSE(hasError(e.validate(kNow), u"linkedRecordId"_s));
    }
    SECTION("capture time required and not in the future")
    {
        e.capturedAtMs = 0;
        CHECK(hasError(e.validate(kNow), u"capturedAtMs"_s));
        e.capturedAtMs = kNow + 3 * 3600 * 1000;
        e.gnssTimeMs.reset();
        CHECK(hasError(e.validate(kNow), u"capturedAtMs"_s));
    }
    SECTION("a device clock far from GNSS time is a warning")
    {
        e.gnssTimeMs = kNow - (2 * 60 + 5) * kMinute;
        const auto issues = e.validate(kNow);
        CHECK_FALSE(hasErrors(issues));
        const auto *warning = find(issues, u"capturedAtMs"_s, true);
        REQUIRE(warning);
        CHECK(warning->message == u"device clock differs from GNSS time by 2 h 5 min"_s);
    }
    SECTION("position and heading")
    {
        e.position->lat = 91;
        e.headingDegrees = 360;
        const auto issues = e.validate(kNow);
        CHECK(hasError(issues, u"position.lat"_s));
        CHECK(hasError(issues, u"headingDegrees"_s));
    }
}

TEST_CASE("watermark lines: Beijing time, position with accuracy, author", "[evidence]")
{
    const Evidence e = fullEvidence();
    CHECK(watermarkLines(e, u"阿依古丽"_s) == QStringList{u"2026-11-23 14:05:09 (UTC+8)"_s,
                                                          u"43.825430°N 87.616790°E ±5 m"_s,
                                                          u"author: 阿依古丽"_s});
    SECTION("southern and western hemispheres, no accuracy")
    {
        Evidence south = e;
        south.position = Position{-33.8688, -70.6693, std::nullopt, std::nullopt};
        CHECK(watermarkLines(south, u"x"_s).at(1) == u"33.868800°S 70.669300°W"_s);
    }
    SECTION("no position")
    {
        Evidence none = e;
        none.position.reset();
        CHECK(watermarkLines(none, u"x"_s).at(1) == u"no position"_s);
    }
    SECTION("the day changes at Beijing midnight, not UTC midnight")
    {
        Evidence late = e;
        late.capturedAtMs = 1795449600000; // 2026-11-23 16:00:00 UTC
        CHECK(watermarkLines(late, u"x"_s).at(0) == u"2026-11-24 00:00:00 (UTC+8)"_s);
    }
}

TEST_CASE("media type guessed from the file name", "[evidence]")
{
    using Guess = std::pair<QString, MediaKind>;
    CHECK(guessMediaType(u"IMG_0001.JPG"_s) == Guess{u"image/jpeg"_s, MediaKind::Photo});
    CHECK(guessMediaType(u"a.jpeg"_s) == Guess{u"image/jpeg"_s, MediaKind::Photo});
    CHECK(guessMediaType(u"a.png"_s) == Guess{u"image/png"_s, MediaKind::Photo});
    CHECK(guessMediaType(u"a.heic"_s) == Guess{u"image/heic"_s, MediaKind::Photo});
    CHECK(guessMediaType(u"memo.m4a"_s) == Guess{u"audio/mp4"_s, MediaKind::Audio});
    CHECK(guessMediaType(u"clip.mp4"_s) == Guess{u"video/mp4"_s, MediaKind::Video});
    CHECK(guessMediaType(u"clip.MOV"_s) == Guess{u"video/quicktime"_s, MediaKind::Video});
    CHECK(guessMediaType(u"sig.svg"_s) == Guess{u"image/svg+xml"_s, MediaKind::Signature});
    CHECK(guessMediaType(u"permit.pdf"_s) == Guess{u"application/pdf"_s, MediaKind::Document});
    CHECK(guessMediaType(u"archive.xyz"_s) ==
          Guess{u"application/octet-stream"_s, MediaKind::Document});
    CHECK(guessMediaType(u"README"_s) == Guess{u"application/octet-stream"_s, MediaKind::Document});
}
