// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and TSV import on arbitrary bytes: never a crash, and CSV rows it reads are written and
// read back unchanged.
#include <cstdlib>

#include "core/record/csv.h"
#include "core/record/tsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Wesog::Tsv::parse(QString::fromUtf8(bytes));
    const QList<QStringList> rows = Wesog::Csv::parse(bytes);
    if (Wesog::Csv::parse(Wesog::Csv::serialize(rows)) != rows)
        std::abort();
    return 0;
}
