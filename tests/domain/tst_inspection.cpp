#include "domaintest.h"

#include "codes/uscc.h"
#include "domain/enumnames.h"
#include "domain/inspection.h"

#include <QJsonArray>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace domaintest;
using namespace fl;

namespace {

const QString kBeijing = u"91110000600037341L"_s; // published, valid
const QString kLanzhou = u"91620105MA73NBBLXE"_s; // published, valid

Stroke zigzag(double offset)
{
    return {{0.1 + offset, 0.2, 0}, {0.25 + offset, 0.8, 40}, {0.4 + offset, 0.3, 95}};
}

Signature signature(SignerRole role, const QString &name)
{
    Signature s;
    s.role = role;
    s.signerName = name;
    s.signedAtMs = kMorning + 50 * kMinute;
    s.strokes = {zigzag(0), zigzag(0.3)};
    return s;
}

// A complete, signed record of a double-random inspection.
Inspection signedInspection()
{
    Inspection r;
    r.taskName = u"2026年第四季度双随机抽查"_s;
    r.taskNumber = u"SSJ-650102-2026Q4-017"_s;
    r.enterprise = Enterprise{kBeijing,    u"乌鲁木齐某化工有限公司"_s, u"化工"_s,
                              u"王建国"_s, u"米东区化工园 12 号"_s,     u"0991-1234567"_s};
    r.source = InspectionSource::RandomDraw;
    r.sourceReference = u"draw-2026Q4-03"_s;
    r.divisionCode = u"650109"_s;
    r.location = Position{43.9612, 87.6455, 700.0, 6.0};
    r.inspectors = {{u"李明"_s, u"65010020180012"_s}, {u"热合曼"_s, u"65010020190044"_s}};
    r.startMs = kMorning;
    r.endMs = kMorning + 55 * kMinute;
    ChecklistItem permit;
    permit.item = u"排污许可证"_s;
    permit.keyPoints = u"是否在有效期内"_s;
    permit.standard = u"排污许可管理条例"_s;
    permit.method = u"查阅"_s;
    permit.result = CheckResult::NoProblem;
    ChecklistItem outfall;
    outfall.item = u"排污口规范化"_s;
    outfall.result = CheckResult::ProblemFound;
    outfall.problem = u"排污口标识牌缺失"_s;
    outfall.evidenceIds = {kId1};
    ChecklistItem boiler;
    boiler.item = u"锅炉"_s;
    boiler.result = CheckResult::NotApplicable;
    r.checklist = {permit, outfall, boiler};
    r.findings = u"发现一处问题"_s;
    r.onSiteRecord = u"现场检查笔录正文"_s;
    r.signatures = {signature(SignerRole::Inspector, u"李明"_s),
                    signature(SignerRole::Inspector, u"热合曼"_s),
                    signature(SignerRole::SiteRepresentative, u"王建国"_s)};
    r.signatures[0].renderingEvidenceId = kId2;
    r.status = InspectionStatus::Signed;
    return r;
}

Inspection minimalInspection()
{
    Inspection r;
    r.enterprise.name = u"Lanzhou test works"_s;
    r.enterprise.uscc = kLanzhou;
    r.divisionCode = u"650102"_s;
    r.inspectors = {{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}};
    r.startMs = kMorning;
    return r;
}

QString withLastChar(const QString &code, QChar c)
{
    return code.left(17) + c;
}

} // namespace

TEST_CASE("inspection JSON keys and enums", "[inspection][json]")
{
    const QJsonObject json = signedInspection().toJson();
    CHECK(json.value(u"source"_s).toString() == u"random_draw"_s);
    CHECK(json.value(u"status"_s).toString() == u"signed"_s);
    CHECK(json.value(u"enterprise"_s).toObject().value(u"uscc"_s).toString() == kBeijing);
    const QJsonArray checklist = json.value(u"checklist"_s).toArray();
    CHECK(checklist.at(1).toObject().value(u"result"_s).toString() == u"problem_found"_s);
    const QJsonObject rep = json.value(u"signatures"_s).toArray().at(2).toObject();
    CHECK(rep.value(u"role"_s).toString() == u"site_representative"_s);
    // strokes as [[[x, y, tMs], ...], ...]
    const QJsonArray firstPoint = rep.value(u"strokes"_s).toArray().at(0).toArray().at(0).toArray();
    CHECK(firstPoint == QJsonArray{0.1, 0.2, 0});
    CHECK(enumName(InspectionSource::PostPermit) == u"post_permit"_s);
    CHECK(enumName(InspectionSource::FollowUp) == u"follow_up"_s);
}

