// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/csvexchange.h"

namespace Wesog {

/// File → Import CSV: what the file would change (cells, images, problems) and a table of the
/// changes, before anything changes; Apply makes them one undo step.
/// Thread: GUI. Opened with open(); the caller applies plan() on accepted().
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(
        const RecordTableModel &records, CsvImportPlan plan, const QString &fileName, QWidget *parent = nullptr);
    const CsvImportPlan &plan() const { return m_plan; }

private:
    CsvImportPlan m_plan;
};

} // namespace Wesog
