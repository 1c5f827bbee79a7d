// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: keeps writing edits to a workspace and prints "committed N" after each one is
// stored, until it is killed. tst_workspacecrash kills it with SIGKILL and checks that every
// edit it reported is there. Usage: workspacewriter FOLDER WORKSPACES_DIR
#include <cstdio>

#include <QCoreApplication>
#include <QThread>

#include "core/workspace/workspace.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Wesog::Workspace workspace;
    QString error;
    if (!workspace.open(args.at(1), args.at(2), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0;; ++i) {
        const QString path = QStringLiteral("photo-%1.jpg").arg(i % 50);
        // Each step edits two fields of one image: one transaction, all or nothing.
        const QList<Wesog::CellEdit> edits { { path, Wesog::Field::Title, QStringLiteral("title %1").arg(i) },
            { path, Wesog::Field::Caption, QStringLiteral("caption %1").arg(i) } };
        if (!workspace.write(edits, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
        QThread::usleep(500);
    }
}
