// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/dcscan.h"

#include <cstring>
#include <map>

#include <QtEndian>

namespace Wesog {

namespace {

/// The entropy-coded bytes as a stream of bits: 0xFF 0x00 is a data byte 0xFF, and any other
/// 0xFF pair is a marker, where the data ends. Past it the stream reads zero bits, counted as
/// padding so that reading into them shows as damage.
class BitReader
{
public:
    BitReader(const uchar *begin, const uchar *end)
        : m_next(begin)
        , m_end(end)
    {
    }

    /// At least 32 bits buffered afterwards: a code and its extra bits.
    void ensure()
    {
        if (m_count < 32)
            fill();
    }

    quint32 peek(int bits) const { return quint32(m_buffer >> (64 - bits)); }
    void skip(int bits)
    {
        m_buffer <<= bits;
        m_count -= bits;
    }
    /// Whether the data ends here, as it must after a scan's last block and before a restart:
    /// a marker comes next, what is left of the current byte is padding, and no bit past the
    /// data was read as if it were data.
    bool atMarker()
    {
        fill();
        return m_atMarker && !overran() && m_count - m_padding < 8;
    }

    /// Whether bits past the data's end (or its marker) were read as if they were data.
    bool overran() const { return m_count < m_padding; }

    /// Whether the marker that must come now is `code` (fill bytes 0xFF may precede it).
    bool atMarker(uchar code)
    {
        if (!atMarker())
            return false;
        while (m_end - m_next >= 2 && m_next[1] == 0xFF)
            ++m_next;
        return m_end - m_next >= 2 && m_next[1] == code;
    }

    /// Steps over the restart marker RSTn that must come now.
    bool restart(int n)
    {
        if (!atMarker(uchar(0xD0 + n)))
            return false;
        m_next += 2;
        m_buffer = 0;
        m_count = 0;
        m_padding = 0;
        m_atMarker = false;
        return true;
    }

private:
    /// At least 57 bits buffered afterwards.
    void fill()
    {
        // Eight bytes at once when none of them is 0xFF, the common case.
        if (!m_atMarker && m_end - m_next >= 8) {
            quint64 word;
            std::memcpy(&word, m_next, sizeof word);
            const quint64 inverted = ~word;
            if (((inverted - 0x0101010101010101ULL) & ~inverted & 0x8080808080808080ULL) == 0) {
                const int bytes = (63 - m_count) >> 3;
                // The bits below the counted ones are the next bytes' own: a later fill ORs the
                // same bits in again.
                m_buffer |= qFromBigEndian(word) >> m_count;
                m_next += bytes;
                m_count += bytes * 8;
                return;
            }
        }
        while (m_count <= 56) {
            quint64 byte = 0;
            bool data = false;
            if (!m_atMarker && m_next < m_end) {
                if (*m_next != 0xFF) {
                    byte = *m_next++;
                    data = true;
                } else if (m_end - m_next >= 2 && m_next[1] == 0x00) {
                    byte = 0xFF;
                    m_next += 2;
                    data = true;
                } else {
                    m_atMarker = true; // left unread, for restart()
                }
            }
            if (!data)
                m_padding += 8;
            m_buffer |= byte << (56 - m_count);
            m_count += 8;
        }
    }

    const uchar *m_next;
    const uchar *m_end;
    quint64 m_buffer = 0; ///< the next bits, from the top
    int m_count = 0; ///< bits in m_buffer
    int m_padding = 0; ///< of those, the last ones are zeros past the data
    bool m_atMarker = false;
};

/// One Huffman table, canonical as JPEG defines it, with lookups of the next bits.
class HuffmanDecoder
{
public:
    static constexpr int LookupBits = 9;
    static constexpr int RunBits = 12;

    /// Checked as libjpeg checks a table; false when it is not a valid one.
    bool build(const HuffmanSpec &spec, bool ac)
    {
        int total = 0;
        int longest = 0;
        for (int length = 1; length <= 16; ++length) {
            total += spec.counts[length];
            if (spec.counts[length])
                longest = length;
        }
        if (total > 256)
            return false;
        m_symbols = spec.symbols;
        if (!ac) {
            for (int i = 0; i < total; ++i) {
                if (m_symbols[i] > 15)
                    return false;
            }
        }
        qint32 code = 0;
        int index = 0;
        m_lookup.fill(0);
        for (int length = 1; length <= 16; ++length) {
            m_offset[length] = index - code;
            for (int i = 0; i < spec.counts[length]; ++i, ++index, ++code) {
                if (code >= (qint32(1) << length))
                    return false; // more codes than the length has room for
                if (length > LookupBits)
                    continue;
                const int span = 1 << (LookupBits - length);
                const quint16 entry = quint16(m_symbols[index] << 5 | length);
                std::fill_n(m_lookup.begin() + (code << (LookupBits - length)), span, entry);
            }
            m_maxCode[length] = spec.counts[length] ? code - 1 : -1;
            if (length <= longest && code >= (qint32(1) << length))
                return false; // the all-ones code, which JPEG leaves out
            code <<= 1;
        }
        if (ac)
            buildRuns();
        return true;
    }

