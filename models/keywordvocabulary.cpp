// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/keywordvocabulary.h"

#include <algorithm>

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "models/recordtablemodel.h"

namespace Wesog {

namespace {

QString fold(const QString &term)
{
    return term.trimmed().toCaseFolded();
}

/// The keywords of one row, each once (a row listing a term twice uses it once).
QStringList rowKeywords(const RecordTableModel &records, int row)
{
    QStringList terms = records.row(row).record().list(Field::Keywords).value_or(QStringList());
    QStringList unique;
    QStringList seen;
    for (const QString &term : std::as_const(terms)) {
        const QString key = fold(term);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.append(key);
            unique.append(term.trimmed());
        }
    }
    return unique;
}

} // namespace

KeywordVocabulary::KeywordVocabulary(RecordTableModel *records, QObject *parent)
    : QObject(parent)
    , m_records(records)
{
    connect(m_records, &QAbstractItemModel::modelReset, this, &KeywordVocabulary::recountAll);
    connect(m_records, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            m_rowTerms.insert(row, QStringList());
            count(row, +1);
        }
    });
    connect(
        m_records, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
            for (int row = last; row >= first; --row) {
                count(row, -1);
                m_rowTerms.removeAt(row);
            }
        });
    connect(m_records, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
            if (RecordTableModel::onlyThumbnails(roles))
                return;
            const int keywords = RecordTableModel::columnForField(Field::Keywords);
            if (keywords < first.column() || keywords > last.column())
                return;
            for (int row = first.row(); row <= last.row(); ++row) {
                count(row, -1);
                count(row, +1);
            }
        });
    recountAll();
}

QString KeywordVocabulary::defaultUserTermsFile()
{
    // Beside the user dictionary (SpellChecker::userDictionaryPath): the user's words in one place.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Wesog/Wesog Desk/keywords.txt");
}

KeywordVocabulary::Entry &KeywordVocabulary::entry(const QString &term)
{
    Entry &found = m_entries[fold(term)];
    if (found.spelling.isEmpty())
        found.spelling = term.trimmed();
    return found;
}

void KeywordVocabulary::count(int row, int delta)
{
    if (row < 0 || row >= m_rowTerms.size())
        return;
    if (delta > 0)
        m_rowTerms[row] = row < m_records->rowCount() ? rowKeywords(*m_records, row) : QStringList();
    for (const QString &term : std::as_const(m_rowTerms.at(row))) {
        auto it = m_entries.find(fold(term));
        if (delta > 0) {
            entry(term).collection += 1;
        } else if (it != m_entries.end()) {
            it->collection -= 1;
            if (it->collection == 0 && it->user == 0 && !it->agency)
                m_entries.erase(it); // a term the collection no longer uses is no longer offered
        }
    }
    if (delta < 0)
        m_rowTerms[row].clear();
    m_rankedValid = false;
}

void KeywordVocabulary::recountAll()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it->collection = 0;
        it = it->user == 0 && !it->agency ? m_entries.erase(it) : std::next(it);
    }
    m_rowTerms.clear();
    m_rowTerms.resize(m_records->rowCount());
    for (int row = 0; row < m_rowTerms.size(); ++row)
        count(row, +1);
    m_rankedValid = false;
}

void KeywordVocabulary::setUserTermsFile(const QString &path)
{
    for (Entry &known : m_entries)
        known.user = 0;
    m_userFile = path;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            bool ok = false;
            const int uses = line.section(QLatin1Char('\t'), 0, 0).toInt(&ok);
            const QString term = line.section(QLatin1Char('\t'), 1).trimmed();
            if (ok && uses > 0 && !term.isEmpty())
                entry(term).user += uses;
        }
    }
    m_rankedValid = false;
}

void KeywordVocabulary::setAgencyFile(const QString &path)
{
    for (Entry &known : m_entries)
        known.agency = false;
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        int terms = 0;
        while (!file.atEnd() && terms < 100000) { // a vocabulary, not a novel
            const QString term = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
            if (!term.isEmpty()) {
                entry(term).agency = true;
                ++terms;
            }
        }
    }
    m_rankedValid = false;
}

void KeywordVocabulary::noteTyped(const QStringList &before, const QStringList &after)
{
    QStringList known;
    for (const QString &term : before)
        known.append(fold(term));
    bool changed = false;
    for (const QString &term : after) {
        const QString key = fold(term);
        if (key.isEmpty() || known.contains(key))
            continue;
        known.append(key);
        entry(term).user += 1;
        changed = true;
    }
    if (!changed)
        return;
    m_rankedValid = false;
    saveUserTerms();
}

void KeywordVocabulary::saveUserTerms() const
{
    if (m_userFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_userFile).absolutePath());
    QSaveFile file(m_userFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return; // the terms still count in this session; the next change tries again
    for (const Entry &known : m_entries) {
        if (known.user > 0)
            file.write(QByteArray::number(known.user) + '\t' + known.spelling.toUtf8() + '\n');
    }
    file.commit();
}

int KeywordVocabulary::uses(const QString &term) const
{
    const auto it = m_entries.constFind(fold(term));
    return it == m_entries.cend() ? 0 : it->collection + it->user;
}

QStringList KeywordVocabulary::ranked() const
{
    if (m_rankedValid)
        return m_ranked;
    QList<const Entry *> entries;
    entries.reserve(m_entries.size());
    for (const Entry &known : m_entries)
        entries.append(&known);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(), [&collator](const Entry *a, const Entry *b) {
        const int usesA = a->collection + a->user;
        const int usesB = b->collection + b->user;
        if (usesA != usesB)
            return usesA > usesB;
        if (a->agency != b->agency)
            return a->agency;
        return collator.compare(a->spelling, b->spelling) < 0;
    });
    m_ranked.clear();
    for (const Entry *known : std::as_const(entries))
        m_ranked.append(known->spelling);
    m_rankedValid = true;
    return m_ranked;
}

} // namespace Wesog
