// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "cli/cliexitcode.h"
#include "cli/outputformat.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;
class QObject;

namespace meterscope {

class ApiClient;
class SeriesCache;
class SeriesRepository;
class ResultTable;

// What a running CLI command works with: the API client, the output settings, and the one way to
// end — print a result (to stdout or --output) and exit 0, or print one error line and exit non-zero.
class CliContext
{
public:
    struct Settings
    {
        OutputFormat format = OutputFormat::Table;
        QString outputPath; // empty = stdout
        QUrl baseUrl;
        QStringList arguments; // the command line without the program, for provenance
        QString cachePath;     // the account's local cache; empty: none
    };
    // Called once with the exit code and, for failures, the error line.
    using Finish = std::function<void(CliExitCode code, const QString &errorLine)>;

    CliContext(ApiClient *api, QObject *guard, const Settings &settings, Finish finish);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    // nullptr for commands that do not need the API.
    [[nodiscard]] ApiClient *api() const { return m_api; }
    // The data path through the account's local cache (opened on first use; without `withCache` or
    // without a cache path, the API only). A cache that cannot be used is said once on stderr.
    [[nodiscard]] SeriesRepository *repository(bool withCache);
    // The context object for API callbacks: alive until the command finished.
    [[nodiscard]] QObject *guard() const { return m_guard; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] OutputFormat format() const { return m_settings.format; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // Formats `table` in the chosen format, writes it, exits 0 (5 when the output cannot be written).
    void finishWith(const ResultTable &table);
    // Lets `write` produce the output on the output device (stdout or a QSaveFile), then exits as above.
    void finishWithWriter(const std::function<bool(QIODevice *device, QString *error)> &write);
    // Lets `write` produce the file at --output itself (a workbook), then exits 0, or 5 with its error.
    void finishWithFile(const std::function<bool(const QString &path, QString *error)> &write);
    // The API error's sentence (and its detail in parentheses), exit code by kind.
    void fail(const ApiError &error);
    void fail(CliExitCode code, const QString &message);

    // An API handler that fails on error or else finishes with toTable(value).
    template <typename Value, typename ToTable>
    std::function<void(const Value &, const ApiError &)> resultHandler(ToTable toTable)
    {
        return [this, toTable](const Value &value, const ApiError &error) {
            if (error.isError())
                fail(error);
            else
                finishWith(toTable(value));
        };
    }

private:
    void end(CliExitCode code, const QString &errorLine);

    ApiClient *m_api;
    std::unique_ptr<SeriesCache> m_cache;
    std::unique_ptr<SeriesRepository> m_repository;
    QObject *m_guard;
    Settings m_settings;
    Finish m_finish;
    bool m_finished = false;
};

} // namespace meterscope
