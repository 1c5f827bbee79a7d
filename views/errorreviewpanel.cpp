// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/errorreviewpanel.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/record/csv.h"
#include "models/errorreviewmodel.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"

namespace Wesog {

namespace {

constexpr int RowRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;

} // namespace

ErrorReviewPanel::ErrorReviewPanel(
    RecordTableModel *records, ErrorReviewModel *review, SubmissionController *submissions, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_review(review)
    , m_submissions(submissions)
    , m_groups(new QListView(this))
    , m_grid(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_resubmit(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_conflict(new QGroupBox(this))
    , m_conflictGrid(new QGridLayout(m_conflict))
{
    m_groups->setObjectName(QStringLiteral("errorGroups"));
    m_groups->setModel(m_review);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setObjectName(QStringLiteral("errorGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(128, 96));
    m_grid->setGridSize(QSize(220, 170));
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setWordWrap(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_empty->setObjectName(QStringLiteral("errorReviewEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_resubmit->setObjectName(QStringLiteral("resubmitFailedButton"));
    m_export->setObjectName(QStringLiteral("exportErrorsButton"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(m_grid);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 320, 800 });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resubmit);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_conflict);
    layout->addLayout(buttons);
    m_conflict->setObjectName(QStringLiteral("sendConflict"));
    m_conflict->hide();

    connect(m_groups->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showGroup(current.row()); });
    connect(m_review, &ErrorReviewModel::modelReset, this, [this, splitter] {
        const int keep = std::min<int>(m_group, m_review->rowCount() - 1);
        m_empty->setVisible(m_review->rowCount() == 0);
        splitter->setVisible(m_review->rowCount() > 0);
        m_group = -1;
        if (keep >= 0 || m_review->rowCount() > 0)
            m_groups->setCurrentIndex(m_review->index(std::max(keep, 0)));
        else
            m_grid->clear();
    });
    auto choose = [this](QListWidgetItem *item) {
        const QVariant field = item->data(FieldRole);
        emit imageChosen(
            item->data(RowRole).toInt(), field.isValid() ? std::optional<Field>(Field(field.toInt())) : std::nullopt);
    };
    connect(m_grid, &QListWidget::currentItemChanged, this, &ErrorReviewPanel::showConflict);
    if (m_submissions)
        connect(m_submissions, &SubmissionController::conflictsChanged, this, &ErrorReviewPanel::showConflict);
    connect(m_grid, &QListWidget::itemClicked, this, choose);
    connect(m_grid, &QListWidget::itemActivated, this, choose);
    connect(m_resubmit, &QPushButton::clicked, this, &ErrorReviewPanel::resubmitRequested);
    connect(m_export, &QPushButton::clicked, this, &ErrorReviewPanel::chooseExportFile);
    m_empty->setVisible(true);
    splitter->setVisible(false);
    retranslateUi();
}

void ErrorReviewPanel::retranslateUi()
{
    m_empty->setText(tr("Nothing to review: no failed, unsent, invalid or conflicting images."));
    m_resubmit->setText(tr("&Resubmit Failed"));
    m_resubmit->setToolTip(tr("Send the failed and unsent images again, with your fixes"));
    m_export->setText(tr("E&xport Report…"));
    if (m_group >= 0)
        showGroup(m_group); // messages of local problems are translated
    m_conflict->setTitle(tr("Changed Here and on the Server"));
    showConflict();
}

void ErrorReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ErrorReviewPanel::setResubmitEnabled(bool enabled)
{
    m_resubmit->setVisible(enabled);
}

QPixmap ErrorReviewPanel::framedIcon(const QImage &thumbnail, const QSize &size)
{
    // The list lays a name out under its icon's own size: portrait, landscape and missing
    // thumbnails would put names at different heights. A canvas of one size lines them up.
    QPixmap canvas(size);
    canvas.fill(Qt::transparent);
    if (!thumbnail.isNull()) {
        const QImage scaled = thumbnail.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPainter painter(&canvas);
        painter.drawImage(QPoint((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2), scaled);
    }
    return canvas;
}

void ErrorReviewPanel::showGroup(int group)
{
    m_group = group;
    m_grid->clear();
    if (group < 0 || group >= m_review->groups().size())
        return;
    const ErrorGroup &errors = m_review->groups().at(group);
    for (int row : errors.rows) {
        const RecordRow &record = m_records->row(row);
        const QString message = m_review->messageOf(errors, row);
        auto *item = new QListWidgetItem(record.relativePath + QLatin1Char('\n') + message);
        const QImage thumbnail
            = m_records->index(row, RecordTableModel::FileColumn).data(RecordTableModel::ThumbnailRole).value<QImage>();
        item->setIcon(framedIcon(thumbnail, m_grid->iconSize()));
        item->setToolTip(record.relativePath + QLatin1Char('\n') + message);
        item->setData(RowRole, row);
        if (const std::optional<Field> field = m_review->fieldOf(errors, row))
            item->setData(FieldRole, int(*field));
        m_grid->addItem(item);
    }
}

void ErrorReviewPanel::showConflict()
{
    while (QLayoutItem *item = m_conflictGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QListWidgetItem *current = m_grid->currentItem();
    const int row = current ? current->data(RowRole).toInt() : -1;
    const std::optional<HeldConflict> conflict
        = m_submissions && row >= 0 && row < m_records->rowCount() ? m_submissions->conflictOf(row) : std::nullopt;
    m_conflict->setVisible(conflict.has_value());
    if (!conflict)
        return;
    auto shown = [this](const FieldValue &value) {
        const QString text = displayText(value);
        return text.isEmpty() ? tr("(empty)") : text;
    };
    // One line per choice; Keep Mine and Take Theirs name the field in their object names, so
    // tests and accessibility tools tell them apart.
    auto addChoices = [this, row](int line, std::optional<Field> field, const QString &name) {
        for (const auto &[choice, text, prefix] :
            { std::tuple(Resolution::KeepMine, tr("Keep Mine"), QStringLiteral("keepMine-")),
                std::tuple(Resolution::TakeTheirs, tr("Take Theirs"), QStringLiteral("takeTheirs-")) }) {
            auto *button = new QPushButton(text, m_conflict);
            button->setObjectName(prefix + name);
            // Queued: settling rebuilds these buttons, which must not happen inside a click.
            connect(
                button, &QPushButton::clicked, this,
                [this, row, field, choice = choice] { m_submissions->resolve(row, field, choice); },
                Qt::QueuedConnection);
            m_conflictGrid->addWidget(button, line, choice == Resolution::KeepMine ? 4 : 5);
        }
    };
    const RecordRow &record = m_records->row(row);
    if (conflict->isWholeImage()) {
        auto *label = new QLabel(record.submission->message.text(), m_conflict);
        label->setWordWrap(true);
        m_conflictGrid->addWidget(label, 0, 0, 1, 4);
        addChoices(0, std::nullopt, QStringLiteral("image"));
        return;
    }
    const QStringList headers { tr("Field"), tr("Base"), tr("Theirs (server now)"), tr("Mine") };
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column).toHtmlEscaped()), m_conflict);
        m_conflictGrid->addWidget(header, 0, column);
    }
    const ImageRecord ours = m_records->recordToSend(row);
    int line = 1;
    for (Field field : conflict->fields) {
        const QStringList values { FieldRegistry::label(field),
            shown(conflict->base ? conflict->base->value(field) : FieldValue()),
            shown(conflict->server ? conflict->server->value(field) : FieldValue()), shown(ours.value(field)) };
        for (int column = 0; column < values.size(); ++column) {
            auto *label = new QLabel(values.at(column), m_conflict);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setObjectName(QStringLiteral("conflict-%1-%2").arg(FieldRegistry::jsonKey(field)).arg(column));
            m_conflictGrid->addWidget(label, line, column);
        }
        addChoices(line, field, FieldRegistry::jsonKey(field));
        ++line;
    }
}

void ErrorReviewPanel::step(int step)
{
    const QList<ErrorGroup> &groups = m_review->groups();
    if (groups.isEmpty())
        return;
    int group = std::clamp(m_group, 0, int(groups.size()) - 1);
    int item = m_grid->currentRow() + step;
    if (item < 0 || item >= groups.at(group).rows.size()) { // past the end of a cause: the next one
        group = (group + (step > 0 ? 1 : int(groups.size()) - 1)) % int(groups.size());
        m_groups->setCurrentIndex(m_review->index(group));
        item = step > 0 ? 0 : int(groups.at(group).rows.size()) - 1;
    }
    m_grid->setCurrentRow(item);
    if (QListWidgetItem *current = m_grid->currentItem())
        emit m_grid->itemActivated(current);
}

void ErrorReviewPanel::chooseExportFile()
{
    auto *dialog
        = new QFileDialog(this, tr("Export Error Report"), QStringLiteral("errors.csv"), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (!exportReport(file, &error))
            m_empty->setText(error);
    });
    dialog->open();
}

bool ErrorReviewPanel::exportReport(const QString &file, QString *error) const
{
    QList<QStringList> table { { QStringLiteral("file"), QStringLiteral("id"), QStringLiteral("field"),
        QStringLiteral("message"), QStringLiteral("operation_id"), QStringLiteral("time") } };
    for (const ErrorGroup &group : m_review->groups()) {
        for (int row : group.rows) {
            const RecordRow &record = m_records->row(row);
            const std::optional<Field> field = m_review->fieldOf(group, row);
            const bool server = group.kind == ErrorGroup::Kind::Server || group.kind == ErrorGroup::Kind::NotSent
                || group.kind == ErrorGroup::Kind::SendConflict;
            table << QStringList { record.relativePath, record.record().id(),
                field ? FieldRegistry::jsonKey(*field) : QString(), m_review->messageOf(group, row),
                server && record.submission->opId ? QString::number(*record.submission->opId) : QString(),
                server ? record.submission->at.toUTC().toString(Qt::ISODateWithMs) : QString() };
        }
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Csv::serialize(table)) < 0 || !out.commit()) {
        *error = tr("The report cannot be written: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace Wesog
