// Benchmarks of the device store (figures in docs/performance.md):
//   - durable record saves (record + revision + outbox) next to a raw SQLite insert of the same
//     bytes, one transaction per save, both with synchronous=FULL;
//   - the latency distribution of single durable saves;
//   - an 8-hour 1 Hz patrol track appended at once and in live batches of 10 fixes;
//   - the first page of a 10,000-record list, and the bytes those records take on disk.
// Every benchmark writes into its own temporary folder (QDir::tempPath(), so TMPDIR chooses the
// file system). Times are wall-clock: a durable save mostly waits for the disk.

#include "benchutil.h"
#include "domain/ids.h"
#include "samples.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::bench;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void skip(benchmark::State &state, const QString &why)
{
    state.SkipWithError(why.toUtf8().constData());
}

// Distinct bodies the save benchmarks cycle through; more would only cost set-up time.
constexpr int kBodyPool = 60;

// The exact bytes the store writes for each pool body: a patrol gets its track summary fields
// added before it is saved, so the bodies are taken from a scratch store.
std::vector<QByteArray> storedBodies(const std::vector<SampleRecord> &records, QString *error)
{
    TempStore scratch;
    if (!scratch.ok()) {
        *error = scratch.error();
        return {};
    }
    std::vector<QByteArray> bodies;
    for (const auto &record : records) {
        auto saved = scratch->createRecord(record.kind, record.body, kAuthor);
        if (!saved) {
            *error = saved.error().toString();
            return {};
        }
        bodies.push_back(compactJson(saved->body));
    }
    return bodies;
}

double averageSize(const std::vector<QByteArray> &bodies)
{
    double total = 0;
    for (const auto &body : bodies)
        total += double(body.size());
    return bodies.empty() ? 0 : total / double(bodies.size());
}

// a. Save throughput, one durable transaction per save -------------------------------------

