// SPDX-License-Identifier: GPL-3.0-or-later
// wesogctl's definitions of core/library/imageprobe.h: the module wesog-imageprobe, loaded on the
// first question. They take the place of the core's (which would make this program load QtGui at
// start): the linker finds these in wesogctl's own objects first.

#include <QLibrary>

#include "app/wesogctl/cli.h"
#include "app/wesogctl/helperpath.h"
#include "core/library/imageprobe.h"

namespace Wesog::ImageProbe {
namespace {

/// The module's functions; none when it cannot be loaded, said once on stderr.
const Functions *module()
{
    static const Functions *const functions = []() -> const Functions * {
        const QString path = QString::fromStdString(Cli::helperPath("wesog-imageprobe.so"));
        QLibrary library(path);
        const auto entry
            = library.load() ? reinterpret_cast<const Functions *(*)()>(library.resolve("wesogImageProbe")) : nullptr;
        if (!entry) {
            Cli::printError(Cli::tr("cannot load Qt's image decoders (%1): %2; images whose header gives no "
                                    "size are reported as corrupt, and a written TIFF is checked by its "
                                    "metadata only")
                                .arg(path, library.errorString()));
            return nullptr;
        }
        return entry(); // the library stays loaded until the program ends
    }();
    return functions;
}

} // namespace

QSize sizeOf(const QString &path)
{
    const Functions *loaded = module();
    return loaded ? loaded->sizeOfFile(path) : QSize();
}

QSize sizeOf(const QByteArray &bytes)
{
    const Functions *loaded = module();
    return loaded ? loaded->sizeOfBytes(bytes) : QSize();
}

bool samePixels(const QByteArray &before, const QByteArray &after)
{
    const Functions *loaded = module();
    // As with no decoder for the format: the writer's metadata check stands alone (said above).
    return loaded ? loaded->samePixels(before, after) : true;
}

} // namespace Wesog::ImageProbe
