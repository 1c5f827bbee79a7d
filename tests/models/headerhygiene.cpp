// SPDX-License-Identifier: GPL-3.0-or-later
// Headers include only what they use: the record model and the session are seen by every view,
// and neither pulls in Qt Sql (the workspace's business). A build check: it fails to compile.
#include "models/collectionsession.h"
#include "models/recordtablemodel.h"

#ifdef QSQLDATABASE_H
#error "models/recordtablemodel.h or models/collectionsession.h pulls in Qt Sql"
#endif