void BM_StoreSave(benchmark::State &state)
{
    TempStore store;
    if (!store.ok())
        return skip(state, store.error());
    const auto records = mixedRecords(kBodyPool, nowMs(), 60'000);
    size_t next = 0;
    for (auto _ : state) {
        const auto &record = records[next++ % records.size()];
        auto saved = store->createRecord(record.kind, record.body, kAuthor);
        if (!saved)
            return skip(state, saved.error().toString());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_StoreSave)->UseRealTime()->Unit(benchmark::kMillisecond);

// The same body bytes into a plain (id, body) table. Arg: rows per transaction. Durable =
// synchronous=FULL like the store; NORMAL (no fsync at commit in WAL mode) shows what the disk
// flush costs.
template <bool Durable>
void BM_RawInsert(benchmark::State &state)
{
    QString error;
    const auto bodies = storedBodies(mixedRecords(kBodyPool, nowMs(), 60'000), &error);
    if (bodies.empty())
        return skip(state, error);
    QTemporaryDir dir;
    RawTable raw(dir.filePath(u"raw.sqlite"_s), Durable ? "FULL" : "NORMAL");
    if (!raw.ok())
        return skip(state, raw.error());
    const auto perTransaction = size_t(state.range(0));
    std::vector<std::pair<QByteArray, QByteArray>> rows(perTransaction);
    size_t next = 0;
    for (auto _ : state) {
        // The store makes a UUIDv7 per save too.
        for (auto &row : rows)
            row = {newUuidV7().toUtf8(), bodies[next++ % bodies.size()]};
        if (!raw.insert(rows))
            return skip(state, raw.error());
    }
    const qint64 inserted = state.iterations() * qint64(perTransaction);
    state.SetItemsProcessed(inserted);
    state.SetBytesProcessed(qint64(double(inserted) * averageSize(bodies)));
    state.counters["body_bytes"] = averageSize(bodies);
}
BENCHMARK_TEMPLATE(BM_RawInsert, true)
    ->Name("BM_RawInsert/sync:FULL")
    ->Arg(1)
    ->Arg(100)
    ->ArgName("rows_per_tx")
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_RawInsert, false)
    ->Name("BM_RawInsert/sync:NORMAL")
    ->Arg(1)
    ->ArgName("rows_per_tx")
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// The headline comparison: store saves and raw inserts of the same bodies in alternating blocks,
// so both see the same disk at the same moment and the ratio is computed within one run. Blocks
// rather than single saves, so neither runs on caches the other has just evicted.
constexpr int kBlock = 20;

void BM_StoreVsRaw(benchmark::State &state)
{
    TempStore store;
    if (!store.ok())
        return skip(state, store.error());
    RawTable raw(store.folder() + u"/raw.sqlite"_s, "FULL");
    if (!raw.ok())
        return skip(state, raw.error());
    const auto records = mixedRecords(kBodyPool, nowMs(), 60'000);
    QString error;
    const auto bodies = storedBodies(records, &error); // exactly what the store writes
    if (bodies.empty())
        return skip(state, error);
    double storeSeconds = 0;
    double rawSeconds = 0;
    size_t next = 0;
    for (auto _ : state) {
        auto start = Clock::now();
        for (size_t i = next; i < next + kBlock; ++i) {
            const auto &record = records[i % records.size()];
            auto saved = store->createRecord(record.kind, record.body, kAuthor);
            if (!saved)
                return skip(state, saved.error().toString());
        }
        storeSeconds += secondsSince(start);
        start = Clock::now();
        for (size_t i = next; i < next + kBlock; ++i) {
            if (!raw.insertOne(newUuidV7().toUtf8(), bodies[i % bodies.size()]))
                return skip(state, raw.error());
        }
        rawSeconds += secondsSince(start);
        next += kBlock;
    }
    const auto n = double(state.iterations() * kBlock);
    state.counters["store_saves_per_s"] = n / storeSeconds;
    state.counters["raw_inserts_per_s"] = n / rawSeconds;
    state.counters["store_vs_raw"] = rawSeconds / storeSeconds;
    state.counters["body_bytes"] = averageSize(bodies);
}
BENCHMARK(BM_StoreVsRaw)->Iterations(50)->UseRealTime()->Unit(benchmark::kMillisecond);

// b. Latency of single durable saves ----------------------------------------------------------

constexpr int kLatencySaves = 500;

void reportLatency(benchmark::State &state, const std::vector<double> &ms)
{
    state.counters["p50_ms"] = percentile(ms, 50);
    state.counters["p90_ms"] = percentile(ms, 90);
    state.counters["p99_ms"] = percentile(ms, 99);
    state.counters["max_ms"] = percentile(ms, 100);
    state.SetItemsProcessed(qint64(ms.size()));
}

void BM_StoreSaveLatency(benchmark::State &state)
{
    TempStore store;
    if (!store.ok())
        return skip(state, store.error());
    const auto records = mixedRecords(kBodyPool, nowMs(), 60'000);
    std::vector<double> ms;
    for (auto _ : state) {
        for (int i = 0; i < kLatencySaves; ++i) {
            const auto &record = records[size_t(i) % records.size()];
            const auto start = Clock::now();
            auto saved = store->createRecord(record.kind, record.body, kAuthor);
            ms.push_back(secondsSince(start) * 1000);
            if (!saved)
                return skip(state, saved.error().toString());
        }
    }
    reportLatency(state, ms);
}
BENCHMARK(BM_StoreSaveLatency)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_RawInsertLatency(benchmark::State &state)
{
    QString error;
    const auto bodies = storedBodies(mixedRecords(kBodyPool, nowMs(), 60'000), &error);
    if (bodies.empty())
        return skip(state, error);
    QTemporaryDir dir;
    RawTable raw(dir.filePath(u"raw.sqlite"_s), "FULL");
    if (!raw.ok())
        return skip(state, raw.error());
    std::vector<double> ms;
    for (auto _ : state) {
        for (int i = 0; i < kLatencySaves; ++i) {
            const auto start = Clock::now();
            const bool inserted =
                raw.insertOne(newUuidV7().toUtf8(), bodies[size_t(i) % bodies.size()]);
            ms.push_back(secondsSince(start) * 1000);
            if (!inserted)
                return skip(state, raw.error());
        }
    }
    reportLatency(state, ms);
}
BENCHMARK(BM_RawInsertLatency)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

// c. An 8-hour patrol track at 1 Hz -----------------------------------------------------------

constexpr int kTrackFixes = 8 * 3600;

// Arg: fixes per appendTrack call (all at once after an import, or 10 while recording live).
void BM_TrackAppend(benchmark::State &state)
{
    TempStore store;
    if (!store.ok())
        return skip(state, store.error());
    const qint64 startMs = nowMs() - 9 * 3600'000; // the whole walk lies in the past
    const auto fixes = samples::walk(startMs, kTrackFixes);
    const auto perCall = qsizetype(state.range(0));
    qint64 kept = 0;
    qint64 dropped = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto patrol =
            store->createRecord(RecordKind::Patrol, samples::patrol(startMs).toJson(), kAuthor);
        state.ResumeTiming();
        if (!patrol)
            return skip(state, patrol.error().toString());
        for (qsizetype first = 0; first < fixes.size(); first += perCall) {
            auto appended = store->appendTrack(patrol->meta.id, fixes.mid(first, perCall), kAuthor);
            if (!appended)
                return skip(state, appended.error().toString());
            kept += appended->kept;
            dropped += appended->dropped.size();
        }
    }
    auto outbox = store->outboxStats();
    if (!outbox)
        return skip(state, outbox.error().toString());
    const auto n = double(state.iterations());
    state.counters["fixes"] = double(kept) / n;
    state.counters["dropped"] = double(dropped) / n;
    state.counters["appends"] = double((fixes.size() + perCall - 1) / perCall);
    state.counters["outbox_bytes_per_fix"] = double(outbox->changeBytes) / double(kept);
    state.SetItemsProcessed(kept); // items_per_second = kept fixes per second
}
BENCHMARK(BM_TrackAppend)
    ->Arg(kTrackFixes)
    ->ArgName("fixes_per_call")
    ->Iterations(3)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TrackAppend)
    ->Arg(10)
    ->ArgName("fixes_per_call")
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// d, e. 10,000 records: bytes on disk, and the first page of the list --------------------------

constexpr int kFilledRecords = 10'000;

// One store filled with 10,000 realistic records by ordinary durable saves, then closed so the
// WAL is checkpointed into the database file. Shared by the size and list benchmarks.
struct FilledStore
{
    TempStore store;
    QString error;
    double fillSeconds = 0;
    OutboxStats outbox;
    qint64 databaseBytes = 0;
    qint64 walBytesAfterClose = 0;
    SpaceUse space;
};

// Fills on first use. A function-local static, so its folder is removed at exit.
FilledStore &filledStore()
{
    static FilledStore f;
    static const bool filled = [] {
        if (!f.store.ok()) {
            f.error = f.store.error();
            return false;
        }
        // Ten minutes apart: about ten weeks of field work.
        const auto records = mixedRecords(kFilledRecords, nowMs(), 600'000);
        const auto start = Clock::now();
        for (const auto &record : records) {
            auto saved = f.store->createRecord(record.kind, record.body, kAuthor);
            if (!saved) {
                f.error = saved.error().toString();
                return false;
            }
        }
        f.fillSeconds = secondsSince(start);
        auto outbox = f.store->outboxStats();
        if (!outbox) {
            f.error = outbox.error().toString();
            return false;
        }
        f.outbox = *outbox;
        f.store.close();
        f.databaseBytes = QFileInfo(f.store.databasePath()).size();
        f.walBytesAfterClose = QFileInfo(f.store.databasePath() + u"-wal"_s).size();
        f.space = spaceUse(f.store.databasePath());
        if (!f.store.reopen()) {
            f.error = f.store.error();
            return false;
        }
        return true;
    }();
    (void)filled;
    return f;
}

// Timed: filling the store (10,000 durable saves); counters: what it takes on disk.
void BM_Store10k(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(filledStore());
    const FilledStore &f = filledStore();
    if (!f.error.isEmpty())
        return skip(state, f.error);
    const auto n = double(kFilledRecords);
    state.counters["fill_saves_per_s"] = n / f.fillSeconds;
    state.counters["db_bytes"] = double(f.databaseBytes);
    state.counters["db_bytes_per_record"] = double(f.databaseBytes) / n;
    state.counters["wal_bytes_after_close"] = double(f.walBytesAfterClose);
    state.counters["records_table_bytes"] = double(f.space.records);
    state.counters["revisions_table_bytes"] = double(f.space.revisions);
    state.counters["outbox_table_bytes"] = double(f.space.outbox);
    state.counters["outbox_payload_bytes"] = double(f.outbox.changeBytes);
    state.counters["outbox_payload_per_record"] = double(f.outbox.changeBytes) / n;
}
BENCHMARK(BM_Store10k)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

// Arg: 0 = every kind, 1 = patrols only.
void BM_ListFirstPage(benchmark::State &state)
{
    FilledStore &f = filledStore(); // filled once, outside the timed loop
    if (!f.error.isEmpty())
        return skip(state, f.error);
    ListQuery query;
    query.limit = 50;
    if (state.range(0) == 1)
        query.kind = RecordKind::Patrol;
    for (auto _ : state) {
        auto page = f.store->list(query);
        if (!page)
            return skip(state, page.error().toString());
        if (page->rows.size() != query.limit || page->nextCursor.isEmpty())
            return skip(state, u"expected a full first page"_s);
        benchmark::DoNotOptimize(page->rows.data());
    }
    state.SetItemsProcessed(state.iterations() * query.limit); // rows per second
}
BENCHMARK(BM_ListFirstPage)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("kind_filter")
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv); // the store runs inside a Qt application on the device
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
