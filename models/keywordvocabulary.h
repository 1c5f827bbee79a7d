// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Wesog {

class RecordTableModel;

/// The keywords offered when typing one, ranked by how often they are used: in the open
/// collection (counted per image, kept up to date as rows arrive and cells change, never
/// recounted per keystroke), by the user (every keyword typed in an editor, persisted in a file
/// of the app data folder), and the agency's (a UTF-8 file of Preferences, one term per line,
/// `#` comments), which rank by the same uses and come before unused terms of their rank.
/// Terms are the same term whatever their case; the first spelling seen is shown.
/// Thread: GUI. Lifetime: a child of its owner; the model outlives it.
class KeywordVocabulary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeywordVocabulary)

public:
    explicit KeywordVocabulary(RecordTableModel *records, QObject *parent = nullptr);

    /// Where the user's typed keywords are kept ("COUNT<TAB>term" lines); read at once.
    void setUserTermsFile(const QString &path);
    /// The agency's keyword file; empty for none. A file that cannot be read adds nothing.
    void setAgencyFile(const QString &path);
    /// Counts the keywords the user typed (those of `after` not already in `before`) and saves them.
    void noteTyped(const QStringList &before, const QStringList &after);

    /// Every known term, the most used first (collection + user uses); ties: agency terms
    /// first, then alphabetically.
    QStringList ranked() const;
    /// How often the term was used in the collection and by the user (any case).
    int uses(const QString &term) const;

    /// The default file of the user's keywords, beside the user dictionary in the app data folder.
    static QString defaultUserTermsFile();

private:
    struct Entry
    {
        QString spelling;
        int collection = 0;
        int user = 0;
        bool agency = false;
    };
    Entry &entry(const QString &term);
    void count(int row, int delta);
    void recountAll();
    void saveUserTerms() const;

    RecordTableModel *m_records;
    QHash<QString, Entry> m_entries; ///< by case-folded term
    QList<QStringList> m_rowTerms; ///< each row's keywords as counted, to take them back on change
    QString m_userFile;
    mutable QStringList m_ranked; ///< cache, rebuilt after a change when next asked for
    mutable bool m_rankedValid = false;
};

} // namespace Wesog
