// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/inspectorpanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/library/thumbnailservice.h"
#include "models/recordtablemodel.h"
#include "models/remotethumbnails.h"
#include "views/vocabularyeditors.h"

namespace Wesog {

InspectorPanel::InspectorPanel(
    RecordTableModel *model, ThumbnailService *previews, RemoteThumbnailLoader *remotePreviews, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_previews(previews)
    , m_remotePreviews(remotePreviews)
{
    setObjectName(QStringLiteral("inspectorPanel"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("inspectorPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);

    m_details = new QWidget(this);
    m_preview = new QLabel(m_details);
    m_preview->setObjectName(QStringLiteral("inspectorPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(160);
    // The 512 px preview must not widen the dock: the label takes the width it is given and
    // the image is fitted into it.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->installEventFilter(this);
    m_file = new QLabel(m_details);
    m_file->setObjectName(QStringLiteral("inspectorFile"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above values: long values (captions, URLs, other sources) get the full width.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (const FieldInfo &info : FieldRegistry::all()) {
        auto *label = new QLabel(m_details);
        auto *value = new QLabel(m_details);
        value->setObjectName(QStringLiteral("inspectorValue_") + QLatin1String(info.jsonKey));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setTextFormat(Qt::RichText);
        m_form->addRow(label, value);
        m_labels << label;
        m_values << value;
    }
    m_notes = new QLabel(m_details);
    m_notes->setObjectName(QStringLiteral("inspectorNotes"));
    m_notes->setWordWrap(true);
    m_history = new QLabel(m_details);
    m_history->setObjectName(QStringLiteral("inspectorHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_preview);
    detailsLayout->addWidget(m_file);
    detailsLayout->addLayout(m_form);
    detailsLayout->addWidget(m_notes);
    detailsLayout->addWidget(m_history);
    detailsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll);
    scroll->hide();

    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
            // The inspector has its own larger preview; the table's thumbnails change nothing here.
            if (!RecordTableModel::changesNoValue(roles) && m_row >= first.row() && m_row <= last.row())
                refresh();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    const auto refreshIfShown = [this](const QString &key) {
        if (m_row >= 0 && m_row < m_model->rowCount() && m_model->row(m_row).thumbnailKey() == key)
            refresh();
    };
    connect(m_previews, &ThumbnailService::thumbnailReady, this, refreshIfShown);
    connect(m_remotePreviews, &RemoteThumbnailLoader::thumbnailReady, this, refreshIfShown);
    connect(m_remotePreviews, &RemoteThumbnailLoader::thumbnailFailed, this, refreshIfShown);
    showRow(-1);
}

void InspectorPanel::showRow(int sourceRow)
{
    if (sourceRow != m_row)
        m_focused.reset();
    m_row = sourceRow;
    const bool shown = m_row >= 0 && m_row < m_model->rowCount();
    m_placeholder->setVisible(!shown);
    m_details->parentWidget()->parentWidget()->setVisible(shown); // the scroll area
    refresh();
}

void InspectorPanel::focusField(std::optional<Field> field)
{
    m_focused = field;
    refresh();
    if (field)
        m_scroll->ensureWidgetVisible(m_values.at(int(*field)), 10, 40);
}

void InspectorPanel::setHistorySource(std::function<QList<SubmissionEvent>(const QString &relativePath)> source)
{
    m_historySource = std::move(source);
    refresh();
}

void InspectorPanel::setVocabularies(VocabularyEditors *vocabularies)
{
    m_vocabularies = vocabularies;
    connect(m_vocabularies, &VocabularyEditors::changed, this, &InspectorPanel::refresh);
    refresh();
}

void InspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

bool InspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::Resize && !m_previewImage.isNull()
        && static_cast<QResizeEvent *>(event)->oldSize().width() != m_preview->width())
        fitPreview(); // only a new width: the pixmap's height changing the label's is no loop
    return QWidget::eventFilter(watched, event);
}

void InspectorPanel::fitPreview()
{
    const qreal ratio = devicePixelRatioF();
    const int width = std::max(1, int(m_preview->width() * ratio));
    QPixmap pixmap = QPixmap::fromImage(m_previewImage.width() > width
            ? m_previewImage.scaledToWidth(width, Qt::SmoothTransformation)
            : m_previewImage);
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

void InspectorPanel::refresh()
{
    m_placeholder->setText(tr("Select an image to see its metadata."));
    if (m_row < 0 || m_row >= m_model->rowCount())
        return;
    const RecordRow &row = m_model->row(m_row);
    m_file->setText(QStringLiteral("<b>%1</b>").arg(row.relativePath.toHtmlEscaped()));
    if (row.error || row.thumbnailKey().isEmpty())
        m_previewImage = QImage();
    else
        m_previewImage
            = row.hasFile() ? m_previews->thumbnail(row.absolutePath) : m_remotePreviews->thumbnail(row.imageUrl);
    if (!m_previewImage.isNull())
        fitPreview();
    else if (row.error)
        m_preview->setText(row.error->userMessage());
    else if (!row.hasFile() && m_remotePreviews->hasFailed(row.imageUrl))
        m_preview->setText(tr("Preview unavailable: %1").arg(m_remotePreviews->failureReason(row.imageUrl)));
    else
        m_preview->setText(tr("Loading preview…"));

    for (int i = 0; i < FieldCount; ++i) {
        const Field field = static_cast<Field>(i);
        // The field a problem is about: marked with a sign and bold, not by colour alone.
        const bool focused = m_focused == field;
        m_labels.at(i)->setText(focused
                ? QStringLiteral("<b>▶ %1:</b>").arg(FieldRegistry::label(field).toHtmlEscaped())
                : FieldRegistry::label(field) + QLatin1Char(':'));
        const QModelIndex cell = m_model->index(m_row, RecordTableModel::columnForField(field));
        QString html = cell.data().toString().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        const FieldSource source = row.metadata.sources[size_t(i)];
        QString origin = row.isEdited(field) ? provenanceName(Provenance::Edited) : provenanceName(source.provenance);
        if (m_vocabularies)
            html += m_vocabularies->inspectorNote(field, row.record().text(field).value_or(QString()));
        if (!origin.isEmpty())
            html += QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(origin.toHtmlEscaped());
        for (const SourceValue &other : source.others) {
            html += QStringLiteral("<br><span style='color:gray'>%1 %2: %3</span>")
                        .arg(provenanceName(other.source), VocabularyEditors::sourceKey(other).toHtmlEscaped(),
                            VocabularyEditors::sourceText(other).toHtmlEscaped());
        }
        for (const FieldIssue &issue : row.issues) {
            if (issue.field == field)
                html
                    += QStringLiteral("<br><span style='color:#b3261e'>%1</span>").arg(issue.message().toHtmlEscaped());
        }
        m_values.at(i)->setText(html);
    }
    QStringList notes;
    for (const MetadataNote &note : row.metadata.notes)
        notes << note.message();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    const QList<SubmissionEvent> events
        = m_historySource ? m_historySource(row.relativePath) : QList<SubmissionEvent>();
    QStringList lines;
    for (auto event = events.crbegin(); event != events.crend(); ++event) { // newest first
        const QString result = event->state == SubmitState::Accepted ? tr("accepted")
            : event->state == SubmitState::Failed                    ? tr("failed")
                                                                     : tr("not sent");
        QString line = QLocale().toString(event->at.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" — ");
        if (event->opId)
            line += tr("operation %1").arg(*event->opId) + QStringLiteral(" — ");
        line += result;
        if (!event->message.isEmpty())
            line += QStringLiteral(": ") + event->message.text();
        lines << line.toHtmlEscaped();
    }
    m_history->setText(lines.isEmpty()
            ? QString()
            : QStringLiteral("<b>%1</b><br>%2").arg(tr("History").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    m_history->setVisible(!lines.isEmpty());
}

} // namespace Wesog
