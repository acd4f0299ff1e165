// Evidence commands: attach files to a record, show an evidence record with its watermark.

#include "cli.h"
#include "commands.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

int add(Context &c, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return c.usage(u"give the record id and at least one file"_s);
    Store *store = c.store();
    if (!store)
        return Failed;
    auto position = parsePosition(p);
    if (!position)
        return c.fail(position.error());
    if (auto r = checkFiles(args.mid(1)); !r)
        return c.fail(r.error());
    QJsonArray ids;
    QStringList lines;
    for (const QString &file : args.mid(1)) {
        EvidenceCapture capture;
        capture.sourcePath = file;
        capture.linkedRecordId = args.first();
        capture.linkedItemId = p.value(u"item"_s);
        capture.position = *position;
        capture.note = p.value(u"note"_s);
        if (p.isSet(u"heading"_s)) {
            auto heading = parseNumber(p.value(u"heading"_s), u"heading"_s);
            if (!heading)
                return c.fail(heading.error());
            capture.headingDegrees = *heading;
        }
        auto saved = store->addEvidence(capture, c.author());
        if (!saved)
            return c.fail(saved.error()); // earlier files stay saved; the message names this one
        ids.append(saved->meta.id);
        lines << u"%1 -> evidence %2 (sha256 %3)"_s.arg(
            file, saved->meta.id, saved->body.value(u"sha256"_s).toString().left(16));
    }
    c.print({{u"evidenceIds"_s, ids}}, lines.join(u'\n'));
    return Ok;
}

int show(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the evidence id"_s);
    Store *store = c.store();
    if (!store)
        return Failed;
    auto record = loadRecord(*store, p.positionalArguments().first(), RecordKind::Evidence);
    if (!record)
        return c.fail(record.error());
    auto evidence = Evidence::fromJson(record->body);
    if (!evidence)
        return c.fail(evidence.error());
    const QStringList watermark = watermarkLines(*evidence, record->meta.author);
    auto held = store->holdsBlob(evidence->sha256);
    if (!held)
        return c.fail(held.error());
    // Evidence pulled from the ledger (another device's photo) has its file on the ledger only.
    const auto intact = *held ? store->verifyBlob(evidence->sha256) : Result<void>();
    const QString path = *held ? store->blobPath(evidence->sha256) : QString();
    QStringList lines{
        u"file      %1"_s.arg(*held ? path : u"not on this device (kept by the ledger)"_s),
        u"type      %1, %2"_s.arg(evidence->mediaType, formatBytes(evidence->sizeBytes))};
    if (*held)
        lines << u"intact    %1"_s.arg(intact ? u"yes"_s : intact.error().message);
    lines << u"watermark:"_s;
    for (const auto &line : watermark)
        lines << u"  "_s + line;
    QJsonObject json{{u"path"_s, path},
                     {u"onDevice"_s, *held},
                     {u"watermark"_s, QJsonArray::fromStringList(watermark)},
                     {u"body"_s, record->body}};
    if (*held)
        json.insert(u"intact"_s, intact.ok());
    c.print(json, lines.join(u'\n'));
    return intact ? Ok : Failed;
}

} // namespace

void registerEvidenceCommands()
{
    auto &table = commands();
    table << Command{
        u"evidence add"_s, u"Attach photo/audio/video files to a record"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"record"_s, u"Record id."_s);
            p.addPositionalArgument(u"files"_s, u"Files to attach."_s, u"file..."_s);
            p.addOption({u"item"_s, u"Problem or checklist item inside it."_s, u"id"_s});
            p.addOption({u"heading"_s, u"Camera heading, degrees."_s, u"deg"_s});
            p.addOption({u"note"_s, u"Note."_s, u"text"_s});
            addPositionOptions(p);
        },
        add};
    table << Command{
        u"evidence show"_s, u"Show an evidence file, its watermark and integrity"_s,
        [](QCommandLineParser &p) { p.addPositionalArgument(u"evidence"_s, u"Evidence id."_s); },
        show};
}

} // namespace fl::cli
