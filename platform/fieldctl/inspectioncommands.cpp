// 执法检查 inspection commands: check or scan an enterprise code (扫码入企), start the inspection,
// record checklist results with evidence, collect signatures, and sign the on-site record.

#include "cli.h"
#include "commands.h"
#include "enumoptions.h"

#include "codes/qrpayload.h"
#include "codes/uscc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

QJsonObject checkJson(const codes::UsccCheck &check)
{
    QJsonArray findings;
    for (const auto &f : check.findings) {
        findings.append(QJsonObject{
            {u"severity"_s, f.severity == codes::Severity::Error ? u"error"_s : u"warning"_s},
            {u"position"_s, f.position},
            {u"message"_s, f.message}});
    }
    return {{u"code"_s, check.normalized},
            {u"valid"_s, check.valid()},
            {u"divisionCode"_s, check.divisionCode},
            {u"findings"_s, findings}};
}

QString checkText(const codes::UsccCheck &check)
{
    QStringList lines{check.valid() ? u"%1 is a valid credit code"_s.arg(check.normalized)
                                    : u"%1 is NOT a valid credit code"_s.arg(check.normalized)};
    for (const auto &f : check.findings) {
        lines << u"  %1: %2"_s.arg(f.severity == codes::Severity::Error ? u"error"_s : u"warning"_s,
                                   f.message);
    }
    return lines.join(u'\n');
}

int codeCheck(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give one code"_s);
    const codes::UsccCheck check = codes::validateUscc(p.positionalArguments().first());
    c.print(checkJson(check), checkText(check));
    return check.valid() ? Ok : Failed;
}

// The scanned text: --scan TEXT, or --scan-file FILE holding what the scanner decoded.
Result<QString> scannedPayload(const QCommandLineParser &p)
{
    if (p.isSet(u"scan"_s))
        return p.value(u"scan"_s);
    QFile file(p.value(u"scan-file"_s));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    return QString::fromUtf8(file.readAll());
}

int codeScan(Context &c, const QCommandLineParser &p)
{
    auto payload = scannedPayload(p);
    if (!payload)
        return c.fail(payload.error());
    auto scanned = codes::parseEnterpriseQrPayload(*payload);
    if (!scanned)
        return c.fail(scanned.error());
    QJsonObject json = checkJson(scanned->check);
    json.insert(u"carrier"_s, scanned->carrier);
    c.print(json, u"found in a %1 payload: "_s.arg(scanned->carrier) + checkText(scanned->check));
    return scanned->check.valid() ? Ok : Failed;
}

Result<QList<Inspector>> parseInspectors(const QStringList &values)
{
    QList<Inspector> inspectors;
    for (const QString &value : values) {
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon <= 0 || colon == value.size() - 1) {
            return makeError(ErrorCode::InvalidInput,
                             u"--inspector '%1' must be NAME:CERTIFICATE"_s.arg(value));
        }
        inspectors << Inspector{value.left(colon).trimmed(), value.mid(colon + 1).trimmed()};
    }
    return inspectors;
}

