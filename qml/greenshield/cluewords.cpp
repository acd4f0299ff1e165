#include "cluewords.h"

#include "domain/enumnames.h"

#include <QCoreApplication>
#include <QEvent>
#include <QVariantMap>

using fl::ActivityType;
using fl::CloseOutState;
using fl::ClueSource;
using fl::FunctionalZone;
using fl::VerificationOutcome;

QString ClueWords::activityType(ActivityType type)
{
    switch (type) {
    case ActivityType::ResidentialSite:
        return tr("Residential site");
    case ActivityType::ArtificialFacility:
        return tr("Other artificial facility");
    case ActivityType::OtherHumanActivity:
        return tr("Other human activity");
    case ActivityType::Mining:
        return tr("Mining");
    case ActivityType::Tourism:
        return tr("Tourism");
    case ActivityType::Energy:
        return tr("Energy");
    case ActivityType::Farming:
        return tr("Farming or aquaculture");
    case ActivityType::Other:
        break;
    }
    return tr("Other");
}

QString ClueWords::source(ClueSource source)
{
    switch (source) {
    case ClueSource::RemoteSensing:
        return tr("Remote sensing");
    case ClueSource::Report:
        return tr("Public report");
    case ClueSource::Inspection:
        break;
    }
    return tr("Inspection");
}

QString ClueWords::outcome(VerificationOutcome outcome)
{
    switch (outcome) {
    case VerificationOutcome::Pending:
        return tr("Not verified yet");
    case VerificationOutcome::Confirmed:
        return tr("Confirmed: a real problem");
    case VerificationOutcome::NotAProblem:
        return tr("Not a problem");
    case VerificationOutcome::AlreadyRectified:
        break;
    }
    return tr("Already rectified");
}

QString ClueWords::closeOutState(CloseOutState state)
{
    switch (state) {
    case CloseOutState::Open:
        return tr("Open");
    case CloseOutState::Rectifying:
        return tr("Being rectified");
    case CloseOutState::AwaitingAcceptance:
        return tr("Awaiting acceptance");
    case CloseOutState::ClosedOut:
        break;
    }
    return tr("Closed out");
}

QString ClueWords::zone(FunctionalZone zone)
{
    switch (zone) {
    case FunctionalZone::Core:
        return tr("Core area");
    case FunctionalZone::Buffer:
        return tr("Buffer zone");
    case FunctionalZone::Experimental:
        return tr("Experimental zone");
    case FunctionalZone::CoreProtection:
        return tr("Core protection zone");
    case FunctionalZone::GeneralControl:
        return tr("General control zone");
    case FunctionalZone::Outside:
        return tr("Outside the reserve");
    case FunctionalZone::Unknown:
        break;
    }
    return tr("Unknown (no position or no zone data)");
}

QString ClueWords::protectedAreaLevel(const QString &level)
{
    if (level == QLatin1String("national"))
        return tr("National");
    if (level == QLatin1String("regional"))
        return tr("Autonomous region");
    if (level == QLatin1String("prefecture"))
        return tr("Prefecture");
    if (level == QLatin1String("county"))
        return tr("County");
    return level;
}

namespace {

QVariantMap option(const QString &value, const QString &text)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}

} // namespace

QVariantList ClueWords::outcomeOptions()
{
    QVariantList options;
    for (auto o : {VerificationOutcome::Pending, VerificationOutcome::Confirmed,
                   VerificationOutcome::NotAProblem, VerificationOutcome::AlreadyRectified})
        options << option(fl::enumName(o), outcome(o));
    return options;
}

QVariantList ClueWords::closeOutStateOptions()
{
    QVariantList options;
    for (auto s : {CloseOutState::Open, CloseOutState::Rectifying,
                   CloseOutState::AwaitingAcceptance, CloseOutState::ClosedOut})
        options << option(fl::enumName(s), closeOutState(s));
    return options;
}
