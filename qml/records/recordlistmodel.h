#pragma once

// The device's records as a list for the screens, newest first, loaded page by page as the
// list scrolls (a store holds tens of thousands of records; a list shows a screenful). Reloads
// when the store says records of its kind changed.

#include "recordstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    // An fl::RecordKind as int; -1 = every kind.
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY kindChanged)
    // Only records dated at or after this time (UTC ms; 0 = any).
    Q_PROPERTY(qint64 fromMs READ fromMs WRITE setFromMs NOTIFY fromMsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        KindNameRole,
        RevisionRole,
        StatusRole,
        DateMsRole,
        TitleRole,
        LatitudeRole,
        LongitudeRole,
    };
    Q_ENUM(Role)

    // fl::RecordKind for QML (RecordListModel.Evidence, ...).
    enum Kind {
        Patrol = int(fl::RecordKind::Patrol),
        Inspection = int(fl::RecordKind::Inspection),
        GreenShieldClue = int(fl::RecordKind::GreenShieldClue),
        Evidence = int(fl::RecordKind::Evidence),
        RectificationTask = int(fl::RecordKind::RectificationTask),
        ComplaintCase = int(fl::RecordKind::ComplaintCase),
    };
    Q_ENUM(Kind)

    static constexpr int kPageSize = 100;

    explicit RecordListModel(QObject *parent = nullptr);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] int kind() const { return m_kind; }
    void setKind(int kind);
    [[nodiscard]] qint64 fromMs() const { return m_fromMs; }
    void setFromMs(qint64 fromMs);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool complete() const { return m_nextCursor.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The next page, if any (lists call it when scrolled to their end).
    Q_INVOKABLE void loadMore() { fetchMore({}); }

    // The name of a kind for people ("River patrol", ...).
    Q_INVOKABLE [[nodiscard]] static QString kindName(int kind);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void storeChanged();
    void kindChanged();
    void fromMsChanged();
    void countChanged();
    void errorChanged();

private:
    [[nodiscard]] fl::ListQuery query(const QString &after) const;
    void setError(const QString &error);

    QPointer<RecordStore> m_store;
    int m_kind = -1;
    qint64 m_fromMs = 0;
    QList<fl::RecordSummary> m_rows;
    QString m_nextCursor;
    QString m_error;
};
