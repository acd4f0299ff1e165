#pragma once

// Rectification tasks (整改任务) on this device, with their follow-up checks (回头看), as rows for
// the task list. Filtering (mine, open only) and ordering (overdue first, then by deadline) are
// TaskFilterModel's.

#include "recordstore.h"

#include "domain/rectification.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class TaskListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    // fl::TaskStatus, for QML.
    enum Status { Assigned, InProgress, Submitted, ClosedOut, Reopened };
    Q_ENUM(Status)

    enum Role {
        IdRole = Qt::UserRole + 1,
        RevisionRole,
        TaskNumberRole,
        TitleRole,
        StatusRole,
        StatusNameRole,
        DeadlineRole,
        OverdueRole,
        ResponsibleUnitRole,
        AssigneeRole,
        FollowUpCountRole,
        LatitudeRole,
        LongitudeRole,
        ClosedRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString id;
        int revision = 0;
        fl::RectificationTask task;
        bool overdue = false;
    };

    explicit TaskListModel(QObject *parent = nullptr);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

    // The status in the user's language.
    Q_INVOKABLE [[nodiscard]] static QString statusName(int status);
    // Open (not submitted or closed out) and past its deadline on `today`.
    [[nodiscard]] static bool isOverdue(const fl::RectificationTask &task, QDate today);
    // Today in Beijing time (Xinjiang offices date deadlines by it), from the store's clock.
    [[nodiscard]] static QDate today(fl::Store &store);

Q_SIGNALS:
    void storeChanged();
    void countChanged();
    void errorChanged();

private:
    void setError(const QString &error);

    QPointer<RecordStore> m_store;
    QMetaObject::Connection m_storeConnection;
    QList<Row> m_rows;
    QString m_error;
};
