// Green Shield screens' C++ side against a real store (temp SQLite), the real demo protected
// area and real Qt NMEA positioning: clues nearest first with the right bearings, the functional
// zone derived at the verification position, saves as new revisions, close-out without evidence
// refused, stale revisions refused without losing the entries.

#include "apptest.h"
#include "clueeditor.h"
#include "cluelistmodel.h"
#include "clueproximitymodel.h"
#include "greenshieldtest.h"
#include "positionfeed.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTranslator>

#include <cmath>

using namespace greenshieldtest;
using apptest::waitFor;
using Catch::Matchers::Contains;

namespace {

QString idAt(const ClueProximityModel &model, int row)
{
    return model.idAt(row);
}

double roleAt(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role).toDouble();
}

bool hasFixAt(const PositionFeed &feed, fl::geo::LatLon at)
{
    return feed.valid() && std::abs(feed.latitude() - at.lat) < 1e-6 &&
           std::abs(feed.longitude() - at.lon) < 1e-6;
}

QJsonObject verificationOf(fl::Store &store, const QString &id)
{
    auto record = store.record(id);
    REQUIRE(record.ok());
    return record->body.value(QStringLiteral("verification")).toObject();
}

} // namespace

TEST_CASE("ClueProximityModel lists clues nearest first with bearings from the fix")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const fl::geo::LatLon me = kCore;
    const QString north = addClue(temp.store(), QStringLiteral("C-NORTH"), offset(me, 0, 1000));
    const QString east = addClue(temp.store(), QStringLiteral("A-EAST"), offset(me, 90, 2000));
    const QString south = addClue(temp.store(), QStringLiteral("B-SOUTH"), offset(me, 180, 5000));
    const QString nowhere = addClue(temp.store(), QStringLiteral("0-NOWHERE"), std::nullopt);
    const QString closed = addClue(temp.store(), QStringLiteral("D-CLOSED"), offset(me, 270, 500),
                                   fl::CloseOutState::ClosedOut);

    ClueListModel clues;
    clues.setStore(temp.records.get());
    ClueProximityModel nearest;
    nearest.setSourceModel(&clues);
    REQUIRE(clues.count() == 5);
    CHECK(clues.error().isEmpty());

    SECTION("without a fix distances are unknown and clues are in code order")
    {
        REQUIRE(nearest.count() == 4); // closed-out hidden
        CHECK(idAt(nearest, 0) == nowhere);
        CHECK(idAt(nearest, 1) == east);
        CHECK(idAt(nearest, 2) == south);
        CHECK(idAt(nearest, 3) == north);
        for (int row = 0; row < nearest.count(); ++row)
            CHECK(std::isnan(roleAt(nearest, row, ClueListModel::DistanceMetersRole)));
        CHECK(nearest.data(nearest.index(0, 0), ClueListModel::DistanceTextRole)
                  .toString()
                  .isEmpty());
    }

    SECTION("with a fix: nearest first, no point last, north 0 and east 90")
    {
        auto feed = feedAt({me});
        clues.setPosition(feed.get());
        REQUIRE(waitFor([&] { return hasFixAt(*feed, me); }));
        REQUIRE(waitFor([&] { return idAt(nearest, 0) == north; }));
        REQUIRE(nearest.count() == 4);
        CHECK(idAt(nearest, 1) == east);
        CHECK(idAt(nearest, 2) == south);
        CHECK(idAt(nearest, 3) == nowhere);

        CHECK(roleAt(nearest, 0, ClueListModel::DistanceMetersRole) == Approx(1000).margin(10));
        CHECK(roleAt(nearest, 1, ClueListModel::DistanceMetersRole) == Approx(2000).margin(20));
        CHECK(roleAt(nearest, 2, ClueListModel::DistanceMetersRole) == Approx(5000).margin(50));
        const double northBearing = roleAt(nearest, 0, ClueListModel::BearingDegreesRole);
        CHECK((northBearing < 0.5 || northBearing > 359.5));
        CHECK(roleAt(nearest, 1, ClueListModel::BearingDegreesRole) == Approx(90).margin(0.5));
        CHECK(roleAt(nearest, 2, ClueListModel::BearingDegreesRole) == Approx(180).margin(0.5));
        CHECK(std::isnan(roleAt(nearest, 3, ClueListModel::BearingDegreesRole)));
        const QString eastText =
            nearest.data(nearest.index(1, 0), ClueListModel::DistanceTextRole).toString();
        CHECK(eastText.startsWith(QStringLiteral("2.0")));
        CHECK(eastText.endsWith(QStringLiteral(" km")));
        CHECK(nearest.data(nearest.index(1, 0), ClueListModel::BearingTextRole).toString() ==
              QStringLiteral("90° E"));
        CHECK(nearest.data(nearest.index(1, 0), ClueListModel::SuspectedTypeRole).toString() ==
              QStringLiteral("Farming or aquaculture"));

        nearest.setShowClosedOut(true);
        REQUIRE(nearest.count() == 5);
        CHECK(idAt(nearest, 0) == closed);
        CHECK(nearest.data(nearest.index(0, 0), ClueListModel::ClosedOutRole).toBool());
    }
}

