#include "cluelistmodel.h"

#include "cluewords.h"
#include "domain/enumnames.h"
#include "geo/geodesic.h"
#include "positionfeed.h"
#include "recordstore.h"

#include <cmath>

using namespace Qt::StringLiterals;

ClueListModel::ClueListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_language(new LanguageWatcher(this))
{
    connect(m_language, &LanguageWatcher::languageChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

ClueListModel::~ClueListModel() = default;

void ClueListModel::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &RecordStore::recordsChanged, this, [this](int kind) {
            if (kind < 0 || kind == int(fl::RecordKind::GreenShieldClue))
                reload();
        });
    }
    Q_EMIT storeChanged();
    reload();
}

void ClueListModel::setPosition(PositionFeed *position)
{
    if (m_position == position)
        return;
    if (m_position)
        disconnect(m_position, nullptr, this, nullptr);
    m_position = position;
    if (m_position)
        connect(m_position, &PositionFeed::changed, this, &ClueListModel::onFix);
    Q_EMIT positionChanged();
    m_origin.reset();
    recomputeDirections();
    onFix();
}

void ClueListModel::reload()
{
    QList<Row> rows;
    QString error;
    if (m_store) {
        fl::Store &store = m_store->store();
        fl::ListQuery query;
        query.kind = fl::RecordKind::GreenShieldClue;
        query.limit = 200;
        int unreadable = 0;
        for (;;) {
            auto page = store.list(query);
            if (!page) {
                error = tr("The clues could not be read from this device's storage: %1")
                            .arg(page.error().message);
                break;
            }
            for (const fl::RecordSummary &summary : page->rows) {
                if (summary.deleted)
                    continue;
                auto record = store.record(summary.id);
                auto clue = record ? fl::GreenShieldClue::fromJson(record->body)
                                   : fl::Result<fl::GreenShieldClue>(record.error());
                if (!clue) {
                    ++unreadable;
                    continue;
                }
                Row row;
                row.id = summary.id;
                row.revision = record->meta.revision;
                row.clue = std::move(*clue);
                row.point = greenshield::cluePoint(row.clue);
                row.direction = greenshield::directionTo(m_origin, row.point);
                rows << std::move(row);
            }
            if (page->nextCursor.isEmpty())
                break;
            query.after = page->nextCursor;
        }
        if (error.isEmpty() && unreadable > 0)
            error = tr("%n clue(s) could not be read and are not shown.", nullptr, unreadable);
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    setError(error);
}

int ClueListModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void ClueListModel::onFix()
{
    const std::optional<fl::Position> fix =
        m_position ? m_position->currentPosition() : std::nullopt;
    if (!fix) {
        if (m_origin) {
            m_origin.reset();
            recomputeDirections();
        }
        return;
    }
    if (m_origin && fl::geo::distanceMeters(*m_origin, fix->latLon()) <= kRecomputeMeters)
        return;
    m_origin = fix->latLon();
    ++m_recomputes;
    recomputeDirections();
}

void ClueListModel::recomputeDirections()
{
    for (Row &row : m_rows)
        row.direction = greenshield::directionTo(m_origin, row.point);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(
            index(0), index(int(m_rows.size()) - 1),
            {DistanceMetersRole, BearingDegreesRole, DistanceTextRole, BearingTextRole});
    }
}

void ClueListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

int ClueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const fl::GreenShieldClue &clue = row.clue;
    switch (role) {
    case IdRole:
        return row.id;
    case RevisionRole:
        return row.revision;
    case Qt::DisplayRole:
    case ClueCodeRole:
        return clue.clueCode;
    case ProtectedAreaNameRole:
        return clue.protectedAreaName;
    case SuspectedTypeRole:
        return ClueWords::activityType(clue.suspectedType);
    case OutcomeRole:
        return fl::enumName(clue.verification.outcome);
    case OutcomeTextRole:
        return ClueWords::outcome(clue.verification.outcome);
    case CloseOutStateRole:
        return fl::enumName(clue.rectification.state);
    case CloseOutStateTextRole:
        return ClueWords::closeOutState(clue.rectification.state);
    case ClosedOutRole:
        return clue.rectification.state == fl::CloseOutState::ClosedOut;
    case LatitudeRole:
        return row.point ? row.point->lat : greenshield::kNaN;
    case LongitudeRole:
        return row.point ? row.point->lon : greenshield::kNaN;
    case DistanceMetersRole:
        return row.direction.distanceMeters;
    case BearingDegreesRole:
        return row.direction.bearingDegrees;
    case DistanceTextRole:
        return greenshield::distanceText(row.direction.distanceMeters);
    case BearingTextRole:
        return greenshield::bearingText(row.direction.bearingDegrees);
    default:
        return {};
    }
}

QHash<int, QByteArray> ClueListModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {RevisionRole, "revision"},
        {ClueCodeRole, "clueCode"},
        {ProtectedAreaNameRole, "protectedAreaName"},
        {SuspectedTypeRole, "suspectedType"},
        {OutcomeRole, "outcome"},
        {OutcomeTextRole, "outcomeText"},
        {CloseOutStateRole, "closeOutState"},
        {CloseOutStateTextRole, "closeOutStateText"},
        {ClosedOutRole, "closedOut"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {DistanceMetersRole, "distanceMeters"},
        {BearingDegreesRole, "bearingDegrees"},
        {DistanceTextRole, "distanceText"},
        {BearingTextRole, "bearingText"},
    };
}