    /// The next symbol, or -1 when the bits are no code of this table.
    int symbol(BitReader &bits) const
    {
        const quint16 entry = m_lookup[bits.peek(LookupBits)];
        if (entry) {
            bits.skip(entry & 31);
            return entry >> 5;
        }
        const quint32 next = bits.peek(16);
        for (int length = LookupBits + 1; length <= 16; ++length) {
            const qint32 code = qint32(next >> (16 - length));
            if (code <= m_maxCode[length]) {
                bits.skip(length);
                return m_symbols[code + m_offset[length]];
            }
        }
        return -1;
    }

    /// By the next RunBits bits, what they hold: as many whole AC coefficients (code and extra bits) as
    /// fit, up to an end of block. Bits 0-4: the bits they take; 5-11: the positions they
    /// advance; 12: they end the block. Bits 16-28: the same for the first one alone. 0 when
    /// not even one fits.
    const quint32 *runs() const { return m_runs.data(); }

private:
    /// The symbol whose code starts `at` bits into a RunBits-bit window, or -1.
    int symbolIn(quint32 window, int at, int *length) const
    {
        for (int l = 1; at + l <= RunBits; ++l) {
            const qint32 code = qint32(window >> (RunBits - at - l)) & ((1 << l) - 1);
            if (code <= m_maxCode[l]) {
                *length = l;
                return m_symbols[code + m_offset[l]];
            }
        }
        return -1;
    }

    void buildRuns()
    {
        for (quint32 window = 0; window < (1u << RunBits); ++window) {
            quint32 used = 0, advance = 0, first = 0;
            bool endOfBlock = false;
            while (!endOfBlock && advance < 64) {
                int length = 0;
                const int symbol = symbolIn(window, int(used), &length);
                const int size = symbol & 15;
                if (symbol < 0 || used + length + size > RunBits)
                    break;
                const int zeros = symbol >> 4;
                // As libjpeg: a size of 0 is 16 zeros (ZRL) for a run of 15, else the end.
                endOfBlock = size == 0 && zeros != 15;
                used += quint32(length + size);
                advance += endOfBlock ? 0 : size == 0 ? 16 : quint32(zeros + 1);
                if (!first)
                    first = used | advance << 5 | quint32(endOfBlock) << 12;
            }
            m_runs[window] = first ? (used | advance << 5 | quint32(endOfBlock) << 12 | first << 16) : 0;
        }
    }

