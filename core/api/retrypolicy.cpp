// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/retrypolicy.h"

#include <cmath>

namespace Wesog {

std::optional<int> RetryPolicy::delayAfter(int attempt, const ApiError &error)
{
    if (!error.isRetryable() || attempt >= maxAttempts)
        return std::nullopt;
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSeconds >= 0)
        return error.retryAfterSeconds * 1000; // the server knows best; fromHttp caps it at an hour
    const double exponential = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, attempt - 1));
    const double spread = exponential * jitter * (m_random.generateDouble() * 2 - 1);
    return int(std::clamp(exponential + spread, 0.0, double(maxDelayMs)));
}

} // namespace Wesog
