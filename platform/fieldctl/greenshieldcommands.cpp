// 绿盾 Green Shield commands: import protected areas and zones, add clues, verify on site,
// follow rectification to close-out (销号).

#include "cli.h"
#include "commands.h"
#include "enumoptions.h"

#include "export/geojson.h"
#include "geo/geodesic.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

// GeoJSON features with properties areaId, areaName, level and zone (core, buffer, ...); the
// features of one area are grouped into one ProtectedArea.
Result<QList<ProtectedArea>> areasFromFeatures(const QList<exporters::Feature> &features)
{
    QList<ProtectedArea> areas;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const auto &f = features[i];
        const QString id = f.properties.value(u"areaId"_s).toString();
        auto zone = enumFromName<FunctionalZone>(f.properties.value(u"zone"_s).toString());
        if (id.isEmpty() || !zone) {
            return makeError(
                ErrorCode::InvalidInput,
                u"feature %1 needs properties areaId and zone (one of: %2)"_s.arg(i).arg(
                    enumNames<FunctionalZone>().join(u", "_s)));
        }
        geo::MultiPolygon shape;
        if (const auto *polygon = std::get_if<geo::Polygon>(&f.geometry))
            shape << *polygon;
        else if (const auto *multi = std::get_if<geo::MultiPolygon>(&f.geometry))
            shape = *multi;
        else
            return makeError(ErrorCode::InvalidInput, u"feature %1 is not a polygon"_s.arg(i));
        auto it =
            std::find_if(areas.begin(), areas.end(), [&](const auto &a) { return a.id == id; });
        if (it == areas.end()) {
            areas << ProtectedArea{id,
                                   f.properties.value(u"areaName"_s).toString(),
                                   f.properties.value(u"level"_s).toString(),
                                   {}};
            it = areas.end() - 1;
        }
        it->zones << ProtectedArea::Zone{*zone, shape};
    }
    return areas;
}

int areaImport(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the GeoJSON file"_s);
    QFile file(p.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(makeError(ErrorCode::NotFound, u"cannot read %1"_s.arg(file.fileName())));
    auto features = exporters::parseGeoJson(file.readAll());
    if (!features)
        return c.fail(features.error());
    auto areas = areasFromFeatures(*features);
    if (!areas)
        return c.fail(areas.error());
    Store *store = c.store();
    if (!store)
        return Failed;
    QStringList names;
    for (const auto &area : *areas) {
        if (auto r = store->saveProtectedArea(area); !r)
            return c.fail(r.error());
        names << u"%1 (%2 zones)"_s.arg(area.name).arg(area.zones.size());
    }
    c.print({{u"areas"_s, int(areas->size())}}, u"imported "_s + names.join(u", "_s));
    return Ok;
}

QString clueText(const Record &record)
{
    auto clue = GreenShieldClue::fromJson(record.body);
    if (!clue)
        return record.meta.id;
    return u"clue %1 (%2) in %3: zone %4, outcome %5, close-out %6"_s.arg(
        clue->clueCode, record.meta.id, clue->protectedAreaName,
        enumName(clue->verification.functionalZone), enumName(clue->verification.outcome),
        enumName(clue->rectification.state));
}

int clueAdd(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    GreenShieldClue clue;
    clue.clueCode = p.value(u"code"_s);
    clue.countyCode = p.value(u"county"_s);
    clue.protectedAreaId = p.value(u"area-id"_s);
    clue.description = p.value(u"description"_s);
    auto areas = store->protectedAreas();
    if (!areas)
        return c.fail(areas.error());
    for (const auto &area : *areas) {
        if (area.id == clue.protectedAreaId) {
            clue.protectedAreaName = area.name;
            clue.protectedAreaLevel = area.level;
        }
    }
    if (clue.protectedAreaName.isEmpty()) {
        return c.fail(u"no protected area '%1' on this device; import it with 'fieldctl area "
                      "import'"_s.arg(clue.protectedAreaId));
    }
    auto type = enumOption<ActivityType>(p.value(u"type"_s), u"--type"_s);
    if (!type)
        return c.fail(type.error());
    clue.suspectedType = *type;
    clue.suspectedAreaSquareMeters = p.value(u"area-m2"_s).toDouble();
    auto position = parsePosition(p);
    if (!position)
        return c.fail(position.error());
    clue.location = *position;
    auto saved = store->createRecord(RecordKind::GreenShieldClue, clue.toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"id"_s, saved->meta.id}}, u"added "_s + clueText(*saved));
    return Ok;
}

// Where a command's --photo files go in the clue: the verification's or the close-out's.
using ClueEvidence = QStringList &(*)(GreenShieldClue &);

// Loads a clue, lets `change` edit it, attaches the --photo files under `item`, saves the next
// revision and prints the result.
int editClue(Context &c, const QCommandLineParser &p,
             const std::function<Result<void>(Store &, GreenShieldClue &)> &change,
             const QString &item = {}, ClueEvidence evidence = nullptr)
{
    int exitCode = Ok;
    auto target = loadTarget<GreenShieldClue>(c, p, RecordKind::GreenShieldClue, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString id = target->record.meta.id;
    const Record *record = &target->record;
    GreenShieldClue *clue = &target->value;
    if (auto r = change(*store, *clue); !r)
        return c.fail(r.error());
    const QStringList photos = evidence ? p.values(u"photo"_s) : QStringList();
    auto saved = saveWithEvidence(
        *store, *record, photos.size(),
        [&] {
            return attachPhotos(*store, photos, id, item, clue->verification.position, c.author());
        },
        [&](const QStringList &evidenceIds) {
            GreenShieldClue next = *clue;
            if (evidence)
                evidence(next) << evidenceIds;
            return next.toJson();
        },
        c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"id"_s, id}, {u"revision"_s, saved->meta.revision}, {u"body"_s, saved->body}},
            clueText(*saved));
    return Ok;
}

