// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/sandboxfiles.h"

#include <QDir>
#include <QFile>
#include <QImage>

namespace Wesog::Test {

namespace {

bool writeImage(const QString &path, int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return image.save(path, format);
}

} // namespace

SandboxFiles::SandboxFiles()
{
    const QString base = m_dir.path();
    m_root = base + QStringLiteral("/root");
    QFile text(m_root + QStringLiteral("/readme.txt"));
    m_valid = QDir().mkpath(m_root + QStringLiteral("/photos/deep"))
        && writeImage(m_root + QStringLiteral("/small.jpg"), 64, 48, "JPEG")
        && writeImage(m_root + QStringLiteral("/wide.png"), 80, 20, "PNG")
        && writeImage(m_root + QStringLiteral("/photos/deep/nested.jpg"), 32, 24, "JPEG")
        && writeImage(base + QStringLiteral("/outside.jpg"), 10, 10, "JPEG")
        && QFile::link(base + QStringLiteral("/outside.jpg"), m_root + QStringLiteral("/escape.jpg"))
        && text.open(QIODevice::WriteOnly) && text.write("not an image\n") > 0;
}

} // namespace Wesog::Test
