// End to end: the real fieldctl pushes a real device store to a real ledgerd over loopback; the
// ledger then holds every change once, byte for byte, and its chain verifies.

#include "ledgerdharness.h"

#include "ledger/sql/connection.h"

#include <QProcess>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

using Run = ProgramRun;

Run fieldctl(const QString &store, QStringList args)
{
    args.prepend(store);
    args.prepend(u"--store"_s);
    return runProgram(QString::fromUtf8(FIELDCTL_BINARY), args);
}

QString idOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"id"_s).toString();
}

} // namespace

TEST_CASE("fieldctl sync delivers a field day to ledgerd once, byte for byte", "[e2e]")
{
    LedgerdProcess ledger;
    QTemporaryDir dir;
    const QString store = dir.filePath(u"device"_s);
    const QString assets = QString::fromUtf8(DEMO_ASSETS);

    REQUIRE(fieldctl(store, {u"init"_s, u"--user"_s, kAuthor}).exitCode == 0);
    const Run patrol =
        fieldctl(store, {u"--json"_s, u"patrol"_s, u"start"_s, u"--water-body"_s, u"乌鲁木齐河"_s,
                         u"--segment"_s, u"雅山段"_s, u"--division"_s, u"650102"_s});
    REQUIRE(patrol.exitCode == 0);
    const Run problem = fieldctl(
        store, {u"patrol"_s, u"problem"_s, idOf(patrol), u"--category"_s, u"bank_garbage"_s,
                u"--description"_s, u"岸边垃圾'; DROP TABLE records; --"_s, u"--lat"_s,
                u"43.8254"_s, u"--lon"_s, u"87.6168"_s, u"--photo"_s,
                assets + u"/garbage-before.png"_s, u"--cleared"_s, u"0.2"_s, u"--unit"_s, u"t"_s});
    INFO(problem.err.toStdString());
    REQUIRE(problem.exitCode == 0);
    REQUIRE(fieldctl(store, {u"complaint"_s, u"add"_s, u"--number"_s, u"12369-2026-0001"_s,
                             u"--content"_s, u"夜间异味"_s, u"--division"_s, u"650109"_s})
                .exitCode == 0);

    // What the device will send, before the sync.
    QList<QByteArray> sent;
    {
        auto opened = Store::open(store);
        REQUIRE(opened.ok());
        for (const auto &entry : (*opened)->pendingChanges(1000).value())
            sent << entry.payload;
    }
    REQUIRE(sent.size() >= 4);

    const Run enrol =
        fieldctl(store, {u"enrol"_s, u"--server"_s, ledger.baseUrl(), u"--code"_s,
                         ledger.enrolmentCode(u"liming"_s, u"office"_s, u"650000"_s)});
    INFO(enrol.out.toStdString() << enrol.err.toStdString());
    REQUIRE(enrol.exitCode == 0);
    const Run first = fieldctl(store, {u"sync"_s, u"--server"_s, ledger.baseUrl()});
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    REQUIRE(first.out.contains(u"%1 accepted"_s.arg(sent.size())));

    const Run second = fieldctl(store, {u"sync"_s, u"--server"_s, ledger.baseUrl()});
    REQUIRE(second.exitCode == 0);
    REQUIRE(second.out.contains(u"0 accepted"_s));
    {
        auto opened = Store::open(store);
        REQUIRE(opened.ok());
        REQUIRE((*opened)->outboxStats().value().changes == 0);
        REQUIRE((*opened)->history(idOf(patrol)).value().size() == 2); // nothing lost locally
    }

    ledger.stop();
    auto db = ledger::sql::openConnection(ledger.db(), false);
    REQUIRE(db.ok());
    auto entries = (*db)->query("SELECT payload FROM ledger_entries ORDER BY seq");
    REQUIRE(entries.ok());
    QList<QByteArray> stored;
    for (const auto &row : *entries)
        stored << row.blob(0);
    REQUIRE(stored == sent); // each change once, in outbox order, byte for byte
    auto body = (*db)->query("SELECT body FROM records WHERE record_id = ?1", {idOf(patrol)});
    REQUIRE(body.ok());
    REQUIRE(body->size() == 1);
    REQUIRE(body->first().text(0).contains(u"'; DROP TABLE records; --"_s)); // stored verbatim

    const VerifyRun verify = runVerify(ledger.db());
    INFO(verify.output.toStdString());
    REQUIRE(verify.exitCode == 0);
}