TEST_CASE("ClueListModel recomputes distances only when the fix moved more than 20 m")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const fl::geo::LatLon start = kBuffer;
    const fl::geo::LatLon step = offset(start, 0, 10);    // stays within 20 m
    const fl::geo::LatLon farther = offset(start, 0, 45); // moves beyond
    addClue(temp.store(), QStringLiteral("N"), offset(start, 0, 1000));

    ClueListModel clues;
    clues.setStore(temp.records.get());
    auto feed = feedAt({start, step, farther});
    clues.setPosition(feed.get());
    int changes = 0;
    QObject::connect(&clues, &QAbstractItemModel::dataChanged, [&] { ++changes; });

    REQUIRE(waitFor([&] { return hasFixAt(*feed, start); }));
    CHECK(clues.recomputeCount() == 1);
    CHECK(roleAt(clues, 0, ClueListModel::DistanceMetersRole) == Approx(1000).margin(5));

    REQUIRE(waitFor([&] { return hasFixAt(*feed, step); }));
    CHECK(clues.recomputeCount() == 1);
    CHECK(roleAt(clues, 0, ClueListModel::DistanceMetersRole) == Approx(1000).margin(5));
    const int changesAfterStep = changes;

    REQUIRE(waitFor([&] { return hasFixAt(*feed, farther); }));
    CHECK(clues.recomputeCount() == 2);
    CHECK(changes > changesAfterStep);
    CHECK(roleAt(clues, 0, ClueListModel::DistanceMetersRole) == Approx(955).margin(5));
}

TEST_CASE("ClueListModel follows the store: new clues and saved revisions appear")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    ClueListModel clues;
    clues.setStore(temp.records.get());
    CHECK(clues.count() == 0);
    const QString id = addClue(temp.store(), QStringLiteral("NEW"), kCore);
    temp.records->notifyChanged(fl::RecordKind::GreenShieldClue);
    REQUIRE(clues.count() == 1);
    CHECK(clues.data(clues.index(0, 0), ClueListModel::RevisionRole).toInt() == 1);

    ClueEditor editor;
    editor.setStore(temp.records.get());
    REQUIRE(editor.load(id));
    editor.setOutcome(QStringLiteral("not_a_problem"));
    REQUIRE(editor.save());
    CHECK(clues.data(clues.index(0, 0), ClueListModel::RevisionRole).toInt() == 2);
    CHECK(clues.data(clues.index(0, 0), ClueListModel::OutcomeRole).toString() ==
          QStringLiteral("not_a_problem"));
}

TEST_CASE("ClueEditor derives the functional zone from the demo reserve's zones")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const QString id = addClue(temp.store(), QStringLiteral("Z"), kExperimental);
    ClueEditor editor;
    editor.setStore(temp.records.get());
    REQUIRE(editor.load(id));

    SECTION("from the clue's point until a position is taken")
    {
        CHECK(editor.functionalZone() == QStringLiteral("experimental"));
        CHECK(editor.functionalZoneName() == QStringLiteral("Experimental zone"));
    }

    SECTION("at the verification position, in each zone")
    {
        struct Case
        {
            fl::geo::LatLon at;
            const char *zone;
            const char *words;
        };
        const Case cases[] = {{kCore, "core", "Core area"},
                              {kBuffer, "buffer", "Buffer zone"},
                              {kExperimental, "experimental", "Experimental zone"},
                              {kOutside, "outside", "Outside the reserve"}};
        for (const Case &c : cases) {
            INFO(c.zone);
            auto feed = feedAt({c.at});
            editor.setPosition(feed.get());
            REQUIRE(waitFor([&] { return hasFixAt(*feed, c.at); }));
            REQUIRE(editor.useMyPosition());
            CHECK(editor.hasVerificationPosition());
            CHECK(editor.verificationLatitude() == Approx(c.at.lat).margin(1e-6));
            CHECK(editor.functionalZone() == QString::fromLatin1(c.zone));
            CHECK(editor.functionalZoneName() == QString::fromLatin1(c.words));
            editor.setPosition(nullptr);
        }
    }

    SECTION("unknown without zone data")
    {
        apptest::TempStore bare;
        const QString other = addClue(bare.store(), QStringLiteral("U"), kCore);
        ClueEditor plain;
        plain.setStore(bare.records.get());
        REQUIRE(plain.load(other));
        CHECK(plain.functionalZone() == QStringLiteral("unknown"));
        CHECK(plain.functionalZoneName() ==
              QStringLiteral("Unknown (no position or no zone data)"));
    }

    SECTION("no position: useMyPosition says so and keeps the zone")
    {
        PositionFeed none;
        none.setSource(nullptr);
        editor.setPosition(&none);
        CHECK_FALSE(editor.useMyPosition());
        CHECK_THAT(editor.error().toStdString(), Contains("no position fix"));
        CHECK(editor.functionalZone() == QStringLiteral("experimental"));
    }
}

