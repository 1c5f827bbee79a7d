// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCompleter>
#include <QObject>
#include <QStringList>
#include <QWidget>

#include "core/caption/vocabularies.h"
#include "core/library/metadataprofile.h"
#include "core/record/fieldregistry.h"

class QComboBox;
class QLineEdit;
class QStringListModel;

namespace Wesog {

class KeywordVocabulary;
class RecordTableModel;
struct SourceValue;

/// Completion that ignores case and accents: "sao" and "SÃO" both offer "São Tomé e Príncipe".
/// The terms keep their order (a ranking); those starting with what was typed are offered.
/// Thread: GUI. Lifetime: a child of its line edit.
class FoldedCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FoldedCompleter)

public:
    /// Installs itself as `line`'s completer.
    FoldedCompleter(const QStringList &terms, QLineEdit *line);

    /// The terms that start with `prefix`, case and accents aside, in the terms' order.
    QStringList matches(const QString &prefix) const;
    /// Lower case without accents or other combining marks ("Ёлка" → "елка", "Índia" → "india").
    static QString fold(const QString &text);

private:
    void update(const QString &text);

    QStringList m_terms;
    QStringList m_folded;
    QStringListModel *m_shown;
};

/// A picker over a controlled vocabulary: the entries show translated labels, the value kept is
/// the vocabulary's (the profile's value); any other text can still be typed (free text).
/// Thread: GUI.
class VocabularyPicker final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value WRITE setValue USER true)

public:
    VocabularyPicker(const QList<Vocabularies::Choice> &choices, QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &value);
    QComboBox *combo() const { return m_combo; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<Vocabularies::Choice> m_choices;
    QComboBox *m_combo;
};

/// The controlled vocabularies as the table editors and the inspector use them: the reading
/// profile's tables, the metadata language's country names and the ranked keywords.
/// Thread: GUI. Lifetime: a child of the record list; the model outlives it.
class VocabularyEditors final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VocabularyEditors)

public:
    explicit VocabularyEditors(RecordTableModel *records, QObject *parent = nullptr);

    /// The reading profile and the metadata language (en, es, pt-BR, pt-PT, fr, ru).
    void setReading(const MetadataProfile &profile, const QString &metadataLanguage);
    KeywordVocabulary *keywords() const { return m_keywords; }

    /// The picker of `shot`, `scene` or `medium`; null for other fields.
    QWidget *createPicker(Field field, QWidget *parent) const;
    /// The choices of those pickers, from the profile's tables.
    QList<Vocabularies::Choice> choices(Field field) const;
    /// Adds what the field's vocabulary offers to a line editor (the country names).
    void decorateLine(Field field, QLineEdit *line) const;
    /// What the inspector shows beside a field's value (rich text, escaped): the ISO code of a
    /// country, the translated label of a shot, scene or medium; empty when nothing applies.
    QString inspectorNote(Field field, const QString &value) const;
    /// How the inspector shows a value another source holds: a Digital Source Type by its
    /// translated label ("Created by generative AI", not a URI), anything else as it is.
    static QString sourceText(const SourceValue &source);
    /// The name shown before it: "Digital source type" for a labelled one, else the key.
    static QString sourceKey(const SourceValue &source);

signals:
    void changed();

private:
    static bool isSourceType(const SourceValue &source);

    MetadataProfile m_profile = MetadataProfile::standard();
    QString m_language = QStringLiteral("en");
    KeywordVocabulary *m_keywords;
};

} // namespace Wesog
