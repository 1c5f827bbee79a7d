// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace Wesog {

/// Help → About: name, version, what the program is for, and the licence.
/// Thread: GUI. Lifetime: a child of the main window, opened with open(), reused.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Wesog
