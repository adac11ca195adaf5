#pragma once

#include "storage/SampleStore.h"

#include <QStringList>

#include <optional>

// The sample_state filter values (modelarts-api.md 7.5) as the service reads them.
namespace samplestates {

// A team-labeling state: known, but modelarts-local has no team labeling (nothing is in it).
inline bool isTeamState(const QString &state)
{
    static const QStringList teamStates{ QStringLiteral("__UNCHECK__"),
                                         QStringLiteral("__ACCEPTED__"),
                                         QStringLiteral("__REJECTED__"),
                                         QStringLiteral("__UNREVIEWED__"),
                                         QStringLiteral("__REVIEWED__"),
                                         QStringLiteral("__WORKFORCE_SAMPLED__"),
                                         QStringLiteral("__WORKFORCE_SAMPLED_UNCHECK__"),
                                         QStringLiteral("__WORKFORCE_SAMPLED_CHECKED__"),
                                         QStringLiteral("__WORKFORCE_SAMPLED_ACCEPTED__"),
                                         QStringLiteral("__WORKFORCE_SAMPLED_REJECTED__") };
    return teamStates.contains(state);
}

// Empty: any sample; nullopt: not a state modelarts-local filters by.
inline std::optional<SampleState> parse(const QString &state)
{
    if (state.isEmpty())
        return SampleState::Any;
    if (state == QLatin1String("__ALL__"))
        return SampleState::Labeled;
    if (state == QLatin1String("__NONE__"))
        return SampleState::Unlabeled;
    if (state == QLatin1String("__AUTO_ANNOTATION__"))
        return SampleState::AutoAnnotated;
    return std::nullopt;
}

} // namespace samplestates
