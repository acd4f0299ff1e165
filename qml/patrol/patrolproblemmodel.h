#pragma once

// The problems found on the running patrol, for the patrol page's list: one row per
// fl::PatrolProblem, with the category and handling named in the user's language.

#include "domain/patrol.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class PatrolProblemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The problems come from FieldApp.patrol.problems")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        CategoryNameRole,
        FourDisordersRole,
        DescriptionRole,
        HandlingRole,
        HandlingNameRole,
        AmountRole,
        UnitRole,
        ReferredToRole,
        LatitudeRole,
        LongitudeRole,
        FoundAtMsRole,
        EvidenceCountRole,
    };
    Q_ENUM(Role)

    explicit PatrolProblemModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_problems.size()); }

    void setProblems(const QList<fl::PatrolProblem> &problems);
    [[nodiscard]] const QList<fl::PatrolProblem> &problems() const { return m_problems; }

    // Names for pickers and rows, translated; index = the enum's value (the four disorders
    // 四乱 come first in fl::ProblemCategory).
    [[nodiscard]] static QString categoryName(fl::ProblemCategory category);
    [[nodiscard]] static QString handlingName(fl::ProblemHandling handling);
    [[nodiscard]] static QString chiefLevelName(fl::ChiefLevel level);

Q_SIGNALS:
    void countChanged();

private:
    QList<fl::PatrolProblem> m_problems;
};
