// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxlogging.h"

namespace Wesog::Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "wesogdesk.sandbox", QtInfoMsg)

} // namespace Wesog::Sandbox
