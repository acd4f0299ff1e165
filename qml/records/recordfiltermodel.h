#pragma once

// Narrows a RecordListModel to what the user typed (title or status) without another query.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RecordFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void textChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