TEST_CASE("ClueEditor saves a verification as revision 2 with the derived zone")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const QString id = addClue(temp.store(), QStringLiteral("V"), kCore);
    ClueEditor editor;
    editor.setStore(temp.records.get());
    auto feed = feedAt({kBuffer});
    editor.setPosition(feed.get());
    REQUIRE(editor.load(id));
    REQUIRE(waitFor([&] { return hasFixAt(*feed, kBuffer); }));

    // The way there: the clue is north of the buffer point.
    CHECK(editor.distanceMeters() == Approx(3331).margin(10));
    CHECK((editor.bearingDegrees() < 0.5 || editor.bearingDegrees() > 359.5));
    CHECK(editor.distanceText() == QStringLiteral("3.33 km"));

    editor.setOutcome(QStringLiteral("confirmed"));
    editor.setFacilityName(QStringLiteral("养殖塘"));
    editor.setFacilityType(QStringLiteral("fish ponds"));
    editor.setScale(QStringLiteral("1200 m2"));
    editor.setConstructionTime(QStringLiteral("2019"));
    editor.setCurrentState(QStringLiteral("in use"));
    editor.setNotes(QStringLiteral("owner absent"));
    REQUIRE(editor.useMyPosition());
    CHECK(editor.functionalZone() == QStringLiteral("buffer"));
    CHECK(editor.dirty());
    QList<int> saved;
    QObject::connect(&editor, &ClueEditor::saved, [&](int revision) { saved << revision; });
    REQUIRE(editor.save());
    CHECK(editor.error().isEmpty());
    CHECK(saved == QList<int>{2});
    CHECK(editor.revision() == 2);
    CHECK_FALSE(editor.dirty());

    auto record = temp.store().record(id);
    REQUIRE(record.ok());
    CHECK(record->meta.revision == 2);
    const QJsonObject v = verificationOf(temp.store(), id);
    CHECK(v.value(QStringLiteral("functionalZone")).toString() == QStringLiteral("buffer"));
    CHECK(v.value(QStringLiteral("outcome")).toString() == QStringLiteral("confirmed"));
    CHECK(v.value(QStringLiteral("facilityName")).toString() == QStringLiteral("养殖塘"));
    CHECK(v.value(QStringLiteral("verifiedBy")).toString() == QStringLiteral("阿依古丽"));
    CHECK(v.value(QStringLiteral("verifiedAtMs")).toInteger() > 0);
    const QJsonObject position = v.value(QStringLiteral("position")).toObject();
    CHECK(position.value(QStringLiteral("lat")).toDouble() == Approx(kBuffer.lat).margin(1e-6));
    // Qt's NMEA source: 2 × HDOP × UERE = 2 × 1.0 × 5 m.
    CHECK(position.value(QStringLiteral("accuracy")).toDouble() == Approx(10.0));
}

