// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/meter.h"
#include "domain/series.h"
#include "domain/site.h"
#include "store/cachedseries.h"
#include "store/freshnesspolicy.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace meterscope {

// The local cache (design.md decision 9): sites, meters and fetched series chunks in one SQLite
// file, each with the UTC time it was fetched ("as of"), so a view reopens instantly and offline
// and only missing or stale spans go to the API. One cache file per account (the caller picks
// the path); ":memory:" gives a throw-away cache.
//
// Series are kept per (timeseries key, API interval) as chunks: one row per fetched span with the
// points packed as arrays, so a meter-year loads in a few reads. Chunks never overlap: storing a
// span replaces what the cache held inside it (points the API no longer returns disappear) and
// keeps the rest with its own stamp.
//
// Like every Qt SQL connection, an instance belongs to the thread that created it.
class SeriesCache
{
public:
    explicit SeriesCache(const QString &databasePath);
    ~SeriesCache();
    Q_DISABLE_COPY_MOVE(SeriesCache)

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    // The bytes the cache takes on disk (the database and its write-ahead log).
    [[nodiscard]] qint64 sizeOnDisk() const;
    static qint64 sizeOnDisk(const QString &databasePath);
    // Deletes a cache file with its write-ahead log (no instance may have it open).
    static bool removeFiles(const QString &databasePath);
    // True when the last failure means the file is damaged (not a database, malformed): the
    // caller rebuilds it with rebuild().
    [[nodiscard]] bool isDamaged() const { return m_damaged; }
    // Starts again from an empty file (the old one is deleted). False if even that fails.
    bool rebuild();

    // The portfolio: storing replaces the whole list.
    bool storeSites(const QList<Site> &sites, qint64 fetchedAtUtcMs);
    [[nodiscard]] QList<Site> sites() const;
    [[nodiscard]] std::optional<qint64> sitesFetchedAt() const;

    // One site fetched on its own (the command line asks for one site): kept apart from the list.
    bool storeSite(const Site &site, qint64 fetchedAtUtcMs);
    // The site as last fetched on its own or in the list, with the time it was fetched.
    [[nodiscard]] std::optional<std::pair<Site, qint64>> site(const QString &siteId) const;

    // The meters of one site: storing replaces that site's list.
    bool storeMeters(const QString &siteId, const QList<Meter> &meters, qint64 fetchedAtUtcMs);
    [[nodiscard]] QList<Meter> meters(const QString &siteId) const;
    [[nodiscard]] std::optional<qint64> metersFetchedAt(const QString &siteId) const;
    // One meter fetched on its own, kept apart from the site's list; meter() looks in both.
    bool storeMeter(const QString &siteId, const Meter &meter, qint64 fetchedAtUtcMs);
    [[nodiscard]] std::optional<std::pair<Meter, qint64>> meter(const QString &siteId,
                                                                const QString &meterId) const;

    // A fetched span [fromMs, toMs) of a series (its points outside the span are ignored).
    bool storeSeries(const Series &series, qint64 fromMs, qint64 toMs, qint64 fetchedAtUtcMs);
    // What the cache has for [fromMs, toMs) and what is missing or stale under `policy`.
    [[nodiscard]] CachedSeries loadSeries(const QString &seriesKey, const QString &interval, qint64 fromMs,
                                          qint64 toMs, const FreshnessPolicy &policy) const;

    // The series one query returned, with each one's interval name, in the order they came. The
    // query key is the caller's (it names the endpoint, site, meter, measurements and interval).
    bool storeQuerySeries(const QString &queryKey, const QList<std::pair<QString, QString>> &keysAndIntervals,
                          qint64 fetchedAtUtcMs);
    [[nodiscard]] QList<std::pair<QString, QString>> querySeries(const QString &queryKey) const;

    // Drops everything (sign-out, or "clear cache").
    bool clear();

private:
    bool storeRecords(const QString &scope, const QList<std::pair<QString, QByteArray>> &records,
                      qint64 fetchedAtUtcMs);
    [[nodiscard]] QList<QByteArray> records(const QString &scope) const;
    [[nodiscard]] std::optional<qint64> fetchedAt(const QString &scope) const;
    bool exec(const QString &statement);
    bool fail(const QString &what, const QString &detail) const;
    bool open();
    void close();

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    mutable bool m_damaged = false;
    mutable QString m_error;
};

} // namespace meterscope
