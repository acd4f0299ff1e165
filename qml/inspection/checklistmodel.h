#pragma once

// The checklist of an inspection as the screens edit it: one row per item (item, key points,
// standard, method) taking its result and, when a problem was found, the problem's record.

#include "domain/inspection.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The checklist comes from InspectionDraft.checklist")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY resultsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY resultsChanged)

public:
    enum Roles {
        ItemRole = Qt::UserRole + 1,
        KeyPointsRole,
        StandardRole,
        MethodRole,
        ResultRole, // a Result below
        ProblemRole,
        EvidenceIdsRole,
    };
    Q_ENUM(Roles)
    // fl::CheckResult in the same order.
    enum Result { NotChecked = 0, NoProblem, ProblemFound, NotApplicable };
    Q_ENUM(Result)

    explicit ChecklistModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_items.size()); }
    [[nodiscard]] int openCount() const;
    [[nodiscard]] int problemCount() const;

    // Editing from the screens; false for a row that does not exist.
    Q_INVOKABLE bool setResult(int row, int result);
    Q_INVOKABLE bool setProblem(int row, const QString &problem);
    Q_INVOKABLE bool remove(int row);
    // The words for a result, e.g. "problem found".
    Q_INVOKABLE [[nodiscard]] QString resultText(int result) const;

    [[nodiscard]] const QList<fl::ChecklistItem> &items() const { return m_items; }
    void setItems(const QList<fl::ChecklistItem> &items);
    void append(const QList<fl::ChecklistItem> &items);
    bool setEvidenceIds(int row, const QStringList &ids);

Q_SIGNALS:
    void countChanged();
    void resultsChanged();
    void edited();

private:
    QList<fl::ChecklistItem> m_items;
};