int start(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    Inspection inspection;
    if (p.isSet(u"scan"_s) || p.isSet(u"scan-file"_s)) {
        auto payload = scannedPayload(p);
        if (!payload)
            return c.fail(payload.error());
        auto scanned = codes::parseEnterpriseQrPayload(*payload);
        if (!scanned)
            return c.fail(scanned.error());
        inspection.enterprise.uscc = scanned->code;
    } else {
        inspection.enterprise.uscc = codes::validateUscc(p.value(u"uscc"_s)).normalized;
    }
    // The offline directory fills in what was not typed.
    auto known = store->findEnterprise(inspection.enterprise.uscc);
    if (!known)
        return c.fail(known.error());
    const Enterprise directory = known->value_or(Enterprise{});
    const auto given = [&](const QString &option, const QString &fallback) {
        return p.isSet(option) ? p.value(option) : fallback;
    };
    inspection.enterprise.name = given(u"name"_s, directory.name);
    inspection.enterprise.address = given(u"address"_s, directory.address);
    inspection.enterprise.legalRepresentative =
        given(u"legal-rep"_s, directory.legalRepresentative);
    inspection.enterprise.type = directory.type;
    inspection.enterprise.contact = directory.contact;
    inspection.usccOverrideReason = p.value(u"override-reason"_s);
    inspection.taskName = p.value(u"task-name"_s);
    inspection.taskNumber = p.value(u"task-number"_s);
    inspection.divisionCode = p.value(u"division"_s);
    inspection.sourceReference = p.value(u"source-ref"_s);
    auto source = enumOption<InspectionSource>(p.value(u"source"_s), u"--source"_s);
    if (!source)
        return c.fail(source.error());
    inspection.source = *source;
    auto inspectors = parseInspectors(p.values(u"inspector"_s));
    if (!inspectors)
        return c.fail(inspectors.error());
    inspection.inspectors = *inspectors;
    auto position = parsePosition(p);
    if (!position)
        return c.fail(position.error());
    inspection.location = *position;
    auto started = parseTime(p.value(u"start"_s), store->now());
    if (!started)
        return c.fail(started.error());
    inspection.startMs = *started;
    auto saved = store->createRecord(RecordKind::Inspection, inspection.toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    const auto warnings = inspection.validate(store->now());
    c.print({{u"id"_s, saved->meta.id}, {u"uscc"_s, inspection.enterprise.uscc}},
            u"inspection %1 of %2 (%3) started"_s.arg(saved->meta.id, inspection.enterprise.name,
                                                      inspection.enterprise.uscc) +
                (warnings.isEmpty() ? QString() : u"\n"_s + issuesText(warnings)));
    return Ok;
}

int checkItem(Context &c, const QCommandLineParser &p)
{
    int exitCode = Ok;
    auto target = loadTarget<Inspection>(c, p, RecordKind::Inspection, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString id = target->record.meta.id;
    const Record *record = &target->record;
    Inspection *inspection = &target->value;
    ChecklistItem item;
    item.item = p.value(u"item"_s);
    item.keyPoints = p.value(u"key-points"_s);
    item.standard = p.value(u"standard"_s);
    item.method = p.value(u"method"_s);
    item.problem = p.value(u"problem"_s);
    auto result = enumOption<CheckResult>(p.value(u"result"_s), u"--result"_s);
    if (!result)
        return c.fail(result.error());
    item.result = *result;
    // Checklist items have no id of their own: evidence points at the item by its text.
    const QStringList photos = p.values(u"photo"_s);
    auto saved = saveWithEvidence(
        *store, *record, photos.size(),
        [&] {
            return attachPhotos(*store, photos, id, item.item, inspection->location, c.author());
        },
        [&](const QStringList &evidenceIds) {
            item.evidenceIds = evidenceIds;
            Inspection next = *inspection;
            next.checklist << item;
            return next.toJson();
        },
        c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"revision"_s, saved->meta.revision},
             {u"items"_s, int(inspection->checklist.size() + 1)}},
            u"checklist item %1: %2 (%3 photos)"_s.arg(item.item, enumName(item.result))
                .arg(item.evidenceIds.size()));
    return Ok;
}

// Strokes as JSON: [[[x, y, tMs], ...], ...] with x, y in 0..1 of the signature pad.
Result<QList<Stroke>> readStrokes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, u"cannot read %1"_s.arg(path));
    const QJsonArray strokesJson = QJsonDocument::fromJson(file.readAll()).array();
    QList<Stroke> strokes;
    for (const auto &strokeJson : strokesJson) {
        Stroke stroke;
        for (const auto &point : strokeJson.toArray()) {
            const QJsonArray xyt = point.toArray();
            stroke << StrokePoint{xyt.at(0).toDouble(), xyt.at(1).toDouble(),
                                  qint64(xyt.at(2).toDouble())};
        }
        if (!stroke.isEmpty())
            strokes << stroke;
    }
    if (strokes.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"%1 holds no signature strokes"_s.arg(path));
    return strokes;
}

int sign(Context &c, const QCommandLineParser &p)
{
    int exitCode = Ok;
    auto target = loadTarget<Inspection>(c, p, RecordKind::Inspection, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString id = target->record.meta.id;
    const Record *record = &target->record;
    Inspection *inspection = &target->value;
    auto role = enumOption<SignerRole>(p.value(u"role"_s), u"--role"_s);
    if (!role)
        return c.fail(role.error());
    auto strokes = readStrokes(p.value(u"strokes"_s));
    if (!strokes)
        return c.fail(strokes.error());
    Signature signature{*role, p.value(u"signer"_s), store->now(), *strokes, {}};
    // The rendering is evidence too: content-addressed, immutable, linked to the inspection.
    EvidenceCapture capture;
    capture.sourcePath = u"signature-%1.svg"_s.arg(signature.signerName);
    capture.linkedRecordId = id;
    capture.mediaType = u"image/svg+xml"_s;
    capture.position = inspection->location;
    auto saved = saveWithEvidence(
        *store, *record, 1,
        [&]() -> Result<QStringList> {
            auto rendering =
                store->addEvidenceBytes(renderSignatureSvg(*strokes), capture, c.author());
            if (!rendering)
                return rendering.error();
            return QStringList{rendering->meta.id};
        },
        [&](const QStringList &evidenceIds) {
            signature.renderingEvidenceId = evidenceIds.value(0);
            Inspection next = *inspection;
            next.signatures << signature;
            return next.toJson();
        },
        c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"revision"_s, saved->meta.revision},
             {u"renderingEvidenceId"_s, signature.renderingEvidenceId}},
            u"signature of %1 (%2) recorded"_s.arg(signature.signerName, enumName(*role)));
    return Ok;
}

