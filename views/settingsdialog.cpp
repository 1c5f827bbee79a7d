// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "core/caption/codereplacements.h"
#include "core/library/codepage.h"
#include "core/library/metadataprofile.h"
#include "core/library/pathtemplate.h"
#include "core/record/validation.h"
#include "views/filefield.h"

namespace Wesog {

namespace {
const auto s_replacementFilesKey = QStringLiteral("caption/replacementFiles");
const auto s_delimiterKey = QStringLiteral("caption/delimiter");
const auto s_agencyDictionaryKey = QStringLiteral("caption/agencyDictionary");
} // namespace

CaptionPreferences CaptionPreferences::load()
{
    const QSettings settings;
    CaptionPreferences caption;
    caption.replacementFiles = settings.value(s_replacementFilesKey).toStringList();
    const QString delimiter = settings.value(s_delimiterKey).toString();
    if (delimiter.size() == 1 && !delimiter.at(0).isSpace())
        caption.delimiter = delimiter.at(0);
    caption.agencyDictionary = settings.value(s_agencyDictionaryKey).toString();
    return caption;
}

void CaptionPreferences::save() const
{
    QSettings settings;
    settings.setValue(s_replacementFilesKey, replacementFiles);
    settings.setValue(s_delimiterKey, QString(delimiter));
    settings.setValue(s_agencyDictionaryKey, agencyDictionary);
}

SettingsDialog::SettingsDialog(const RecordTemplates &templates, const ReadingPreferences &reading,
    const WritingPreferences &writing, const QString &requiredFields, const QString &vocabularyFile, QWidget *parent)
    : QDialog(parent)
{
    m_metadataLanguage = new QComboBox(this);
    m_metadataLanguage->setObjectName(QStringLiteral("metadataLanguageCombo"));
    m_metadataLanguage->addItem(QString(), QString()); // the interface language; named in retranslateUi()
    // Each language in its own name, as the language menu shows them.
    const std::pair<const char *, QString> languages[]
        = { { "en", QStringLiteral("English") }, { "es", QStringLiteral("Español") },
              { "pt-BR", QStringLiteral("Português (Brasil)") }, { "pt-PT", QStringLiteral("Português (Portugal)") },
              { "fr", QStringLiteral("Français") }, { "ru", QStringLiteral("Русский") } };
    for (const auto &[code, name] : languages)
        m_metadataLanguage->addItem(name, QLatin1String(code));
    m_metadataLanguage->setCurrentIndex(std::max(0, m_metadataLanguage->findData(reading.metadataLanguage)));
    m_metadataLanguageLabel = new QLabel(this);
    m_metadataLanguageLabel->setBuddy(m_metadataLanguage);
    m_writeTarget = new QComboBox(this);
    m_writeTarget->setObjectName(QStringLiteral("writeTargetCombo"));
    m_writeTarget->addItem(QString(), int(WriteTarget::Automatic));
    m_writeTarget->addItem(QString(), int(WriteTarget::SidecarOnly));
    m_writeTarget->setCurrentIndex(std::max(0, m_writeTarget->findData(int(writing.target))));
    m_writeTargetLabel = new QLabel(this);
    m_writeTargetLabel->setBuddy(m_writeTarget);
    m_sidecarNaming = new QComboBox(this);
    m_sidecarNaming->setObjectName(QStringLiteral("sidecarNamingCombo"));
    m_sidecarNaming->addItem(QString(), int(SidecarNaming::BaseName));
    m_sidecarNaming->addItem(QString(), int(SidecarNaming::FullName));
    m_sidecarNaming->setCurrentIndex(std::max(0, m_sidecarNaming->findData(int(writing.newSidecar))));
    m_sidecarNamingLabel = new QLabel(this);
    m_sidecarNamingLabel->setBuddy(m_sidecarNaming);
    m_keepModificationTime = new QCheckBox(this);
    m_keepModificationTime->setObjectName(QStringLiteral("keepModificationTimeCheck"));
    m_keepModificationTime->setChecked(writing.keepModificationTime);
    m_backup = new QCheckBox(this);
    m_backup->setObjectName(QStringLiteral("backupCheck"));
    m_backup->setChecked(writing.backup);

    m_titleFromHeadline = new QCheckBox(this);
    m_titleFromHeadline->setObjectName(QStringLiteral("titleFromHeadlineCheck"));
    m_titleFromHeadline->setChecked(reading.titleFromHeadline);
    m_profileFile = new FileField(reading.profileFile, this);
    m_profileFile->lineEdit()->setObjectName(QStringLiteral("profileFileEdit"));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profileFile);
    connect(m_profileFile->lineEdit(), &QLineEdit::textChanged, this, [this] { validate(); });
    m_vocabulary = new FileField(vocabularyFile, this);
    m_vocabulary->lineEdit()->setObjectName(QStringLiteral("vocabularyEdit"));
    m_vocabularyLabel = new QLabel(this);
    m_vocabularyLabel->setBuddy(m_vocabulary);
    m_required = new QLineEdit(requiredFields, this);
    m_required->setObjectName(QStringLiteral("requiredFieldsEdit"));
    m_required->setPlaceholderText(QStringLiteral("caption author keywords:3"));
    m_requiredLabel = new QLabel(this);
    m_requiredLabel->setBuddy(m_required);
    connect(m_required, &QLineEdit::textChanged, this, [this] { validate(); });
    m_replacementFiles = new QListWidget(this);
    m_replacementFiles->setObjectName(QStringLiteral("replacementFilesList"));
    m_replacementFiles->setMaximumHeight(90);
    m_replacementsLabel = new QLabel(this);
    m_replacementsLabel->setBuddy(m_replacementFiles);
    m_replacementFile = new FileField(QString(), this);
    m_replacementFile->lineEdit()->setObjectName(QStringLiteral("replacementFileEdit"));
    m_addReplacement = new QPushButton(this);
    m_addReplacement->setObjectName(QStringLiteral("addReplacementButton"));
    m_addReplacement->setAutoDefault(false); // Enter in the dialog is OK, not Add
    m_removeReplacement = new QPushButton(this);
    m_removeReplacement->setObjectName(QStringLiteral("removeReplacementButton"));
    m_removeReplacement->setAutoDefault(false);
    connect(m_addReplacement, &QPushButton::clicked, this, &SettingsDialog::addReplacementFile);
    connect(m_removeReplacement, &QPushButton::clicked, this, [this] {
        delete m_replacementFiles->currentItem();
        m_replacementProblem.clear();
        validate();
    });
    m_delimiter = new QLineEdit(QString(CodeReplacements::defaultDelimiter()), this);
    m_delimiter->setObjectName(QStringLiteral("codeDelimiterEdit"));
    m_delimiter->setMaxLength(1);
    m_delimiter->setMaximumWidth(60);
    m_delimiterLabel = new QLabel(this);
    m_delimiterLabel->setBuddy(m_delimiter);
    connect(m_delimiter, &QLineEdit::textChanged, this, [this] { validate(); });
    m_agencyDictionary = new FileField(QString(), this);
    m_agencyDictionary->lineEdit()->setObjectName(QStringLiteral("agencyDictionaryEdit"));
    m_agencyDictionaryLabel = new QLabel(this);
    m_agencyDictionaryLabel->setBuddy(m_agencyDictionary);
    setObjectName(QStringLiteral("settingsDialog"));
    m_idTemplate = new QLineEdit(templates.id, this);
    m_idTemplate->setObjectName(QStringLiteral("idTemplateEdit"));
    m_srcTemplate = new QLineEdit(templates.src, this);
    m_srcTemplate->setObjectName(QStringLiteral("srcTemplateEdit"));
    m_codepage = new QComboBox(this);
    m_codepage->setObjectName(QStringLiteral("codepageCombo"));
    // Code page names are standard identifiers, shown as they are.
    for (const QString &name : { Codepage::windows1252(), Codepage::windows1251(), QStringLiteral("ISO-8859-1"),
             QStringLiteral("ISO-8859-2"), QStringLiteral("ISO-8859-5"), QStringLiteral("KOI8-R") }) {
        if (Codepage::isKnown(name))
            m_codepage->addItem(name, name);
    }
    m_codepage->setCurrentIndex(std::max(0, m_codepage->findData(reading.codepage)));
    m_idLabel = new QLabel(this);
    m_srcLabel = new QLabel(this);
    m_codepageLabel = new QLabel(this);
    m_idLabel->setBuddy(m_idTemplate);
    m_srcLabel->setBuddy(m_srcTemplate);
    m_codepageLabel->setBuddy(m_codepage);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_idTemplate, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_srcTemplate, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_idTemplate);
    form->addRow(m_srcLabel, m_srcTemplate);
    form->addRow(m_codepageLabel, m_codepage);
    form->addRow(m_titleFromHeadline); // across both columns: the sentence is long in every language
    form->addRow(m_profileLabel, m_profileFile);
    form->addRow(m_metadataLanguageLabel, m_metadataLanguage);
    form->addRow(m_writeTargetLabel, m_writeTarget);
    form->addRow(m_sidecarNamingLabel, m_sidecarNaming);
    form->addRow(m_keepModificationTime);
    form->addRow(m_backup);
    form->addRow(m_requiredLabel, m_required);
    form->addRow(m_vocabularyLabel, m_vocabulary);
    auto *addRemove = new QHBoxLayout;
    addRemove->addWidget(m_replacementFile, 1);
    addRemove->addWidget(m_addReplacement);
    addRemove->addWidget(m_removeReplacement);
    auto *replacements = new QVBoxLayout;
    replacements->addWidget(m_replacementFiles);
    replacements->addLayout(addRemove);
    form->addRow(m_replacementsLabel, replacements);
    form->addRow(m_delimiterLabel, m_delimiter);
    form->addRow(m_agencyDictionaryLabel, m_agencyDictionary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(780); // the hints fit in every language
    retranslateUi();
}