    std::array<quint8, 256> m_symbols {};
    std::array<qint32, 17> m_maxCode {}; ///< the last code of each length; -1 when none
    std::array<qint32, 17> m_offset {}; ///< code + m_offset[length] = the symbol's index
    std::array<quint16, 1 << LookupBits> m_lookup {}; ///< symbol << 5 | length; 0 for longer codes
    std::array<quint32, 1 << RunBits> m_runs {};
};

// The fields of HuffmanDecoder::runs().
inline int bitsOf(quint32 run)
{
    return int(run & 31);
}
inline int advanceOf(quint32 run)
{
    return int((run >> 5) & 127);
}
inline bool endsBlock(quint32 run)
{
    return run & (1 << 12);
}

/// Skips one block's AC coefficients. False when the bits are no code of the table.
inline bool skipAc(BitReader &bits, const HuffmanDecoder &table)
{
    const quint32 *runs = table.runs();
    for (int k = 1; k < 64;) {
        bits.ensure();
        quint32 run = runs[bits.peek(HuffmanDecoder::RunBits)];
        if (run) {
            // Written as two branches, not one with a conditional move: the common one then
            // keeps the next lookup waiting on nothing but this one's bit count.
            if (Q_UNLIKELY(k + advanceOf(run) >= 64))
                run >>= 16; // the run may hold the next block's first bits: its first one alone
            else if (endsBlock(run)) {
                bits.skip(bitsOf(run));
                return true;
            }
            bits.skip(bitsOf(run));
            if (endsBlock(run))
                return true;
            k += advanceOf(run);
            continue;
        }
        const int symbol = table.symbol(bits);
        if (symbol < 0)
            return false;
        const int size = symbol & 15;
        if (size) {
            bits.skip(size);
            k += (symbol >> 4) + 1;
        } else if ((symbol >> 4) == 15) {
            k += 16;
        } else {
            return true;
        }
    }
    return true;
}

} // namespace

std::optional<std::vector<std::vector<qint16>>> DcScan::decode(QByteArrayView data,
    const std::vector<DcScanComponent> &components, int mcusPerRow, int mcuRows, int restartInterval)
{
    const size_t count = components.size();
    if (count == 0 || count > 4 || mcusPerRow <= 0 || mcuRows <= 0 || restartInterval < 0)
        return std::nullopt;
    size_t blocksPerMcu = 0;
    for (const DcScanComponent &component : components)
        blocksPerMcu += size_t(component.across) * size_t(component.down);
    // JPEG's limit of 10 blocks per MCU, which libjpeg checks only when it starts decoding; and
    // every block takes at least 2 bits (its DC and end-of-block codes), so a short file cannot
    // make the planes below large.
    const size_t blocks = blocksPerMcu * size_t(mcusPerRow) * size_t(mcuRows);
    if ((count > 1 && blocksPerMcu > 10) || blocks > size_t(data.size()) * 4)
        return std::nullopt;
    std::map<const HuffmanSpec *, HuffmanDecoder> dcTables, acTables;
    std::vector<const HuffmanDecoder *> dc(count), ac(count);
    std::vector<std::vector<qint16>> planes(count);
    for (size_t c = 0; c < count; ++c) {
        const DcScanComponent &component = components[c];
        if (!component.dc || !component.ac || component.across < 1 || component.across > 4 || component.down < 1
            || component.down > 4)
            return std::nullopt;
        const auto [dcTable, newDc] = dcTables.try_emplace(component.dc);
        const auto [acTable, newAc] = acTables.try_emplace(component.ac);
        if ((newDc && !dcTable->second.build(*component.dc, false))
            || (newAc && !acTable->second.build(*component.ac, true)))
            return std::nullopt;
        dc[c] = &dcTable->second;
        ac[c] = &acTable->second;
        planes[c].resize(size_t(mcusPerRow) * component.across * size_t(mcuRows) * component.down);
    }
    const auto *begin = reinterpret_cast<const uchar *>(data.data());
    BitReader bits(begin, begin + data.size());
    int predictions[4] = { 0, 0, 0, 0 };
    int untilRestart = restartInterval;
    int nextRestart = 0;
    for (int mcuRow = 0; mcuRow < mcuRows; ++mcuRow) {
        for (int mcu = 0; mcu < mcusPerRow; ++mcu) {
            // Reading past the data already means damage: stop before the padding grows with
            // every block of a huge declared picture.
            if (bits.overran())
                return std::nullopt;
            if (restartInterval > 0) {
                if (untilRestart == 0) {
                    if (!bits.restart(nextRestart))
                        return std::nullopt;
                    nextRestart = (nextRestart + 1) & 7;
                    untilRestart = restartInterval;
                    std::fill_n(predictions, 4, 0);
                }
                --untilRestart;
            }
            for (size_t c = 0; c < count; ++c) {
                const DcScanComponent &component = components[c];
                const size_t width = size_t(mcusPerRow) * component.across;
                for (int down = 0; down < component.down; ++down) {
                    qint16 *row = planes[c].data() + (size_t(mcuRow) * component.down + down) * width
                        + size_t(mcu) * component.across;
                    for (int across = 0; across < component.across; ++across) {
                        bits.ensure();
                        const int size = dc[c]->symbol(bits);
                        if (size < 0)
                            return std::nullopt;
                        if (size) {
                            // The difference's size bits; a leading 0 means a negative one.
                            int difference = int(bits.peek(size));
                            bits.skip(size);
                            if (difference < (1 << (size - 1)))
                                difference -= (1 << size) - 1;
                            predictions[c] += difference;
                            if (predictions[c] < -32768 || predictions[c] > 32767)
                                return std::nullopt; // no 8-bit picture has such an average
                        }
                        row[across] = qint16(predictions[c]);
                        if (!skipAc(bits, *ac[c]))
                            return std::nullopt;
                    }
                }
            }
        }
    }
    // The end of the image must come next. Bytes left before it are damage too (libjpeg warns
    // of them, and a code misread early can end the blocks before their data does); so is
    // another scan in a file whose first one held every component.
    if (!bits.atMarker(0xD9))
        return std::nullopt;
    return planes;
}

} // namespace Wesog
