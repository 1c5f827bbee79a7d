// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/errorreviewpanel.h"

#include <QEvent>
#include <QFileDialog>
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

namespace Wesog {

namespace {

constexpr int RowRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;

} // namespace

ErrorReviewPanel::ErrorReviewPanel(RecordTableModel *records, ErrorReviewModel *review, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_review(review)
    , m_groups(new QListView(this))
    , m_grid(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_resubmit(new QPushButton(this))
    , m_export(new QPushButton(this))
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
    layout->addLayout(buttons);

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
            const bool server = group.kind == ErrorGroup::Kind::Server || group.kind == ErrorGroup::Kind::NotSent;
            table << QStringList { record.relativePath, record.record().id(),
                field ? FieldRegistry::jsonKey(*field) : QString(), m_review->messageOf(group, row),
                server && record.submission.opId ? QString::number(*record.submission.opId) : QString(),
                server ? record.submission.at.toUTC().toString(Qt::ISODateWithMs) : QString() };
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
