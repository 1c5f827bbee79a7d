// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/submitstate.h"

#include <array>

namespace Wesog {

namespace {

constexpr std::array<std::pair<SubmitState, const char *>, 7> s_names { {
    { SubmitState::None, "none" },
    { SubmitState::Queued, "queued" },
    { SubmitState::Sent, "sent" },
    { SubmitState::Processing, "processing" },
    { SubmitState::Accepted, "accepted" },
    { SubmitState::Failed, "failed" },
    { SubmitState::NotSent, "not_sent" },
} };

} // namespace

QString submitStateName(SubmitState state)
{
    for (const auto &[value, name] : s_names) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

SubmitState submitStateFromName(const QString &name)
{
    for (const auto &[value, text] : s_names) {
        if (name == QLatin1String(text))
            return value;
    }
    return SubmitState::None;
}

} // namespace Wesog