TEST_CASE("inspection JSON round trips byte for byte", "[inspection][json]")
{
    requireRoundTrip(signedInspection());
    requireRoundTrip(minimalInspection());
    requireRoundTrip(Inspection{});
    CHECK(minimalInspection().toJson().contains(u"enterprise"_s));
    CHECK_FALSE(Inspection{}.toJson().contains(u"enterprise"_s));
}

TEST_CASE("inspection fromJson reports bad fields with their path", "[inspection][json]")
{
    QJsonObject json = signedInspection().toJson();
    SECTION("a stroke point that is not [x, y, t]")
    {
        QJsonArray signatures = json.value(u"signatures"_s).toArray();
        QJsonObject sig = signatures.at(1).toObject();
        sig.insert(u"strokes"_s, QJsonArray{QJsonArray{QJsonArray{0.1, 0.2}}});
        signatures.replace(1, sig);
        json.insert(u"signatures"_s, signatures);
        CHECK(parseError<Inspection>(json) ==
              u"signatures[1].strokes[0][0]: expected [x, y, milliseconds]"_s);
    }
    SECTION("an unknown check result")
    {
        QJsonArray checklist = json.value(u"checklist"_s).toArray();
        QJsonObject item = checklist.at(2).toObject();
        item.insert(u"result"_s, u"maybe"_s);
        checklist.replace(2, item);
        json.insert(u"checklist"_s, checklist);
        CHECK(parseError<Inspection>(json) == u"checklist[2].result: unknown value \"maybe\""_s);
    }
    SECTION("a missing status is an error, never silently a draft")
    {
        json.remove(u"status"_s);
        CHECK(parseError<Inspection>(json) == u"status: required but missing"_s);
    }
    SECTION("enterprise must be an object")
    {
        json.insert(u"enterprise"_s, u"ACME"_s);
        CHECK(parseError<Inspection>(json) == u"enterprise: expected an object"_s);
    }
    SECTION("location without longitude")
    {
        json.insert(u"location"_s, QJsonObject{{u"lat"_s, 43.9}});
        CHECK(parseError<Inspection>(json) == u"location.lon: required but missing"_s);
    }
}

TEST_CASE("a complete signed inspection validates", "[inspection][validate]")
{
    const auto issues = signedInspection().validate(kNow);
    INFO(describe(issues).toStdString());
    CHECK(issues.isEmpty());
    const auto minimal = minimalInspection().validate(kNow);
    INFO(describe(minimal).toStdString());
    CHECK(minimal.isEmpty());
}

TEST_CASE("inspection USCC check", "[inspection][validate]")
{
    Inspection r = signedInspection();
    SECTION("both published codes pass")
    {
        r.enterprise.uscc = kLanzhou;
        CHECK_FALSE(hasError(r.validate(kNow), u"enterprise.uscc"_s));
    }
    SECTION("a wrong check character is an error with the code's message")
    {
        r.enterprise.uscc = withLastChar(kBeijing, u'M');
        const QString message = errorText(r.validate(kNow), u"enterprise.uscc"_s);
        CHECK(message.contains(u"check character"_s));
        r.enterprise.uscc = withLastChar(kLanzhou, u'A');
        CHECK(hasError(r.validate(kNow), u"enterprise.uscc"_s));
    }
    SECTION("an override turns the error into a warning")
    {
        r.enterprise.uscc = withLastChar(kBeijing, u'M');
        r.usccOverrideReason = u"early pilot code, confirmed on the licence"_s;
        const auto issues = r.validate(kNow);
        CHECK_FALSE(hasError(issues, u"enterprise.uscc"_s));
        const auto *warning = find(issues, u"enterprise.uscc"_s, true);
        REQUIRE(warning);
        CHECK(warning->message ==
              u"check failed, accepted by override: early pilot code, confirmed on the licence"_s);
    }
    SECTION("a missing code is an error")
    {
        r.enterprise.uscc.clear();
        CHECK(hasError(r.validate(kNow), u"enterprise.uscc"_s));
    }
    SECTION("an organisation-code finding is a warning")
    {
        // Break position 17 (the GB 11714 check) and repair position 18 so only the warning is
        // left.
        const QString base = kBeijing.left(16) + (kBeijing[16] == u'4' ? u'5' : u'4');
        r.enterprise.uscc = base + codes::usccCheckCharacter(base);
        const auto issues = r.validate(kNow);
        INFO(describe(issues).toStdString());
        CHECK_FALSE(hasError(issues, u"enterprise.uscc"_s));
        CHECK(hasWarning(issues, u"enterprise.uscc"_s));
    }
}

