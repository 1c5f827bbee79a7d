// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QPixmap>
#include <QWidget>

#include "core/record/fieldregistry.h"

class QGridLayout;
class QGroupBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;

namespace Wesog {

class ErrorReviewModel;
class RecordTableModel;
class SubmissionController;

/// The Error review dock: the causes with their counts on the left, the images of the chosen
/// cause as a thumbnail grid with their messages on the right; Resubmit Failed and Export
/// Report. Activating an image asks the window to show its row and failing field. Works with
/// the keyboard alone (Tab between the lists, arrows, Enter; next/previous error).
/// An image held back by a conflict with the server shows, under the grid, each conflicting
/// field's three values (base, theirs, mine) with Keep Mine and Take Theirs (with `submissions`).
/// Thread: GUI.
class ErrorReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    /// Without `submissions`, held-back conflicts are listed but cannot be settled here.
    ErrorReviewPanel(RecordTableModel *records, ErrorReviewModel *review, SubmissionController *submissions = nullptr,
        QWidget *parent = nullptr);

    /// Moves to the next (`step` 1) or previous (-1) image with a problem, across causes.
    void step(int step);
    /// Writes every problem as CSV (file, id, field, message, operation id, time).
    bool exportReport(const QString &file, QString *error) const;
    void setResubmitEnabled(bool enabled);
    void retranslateUi();

signals:
    void imageChosen(int sourceRow, std::optional<Field> field);
    void resubmitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// `thumbnail` fitted and centred on a transparent canvas of `size` (empty without one).
    static QPixmap framedIcon(const QImage &thumbnail, const QSize &size);
    void showGroup(int group);
    /// The three values and the choices of the current image's conflict, if it is held back.
    void showConflict();
    void chooseExportFile();

    RecordTableModel *m_records;
    ErrorReviewModel *m_review;
    SubmissionController *m_submissions;
    QListView *m_groups;
    QListWidget *m_grid;
    QLabel *m_empty;
    QPushButton *m_resubmit;
    QPushButton *m_export;
    QGroupBox *m_conflict;
    QGridLayout *m_conflictGrid;
    int m_group = -1;
};

} // namespace Wesog
