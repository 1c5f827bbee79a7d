// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Wesog::Sandbox {

/// "wesogdesk.sandbox", defined once (sandboxlogging.cpp): the sandbox uses none of core's
/// categories, as it uses nothing of core but the record.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace Wesog::Sandbox
