#include "enumnames.h"

namespace fl {

namespace {

template <typename E>
struct Entry
{
    E value;
    QStringView name;
};

template <typename E, std::size_t N>
QString nameIn(const Entry<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {}; // only for a value cast from an out-of-range integer
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const Entry<E> (&table)[N], QStringView name)
{
    for (const auto &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

constexpr Entry<ChiefLevel> kChiefLevels[] = {
    {ChiefLevel::Province, u"province"}, {ChiefLevel::Prefecture, u"prefecture"},
    {ChiefLevel::County, u"county"},     {ChiefLevel::Township, u"township"},
    {ChiefLevel::Village, u"village"},
};

constexpr Entry<ProblemCategory> kProblemCategories[] = {
    {ProblemCategory::IllegalOccupation, u"illegal_occupation"},
    {ProblemCategory::IllegalMining, u"illegal_mining"},
    {ProblemCategory::IllegalDumping, u"illegal_dumping"},
    {ProblemCategory::IllegalConstruction, u"illegal_construction"},
    {ProblemCategory::WaterOdourOrColour, u"water_odour_or_colour"},
    {ProblemCategory::FloatingDebris, u"floating_debris"},
    {ProblemCategory::FishFarmingNets, u"fish_farming_nets"},
    {ProblemCategory::SewageOutfall, u"sewage_outfall"},
    {ProblemCategory::BankGarbage, u"bank_garbage"},
    {ProblemCategory::IllegalFishing, u"illegal_fishing"},
    {ProblemCategory::DamagedSignBoard, u"damaged_sign_board"},
    {ProblemCategory::Other, u"other"},
};

constexpr Entry<ProblemHandling> kProblemHandlings[] = {
    {ProblemHandling::Pending, u"pending"},
    {ProblemHandling::ClearedOnSpot, u"cleared_on_spot"},
    {ProblemHandling::Referred, u"referred"},
};

constexpr Entry<PatrolStatus> kPatrolStatuses[] = {
    {PatrolStatus::InProgress, u"in_progress"},
    {PatrolStatus::Paused, u"paused"},
    {PatrolStatus::Finished, u"finished"},
};

constexpr Entry<InspectionSource> kInspectionSources[] = {
    {InspectionSource::Routine, u"routine"},
    {InspectionSource::SpecialAction, u"special_action"},
    {InspectionSource::Complaint, u"complaint"},
    {InspectionSource::Referral, u"referral"},
    {InspectionSource::PostPermit, u"post_permit"},
    {InspectionSource::Patrol, u"patrol"},
    {InspectionSource::RandomDraw, u"random_draw"},
    {InspectionSource::FollowUp, u"follow_up"},
};

constexpr Entry<CheckResult> kCheckResults[] = {
    {CheckResult::NotChecked, u"not_checked"},
    {CheckResult::NoProblem, u"no_problem"},
    {CheckResult::ProblemFound, u"problem_found"},
    {CheckResult::NotApplicable, u"not_applicable"},
};

constexpr Entry<SignerRole> kSignerRoles[] = {
    {SignerRole::Inspector, u"inspector"},
    {SignerRole::SiteRepresentative, u"site_representative"},
};

constexpr Entry<InspectionStatus> kInspectionStatuses[] = {
    {InspectionStatus::Draft, u"draft"},
    {InspectionStatus::Signed, u"signed"},
};

constexpr Entry<FunctionalZone> kFunctionalZones[] = {
    {FunctionalZone::Unknown, u"unknown"},
    {FunctionalZone::Outside, u"outside"},
    {FunctionalZone::Core, u"core"},
    {FunctionalZone::Buffer, u"buffer"},
    {FunctionalZone::Experimental, u"experimental"},
    {FunctionalZone::CoreProtection, u"core_protection"},
    {FunctionalZone::GeneralControl, u"general_control"},
};

constexpr Entry<ActivityType> kActivityTypes[] = {
    {ActivityType::ResidentialSite, u"residential_site"},
    {ActivityType::ArtificialFacility, u"artificial_facility"},
    {ActivityType::OtherHumanActivity, u"other_human_activity"},
    {ActivityType::Mining, u"mining"},
    {ActivityType::Tourism, u"tourism"},
    {ActivityType::Energy, u"energy"},
    {ActivityType::Farming, u"farming"},
    {ActivityType::Other, u"other"},
};

constexpr Entry<ClueSource> kClueSources[] = {
    {ClueSource::RemoteSensing, u"remote_sensing"},
    {ClueSource::Report, u"report"},
    {ClueSource::Inspection, u"inspection"},
};

constexpr Entry<VerificationOutcome> kVerificationOutcomes[] = {
    {VerificationOutcome::Pending, u"pending"},
    {VerificationOutcome::Confirmed, u"confirmed"},
    {VerificationOutcome::NotAProblem, u"not_a_problem"},
    {VerificationOutcome::AlreadyRectified, u"already_rectified"},
};

constexpr Entry<CloseOutState> kCloseOutStates[] = {
    {CloseOutState::Open, u"open"},
    {CloseOutState::Rectifying, u"rectifying"},
    {CloseOutState::AwaitingAcceptance, u"awaiting_acceptance"},
    {CloseOutState::ClosedOut, u"closed_out"},
};

constexpr Entry<MediaKind> kMediaKinds[] = {
    {MediaKind::Photo, u"photo"},       {MediaKind::Audio, u"audio"},
    {MediaKind::Video, u"video"},       {MediaKind::Signature, u"signature"},
    {MediaKind::Document, u"document"},
};

constexpr Entry<TaskStatus> kTaskStatuses[] = {
    {TaskStatus::Assigned, u"assigned"},   {TaskStatus::InProgress, u"in_progress"},
    {TaskStatus::Submitted, u"submitted"}, {TaskStatus::ClosedOut, u"closed_out"},
    {TaskStatus::Reopened, u"reopened"},
};

constexpr Entry<ComplaintChannel> kComplaintChannels[] = {
    {ComplaintChannel::Hotline12369, u"hotline_12369"},
    {ComplaintChannel::Letter, u"letter"},
    {ComplaintChannel::Online, u"online"},
    {ComplaintChannel::Visit, u"visit"},
    {ComplaintChannel::Referral, u"referral"},
};

constexpr Entry<ComplaintStatus> kComplaintStatuses[] = {
    {ComplaintStatus::Received, u"received"},
    {ComplaintStatus::Assigned, u"assigned"},
    {ComplaintStatus::Investigating, u"investigating"},
    {ComplaintStatus::Answered, u"answered"},
    {ComplaintStatus::Closed, u"closed"},
};

} // namespace

// Each pair below is the whole mapping for one enum: both directions read the same table.
#define FL_ENUM_NAMES(Enum, table)                                                                 \
    QString enumName(Enum value)                                                                   \
    {                                                                                              \
        return nameIn(table, value);                                                               \
    }                                                                                              \
    template <>                                                                                    \
    std::optional<Enum> enumFromName<Enum>(QStringView name)                                       \
    {                                                                                              \
        return valueIn(table, name);                                                               \
    }

FL_ENUM_NAMES(ChiefLevel, kChiefLevels)
FL_ENUM_NAMES(ProblemCategory, kProblemCategories)
FL_ENUM_NAMES(ProblemHandling, kProblemHandlings)
FL_ENUM_NAMES(PatrolStatus, kPatrolStatuses)
FL_ENUM_NAMES(InspectionSource, kInspectionSources)
FL_ENUM_NAMES(CheckResult, kCheckResults)
FL_ENUM_NAMES(SignerRole, kSignerRoles)
FL_ENUM_NAMES(InspectionStatus, kInspectionStatuses)
FL_ENUM_NAMES(FunctionalZone, kFunctionalZones)
FL_ENUM_NAMES(ActivityType, kActivityTypes)
FL_ENUM_NAMES(ClueSource, kClueSources)
FL_ENUM_NAMES(VerificationOutcome, kVerificationOutcomes)
FL_ENUM_NAMES(CloseOutState, kCloseOutStates)
FL_ENUM_NAMES(MediaKind, kMediaKinds)
FL_ENUM_NAMES(TaskStatus, kTaskStatuses)
FL_ENUM_NAMES(ComplaintChannel, kComplaintChannels)
FL_ENUM_NAMES(ComplaintStatus, kComplaintStatuses)

#undef FL_ENUM_NAMES

} // namespace fl
