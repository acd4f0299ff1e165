// Store-wide commands: init, info, list, show, outbox, check, rules, and generic record edits.

#include "cli.h"
#include "commands.h"

#include "domain/recordrules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

QJsonObject metaJson(const RecordMeta &meta)
{
    return {{u"id"_s, meta.id},
            {u"kind"_s, recordKindName(meta.kind)},
            {u"revision"_s, meta.revision},
            {u"hlc"_s, meta.hlc},
            {u"deviceId"_s, meta.deviceId},
            {u"author"_s, meta.author},
            {u"deleted"_s, meta.deleted}};
}

QJsonObject recordJson(const Record &record)
{
    QJsonObject json = metaJson(record.meta);
    json.insert(u"body"_s, record.body);
    return json;
}

Result<RecordKind> kindOption(const QString &name)
{
    if (auto kind = recordKindFromName(name))
        return *kind;
    QStringList names;
    for (RecordKind kind : allRecordKinds)
        names << recordKindName(kind);
    return makeError(ErrorCode::InvalidInput,
                     u"unknown record kind '%1'; one of: %2"_s.arg(name, names.join(u", "_s)));
}

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return makeError(ErrorCode::NotFound,
                         u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is not a JSON object (%2 at byte %3)"_s.arg(path, error.errorString())
                             .arg(error.offset));
    }
    return doc.object();
}

int init(Context &c, const QCommandLineParser &p)
{
    auto created = Store::create(c.storeFolder);
    if (!created)
        return c.fail(created.error());
    Store &store = **created;
    const QString author = p.value(u"user"_s);
    if (!author.isEmpty()) {
        if (auto r = store.setSetting(u"author"_s, author); !r)
            return c.fail(r.error());
    }
    c.print({{u"store"_s, store.folder()}, {u"deviceId"_s, store.deviceId()}},
            u"created store %1\ndevice id %2"_s.arg(store.folder(), store.deviceId()));
    return Ok;
}

int info(Context &c, const QCommandLineParser &)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    QJsonObject counts;
    QStringList lines{u"store     %1"_s.arg(store->folder()),
                      u"device    %1"_s.arg(store->deviceId())};
    for (RecordKind kind : allRecordKinds) {
        ListQuery query;
        query.kind = kind;
        query.limit = 1000;
        qint64 count = 0;
        do {
            auto page = store->list(query);
            if (!page)
                return c.fail(page.error());
            count += page->rows.size();
            query.after = page->nextCursor;
        } while (!query.after.isEmpty());
        counts.insert(recordKindName(kind), count);
        lines << u"%1 %2"_s.arg(recordKindName(kind).leftJustified(19)).arg(count);
    }
    auto stats = store->outboxStats();
    if (!stats)
        return c.fail(stats.error());
    lines << u"waiting to sync: %1 changes (%2), %3 files (%4)"_s.arg(stats->changes)
                 .arg(formatBytes(stats->changeBytes))
                 .arg(stats->blobs)
                 .arg(formatBytes(stats->blobBytes));
    c.print({{u"deviceId"_s, store->deviceId()},
             {u"records"_s, counts},
             {u"outboxChanges"_s, stats->changes},
             {u"outboxBytes"_s, stats->changeBytes + stats->blobBytes}},
            lines.join(u'\n'));
    return Ok;
}

int list(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    ListQuery query;
    if (p.isSet(u"kind"_s)) {
        auto kind = kindOption(p.value(u"kind"_s));
        if (!kind)
            return c.fail(kind.error());
        query.kind = *kind;
    }
    query.status = p.value(u"status"_s);
    query.assignee = p.value(u"assignee"_s);
    query.after = p.value(u"after"_s);
    query.includeDeleted = p.isSet(u"deleted"_s);
    query.limit = p.value(u"limit"_s).toInt();
    auto page = store->list(query);
    if (!page)
        return c.fail(page.error());
    QJsonArray rows;
    QStringList lines;
    for (const auto &row : page->rows) {
        rows.append(QJsonObject{{u"id"_s, row.id},
                                {u"kind"_s, recordKindName(row.kind)},
                                {u"revision"_s, row.revision},
                                {u"status"_s, row.status},
                                {u"dateMs"_s, row.dateMs},
                                {u"title"_s, row.title},
                                {u"deleted"_s, row.deleted}});
        lines << u"%1  %2  %3  %4  %5"_s.arg(
            row.id, recordKindName(row.kind).leftJustified(18),
            (row.dateMs ? formatTime(row.dateMs) : u"-"_s).leftJustified(19),
            row.status.leftJustified(12), row.title);
    }
    if (!page->nextCursor.isEmpty())
        lines << u"more: fieldctl list --after %1"_s.arg(page->nextCursor);
    if (lines.isEmpty())
        lines << u"no records"_s;
    c.print({{u"rows"_s, rows}, {u"next"_s, page->nextCursor}}, lines.join(u'\n'));
    return Ok;
}

