#pragma once

// The task list as the user wants it: the tasks assigned to one person (me), closed-out ones
// hidden unless asked for, overdue tasks first, then the nearest deadline.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    // Only tasks assigned to this person; empty = everyone's.
    Q_PROPERTY(QString assignee READ assignee WRITE setAssignee NOTIFY assigneeChanged)
    Q_PROPERTY(bool showClosed READ showClosed WRITE setShowClosed NOTIFY showClosedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString assignee() const { return m_assignee; }
    void setAssignee(const QString &assignee);
    [[nodiscard]] bool showClosed() const { return m_showClosed; }
    void setShowClosed(bool show);
    [[nodiscard]] int count() const { return rowCount(); }

    void setSourceModel(QAbstractItemModel *model) override;
    // The row's roles by name.
    Q_INVOKABLE [[nodiscard]] QVariantMap get(int row) const;

Q_SIGNALS:
    void assigneeChanged();
    void showClosedChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_assignee;
    bool m_showClosed = false;
};
