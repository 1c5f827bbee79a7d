// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/library/codepage.h"
#include "core/library/metadataprofile.h"
#include "core/library/pathtemplate.h"
#include "core/record/validation.h"
#include "views/filefield.h"

namespace Wesog {

SettingsDialog::SettingsDialog(const RecordTemplates &templates, const ReadingPreferences &reading,
    const QString &requiredFields, const QString &vocabularyFile, QWidget *parent)
    : QDialog(parent)
{
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
    form->addRow(m_requiredLabel, m_required);
    form->addRow(m_vocabularyLabel, m_vocabulary);
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

ReadingPreferences SettingsDialog::reading() const
{
    return { m_codepage->currentData().toString(), m_titleFromHeadline->isChecked(), m_profileFile->path() };
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
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
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
    m_requiredLabel->setText(tr("&Required by your agency:"));
    m_vocabularyLabel->setText(tr("&Vocabulary file:"));
    m_vocabulary->lineEdit()->setPlaceholderText(tr("One keyword per line, offered while typing lists"));
    m_vocabulary->setDialogTexts(tr("Vocabulary File"), tr("Text files (*.txt);;All files (*)"));
    m_help->setText(tr("Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the "
                       "address of the local sandbox. Changed templates apply to every image at once."));
    validate();
}

} // namespace Wesog
