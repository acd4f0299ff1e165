// The offline enterprise directory: imported from the office's CSV so that a scanned code shows
// who it belongs to with no signal.

#include "cli.h"
#include "commands.h"

#include "codes/uscc.h"
#include "export/csv.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

// Column names the office's spreadsheets use, Chinese or English.
const QList<QPair<QStringList, QString>> kColumns = {
    {{u"统一社会信用代码"_s, u"uscc"_s}, u"uscc"_s},
    {{u"企业名称"_s, u"name"_s}, u"name"_s},
    {{u"类型"_s, u"type"_s}, u"type"_s},
    {{u"法定代表人"_s, u"legal representative"_s}, u"legalRepresentative"_s},
    {{u"地址"_s, u"address"_s}, u"address"_s},
    {{u"联系方式"_s, u"contact"_s}, u"contact"_s},
};

QHash<QString, qsizetype> columnIndexes(const QStringList &header)
{
    QHash<QString, qsizetype> indexes;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString cell = header[i].trimmed().toLower();
        for (const auto &[names, field] : kColumns) {
            for (const QString &name : names) {
                if (cell.startsWith(name.toLower()))
                    indexes.insert(field, i);
            }
        }
    }
    return indexes;
}

int import(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the CSV file"_s);
    QFile file(p.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(makeError(ErrorCode::NotFound, u"cannot read %1"_s.arg(file.fileName())));
    auto rows = exporters::parseCsv(file.readAll());
    if (!rows)
        return c.fail(rows.error());
    if (rows->isEmpty())
        return c.fail(u"%1 is empty"_s.arg(file.fileName()));
    const auto columns = columnIndexes(rows->first());
    if (!columns.contains(u"uscc"_s) || !columns.contains(u"name"_s))
        return c.fail(u"the header needs at least 统一社会信用代码 (uscc) and 企业名称 (name)"_s);

    // All or nothing: every row is checked before any is saved.
    QList<Enterprise> enterprises;
    QStringList problems;
    for (qsizetype line = 1; line < rows->size(); ++line) {
        const QStringList &row = rows->at(line);
        const auto cell = [&](const QString &field) {
            return columns.contains(field) ? row.value(columns[field]).trimmed() : QString();
        };
        Enterprise e{cell(u"uscc"_s),    cell(u"name"_s),
                     cell(u"type"_s),    cell(u"legalRepresentative"_s),
                     cell(u"address"_s), cell(u"contact"_s)};
        const codes::UsccCheck check = codes::validateUscc(e.uscc);
        if (!check.valid())
            problems << u"row %1: %2: %3"_s.arg(line + 1).arg(e.uscc, check.firstError());
        else if (e.name.isEmpty())
            problems << u"row %1: no enterprise name"_s.arg(line + 1);
        enterprises << e;
    }
    if (!problems.isEmpty()) {
        return c.fail(u"nothing imported; fix these rows first:\n  "_s + problems.join(u"\n  "_s));
    }
    Store *store = c.store();
    if (!store)
        return Failed;
    for (const auto &e : enterprises) {
        if (auto r = store->saveEnterprise(e); !r)
            return c.fail(r.error());
    }
    c.print({{u"imported"_s, int(enterprises.size())}},
            u"imported %1 enterprises into the offline directory"_s.arg(enterprises.size()));
    return Ok;
}

int show(Context &c, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return c.usage(u"give the credit code"_s);
    Store *store = c.store();
    if (!store)
        return Failed;
    auto found = store->findEnterprise(p.positionalArguments().first());
    if (!found)
        return c.fail(found.error());
    if (!*found) {
        return c.fail(makeError(ErrorCode::NotFound, u"%1 is not in the offline directory"_s.arg(
                                                         p.positionalArguments().first())));
    }
    const Enterprise &e = **found;
    c.print({{u"uscc"_s, e.uscc},
             {u"name"_s, e.name},
             {u"type"_s, e.type},
             {u"legalRepresentative"_s, e.legalRepresentative},
             {u"address"_s, e.address},
             {u"contact"_s, e.contact}},
            u"%1 %2\n  type %3; legal representative %4\n  %5 %6"_s.arg(
                e.uscc, e.name, e.type, e.legalRepresentative, e.address, e.contact));
    return Ok;
}

} // namespace

void registerEnterpriseCommands()
{
    auto &table = commands();
    table << Command{u"enterprise import"_s, u"Import the offline enterprise directory (CSV)"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(
                             u"file"_s,
                             u"CSV with 统一社会信用代码, 企业名称, 类型, 法定代表人, 地址, "
                             "联系方式 (or English names)."_s);
                     },
                     import};
    table << Command{
        u"enterprise show"_s, u"Look up a credit code in the offline directory"_s,
        [](QCommandLineParser &p) { p.addPositionalArgument(u"code"_s, u"Credit code."_s); }, show};
}

} // namespace fl::cli
