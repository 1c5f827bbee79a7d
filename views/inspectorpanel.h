// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QImage>
#include <QPersistentModelIndex>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

#include "core/record/fieldregistry.h"
#include "core/workspace/submissionlog.h"

namespace Wesog {

class RecordTableModel;
class RemoteThumbnailLoader;
class ThumbnailService;
class VocabularyEditors;

/// The inspector dock: a large preview of the current image and every field as a read-only
/// form, with where each value came from (XMP, IIM, EXIF, sidecar, template, edited), the
/// other sources' values, validation findings and reading notes.
/// Rows without a file (a server collection) take their preview from `remotePreviews`.
/// Thread: GUI. Lifetime: owned by the main window; the model and the preview services outlive it.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    InspectorPanel(RecordTableModel *model, ThumbnailService *previews, RemoteThumbnailLoader *remotePreviews,
        QWidget *parent = nullptr);

    /// Shows the row at `sourceRow` of the model, or the placeholder for -1.
    void showRow(int sourceRow);
    /// Marks `field` (the one a problem is about) and scrolls to it; nullopt clears the mark.
    void focusField(std::optional<Field> field);
    /// Where each record's submission history comes from (time, operation, result, message).
    void setHistorySource(std::function<QList<SubmissionEvent>(const QString &relativePath)> source);
    /// Shows the ISO code of a country and the translated labels of shot, scene, medium and
    /// the Digital Source Type from these vocabularies; null for none. They outlive the panel.
    void setVocabularies(VocabularyEditors *vocabularies);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    /// Shows the preview image at up to its own size, narrowed to the dock's width.
    void fitPreview();

    RecordTableModel *m_model;
    ThumbnailService *m_previews;
    RemoteThumbnailLoader *m_remotePreviews;
    int m_row = -1;
    QLabel *m_placeholder = nullptr;
    QLabel *m_preview = nullptr;
    QImage m_previewImage; ///< the current row's preview, at the service's size
    QLabel *m_file = nullptr;
    QLabel *m_notes = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QLabel *m_history = nullptr;
    QScrollArea *m_scroll = nullptr;
    std::optional<Field> m_focused;
    std::function<QList<SubmissionEvent>(const QString &)> m_historySource;
    VocabularyEditors *m_vocabularies = nullptr;
};

} // namespace Wesog
