// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QByteArrayView>
#include <QtGlobal>

namespace Wesog {

/// One Huffman table as a JPEG's DHT segment holds it.
struct HuffmanSpec
{
    std::array<quint8, 17> counts {}; ///< counts[l]: how many codes have l bits (1 to 16)
    std::array<quint8, 256> symbols {}; ///< in code order
};

/// A component of the scan: its blocks per MCU and its Huffman tables.
struct DcScanComponent
{
    int across = 1; ///< horizontal sampling factor
    int down = 1; ///< vertical sampling factor
    const HuffmanSpec *dc = nullptr;
    const HuffmanSpec *ac = nullptr;
};

/// The DC coefficient of every block of one baseline, Huffman-coded JPEG scan: the block's
/// average, which is all a picture at 1/8 of its size needs. The AC coefficients are skipped,
/// not stored: a table looks up a whole run of them (code and extra bits) from the next 12 bits
/// at once, which is where the time of a 1/8 decode goes. Pure function; any thread.
class DcScan
{
public:
    /// Each component's DC coefficients (quantized, as stored), its blocks row by row:
    /// `mcusPerRow * across` wide and `mcuRows * down` high. A scan of one component has one
    /// block per MCU (give it across = down = 1). `data` starts after the SOS segment. nullopt
    /// when the data is damaged or not one whole scan: a code no table has, a bad table, more
    /// than 10 blocks per MCU, a restart marker missing or out of turn, bytes left before a
    /// marker, data that ends before the last block, or anything but the end of the image
    /// (EOI) after it.
    static std::optional<std::vector<std::vector<qint16>>> decode(QByteArrayView data,
        const std::vector<DcScanComponent> &components, int mcusPerRow, int mcuRows, int restartInterval);
};

} // namespace Wesog
