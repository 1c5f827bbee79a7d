// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

namespace Wesog::Test {

/// A folder for the sandbox's --files-root: `small.jpg` (64×48), `wide.png` (80×20),
/// `photos/deep/nested.jpg` (32×24), `readme.txt` (not an image), and `escape.jpg`, a symlink
/// to a JPEG outside the folder. Removed when destroyed.
class SandboxFiles final
{
public:
    SandboxFiles();
    QString root() const { return m_root; }
    bool isValid() const { return m_valid; }

private:
    QTemporaryDir m_dir;
    QString m_root;
    bool m_valid = false;
};

} // namespace Wesog::Test