RecordTemplates SettingsDialog::templates() const
{
    return { m_idTemplate->text().trimmed(), m_srcTemplate->text().trimmed() };
}

QString SettingsDialog::requiredFields() const
{
    return ValidationRules::fromString(m_required->text()).toString();
}

QString SettingsDialog::vocabularyFile() const
{
    return m_vocabulary->path();
}

void SettingsDialog::setCaption(const CaptionPreferences &caption)
{
    m_replacementFiles->clear();
    m_replacementFiles->addItems(caption.replacementFiles);
    m_delimiter->setText(QString(caption.delimiter));
    m_agencyDictionary->lineEdit()->setText(caption.agencyDictionary);
}

CaptionPreferences SettingsDialog::caption() const
{
    CaptionPreferences caption;
    for (int i = 0; i < m_replacementFiles->count(); ++i)
        caption.replacementFiles << m_replacementFiles->item(i)->text();
    if (const QString delimiter = m_delimiter->text(); delimiter.size() == 1)
        caption.delimiter = delimiter.at(0);
    caption.agencyDictionary = m_agencyDictionary->path();
    return caption;
}

void SettingsDialog::addReplacementFile()
{
    const QString path = m_replacementFile->path();
    if (path.isEmpty())
        return;
    CodeReplacements codes;
    QString error;
    if (codes.addFile(path, &error)) { // refused now, with its reason, rather than silently at every start
        m_replacementFiles->addItem(path);
        m_replacementFile->lineEdit()->clear();
        m_replacementProblem.clear();
    } else {
        m_replacementProblem = error;
    }
    validate();
}

