// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

namespace Wesog {

Q_LOGGING_CATEGORY(lcApi, "wesogdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "wesogdesk.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "wesogdesk.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "wesogdesk.i18n", QtInfoMsg)

} // namespace Wesog
