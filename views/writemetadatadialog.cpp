// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/writemetadatadialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Wesog {

namespace {
/// File names shown in the plan; a long list ends with "…".
constexpr int s_namesShown = 5;

QString fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths.mid(0, s_namesShown))
        names << QFileInfo(path).fileName();
    if (paths.size() > s_namesShown)
        names << QStringLiteral("…");
    return names.join(QStringLiteral(", "));
}
} // namespace

WriteMetadataDialog::WriteMetadataDialog(
    MetadataWriteController *writer, const QList<int> &rows, bool fromSelection, QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_rows(rows)
    , m_fromSelection(fromSelection)
{
    build();
    m_scope->setText(fromSelection ? tr("Selected images with edits: %n.", nullptr, int(rows.size()))
                                   : tr("Every edited image: %n. To write only some, select two or more rows first.",
                                       nullptr, int(rows.size())));
}

WriteMetadataDialog::WriteMetadataDialog(MetadataWriteController *writer, QWidget *parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_undo(true)
{
    build();
    m_scope->setText(tr("The previous values of the fields just written go back into the files."));
}

void WriteMetadataDialog::build()
{
    setObjectName(QStringLiteral("writeMetadataDialog"));
    setWindowTitle(m_undo ? tr("Undo Write") : tr("Write Metadata to Files"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("writeScopeLabel"));
    m_scope->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("writeSummaryLabel"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("writeProgress"));
    m_details = new QListWidget(this);
    m_details->setObjectName(QStringLiteral("writeDetailsList"));
    m_details->setWordWrap(true);
    m_buttons = new QDialogButtonBox(this);
    m_write = m_buttons->addButton(tr("&Write"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeButton"));
    m_undoWrite = m_buttons->addButton(tr("&Undo Write"), QDialogButtonBox::ActionRole);
    m_undoWrite->setObjectName(QStringLiteral("undoWriteButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelWriteButton"));
    connect(m_write, &QPushButton::clicked, this, [this] {
        if (m_writer->start(m_rows, false))
            setStage(Stage::Writing);
    });
    connect(m_undoWrite, &QPushButton::clicked, this, [this] {
        if (m_writer->undoLastWrite()) {
            m_undo = true;
            setWindowTitle(tr("Undo Write"));
            setStage(Stage::Writing);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // While files are written, Cancel stops the rest; the dialog stays to say what was done.
        if (m_stage == Stage::Writing || m_stage == Stage::Checking)
            m_writer->cancel();
        if (m_stage != Stage::Writing)
            reject();
    });
    connect(m_writer, &MetadataWriteController::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_writer, &MetadataWriteController::finished, this, &WriteMetadataDialog::handleFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_details, 1);
    layout->addStretch(); // the texts stay together at the top while the list is hidden
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    setStage(Stage::Checking);
}

bool WriteMetadataDialog::start()
{
    const bool started = m_undo ? m_writer->undoLastWrite() : m_writer->start(m_rows, true);
    setStage(m_undo ? Stage::Writing : Stage::Checking);
    return started;
}

void WriteMetadataDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_progress->setVisible(stage == Stage::Checking || stage == Stage::Writing);
    if (stage == Stage::Checking || stage == Stage::Writing) {
        m_progress->setValue(0);
        m_details->clear();
        m_summary->setText(stage == Stage::Checking ? tr("Checking what will change…")
                : m_undo                            ? tr("Writing the previous values…")
                                                    : tr("Writing…"));
    }
    m_write->setVisible(stage == Stage::Ready);
    m_undoWrite->setVisible(stage == Stage::Done && m_writer->canUndo());
    m_cancel->setText(stage == Stage::Done ? tr("Close") : tr("Cancel"));
}

void WriteMetadataDialog::handleFinished(const WriteSummary &summary)
{
    if (m_stage == Stage::Checking && summary.dryRun) {
        showPlan(summary);
        setStage(summary.cancelled ? Stage::Done : Stage::Ready);
        m_write->setEnabled(summary.written > 0);
        return;
    }
    if (m_stage == Stage::Writing && !summary.dryRun) {
        showResult(summary);
        setStage(Stage::Done);
    }
}

void WriteMetadataDialog::showPlan(const WriteSummary &summary)
{
    QStringList lines;
    if (summary.written == 0) {
        lines << tr("Nothing will change: the files already hold these values.");
    } else {
        lines << tr("%n file(s) will change", nullptr, summary.written) + QLatin1Char(' ')
                + tr("(%n field(s) in all).", nullptr, summary.fields);
        if (!summary.imageFiles.isEmpty())
            lines << tr("Into the image files (%n): %1.", nullptr, int(summary.imageFiles.size()))
                         .arg(fileNames(summary.imageFiles));
        if (!summary.sidecars.isEmpty())
            lines << tr("Into XMP sidecars: %1.").arg(fileNames(summary.sidecars));
    }
    if (!summary.failures.isEmpty())
        lines << tr("%n file(s) will not be written; see below.", nullptr, int(summary.failures.size()));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    listProblems(summary);
}

void WriteMetadataDialog::showResult(const WriteSummary &summary)
{
    QStringList lines;
    lines << (summary.undo ? tr("Previous values written back into %n file(s).", nullptr, summary.written)
                           : tr("%n file(s) written.", nullptr, summary.written));
    if (summary.unchanged > 0)
        lines << tr("%n file(s) already held these values.", nullptr, summary.unchanged);
    if (!summary.failures.isEmpty())
        lines << tr("%n file(s) not written; each row says why.", nullptr, int(summary.failures.size()));
    if (summary.notAttempted > 0)
        lines << tr("Cancelled: %n file(s) left untouched.", nullptr, summary.notAttempted);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    listProblems(summary);
}

void WriteMetadataDialog::listProblems(const WriteSummary &summary)
{
    m_details->clear();
    for (const WriteSummary::Failure &failure : summary.failures)
        m_details->addItem(
            tr("%1: not written: %2 (%3)").arg(failure.relativePath, failure.error.userMessage(), failure.error.code));
    for (const WriteSummary::Warning &warning : summary.warnings)
        m_details->addItem(tr("%1: %2").arg(warning.relativePath, warning.warning.userMessage()));
    m_details->setVisible(m_details->count() > 0);
}

} // namespace Wesog
