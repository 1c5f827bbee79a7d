// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Wesog {

/// Trusts the PEM certificates in `file` as well as the system's, for every later TLS
/// connection of the process (corporate networks with their own CA). TLS errors are never
/// ignored; this is the only way to widen what is trusted. False, with the reason, if the file
/// holds no certificate.
bool addCaCertificates(const QString &file, QString *error);

} // namespace Wesog
