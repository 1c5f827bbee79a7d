// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/library/imagemetadata.h"
#include "models/foldersource.h"
#include "models/metadatawritecontroller.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Wesog {

class FileField;

/// The caption desk's preferences: the code replacement files (a later file's code wins), the
/// delimiter around codes, and the agency dictionary (words never flagged as misspelled).
struct CaptionPreferences
{
    QStringList replacementFiles;
    QChar delimiter = QLatin1Char('=');
    QString agencyDictionary;

    static CaptionPreferences load();
    void save() const;
};

/// Edit → Preferences: the id and src templates, how metadata is read (the code page of
/// unmarked IPTC text, title ← headline, the reading profile, the metadata language), how it is
/// written into files (target, new sidecar names, modification time, backup), the agency's
/// required fields, the vocabulary file, the code replacements and the agency dictionary. Unknown template variables
/// and an unusable profile are shown at once and block OK. Opened with open(); the caller reads the values on
/// accepted(). Thread: GUI. Lifetime: a child of the main window, deleted on close.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const RecordTemplates &templates, const ReadingPreferences &reading,
        const WritingPreferences &writing, const QString &requiredFields, const QString &vocabularyFile,
        QWidget *parent = nullptr);

    RecordTemplates templates() const;
    ReadingPreferences reading() const;
    WritingPreferences writing() const;
    /// The agency's required fields in text form (`caption author keywords:3`).
    QString requiredFields() const;
    QString vocabularyFile() const;
    /// The code replacement files and delimiter; set before open().
    void setCaption(const CaptionPreferences &caption);
    CaptionPreferences caption() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    /// Adds the file in the replacement path field if it loads; shows its error if not.
    void addReplacementFile();

    QLineEdit *m_idTemplate = nullptr;
    QLineEdit *m_srcTemplate = nullptr;
    QComboBox *m_codepage = nullptr;
    QCheckBox *m_titleFromHeadline = nullptr;
    FileField *m_profileFile = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLineEdit *m_required = nullptr;
    QLabel *m_requiredLabel = nullptr;
    FileField *m_vocabulary = nullptr;
    QLabel *m_vocabularyLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_srcLabel = nullptr;
    QLabel *m_codepageLabel = nullptr;
    QComboBox *m_metadataLanguage = nullptr;
    QLabel *m_metadataLanguageLabel = nullptr;
    QComboBox *m_writeTarget = nullptr;
    QLabel *m_writeTargetLabel = nullptr;
    QComboBox *m_sidecarNaming = nullptr;
    QLabel *m_sidecarNamingLabel = nullptr;
    QCheckBox *m_keepModificationTime = nullptr;
    QCheckBox *m_backup = nullptr;
    QLabel *m_replacementsLabel = nullptr;
    QListWidget *m_replacementFiles = nullptr;
    FileField *m_replacementFile = nullptr;
    QPushButton *m_addReplacement = nullptr;
    QPushButton *m_removeReplacement = nullptr;
    QString m_replacementProblem;
    QLineEdit *m_delimiter = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    FileField *m_agencyDictionary = nullptr;
    QLabel *m_agencyDictionaryLabel = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Wesog
