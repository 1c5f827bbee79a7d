// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/recentmenu.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace Wesog {

namespace {
constexpr int s_maxRecent = 10;
} // namespace

RecentMenu::RecentMenu(QWidget *parent, Kind kind)
    : QMenu(parent)
    , m_kind(kind)
    , m_clear(new QAction(this))
{
    const bool folders = kind == Kind::Folders;
    setObjectName(folders ? QStringLiteral("recentMenu") : QStringLiteral("recentServerMenu"));
    m_clear->setObjectName(folders ? QStringLiteral("clearRecentAction") : QStringLiteral("clearRecentServerAction"));
    connect(m_clear, &QAction::triggered, this, [this] {
        QSettings().remove(settingsKey());
        rebuild();
    });
    rebuild();
    retranslateUi();
}

QString RecentMenu::serverEntry(const QString &server, const QString &query)
{
    return server + QLatin1Char('\n') + query;
}

std::pair<QString, QString> RecentMenu::splitServerEntry(const QString &entry)
{
    const qsizetype split = entry.indexOf(QLatin1Char('\n'));
    if (split < 0)
        return { entry, QString() };
    return { entry.left(split), entry.mid(split + 1) };
}

QString RecentMenu::settingsKey() const
{
    return m_kind == Kind::Folders ? QStringLiteral("folders/recent") : QStringLiteral("server/recent");
}

QString RecentMenu::label(const QString &entry) const
{
    if (m_kind == Kind::Folders)
        return QDir::toNativeSeparators(entry);
    const auto [server, query] = splitServerEntry(entry);
    const QString host = QUrl(server).host();
    return query.isEmpty() ? tr("%1 — all images").arg(host) : tr("%1 — %2").arg(host, query);
}

void RecentMenu::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(settingsKey()).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(settingsKey(), recent.mid(0, s_maxRecent));
    rebuild();
}

void RecentMenu::rebuild()
{
    // Not clear(): it would delete the Clear action too, which this menu owns.
    for (QAction *action : actions()) {
        removeAction(action);
        if (action != m_clear)
            delete action;
    }
    const QStringList recent = QSettings().value(settingsKey()).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // &1 … &9 and &0 give keyboard access to the first ten; a query's own & must not be one.
        QString text = label(path);
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = addAction(QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(text));
        action->setObjectName(
            m_kind == Kind::Folders ? QStringLiteral("recentFolderAction") : QStringLiteral("recentServerAction"));
        connect(action, &QAction::triggered, this, [this, path] { emit chosen(path); });
    }
    addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!recent.isEmpty());
}

void RecentMenu::retranslateUi()
{
    setTitle(m_kind == Kind::Folders ? tr("Open &Recent") : tr("&Recent Collections"));
    m_clear->setText(m_kind == Kind::Folders ? tr("&Clear Recent Folders") : tr("&Clear Recent Server Collections"));
    rebuild(); // server entries carry translated words
}

} // namespace Wesog