ReadingPreferences SettingsDialog::reading() const
{
    return { m_codepage->currentData().toString(), m_titleFromHeadline->isChecked(), m_profileFile->path(),
        m_metadataLanguage->currentData().toString() };
}

WritingPreferences SettingsDialog::writing() const
{
    WritingPreferences writing;
    writing.target = WriteTarget(m_writeTarget->currentData().toInt());
    writing.newSidecar = SidecarNaming(m_sidecarNaming->currentData().toInt());
    writing.keepModificationTime = m_keepModificationTime->isChecked();
    writing.backup = m_backup->isChecked();
    return writing;
}

void SettingsDialog::validate()
{
    QStringList unknown
        = PathTemplate::unknownVariables(m_idTemplate->text()) + PathTemplate::unknownVariables(m_srcTemplate->text());
    unknown.removeDuplicates();
    QString problem;
    if (m_idTemplate->text().trimmed().isEmpty())
        problem = tr("The ID template cannot be empty.");
    else if (!unknown.isEmpty())
        problem = tr("Unknown variables: %1").arg(unknown.join(QStringLiteral(", ")));
    QStringList unknownFields;
    ValidationRules::fromString(m_required ? m_required->text() : QString(), &unknownFields);
    if (problem.isEmpty() && !unknownFields.isEmpty())
        problem = tr("Unknown required fields: %1 (use API names such as caption, author, keywords:3)")
                      .arg(unknownFields.join(QStringLiteral(", ")));
    QString profileProblem;
    if (problem.isEmpty() && m_profileFile && !m_profileFile->path().isEmpty()
        && !MetadataProfile::fromFile(m_profileFile->path(), &profileProblem))
        problem = tr("The reading profile cannot be used: %1").arg(profileProblem);
    if (problem.isEmpty() && m_delimiter && m_delimiter->text().trimmed().isEmpty())
        problem = tr("The code delimiter must be one character that is not a space.");
    if (problem.isEmpty())
        problem = m_replacementProblem; // the file was not added; OK still saves the rest
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() || problem == m_replacementProblem);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_idLabel->setText(tr("&ID template:"));
    m_srcLabel->setText(tr("&Source URL template:"));
    m_codepageLabel->setText(tr("&Code page of unmarked IPTC text:"));
    m_titleFromHeadline->setText(tr("Use the &headline as title when the title is empty or looks like a file name"));
    m_profileLabel->setText(tr("Reading &profile:"));
    m_profileFile->setDialogTexts(tr("Reading Profile"), tr("JSON files (*.json);;All files (*)"));
    m_profileFile->lineEdit()->setPlaceholderText(tr("Standard IPTC codes"));
    m_profileFile->lineEdit()->setToolTip(
        tr("A JSON file with your agency's tables for shot, scene, medium and category codes; "
           "leave empty for the standard IPTC codes. The README shows the format."));
    m_metadataLanguageLabel->setText(tr("&Metadata language:"));
    m_metadataLanguage->setItemText(0, tr("Interface language"));
    m_metadataLanguage->setToolTip(tr("Which language alternative of titles, headlines and captions is read "
                                      "and written; the others in the file are kept."));
    m_writeTargetLabel->setText(tr("&Write metadata:"));
    m_writeTarget->setItemText(0, tr("Automatic: into the file and its existing sidecars"));
    m_writeTarget->setItemText(1, tr("Into XMP sidecars only"));
    m_sidecarNamingLabel->setText(tr("&New sidecars:"));
    m_sidecarNaming->setItemText(0, tr("NAME.xmp (Adobe, Photo Mechanic)"));
    m_sidecarNaming->setItemText(1, tr("NAME.EXT.xmp (darktable, digiKam)"));
    m_keepModificationTime->setText(tr("&Keep the modification time of written files"));
    m_backup->setText(tr("Keep a &backup of each original file (NAME.EXT_original)"));
    m_requiredLabel->setText(tr("&Required by your agency:"));
    m_vocabularyLabel->setText(tr("&Vocabulary file:"));
    m_vocabulary->lineEdit()->setPlaceholderText(tr("One keyword per line, offered while typing lists"));
    m_vocabulary->setDialogTexts(tr("Vocabulary File"), tr("Text files (*.txt);;All files (*)"));
    m_replacementsLabel->setText(tr("Code replacement &files:"));
    m_replacementFiles->setToolTip(tr("Photo Mechanic code replacement files (code, tab, replacement); "
                                      "a code in a later file wins"));
    m_replacementFile->setDialogTexts(tr("Code Replacements"), tr("Text files (*.txt);;All files (*)"));
    m_addReplacement->setText(tr("&Add"));
    m_removeReplacement->setText(tr("R&emove"));
    m_delimiterLabel->setText(tr("Code &delimiter:"));
    m_agencyDictionaryLabel->setText(tr("A&gency dictionary:"));
    m_agencyDictionary->lineEdit()->setPlaceholderText(
        tr("Names of people and places, one per line, never flagged as misspelled"));
    m_agencyDictionary->setDialogTexts(tr("Agency Dictionary"), tr("Text files (*.txt);;All files (*)"));
    m_help->setText(tr("Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the "
                       "address of the local sandbox. Changed templates apply to every image at once."));
    validate();
}

} // namespace Wesog