TEST_CASE("inspection validation rules", "[inspection][validate]")
{
    Inspection r = signedInspection();
    SECTION("enterprise name is required")
    {
        r.enterprise.name.clear();
        CHECK(hasError(r.validate(kNow), u"enterprise.name"_s));
    }
    SECTION("at least two inspectors")
    {
        r.status = InspectionStatus::Draft;
        r.inspectors.removeLast();
        CHECK(errorText(r.validate(kNow), u"inspectors"_s) ==
              u"an inspection needs at least two inspectors, 1 listed"_s);
    }
    SECTION("each inspector has a name and a certificate number")
    {
        r.inspectors[1].certificateNumber.clear();
        CHECK(hasError(r.validate(kNow), u"inspectors[1].certificateNumber"_s));
        r.inspectors[1].certificateNumber = u"x"_s;
        r.inspectors[0].name.clear();
        CHECK(hasError(r.validate(kNow), u"inspectors[0].name"_s));
    }
    SECTION("certificate numbers are distinct")
    {
        r.inspectors[1].certificateNumber = r.inspectors[0].certificateNumber;
        CHECK(errorText(r.validate(kNow), u"inspectors[1].certificateNumber"_s) ==
              u"certificate number 65010020180012 is listed twice"_s);
    }
    SECTION("draws and complaints need their reference")
    {
        r.sourceReference.clear();
        CHECK(hasError(r.validate(kNow), u"sourceReference"_s));
        r.source = InspectionSource::Complaint;
        CHECK(hasError(r.validate(kNow), u"sourceReference"_s));
        r.source = InspectionSource::Routine;
        CHECK_FALSE(hasError(r.validate(kNow), u"sourceReference"_s));
    }
    SECTION("division code is required")
    {
        r.divisionCode.clear();
        CHECK(hasError(r.validate(kNow), u"divisionCode"_s));
        r.divisionCode = u"6501"_s;
        CHECK(hasError(r.validate(kNow), u"divisionCode"_s));
    }
    SECTION("location is checked")
    {
        r.location->lon = 187.6;
        CHECK(errorText(r.validate(kNow), u"location.lon"_s) ==
              u"longitude 187.6 is out of range (\u2212180 to 180)"_s);
    }
    SECTION("times")
    {
        r.endMs = r.startMs - 1000;
        CHECK(hasError(r.validate(kNow), u"endMs"_s));
        r.endMs = kNow + 20 * kMinute;
        CHECK(hasError(r.validate(kNow), u"endMs"_s));
        r.startMs = 0;
        CHECK(hasError(r.validate(kNow), u"startMs"_s));
    }
    SECTION("a problem found needs its description")
    {
        r.checklist[1].problem.clear();
        CHECK(hasError(r.validate(kNow), u"checklist[1].problem"_s));
    }
    SECTION("evidence ids must be UUIDs")
    {
        r.checklist[1].evidenceIds = {u"IMG_0001.JPG"_s};
        CHECK(hasError(r.validate(kNow), u"checklist[1].evidenceIds[0]"_s));
        r.checklist[1].evidenceIds.clear();
        r.signatures[0].renderingEvidenceId = u"abc"_s;
        CHECK(hasError(r.validate(kNow), u"signatures[0].renderingEvidenceId"_s));
    }
}