TEST_CASE("ClueEditor refuses a close-out without evidence and says so")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const QString id = addClue(temp.store(), QStringLiteral("X"), kCore);
    ClueEditor editor;
    editor.setStore(temp.records.get());
    REQUIRE(editor.load(id));
    editor.setMeasures(QStringLiteral("ponds filled in"));
    editor.setResult(QStringLiteral("site restored"));
    editor.setApprovedBy(QStringLiteral("county bureau"));
    editor.setCloseOutState(QStringLiteral("closed_out"));
    CHECK(editor.closeOutNeedsEvidence());

    CHECK_FALSE(editor.save());
    CHECK_THAT(editor.error().toStdString(), Contains("A close-out needs evidence"));
    CHECK(editor.problems().contains(QStringLiteral("closeOutEvidence")));
    CHECK(temp.store().record(id)->meta.revision == 1);
    CHECK(editor.closeOutState() == QStringLiteral("closed_out")); // entries kept
    CHECK(editor.measures() == QStringLiteral("ponds filled in"));

    fl::EvidenceCapture capture;
    capture.sourcePath = QStringLiteral("restored.jpg");
    capture.mediaType = QStringLiteral("image/jpeg");
    capture.linkedRecordId = id;
    capture.linkedItemId = QStringLiteral("close-out");
    auto evidence = temp.store().addEvidenceBytes("restored site", capture, temp.records->author());
    REQUIRE(evidence.ok());
    editor.addCloseOutEvidence(evidence->meta.id);
    CHECK_FALSE(editor.closeOutNeedsEvidence());
    REQUIRE(editor.save());
    CHECK(editor.error().isEmpty());
    auto record = temp.store().record(id);
    const QJsonObject r = record->body.value(QStringLiteral("rectification")).toObject();
    CHECK(record->meta.revision == 2);
    CHECK(r.value(QStringLiteral("state")).toString() == QStringLiteral("closed_out"));
    CHECK(r.value(QStringLiteral("closedAtMs")).toInteger() > 0);
}

TEST_CASE("ClueEditor shows a bad deadline in words")
{
    apptest::TempStore temp;
    const QString id = addClue(temp.store(), QStringLiteral("D"), kCore);
    ClueEditor editor;
    editor.setStore(temp.records.get());
    REQUIRE(editor.load(id));
    editor.setDeadline(QStringLiteral("next month"));
    CHECK_FALSE(editor.save());
    CHECK_THAT(editor.problems().value(QStringLiteral("deadline")).toString().toStdString(),
               Contains("2026-12-31"));
    editor.setDeadline(QStringLiteral("2026-12-31"));
    CHECK(editor.save());
}

TEST_CASE("ClueEditor refuses a stale revision and keeps the entries")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const QString id = addClue(temp.store(), QStringLiteral("S"), kCore);
    ClueEditor editor;
    editor.setStore(temp.records.get());
    REQUIRE(editor.load(id));

    // Meanwhile the office (through sync) writes revision 2.
    auto current = temp.store().record(id);
    auto theirs = fl::GreenShieldClue::fromJson(current->body);
    REQUIRE(theirs.ok());
    theirs->description = QStringLiteral("office: re-checked imagery");
    REQUIRE(temp.store().updateRecord(id, 1, theirs->toJson(), QStringLiteral("office")).ok());

    editor.setFacilityName(QStringLiteral("mine"));
    CHECK_FALSE(editor.save());
    CHECK(editor.conflict());
    CHECK_THAT(editor.error().toStdString(), Contains("Someone else changed this clue"));
    CHECK(editor.facilityName() == QStringLiteral("mine"));
    CHECK(temp.store().record(id)->meta.revision == 2);

    REQUIRE(editor.keepMineOnLatest());
    CHECK_FALSE(editor.conflict());
    CHECK(editor.revision() == 2);
    CHECK(editor.description() == QStringLiteral("office: re-checked imagery"));
    REQUIRE(editor.save());
    CHECK(temp.store().record(id)->meta.revision == 3);
    CHECK(verificationOf(temp.store(), id).value(QStringLiteral("facilityName")).toString() ==
          QStringLiteral("mine"));
}

TEST_CASE("Clue list and editor re-read their words when the language changes")
{
    apptest::TempStore temp;
    importDemoAreas(temp.store());
    const QString id = addClue(temp.store(), QStringLiteral("L"), kCore);
    ClueListModel clues;
    clues.setStore(temp.records.get());
    ClueEditor editor;
    editor.setStore(temp.records.get());
    REQUIRE(editor.load(id));
    int rowsChanged = 0;
    int textsChanged = 0;
    QObject::connect(&clues, &QAbstractItemModel::dataChanged, [&] { ++rowsChanged; });
    QObject::connect(&editor, &ClueEditor::textsChanged, [&] { ++textsChanged; });

    QTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::removeTranslator(&translator);
    CHECK(rowsChanged >= 1);
    CHECK(textsChanged >= 1);
}
