#pragma once

// Narrows a RecordListModel to what the user typed (title or status), or leaves one kind out
// (Home's list of today's work leaves out the evidence files), without another query.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // An fl::RecordKind as int to leave out; -1 = none.
    Q_PROPERTY(int excludedKind READ excludedKind WRITE setExcludedKind NOTIFY excludedKindChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RecordFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] int excludedKind() const { return m_excludedKind; }
    void setExcludedKind(int kind);
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void textChanged();
    void excludedKindChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_excludedKind = -1;
};