TEST_CASE("what a signed record must carry", "[inspection][validate]")
{
    Inspection r = signedInspection();
    SECTION("an end time")
    {
        r.endMs.reset();
        CHECK(hasError(r.validate(kNow), u"endMs"_s));
        r.status = InspectionStatus::Draft;
        CHECK_FALSE(hasError(r.validate(kNow), u"endMs"_s));
    }
    SECTION("every inspector's own signature")
    {
        r.signatures.removeAt(1);
        CHECK(errorText(r.validate(kNow), u"signatures"_s) == u"inspector 热合曼 has not signed"_s);
        r.status = InspectionStatus::Draft;
        CHECK_FALSE(hasError(r.validate(kNow), u"signatures"_s));
    }
    SECTION("a signature without ink does not count")
    {
        r.signatures[0].strokes = {Stroke{}};
        CHECK(hasError(r.validate(kNow), u"signatures"_s));
    }
    SECTION("an inspector's signature under another role does not count")
    {
        r.signatures[1].role = SignerRole::SiteRepresentative;
        CHECK(hasError(r.validate(kNow), u"signatures"_s));
    }
    SECTION("the site representative signs or their refusal is noted")
    {
        r.signatures.removeLast();
        CHECK(hasError(r.validate(kNow), u"signatures"_s));
        r.representativeRefusal = u"拒绝签字，两名执法人员在场见证"_s;
        CHECK_FALSE(hasError(r.validate(kNow), u"signatures"_s));
    }
    SECTION("no unchecked checklist items")
    {
        r.checklist[2].result = CheckResult::NotChecked;
        CHECK(hasError(r.validate(kNow), u"checklist[2].result"_s));
        r.status = InspectionStatus::Draft;
        CHECK_FALSE(hasError(r.validate(kNow), u"checklist[2].result"_s));
    }
}

TEST_CASE("signature SVG is deterministic and well-formed", "[inspection][svg]")
{
    const QList<Stroke> strokes = signedInspection().signatures[0].strokes;
    const QByteArray svg = renderSignatureSvg(strokes);
    CHECK(svg == renderSignatureSvg(strokes));
    CHECK(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" "
                         "height=\"240\" viewBox=\"0 0 600 240\">"));
    CHECK(svg.contains("d=\"M60.0 48.0 L150.0 192.0 L240.0 72.0\""));
    CHECK(svg.contains("stroke=\"#000000\""));
    CHECK(svg.contains("stroke-linecap=\"round\""));
    CHECK(svg.contains("fill=\"none\""));

    QXmlStreamReader xml(svg);
    int paths = 0;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"svg"_s)
                sawSvg = true;
            if (xml.name() == u"path"_s)
                ++paths;
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(sawSvg);
    CHECK(paths == 2);

    SECTION("scaled to the requested size")
    {
        CHECK(renderSignatureSvg(strokes, 300, 120).contains("M30.0 24.0 L75.0 96.0"));
    }
    SECTION("no strokes gives an empty but valid SVG")
    {
        const QByteArray empty = renderSignatureSvg({});
        QXmlStreamReader emptyXml(empty);
        while (!emptyXml.atEnd())
            emptyXml.readNext();
        CHECK_FALSE(emptyXml.hasError());
        CHECK_FALSE(empty.contains("<path"));
        CHECK(renderSignatureSvg({Stroke{}}) == empty);
    }
    SECTION("a single point is drawn as a dot; points off the pad are clamped")
    {
        const QByteArray dot = renderSignatureSvg({Stroke{{0.5, 0.5, 0}}});
        CHECK(dot.contains("d=\"M300.0 120.0 L300.0 120.0\""));
        const QByteArray clamped = renderSignatureSvg({Stroke{{-0.01, 1.2, 0}, {0.5, 0.5, 9}}});
        CHECK(clamped.contains("d=\"M0.0 240.0 L300.0 120.0\""));
    }
}
