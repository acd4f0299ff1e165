// RecordListModel pages through a real store as a list scrolls and reloads when records change;
// RecordFilterModel narrows it by text.

#include "apptest.h"
#include "recordfiltermodel.h"
#include "recordlistmodel.h"
#include "samples.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

namespace {

void addPatrols(fl::Store &store, int count, qint64 startMs)
{
    for (int i = 0; i < count; ++i) {
        fl::Patrol patrol = fl::samples::patrol(startMs + i * 60'000);
        patrol.segment = u"段%1"_s.arg(i);
        REQUIRE(store.createRecord(fl::RecordKind::Patrol, patrol.toJson(), u"李明"_s).ok());
    }
}

} // namespace

TEST_CASE("RecordListModel loads a page and fetches more as the list scrolls")
{
    apptest::TempStore t;
    addPatrols(t.store(), 250, fl::samples::kNov23_2026_10am_Beijing - 30LL * 24 * 3600 * 1000);
    RecordListModel model;
    model.setStore(t.records.get());
    CHECK(model.count() == RecordListModel::kPageSize);
    CHECK_FALSE(model.complete());
    model.loadMore();
    CHECK(model.count() == 2 * RecordListModel::kPageSize);
    // Qt's model checker fetches the rest while it checks every row.
    QAbstractItemModelTester tester(&model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.count() == 250);
    CHECK(model.complete());
    // Newest first, every row once.
    QSet<QString> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        ids.insert(index.data(RecordListModel::IdRole).toString());
        const qint64 date = index.data(RecordListModel::DateMsRole).toLongLong();
        CHECK(date <= previous);
        previous = date;
    }
    CHECK(ids.size() == 250);
    CHECK(model.index(0).data(RecordListModel::KindNameRole).toString() == u"River patrol"_s);
}

TEST_CASE("RecordListModel shows one kind and reloads when the store changes")
{
    apptest::TempStore t;
    addPatrols(t.store(), 3, fl::samples::kNov23_2026_10am_Beijing - 3600'000);
    RecordListModel model;
    model.setStore(t.records.get());
    model.setKind(int(fl::RecordKind::Inspection));
    CHECK(model.count() == 0);
    REQUIRE(
        t.store()
            .createRecord(fl::RecordKind::Inspection,
                          fl::samples::inspection(fl::samples::kNov23_2026_10am_Beijing).toJson(),
                          u"李明"_s)
            .ok());
    CHECK(model.count() == 0); // not until the store says so
    t.records->notifyChanged(fl::RecordKind::Inspection);
    CHECK(model.count() == 1);
    model.setKind(-1);
    CHECK(model.count() == 4);
}

TEST_CASE("RecordFilterModel keeps the rows whose title matches")
{
    apptest::TempStore t;
    addPatrols(t.store(), 12, fl::samples::kNov23_2026_10am_Beijing - 3600'000);
    RecordListModel records;
    records.setStore(t.records.get());
    RecordFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setSourceModel(&records);
    CHECK(filter.count() == 12);
    filter.setText(u"段1"_s); // 段1, 段10, 段11
    CHECK(filter.count() == 3);
    filter.setText(u"no such place"_s);
    CHECK(filter.count() == 0);
    filter.setText({});
    CHECK(filter.count() == 12);
}

TEST_CASE("RecordFilterModel can leave one kind out")
{
    apptest::TempStore t;
    addPatrols(t.store(), 2, fl::samples::kNov23_2026_10am_Beijing - 3600'000);
    REQUIRE(
        t.store()
            .createRecord(fl::RecordKind::Inspection,
                          fl::samples::inspection(fl::samples::kNov23_2026_10am_Beijing).toJson(),
                          u"李明"_s)
            .ok());
    RecordListModel records;
    records.setStore(t.records.get());
    RecordFilterModel filter;
    filter.setSourceModel(&records);
    CHECK(filter.count() == 3);
    filter.setExcludedKind(int(fl::RecordKind::Patrol));
    CHECK(filter.count() == 1);
    CHECK(filter.index(0, 0).data(RecordListModel::KindRole).toInt() ==
          int(fl::RecordKind::Inspection));
}