int clueVerify(Context &c, const QCommandLineParser &p)
{
    return editClue(
        c, p,
        [&](Store &store, GreenShieldClue &clue) -> Result<void> {
            auto outcome = enumOption<VerificationOutcome>(p.value(u"outcome"_s), u"--outcome"_s);
            if (!outcome)
                return outcome.error();
            auto position = parsePosition(p);
            if (!position)
                return position.error();
            auto &v = clue.verification;
            v.outcome = *outcome;
            v.verifiedAtMs = store.now();
            v.verifiedBy = c.author();
            v.position = *position;
            v.facilityName = p.value(u"facility-name"_s);
            v.facilityType = p.value(u"facility-type"_s);
            v.scale = p.value(u"scale"_s);
            v.constructionTime = p.value(u"built"_s);
            v.currentState = p.value(u"state"_s);
            v.notes = p.value(u"notes"_s);
            if (v.position && clue.location) {
                c.err << u"verified %1 m from the clue's point\n"_s.arg(
                    qRound(geo::distanceMeters(v.position->latLon(), clue.location->latLon())));
            }
            return {};
        },
        u"verification"_s,
        [](GreenShieldClue &clue) -> QStringList & { return clue.verification.evidenceIds; });
}

int clueRectify(Context &c, const QCommandLineParser &p)
{
    return editClue(c, p, [&](Store &, GreenShieldClue &clue) -> Result<void> {
        auto &r = clue.rectification;
        r.measures = p.value(u"measures"_s);
        r.responsibleUnit = p.value(u"unit"_s);
        r.responsiblePerson = p.value(u"person"_s);
        r.deadline = p.value(u"deadline"_s);
        r.state = CloseOutState::Rectifying;
        return {};
    });
}

int clueClose(Context &c, const QCommandLineParser &p)
{
    return editClue(
        c, p,
        [&](Store &store, GreenShieldClue &clue) -> Result<void> {
            auto &r = clue.rectification;
            r.result = p.value(u"result"_s);
            r.approvedBy = p.value(u"approved-by"_s);
            r.closedAtMs = store.now();
            r.state = CloseOutState::ClosedOut;
            return {};
        },
        u"close-out"_s,
        [](GreenShieldClue &clue) -> QStringList & { return clue.rectification.evidenceIds; });
}

} // namespace

void registerGreenShieldCommands()
{
    auto &table = commands();
    table << Command{u"area import"_s, u"Import protected areas and zones from GeoJSON"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(
                             u"file"_s, u"GeoJSON; properties areaId, areaName, level, zone."_s);
                     },
                     areaImport};
    table << Command{
        u"clue add"_s, u"Add a Green Shield clue (绿盾 suspected problem)"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"code"_s, u"Clue code, e.g. 202302-65-N1-007-MD-0018."_s, u"code"_s});
            p.addOption({u"county"_s, u"County division code."_s, u"code"_s});
            p.addOption({u"area-id"_s, u"Protected area id (imported)."_s, u"id"_s});
            p.addOption(
                {u"type"_s, enumNames<ActivityType>().join(u", "_s), u"type"_s, u"other"_s});
            p.addOption({u"area-m2"_s, u"Suspected area in square metres."_s, u"m2"_s});
            p.addOption({u"description"_s, u"What remote sensing showed."_s, u"text"_s});
            addPositionOptions(p);
        },
        clueAdd};
    table << Command{
        u"clue verify"_s, u"Record the on-site verification (核查) of a clue"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"clue"_s, u"Clue record id."_s);
            p.addOption(
                {u"outcome"_s, enumNames<VerificationOutcome>().join(u", "_s), u"outcome"_s});
            p.addOption({u"facility-name"_s, u"Facility name."_s, u"text"_s});
            p.addOption({u"facility-type"_s, u"Facility type."_s, u"text"_s});
            p.addOption({u"scale"_s, u"Scale or area."_s, u"text"_s});
            p.addOption({u"built"_s, u"Construction time (2019, 2019-05)."_s, u"when"_s});
            p.addOption({u"state"_s, u"Current state."_s, u"text"_s});
            p.addOption({u"notes"_s, u"Notes."_s, u"text"_s});
            p.addOption({u"photo"_s, u"Photo file (repeat for several)."_s, u"file"_s});
            addPositionOptions(p);
        },
        clueVerify};
    table << Command{u"clue rectify"_s, u"Set the rectification measures and deadline"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(u"clue"_s, u"Clue record id."_s);
                         p.addOption({u"measures"_s, u"Measures."_s, u"text"_s});
                         p.addOption({u"unit"_s, u"Responsible unit."_s, u"text"_s});
                         p.addOption({u"person"_s, u"Responsible person."_s, u"name"_s});
                         p.addOption({u"deadline"_s, u"Deadline (yyyy-MM-dd)."_s, u"date"_s});
                     },
                     clueRectify};
    table << Command{
        u"clue close"_s, u"Close out (销号) a rectified clue, with evidence"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"clue"_s, u"Clue record id."_s);
            p.addOption({u"result"_s, u"Rectification result."_s, u"text"_s});
            p.addOption({u"approved-by"_s, u"Who approved the close-out."_s, u"name"_s});
            p.addOption({u"photo"_s, u"Evidence photo (repeat)."_s, u"file"_s});
        },
        clueClose};
}

} // namespace fl::cli
