// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/vocabularyeditors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

#include "core/caption/countrynames.h"
#include "core/library/imagemetadata.h"
#include "models/keywordvocabulary.h"

namespace Wesog {

FoldedCompleter::FoldedCompleter(const QStringList &terms, QLineEdit *line)
    : QCompleter(line)
    , m_terms(terms)
    , m_shown(new QStringListModel(this))
{
    m_folded.reserve(terms.size());
    for (const QString &term : terms)
        m_folded.append(fold(term));
    setModel(m_shown);
    // The list is filtered here, accents aside; QCompleter only shows it.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    line->setCompleter(this);
    connect(line, &QLineEdit::textEdited, this, &FoldedCompleter::update);
}

QString FoldedCompleter::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QStringList FoldedCompleter::matches(const QString &prefix) const
{
    const QString folded = fold(prefix.trimmed());
    QStringList found;
    if (folded.isEmpty())
        return found;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (m_folded.at(i).startsWith(folded))
            found.append(m_terms.at(i));
    }
    return found;
}

void FoldedCompleter::update(const QString &text)
{
    const QStringList found = matches(text);
    m_shown->setStringList(found);
    if (found.isEmpty() || (found.size() == 1 && found.first() == text))
        popup()->hide();
    else
        complete();
}

VocabularyPicker::VocabularyPicker(const QList<Vocabularies::Choice> &choices, QWidget *parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("vocabularyPicker"));
    setAutoFillBackground(true);
    m_combo->setObjectName(QStringLiteral("vocabularyCombo"));
    m_combo->setEditable(true); // the vocabulary is offered; free text stays allowed
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->addItem(QString());
    for (const Vocabularies::Choice &choice : choices) {
        m_combo->addItem(choice.label, choice.value);
        m_combo->setItemData(m_combo->count() - 1, choice.value, Qt::ToolTipRole);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    m_combo->lineEdit()->installEventFilter(this);
}

bool VocabularyPicker::eventFilter(QObject *watched, QEvent *event)
{
    // An item delegate watches its editor, not the editor's children: the keys that commit or
    // cancel and the focus leaving are handed on, so the picker behaves as the other editors.
    if (watched == m_combo->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab
            || key == Qt::Key_Escape)
            return QCoreApplication::sendEvent(this, event);
    } else if (watched == m_combo->lineEdit() && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        QCoreApplication::sendEvent(this, event);
    }
    return QWidget::eventFilter(watched, event);
}

QString VocabularyPicker::value() const
{
    const QString text = m_combo->currentText().trimmed();
    // A label stands for its value; text that is no label is kept as typed.
    for (const Vocabularies::Choice &choice : m_choices) {
        if (choice.label == text)
            return choice.value;
    }
    return text;
}

void VocabularyPicker::setValue(const QString &value)
{
    for (int i = 1; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i).toString() == value) {
            m_combo->setCurrentIndex(i);
            return;
        }
    }
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(value);
}

VocabularyEditors::VocabularyEditors(RecordTableModel *records, QObject *parent)
    : QObject(parent)
    , m_keywords(new KeywordVocabulary(records, this))
{
}

void VocabularyEditors::setReading(const MetadataProfile &profile, const QString &metadataLanguage)
{
    m_profile = profile;
    // The interface's "pt" stands for Brazilian Portuguese, as in wesogctl's --lang.
    m_language = metadataLanguage == QLatin1String("pt") ? QStringLiteral("pt-BR") : metadataLanguage;
    emit changed();
}

QList<Vocabularies::Choice> VocabularyEditors::choices(Field field) const
{
    switch (field) {
    case Field::Shot:
        return Vocabularies::sceneChoices(m_profile.shotBySceneCode);
    case Field::Scene:
        return Vocabularies::sceneChoices(m_profile.sceneBySceneCode);
    case Field::Medium:
        return Vocabularies::mediumChoices(m_profile.mediumBySourceType);
    default:
        return {};
    }
}

QWidget *VocabularyEditors::createPicker(Field field, QWidget *parent) const
{
    if (field != Field::Shot && field != Field::Scene && field != Field::Medium)
        return nullptr;
    return new VocabularyPicker(choices(field), parent);
}

void VocabularyEditors::decorateLine(Field field, QLineEdit *line) const
{
    if (field == Field::Country)
        new FoldedCompleter(CountryNames::shared()->names(m_language), line);
}

QString VocabularyEditors::inspectorNote(Field field, const QString &value) const
{
    if (value.trimmed().isEmpty())
        return QString();
    QString note;
    if (field == Field::Country) {
        const QString code = CountryNames::shared()->codeOf(value);
        if (!code.isEmpty())
            note = tr("ISO code %1").arg(code);
    } else if (field == Field::Shot || field == Field::Scene) {
        note = Vocabularies::sceneValueLabel(
            field == Field::Shot ? m_profile.shotBySceneCode : m_profile.sceneBySceneCode, value);
    } else if (field == Field::Medium) {
        note = Vocabularies::mediumLabel(value);
    }
    if (note.isEmpty() || note == value)
        return QString();
    return QStringLiteral(" <span style='color:#1f5fa8'>[%1]</span>").arg(note.toHtmlEscaped());
}

QString VocabularyEditors::sourceText(const SourceValue &source)
{
    const QString label = isSourceType(source) ? Vocabularies::sourceTypeLabel(source.text) : QString();
    return label.isEmpty() ? source.text : label;
}

QString VocabularyEditors::sourceKey(const SourceValue &source)
{
    // A URI needs its key to be understood; a label names what it is.
    return isSourceType(source) && !Vocabularies::sourceTypeLabel(source.text).isEmpty() ? tr("Digital source type")
                                                                                         : source.key;
}

bool VocabularyEditors::isSourceType(const SourceValue &source)
{
    return source.key == QLatin1String("Xmp.iptcExt.DigitalSourceType");
}

} // namespace Wesog
