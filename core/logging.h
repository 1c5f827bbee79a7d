// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging categories of core/, each defined once (core/logging.cpp). Debug is off unless
// QT_LOGGING_RULES turns it on (README, Development). Logs are English; the API key and request
// bodies never reach them.
namespace Wesog {

Q_DECLARE_LOGGING_CATEGORY(lcApi) ///< "wesogdesk.api": one line per finished request
Q_DECLARE_LOGGING_CATEGORY(lcLibrary) ///< "wesogdesk.library": folder scans
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace) ///< "wesogdesk.workspace": workspace files and their schema
Q_DECLARE_LOGGING_CATEGORY(lcI18n) ///< "wesogdesk.i18n": language switches and missing catalogs

} // namespace Wesog
