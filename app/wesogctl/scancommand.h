// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include "core/library/folderscanner.h"
#include "core/record/imagerecord.h"

namespace Wesog::Cli {

/// The scan settings, shared by `scan` and `submit DIR`.
struct ScanSettings
{
    QString folder;
    QString idTemplate = QStringLiteral("{basename}");
    QString srcTemplate; ///< empty: file:// URLs
    FolderScanner::Options options;
};

/// The scan flags on a parser, and reading them back.
class ScanFlags
{
    // lupdate files the strings of these members under this class; without its own tr() they
    // were looked up under Wesog::Cli and shown in English.
    Q_DECLARE_TR_FUNCTIONS(Wesog::Cli::ScanFlags)

public:
    /// `langFlag`: the name of the flag choosing the language of multi-language values
    /// (`lang` for scan; submit keeps `--lang` for the API and calls this one `metadata-lang`).
    explicit ScanFlags(const QString &langFlag);
    void addTo(QCommandLineParser &parser) const;
    /// Fills `settings` from the parsed flags; false (with the message printed) on a bad value.
    bool read(const QCommandLineParser &parser, ScanSettings *settings,
        const QString &defaultLang = QStringLiteral("en")) const;

private:
    QCommandLineOption m_recursive;
    QCommandLineOption m_idTemplate;
    QCommandLineOption m_srcTemplate;
    QCommandLineOption m_lang;
    QCommandLineOption m_codepage;
    QCommandLineOption m_jobs;
    QCommandLineOption m_profile;
    QCommandLineOption m_titleFromHeadline;
};

/// A scanned image as a record with its id and src, or the file's error.
struct ScannedRecord
{
    QString relativePath;
    std::optional<ImageRecord> record;
    QString errorCode;
    QString errorMessage;
};

/// Scans the folder (running the event loop until done), sorted by relative path in UTF-8 byte
/// order so every run gives the same order. False if the folder cannot be read.
bool scanFolder(const ScanSettings &settings, QList<ScannedRecord> *out);

/// `wesogctl scan FOLDER`.
int runScan(const QStringList &arguments);

} // namespace Wesog::Cli
