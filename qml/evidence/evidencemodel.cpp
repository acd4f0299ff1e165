#include "evidencemodel.h"

#include "domain/enumnames.h"
#include "domain/evidence.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kAnnotationType = u"text/plain"_s;

struct Loaded
{
    EvidenceModel::Row row;
    bool annotation = false; // decided once every record is known
};

} // namespace

EvidenceModel::EvidenceModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void EvidenceModel::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    disconnect(m_storeConnection);
    m_store = store;
    if (m_store) {
        m_storeConnection = connect(m_store, &RecordStore::recordsChanged, this, [this](int kind) {
            if (kind < 0 || kind == int(fl::RecordKind::Evidence))
                reload();
        });
    }
    Q_EMIT storeChanged();
    reload();
}

void EvidenceModel::setRecordId(const QString &id)
{
    if (m_recordId == id)
        return;
    m_recordId = id;
    Q_EMIT recordIdChanged();
    reload();
}

void EvidenceModel::setItemId(const QString &id)
{
    if (m_itemId == id)
        return;
    m_itemId = id;
    Q_EMIT itemIdChanged();
    reload();
}

void EvidenceModel::setEvidenceId(const QString &id)
{
    if (m_evidenceId == id)
        return;
    m_evidenceId = id;
    Q_EMIT evidenceIdChanged();
    reload();
}

QStringList EvidenceModel::ids() const
{
    QStringList ids;
    for (const Row &row : m_rows)
        ids << row.id;
    return ids;
}

bool EvidenceModel::wanted(const Row &row) const
{
    if (!m_evidenceId.isEmpty() && row.id != m_evidenceId)
        return false;
    if (!m_recordId.isEmpty() && row.linkedRecordId != m_recordId)
        return false;
    if (!m_itemId.isEmpty() && row.linkedItemId != m_itemId)
        return false;
    return true;
}

// Store::list has no filter on the linked record, so every evidence record is read and filtered
// here; evidence bodies are small.
void EvidenceModel::reload()
{
    QList<Row> rows;
    QString error;
    if (m_store) {
        fl::Store &store = m_store->store();
        QList<Loaded> loaded;
        fl::ListQuery query;
        query.kind = fl::RecordKind::Evidence;
        query.limit = 1000;
        do {
            auto page = store.list(query);
            if (!page) {
                error = tr("The evidence could not be read: %1").arg(page.error().message);
                break;
            }
            for (const fl::RecordSummary &summary : page->rows) {
                auto record = store.record(summary.id);
                if (!record)
                    continue;
                auto evidence = fl::Evidence::fromJson(record->body);
                if (!evidence)
                    continue; // an unreadable revision is not shown rather than shown wrong
                Row row;
                row.id = record->meta.id;
                row.sha256 = evidence->sha256;
                row.mediaKind = fl::enumName(evidence->mediaKind);
                row.mediaType = evidence->mediaType;
                row.originalName = evidence->originalName;
                row.capturedAtMs = evidence->capturedAtMs;
                row.position = evidence->position;
                row.author = record->meta.author;
                row.note = evidence->note;
                row.watermarkLines = fl::watermarkLines(*evidence, row.author);
                row.hasFile = store.holdsBlob(evidence->sha256).value_or(false);
                row.linkedRecordId = evidence->linkedRecordId;
                row.linkedItemId = evidence->linkedItemId;
                loaded.append({std::move(row), false});
            }
            query.after = page->nextCursor;
        } while (!query.after.isEmpty());

        // Oldest annotation first, as they were written.
        std::stable_sort(loaded.begin(), loaded.end(), [](const Loaded &a, const Loaded &b) {
            return a.row.capturedAtMs < b.row.capturedAtMs;
        });
        QHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < loaded.size(); ++i)
            byId.insert(loaded.at(i).row.id, i);
        for (Loaded &item : loaded) {
            if (item.row.mediaType != kAnnotationType)
                continue;
            const auto target = byId.constFind(item.row.linkedRecordId);
            if (target == byId.cend())
                continue;
            item.annotation = true;
            loaded[*target].row.annotations.append(item.row.note);
        }
        // Newest evidence first.
        for (auto it = loaded.crbegin(); it != loaded.crend(); ++it) {
            if (!it->annotation && wanted(it->row))
                rows.append(it->row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged(); // also when the ids changed but not their number
    setError(error);
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case FileUrlRole:
        return row.hasFile && m_store ? QUrl::fromLocalFile(m_store->store().blobPath(row.sha256))
                                      : QUrl();
    case MediaKindRole:
        return row.mediaKind;
    case MediaTypeRole:
        return row.mediaType;
    case CapturedAtMsRole:
        return row.capturedAtMs;
    case HasPositionRole:
        return row.position.has_value();
    case LatitudeRole:
        return row.position ? row.position->lat : kNaN;
    case LongitudeRole:
        return row.position ? row.position->lon : kNaN;
    case AccuracyRole:
        return row.position && row.position->accuracy ? *row.position->accuracy : kNaN;
    case AuthorRole:
        return row.author;
    case NoteRole:
        return row.note;
    case WatermarkLinesRole:
        return row.watermarkLines;
    case AnnotationsRole:
        return row.annotations;
    case HasFileRole:
        return row.hasFile;
    case LinkedRecordIdRole:
        return row.linkedRecordId;
    case LinkedItemIdRole:
        return row.linkedItemId;
    case OriginalNameRole:
        return row.originalName;
    }
    return {};
}

QHash<int, QByteArray> EvidenceModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {FileUrlRole, "fileUrl"},
        {MediaKindRole, "mediaKind"},
        {MediaTypeRole, "mediaType"},
        {CapturedAtMsRole, "capturedAtMs"},
        {HasPositionRole, "hasPosition"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {AccuracyRole, "accuracy"},
        {AuthorRole, "author"},
        {NoteRole, "note"},
        {WatermarkLinesRole, "watermarkLines"},
        {AnnotationsRole, "annotations"},
        {HasFileRole, "hasFile"},
        {LinkedRecordIdRole, "linkedRecordId"},
        {LinkedItemIdRole, "linkedItemId"},
        {OriginalNameRole, "originalName"},
    };
}

QVariantMap EvidenceModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= count())
        return map;
    const QModelIndex i = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return map;
}

void EvidenceModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
