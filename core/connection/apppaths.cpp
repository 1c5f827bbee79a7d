// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connection/apppaths.h"

#include <QStandardPaths>

namespace Wesog::AppPaths {

namespace {

// Fixed rather than taken from the application name: wesogctl and the GUI must agree.
const QString s_product = QStringLiteral("/Wesog/Wesog Desk");

} // namespace

QString workspaceDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + s_product
        + QStringLiteral("/workspaces");
}

QString keyFileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + s_product;
}

QString sandboxDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + s_product
        + QStringLiteral("/sandbox");
}

} // namespace Wesog::AppPaths
