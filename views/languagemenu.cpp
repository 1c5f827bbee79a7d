// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/languagemenu.h"

#include <QActionGroup>

#include "core/i18n/languagemanager.h"

namespace Wesog {

LanguageMenu::LanguageMenu(LanguageManager *languages, QWidget *parent)
    : QMenu(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        QAction *action = addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("languageAction_") + language);
        action->setData(language);
        action->setCheckable(true);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, language] { m_languages->setLanguage(language); });
    }
    markCurrent();
    connect(languages, &LanguageManager::languageChanged, this, &LanguageMenu::markCurrent);
}

void LanguageMenu::markCurrent()
{
    for (QAction *action : actions())
        action->setChecked(action->data().toString() == m_languages->currentLanguage());
}

} // namespace Wesog