int finish(Context &c, const QCommandLineParser &p)
{
    int exitCode = Ok;
    auto target = loadTarget<Inspection>(c, p, RecordKind::Inspection, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString id = target->record.meta.id;
    const Record *record = &target->record;
    Inspection *inspection = &target->value;
    inspection->findings = p.value(u"findings"_s);
    inspection->onSiteRecord = p.value(u"record-text"_s);
    inspection->representativeRefusal = p.value(u"refusal"_s);
    auto ended = parseTime(p.value(u"end"_s), store->now());
    if (!ended)
        return c.fail(ended.error());
    inspection->endMs = *ended;
    inspection->status = InspectionStatus::Signed;
    auto saved = store->updateRecord(id, record->meta.revision, inspection->toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"revision"_s, saved->meta.revision}, {u"status"_s, u"signed"_s}},
            u"on-site record signed; inspection %1 is now closed to edits"_s.arg(id));
    return Ok;
}

void declareScan(QCommandLineParser &p)
{
    p.addOption({u"scan"_s, u"Text decoded from the enterprise's QR code."_s, u"text"_s});
    p.addOption({u"scan-file"_s, u"File holding the decoded QR text."_s, u"file"_s});
}

} // namespace

void registerInspectionCommands()
{
    auto &table = commands();
    table << Command{
        u"code check"_s, u"Validate a Unified Social Credit Code"_s,
        [](QCommandLineParser &p) { p.addPositionalArgument(u"code"_s, u"18-character code."_s); },
        codeCheck};
    table << Command{u"code scan"_s, u"Find the credit code in scanned QR text"_s, declareScan,
                     codeScan};
    table << Command{
        u"inspection start"_s, u"Start an inspection of an enterprise (扫码入企)"_s,
        [](QCommandLineParser &p) {
            declareScan(p);
            p.addOption({u"uscc"_s, u"Credit code typed by hand."_s, u"code"_s});
            p.addOption({u"override-reason"_s, u"Accept a code failing its check, because..."_s,
                         u"text"_s});
            p.addOption({u"name"_s, u"Enterprise name."_s, u"text"_s});
            p.addOption({u"address"_s, u"Enterprise address."_s, u"text"_s});
            p.addOption({u"legal-rep"_s, u"Legal representative."_s, u"name"_s});
            p.addOption({u"inspector"_s, u"NAME:CERTIFICATE (at least two)."_s, u"who"_s});
            p.addOption({u"source"_s, enumNames<InspectionSource>().join(u", "_s), u"source"_s,
                         u"routine"_s});
            p.addOption({u"source-ref"_s, u"Draw id, complaint case, ..."_s, u"ref"_s});
            p.addOption({u"task-name"_s, u"Task name."_s, u"text"_s});
            p.addOption({u"task-number"_s, u"Task number."_s, u"text"_s});
            p.addOption({u"division"_s, u"GB/T 2260 division code."_s, u"code"_s});
            p.addOption({u"start"_s, u"Start time (default now)."_s, u"time"_s, u"now"_s});
            addPositionOptions(p);
        },
        start};
    table << Command{
        u"inspection check"_s, u"Record one checklist item's result, with photos"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"inspection"_s, u"Inspection id."_s);
            p.addOption({u"item"_s, u"Checklist item."_s, u"text"_s});
            p.addOption({u"key-points"_s, u"Key points."_s, u"text"_s});
            p.addOption({u"standard"_s, u"Standard applied."_s, u"text"_s});
            p.addOption({u"method"_s, u"Method used."_s, u"text"_s});
            p.addOption({u"result"_s, enumNames<CheckResult>().join(u", "_s), u"result"_s});
            p.addOption({u"problem"_s, u"The problem found."_s, u"text"_s});
            p.addOption({u"photo"_s, u"Photo file (repeat for several)."_s, u"file"_s});
        },
        checkItem};
    table << Command{
        u"inspection sign"_s, u"Add a signature from signature-pad strokes"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"inspection"_s, u"Inspection id."_s);
            p.addOption({u"signer"_s, u"Who signs."_s, u"name"_s});
            p.addOption(
                {u"role"_s, enumNames<SignerRole>().join(u", "_s), u"role"_s, u"inspector"_s});
            p.addOption({u"strokes"_s, u"JSON strokes [[[x,y,tMs],...],...]."_s, u"file"_s});
        },
        sign};
    table << Command{
        u"inspection finish"_s, u"Sign off the on-site record (现场检查笔录)"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"inspection"_s, u"Inspection id."_s);
            p.addOption({u"findings"_s, u"Findings narrative."_s, u"text"_s});
            p.addOption({u"record-text"_s, u"On-site record text."_s, u"text"_s});
            p.addOption({u"refusal"_s, u"Why the site representative did not sign."_s, u"text"_s});
            p.addOption({u"end"_s, u"End time (default now)."_s, u"time"_s, u"now"_s});
        },
        finish};
}

} // namespace fl::cli
