// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/metadatawritecontroller.h"

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Wesog {

/// Edit → Write Metadata to Files: first a dry run says how many files and fields will change
/// and where (into the image files, into which sidecars), with its warnings and the files that
/// would be refused; Write then writes in the background with progress and Cancel, and the end
/// says what was written and what was refused, with Undo Write.
/// Thread: GUI. Lifetime: a child of the main window, deleted on close; a run it started goes on
/// in the controller when it is closed.
class WriteMetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteMetadataDialog)

public:
    /// `rows` come from MetadataWriteController::rowsToWrite(); `fromSelection` says whether they
    /// are the selected rows or every edited one.
    WriteMetadataDialog(
        MetadataWriteController *writer, const QList<int> &rows, bool fromSelection, QWidget *parent = nullptr);
    /// The same dialog for Edit → Undo Write: it starts at once and shows the progress and result.
    WriteMetadataDialog(MetadataWriteController *writer, QWidget *parent = nullptr);

    /// Starts the dry run (or the Undo Write); false when the writer is busy.
    bool start();

private:
    enum class Stage { Checking, Ready, Writing, Done };
    void build();
    void setStage(Stage stage);
    void handleFinished(const WriteSummary &summary);
    void showPlan(const WriteSummary &summary);
    void showResult(const WriteSummary &summary);
    void listProblems(const WriteSummary &summary);

    MetadataWriteController *m_writer;
    QList<int> m_rows;
    bool m_fromSelection = false;
    bool m_undo = false;
    Stage m_stage = Stage::Checking;
    QLabel *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_undoWrite = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Wesog
