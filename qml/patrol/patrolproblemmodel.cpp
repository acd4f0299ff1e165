#include "patrolproblemmodel.h"

#include "languagewatcher.h"

#include <QCoreApplication>

PatrolProblemModel::PatrolProblemModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Names shown in the rows are translated: show them again in the new language.
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

int PatrolProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant PatrolProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fl::PatrolProblem &p = m_problems.at(index.row());
    switch (Role(role)) {
    case IdRole:
        return p.id;
    case CategoryRole:
        return int(p.category);
    case CategoryNameRole:
        return categoryName(p.category);
    case FourDisordersRole:
        return fl::isFourDisorders(p.category);
    case DescriptionRole:
        return p.description;
    case HandlingRole:
        return int(p.handling);
    case HandlingNameRole:
        return handlingName(p.handling);
    case AmountRole:
        return p.amountCleared ? QVariant(*p.amountCleared) : QVariant();
    case UnitRole:
        return p.amountUnit;
    case ReferredToRole:
        return p.referredTo;
    case LatitudeRole:
        return p.location.lat;
    case LongitudeRole:
        return p.location.lon;
    case FoundAtMsRole:
        return p.foundAtMs;
    case EvidenceCountRole:
        return int(p.evidenceIds.size());
    }
    return {};
}

QHash<int, QByteArray> PatrolProblemModel::roleNames() const
{
    return {{IdRole, "problemId"},
            {CategoryRole, "category"},
            {CategoryNameRole, "categoryName"},
            {FourDisordersRole, "fourDisorders"},
            {DescriptionRole, "description"},
            {HandlingRole, "handling"},
            {HandlingNameRole, "handlingName"},
            {AmountRole, "amount"},
            {UnitRole, "unit"},
            {ReferredToRole, "referredTo"},
            {LatitudeRole, "latitude"},
            {LongitudeRole, "longitude"},
            {FoundAtMsRole, "foundAtMs"},
            {EvidenceCountRole, "evidenceCount"}};
}

void PatrolProblemModel::setProblems(const QList<fl::PatrolProblem> &problems)
{
    const bool countChanges = problems.size() != m_problems.size();
    beginResetModel();
    m_problems = problems;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString PatrolProblemModel::categoryName(fl::ProblemCategory category)
{
    using C = fl::ProblemCategory;
    switch (category) {
    case C::IllegalOccupation:
        return QCoreApplication::translate("PatrolNames", "Illegal occupation of river land");
    case C::IllegalMining:
        return QCoreApplication::translate("PatrolNames", "Illegal sand mining or digging");
    case C::IllegalDumping:
        return QCoreApplication::translate("PatrolNames", "Illegal dumping");
    case C::IllegalConstruction:
        return QCoreApplication::translate("PatrolNames", "Illegal construction");
    case C::WaterOdourOrColour:
        return QCoreApplication::translate("PatrolNames", "Water smells or looks wrong");
    case C::FloatingDebris:
        return QCoreApplication::translate("PatrolNames", "Floating debris, oil or dead fish");
    case C::FishFarmingNets:
        return QCoreApplication::translate("PatrolNames", "Fish farming nets");
    case C::SewageOutfall:
        return QCoreApplication::translate("PatrolNames", "Sewage outfall");
    case C::BankGarbage:
        return QCoreApplication::translate("PatrolNames", "Garbage on the bank");
    case C::IllegalFishing:
        return QCoreApplication::translate("PatrolNames", "Illegal fishing");
    case C::DamagedSignBoard:
        return QCoreApplication::translate("PatrolNames", "Damaged river chief sign board");
    case C::Other:
        return QCoreApplication::translate("PatrolNames", "Other problem");
    }
    return {};
}

QString PatrolProblemModel::handlingName(fl::ProblemHandling handling)
{
    switch (handling) {
    case fl::ProblemHandling::Pending:
        return QCoreApplication::translate("PatrolNames", "Waiting to be handled");
    case fl::ProblemHandling::ClearedOnSpot:
        return QCoreApplication::translate("PatrolNames", "Cleared on the spot");
    case fl::ProblemHandling::Referred:
        return QCoreApplication::translate("PatrolNames", "Referred");
    }
    return {};
}

QString PatrolProblemModel::chiefLevelName(fl::ChiefLevel level)
{
    switch (level) {
    case fl::ChiefLevel::Province:
        return QCoreApplication::translate("PatrolNames", "Province chief");
    case fl::ChiefLevel::Prefecture:
        return QCoreApplication::translate("PatrolNames", "Prefecture chief");
    case fl::ChiefLevel::County:
        return QCoreApplication::translate("PatrolNames", "County chief");
    case fl::ChiefLevel::Township:
        return QCoreApplication::translate("PatrolNames", "Township chief");
    case fl::ChiefLevel::Village:
        return QCoreApplication::translate("PatrolNames", "Village chief");
    }
    return {};
}