int show(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give one record id"_s);
    const QString id = p.positionalArguments().first();
    if (p.isSet(u"history"_s)) {
        auto history = store->history(id);
        if (!history)
            return c.fail(history.error());
        QJsonArray revisions;
        for (const auto &revision : *history)
            revisions.append(recordJson(revision));
        c.print({{u"history"_s, revisions}},
                QString::fromUtf8(QJsonDocument(revisions).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    auto record = store->record(id);
    if (!record)
        return c.fail(record.error());
    QJsonObject json = recordJson(*record);
    const auto issues = validateRecordBody(record->meta.kind, record->body, store->now());
    QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!issues.isEmpty())
        text += u"notes:\n"_s + issuesText(issues);
    c.print(json, text);
    return Ok;
}

int outbox(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    auto stats = store->outboxStats();
    if (!stats)
        return c.fail(stats.error());
    auto pending = store->pendingChanges(p.value(u"limit"_s).toInt());
    if (!pending)
        return c.fail(pending.error());
    QJsonArray changes;
    QStringList lines{u"%1 changes (%2) and %3 files (%4) waiting to sync"_s.arg(stats->changes)
                          .arg(formatBytes(stats->changeBytes))
                          .arg(stats->blobs)
                          .arg(formatBytes(stats->blobBytes))};
    for (const auto &entry : *pending) {
        changes.append(QJsonObject{{u"seq"_s, entry.seq},
                                   {u"changeId"_s, entry.changeId},
                                   {u"recordId"_s, entry.recordId},
                                   {u"op"_s, entry.op},
                                   {u"bytes"_s, entry.payload.size()}});
        lines << u"  #%1 %2 %3 (%4)"_s.arg(entry.seq).arg(entry.op.leftJustified(6), entry.recordId,
                                                          formatBytes(entry.payload.size()));
    }
    auto refusals = store->refusals();
    if (!refusals)
        return c.fail(refusals.error());
    QJsonArray refused;
    if (!refusals->isEmpty()) {
        lines << u"refused by the server (kept here, not sent again until resolved):"_s;
    }
    for (const auto &r : *refusals) {
        refused.append(QJsonObject{{u"seq"_s, r.seq},
                                   {u"changeId"_s, r.changeId},
                                   {u"recordId"_s, r.recordId},
                                   {u"op"_s, r.op},
                                   {u"code"_s, r.code},
                                   {u"reason"_s, r.reason},
                                   {u"refusedMs"_s, r.refusedMs}});
        lines << u"  #%1 %2 %3: %4 [%5]"_s.arg(r.seq).arg(r.op.leftJustified(6), r.recordId,
                                                          r.reason, r.code);
    }
    c.print({{u"changes"_s, stats->changes},
             {u"changeBytes"_s, stats->changeBytes},
             {u"blobs"_s, stats->blobs},
             {u"blobBytes"_s, stats->blobBytes},
             {u"pending"_s, changes},
             {u"refused"_s, refused}},
            lines.join(u'\n'));
    return Ok;
}

int check(Context &c, const QCommandLineParser &)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    if (auto r = store->integrityCheck(); !r)
        return c.fail(r.error());
    ListQuery query;
    query.kind = RecordKind::Evidence;
    query.limit = 1000;
    int files = 0;
    int onLedgerOnly = 0; // evidence pulled from other devices: the ledger keeps the file
    do {
        auto page = store->list(query);
        if (!page)
            return c.fail(page.error());
        for (const auto &row : page->rows) {
            auto record = store->record(row.id);
            if (!record)
                return c.fail(record.error());
            const QString sha = record->body.value(u"sha256"_s).toString();
            auto held = store->holdsBlob(sha);
            if (!held)
                return c.fail(held.error());
            if (!*held) {
                ++onLedgerOnly;
                continue;
            }
            if (auto r = store->verifyBlob(sha); !r)
                return c.fail(r.error());
            ++files;
        }
        query.after = page->nextCursor;
    } while (!query.after.isEmpty());
    QString text = u"database ok; %1 evidence files match their fingerprints"_s.arg(files);
    if (onLedgerOnly > 0)
        text +=
            u"; %1 pulled evidence records have their files on the ledger only"_s.arg(onLedgerOnly);
    c.print({{u"ok"_s, true}, {u"evidenceFiles"_s, files}, {u"evidenceOnLedger"_s, onLedgerOnly}},
            text);
    return Ok;
}

int recordCreate(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the record kind"_s);
    auto kind = kindOption(p.positionalArguments().first());
    if (!kind)
        return c.fail(kind.error());
    auto body = readJsonFile(p.value(u"body"_s));
    if (!body)
        return c.fail(body.error());
    Store *store = c.store();
    if (!store)
        return Failed;
    auto saved = store->createRecord(*kind, *body, c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print(recordJson(*saved), u"saved %1 %2"_s.arg(recordKindName(*kind), saved->meta.id));
    return Ok;
}

int recordUpdate(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the record id"_s);
    auto body = readJsonFile(p.value(u"body"_s));
    if (!body)
        return c.fail(body.error());
    Store *store = c.store();
    if (!store)
        return Failed;
    auto saved = store->updateRecord(p.positionalArguments().first(),
                                     p.value(u"revision"_s).toInt(), *body, c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print(recordJson(*saved), u"saved revision %1"_s.arg(saved->meta.revision));
    return Ok;
}

int recordDelete(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the record id"_s);
    Store *store = c.store();
    if (!store)
        return Failed;
    auto saved = store->deleteRecord(p.positionalArguments().first(),
                                     p.value(u"revision"_s).toInt(), c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print(recordJson(*saved), u"deleted (tombstone revision %1)"_s.arg(saved->meta.revision));
    return Ok;
}

int rules(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    auto current = store->patrolRules();
    if (!current)
        return c.fail(current.error());
    PatrolRules rules = *current;
    bool changed = false;
    if (p.isSet(u"min-minutes"_s)) {
        rules.minMinutes = p.value(u"min-minutes"_s).toInt();
        changed = true;
    }
    if (p.isSet(u"min-km-village"_s)) {
        rules.minKmTownshipVillage = p.value(u"min-km-village"_s).toDouble();
        changed = true;
    }
    if (p.isSet(u"min-km-other"_s)) {
        rules.minKmOtherLevels = p.value(u"min-km-other"_s).toDouble();
        changed = true;
    }
    if (rules.minMinutes < 0 || rules.minKmTownshipVillage < 0 || rules.minKmOtherLevels < 0)
        return c.fail(u"patrol minimums cannot be negative"_s);
    if (changed) {
        if (auto r = store->setPatrolRules(rules); !r)
            return c.fail(r.error());
    }
    c.print(rules.toJson(),
            u"patrol minimums: %1 min; %2 km for township and village chiefs; %3 km for others"_s
                .arg(rules.minMinutes)
                .arg(rules.minKmTownshipVillage)
                .arg(rules.minKmOtherLevels));
    return Ok;
}

} // namespace

void registerStoreCommands()
{
    auto &table = commands();
    table << Command{
        u"init"_s, u"Create a new device store"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"user"_s, u"The device user's name (default author)."_s, u"name"_s});
        },
        init};
    table << Command{u"info"_s, u"Records per kind and what waits to sync"_s, {}, info};
    table << Command{
        u"list"_s, u"List records, newest first, a page at a time"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"kind"_s, u"Only this kind (patrol, inspection, ...)."_s, u"kind"_s});
            p.addOption({u"status"_s, u"Only this status."_s, u"status"_s});
            p.addOption({u"assignee"_s, u"Only records assigned to."_s, u"user"_s});
            p.addOption({u"limit"_s, u"Page size."_s, u"n"_s, u"50"_s});
            p.addOption({u"after"_s, u"Cursor printed by the previous page."_s, u"cursor"_s});
            p.addOption({u"deleted"_s, u"Include deleted records."_s});
        },
        list};
    table << Command{u"show"_s, u"Show one record (or its whole history)"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(u"id"_s, u"Record id."_s);
                         p.addOption({u"history"_s, u"Every revision, oldest first."_s});
                     },
                     show};
    table << Command{u"outbox"_s, u"Changes and files waiting to sync"_s,
                     [](QCommandLineParser &p) {
                         p.addOption({u"limit"_s, u"How many changes to list."_s, u"n"_s, u"20"_s});
                     },
                     outbox};
    table << Command{
        u"check"_s, u"Full integrity check of the database and evidence files"_s, {}, check};
    table << Command{
        u"rules"_s, u"Show or set the local patrol minimums"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"min-minutes"_s, u"Minimum patrol duration."_s, u"min"_s});
            p.addOption(
                {u"min-km-village"_s, u"Minimum distance for township/village chiefs."_s, u"km"_s});
            p.addOption({u"min-km-other"_s, u"Minimum distance for other levels."_s, u"km"_s});
        },
        rules};
    table << Command{
        u"record create"_s, u"Create a record of any kind from JSON"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"kind"_s, u"Record kind."_s);
            // Not --json: that is the global output switch, taken out of any command line.
            p.addOption({u"body"_s, u"JSON body file, or - for stdin."_s, u"file"_s, u"-"_s});
        },
        recordCreate};
    table << Command{
        u"record update"_s, u"Save a new revision of a record from JSON"_s,
        [](QCommandLineParser &p) {
            p.addPositionalArgument(u"id"_s, u"Record id."_s);
            p.addOption({u"revision"_s, u"The revision you edited."_s, u"n"_s});
            p.addOption({u"body"_s, u"JSON body file, or - for stdin."_s, u"file"_s, u"-"_s});
        },
        recordUpdate};
    table << Command{u"record delete"_s, u"Delete a record (a tombstone; history is kept)"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(u"id"_s, u"Record id."_s);
                         p.addOption({u"revision"_s, u"The revision you saw."_s, u"n"_s});
                     },
                     recordDelete};
}

} // namespace fl::cli
