// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QMenu>

namespace Wesog {

/// File → Open Recent (the last ten folders opened) or Server → Recent Collections (the last ten server
/// collections: server URL and query, never a key), kept in the settings, &1 … &0 for the
/// keyboard, and a Clear entry.
/// Thread: GUI. Lifetime: a child of the menu it sits in.
class RecentMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentMenu)

public:
    enum class Kind { Folders, ServerCollections };

    explicit RecentMenu(QWidget *parent, Kind kind = Kind::Folders);

    /// A server collection as an entry (a line break cannot occur in a URL, so it separates).
    static QString serverEntry(const QString &server, const QString &query);
    /// The server URL and query of an entry made by serverEntry().
    static std::pair<QString, QString> splitServerEntry(const QString &entry);

    /// Puts `path` (a folder, or a serverEntry()) first (once) and forgets the eleventh.
    void remember(const QString &path);
    void retranslateUi();

signals:
    void chosen(const QString &path);

private:
    void rebuild();
    QString settingsKey() const;
    QString label(const QString &entry) const;

    Kind m_kind;
    QAction *m_clear;
};

} // namespace Wesog
