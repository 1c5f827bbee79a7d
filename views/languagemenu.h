// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Wesog {

class LanguageManager;

/// The Language menu: each language named in itself, so nobody is lost in a language they
/// cannot read; the check mark follows the current language, however it was switched.
/// Thread: GUI. Lifetime: a child of the menu bar.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    LanguageMenu(LanguageManager *languages, QWidget *parent);

private:
    void markCurrent();

    LanguageManager *m_languages;
};

} // namespace Wesog
