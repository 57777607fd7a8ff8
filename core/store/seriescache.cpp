// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/seriescache.h"

#include "store/recordcodec.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace meterscope {

Q_LOGGING_CATEGORY(lcCache, "meterscope.cache")

namespace {
constexpr int kSchemaVersion = 1;
const char *const kSitesScope = "sites";

QString metersScope(const QString &siteId)
{
    return QStringLiteral("meters:") + siteId;
}

// One stored span of a series with its points.
struct Chunk
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 fetchedAtMs = 0;
    std::vector<qint64> utcMs;
    std::vector<double> values;
    std::vector<qint64> updatedAtUtcMs;

    // The points of this chunk inside [from, to), keeping its stamp.
    [[nodiscard]] Chunk sliced(qint64 from, qint64 to) const
    {
        Chunk part;
        part.fromMs = std::max(fromMs, from);
        part.toMs = std::min(toMs, to);
        part.fetchedAtMs = fetchedAtMs;
        const auto begin = std::lower_bound(utcMs.begin(), utcMs.end(), part.fromMs);
        const auto end = std::lower_bound(begin, utcMs.end(), part.toMs);
        const auto first = begin - utcMs.begin();
        const auto last = end - utcMs.begin();
        part.utcMs.assign(begin, end);
        part.values.assign(values.begin() + first, values.begin() + last);
        part.updatedAtUtcMs.assign(updatedAtUtcMs.begin() + first, updatedAtUtcMs.begin() + last);
        return part;
    }
};

Chunk chunkFromSeries(const Series &series, qint64 from, qint64 to, qint64 fetchedAt)
{
    Chunk all;
    all.fromMs = from;
    all.toMs = to;
    all.fetchedAtMs = fetchedAt;
    const size_t n = std::min(series.utcMs.size(), series.values.size());
    all.utcMs.assign(series.utcMs.begin(), series.utcMs.begin() + qsizetype(n));
    all.values.assign(series.values.begin(), series.values.begin() + qsizetype(n));
    all.updatedAtUtcMs.assign(n, 0);
    std::copy_n(series.updatedAtUtcMs.begin(), std::min(n, series.updatedAtUtcMs.size()),
                all.updatedAtUtcMs.begin());
    return all.sliced(from, to);
}

const char *const kSelectChunks =
    "SELECT from_ms, to_ms, fetched_at, count, times, vals, updated FROM chunks "
    "WHERE series_key = ? AND interval = ? AND from_ms < ? AND to_ms > ? ORDER BY from_ms";

std::optional<Chunk> chunkFromRow(const QSqlQuery &query)
{
    Chunk chunk;
    chunk.fromMs = query.value(0).toLongLong();
    chunk.toMs = query.value(1).toLongLong();
    chunk.fetchedAtMs = query.value(2).toLongLong();
    const size_t count = size_t(std::max<qint64>(0, query.value(3).toLongLong()));
    auto times = recordcodec::decodeArray<qint64>(query.value(4).toByteArray(), count);
    auto values = recordcodec::decodeArray<double>(query.value(5).toByteArray(), count);
    auto updated = recordcodec::decodeArray<qint64>(query.value(6).toByteArray(), count);
    if (!times || !values || !updated)
        return std::nullopt;
    chunk.utcMs = std::move(*times);
    chunk.values = std::move(*values);
    chunk.updatedAtUtcMs = std::move(*updated);
    return chunk;
}
} // namespace

SeriesCache::SeriesCache(const QString &databasePath) : m_path(databasePath)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("meterscope-cache-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!open() && m_damaged)
        rebuild();
}

bool SeriesCache::open()
{
    m_damaged = false;
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another process (the GUI and the CLI share a cache) may be writing: wait for it a little.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open())
        return m_open =
                   fail(QCoreApplication::translate("SeriesCache", "open the cache"), db.lastError().text());
    m_open = true;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        m_open = fail(QCoreApplication::translate("SeriesCache", "read the cache version"),
                      version.lastError().text());
        return false;
    }
    const int storedVersion = version.value(0).toInt();
    version.finish(); // an open statement would keep the tables locked
    bool ok = true;
    if (storedVersion != kSchemaVersion) {
        // An older or foreign layout: a cache can always be rebuilt from the API.
        for (const char *table : {"records", "stamps", "series", "chunks"})
            ok = ok && exec(QStringLiteral("DROP TABLE IF EXISTS ") + QLatin1String(table));
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // records: the site list (scope "sites"), each site's meters (scope "meters:<site id>") and the
    // series each query returned (scope "query:<query key>").
    m_open =
        ok &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS records(scope TEXT NOT NULL, id TEXT NOT NULL, "
                            "position INTEGER NOT NULL, record BLOB NOT NULL, PRIMARY KEY(scope, id))")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS stamps(scope TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL)")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS series(series_key TEXT NOT NULL, interval TEXT NOT NULL, "
            "site_id TEXT, meter_id TEXT, measurement_id TEXT, name TEXT, unit TEXT, "
            "commodity INTEGER, PRIMARY KEY(series_key, interval))")) &&
        exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS chunks(series_key TEXT NOT NULL, interval TEXT NOT NULL, "
            "from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, fetched_at INTEGER NOT NULL, "
            "count INTEGER NOT NULL, times BLOB, vals BLOB, updated BLOB, "
            "PRIMARY KEY(series_key, interval, from_ms))")) &&
        exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    return m_open;
}

void SeriesCache::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

SeriesCache::~SeriesCache()
{
    close();
}

bool SeriesCache::rebuild()
{
    close();
    const QString damaged = m_error;
    if (m_path != QLatin1String(":memory:") && !removeFiles(m_path)) {
        m_error = QCoreApplication::translate("SeriesCache", "Could not delete the damaged cache file %1")
                      .arg(m_path);
        return false;
    }
    if (!open())
        return false;
    qCWarning(lcCache).noquote() << "cache rebuilt:" << damaged;
    return true;
}

bool SeriesCache::removeFiles(const QString &databasePath)
{
    bool ok = true;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = databasePath + QLatin1String(suffix);
        if (QFile::exists(file))
            ok = QFile::remove(file) && ok;
    }
    return ok;
}

qint64 SeriesCache::sizeOnDisk(const QString &databasePath)
{
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal"})
        bytes += QFileInfo(databasePath + QLatin1String(suffix)).size();
    return bytes;
}

qint64 SeriesCache::sizeOnDisk() const
{
    return sizeOnDisk(m_path);
}

bool SeriesCache::fail(const QString &what, const QString &detail) const
{
    m_error = QCoreApplication::translate("SeriesCache", "Could not %1: %2").arg(what, detail);
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")) ||
        lower.contains(QLatin1String("disk image")))
        m_damaged = true;
    return false;
}

bool SeriesCache::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement))
        return fail(QCoreApplication::translate("SeriesCache", "update the cache"), query.lastError().text());
    return true;
}

bool SeriesCache::storeRecords(const QString &scope, const QList<std::pair<QString, QByteArray>> &records,
                               qint64 fetchedAtUtcMs)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    bool ok = query.prepare(QStringLiteral("DELETE FROM records WHERE scope = ?"));
    query.addBindValue(scope);
    ok = ok && query.exec();
    ok = ok && query.prepare(QStringLiteral(
                   "INSERT OR REPLACE INTO records(scope, id, position, record) VALUES(?, ?, ?, ?)"));
    for (qsizetype i = 0; ok && i < records.size(); ++i) {
        query.addBindValue(scope);
        query.addBindValue(records.at(i).first);
        query.addBindValue(i);
        query.addBindValue(records.at(i).second);
        ok = query.exec();
    }
    ok = ok && query.prepare(QStringLiteral("INSERT OR REPLACE INTO stamps(scope, fetched_at) VALUES(?, ?)"));
    if (ok) {
        query.addBindValue(scope);
        query.addBindValue(fetchedAtUtcMs);
        ok = query.exec();
    }
    if (!ok) {
        db.rollback();
        return fail(QStringLiteral("store %1").arg(scope), query.lastError().text());
    }
    return db.commit();
}

QList<QByteArray> SeriesCache::records(const QString &scope) const
{
    QList<QByteArray> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT record FROM records WHERE scope = ? ORDER BY position"));
    query.addBindValue(scope);
    if (!m_open || !query.exec())
        return result;
    while (query.next())
        result.append(query.value(0).toByteArray());
    return result;
}

std::optional<qint64> SeriesCache::fetchedAt(const QString &scope) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT fetched_at FROM stamps WHERE scope = ?"));
    query.addBindValue(scope);
    if (!m_open || !query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool SeriesCache::storeSites(const QList<Site> &sites, qint64 fetchedAtUtcMs)
{
    QList<std::pair<QString, QByteArray>> records;
    for (const Site &site : sites)
        records.append({site.id, recordcodec::encodeSite(site)});
    return storeRecords(QLatin1String(kSitesScope), records, fetchedAtUtcMs);
}

QList<Site> SeriesCache::sites() const
{
    QList<Site> result;
    for (const QByteArray &record : records(QLatin1String(kSitesScope))) {
        if (auto site = recordcodec::decodeSite(record))
            result.append(*site);
    }
    return result;
}

std::optional<qint64> SeriesCache::sitesFetchedAt() const
{
    return fetchedAt(QLatin1String(kSitesScope));
}

bool SeriesCache::storeSite(const Site &site, qint64 fetchedAtUtcMs)
{
    return storeRecords(QStringLiteral("site:") + site.id, {{site.id, recordcodec::encodeSite(site)}},
                        fetchedAtUtcMs);
}

std::optional<std::pair<Site, qint64>> SeriesCache::site(const QString &siteId) const
{
    const QString scope = QStringLiteral("site:") + siteId;
    const QList<QByteArray> single = records(scope);
    if (!single.isEmpty()) {
        if (auto found = recordcodec::decodeSite(single.front()))
            return std::pair{*found, fetchedAt(scope).value_or(0)};
    }
    for (const Site &listed : sites()) {
        if (listed.id == siteId)
            return std::pair{listed, sitesFetchedAt().value_or(0)};
    }
    return std::nullopt;
}

bool SeriesCache::storeMeter(const QString &siteId, const Meter &meter, qint64 fetchedAtUtcMs)
{
    return storeRecords(QStringLiteral("meter:") + siteId + u'/' + meter.id,
                        {{meter.id, recordcodec::encodeMeter(meter)}}, fetchedAtUtcMs);
}

std::optional<std::pair<Meter, qint64>> SeriesCache::meter(const QString &siteId,
                                                           const QString &meterId) const
{
    const QString scope = QStringLiteral("meter:") + siteId + u'/' + meterId;
    const QList<QByteArray> single = records(scope);
    if (!single.isEmpty()) {
        if (auto found = recordcodec::decodeMeter(single.front()))
            return std::pair{*found, fetchedAt(scope).value_or(0)};
    }
    for (const Meter &listed : meters(siteId)) {
        if (listed.id == meterId)
            return std::pair{listed, metersFetchedAt(siteId).value_or(0)};
    }
    return std::nullopt;
}

bool SeriesCache::storeMeters(const QString &siteId, const QList<Meter> &meters, qint64 fetchedAtUtcMs)
{
    QList<std::pair<QString, QByteArray>> records;
    for (const Meter &meter : meters)
        records.append({meter.id, recordcodec::encodeMeter(meter)});
    return storeRecords(metersScope(siteId), records, fetchedAtUtcMs);
}

QList<Meter> SeriesCache::meters(const QString &siteId) const
{
    QList<Meter> result;
    for (const QByteArray &record : records(metersScope(siteId))) {
        if (auto meter = recordcodec::decodeMeter(record))
            result.append(*meter);
    }
    return result;
}

std::optional<qint64> SeriesCache::metersFetchedAt(const QString &siteId) const
{
    return fetchedAt(metersScope(siteId));
}

bool SeriesCache::storeSeries(const Series &series, qint64 fromMs, qint64 toMs, qint64 fetchedAtUtcMs)
{
    if (!m_open || toMs <= fromMs)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    bool ok = query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO series(series_key, interval, site_id, meter_id, "
                       "measurement_id, name, unit, commodity) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(series.key), QVariant(series.interval), QVariant(series.siteId), QVariant(series.meterId),
          QVariant(series.measurementId), QVariant(series.name), QVariant(series.unit),
          QVariant(int(series.commodity))})
        query.addBindValue(value);
    ok = ok && query.exec();

    // Cut what the cache holds inside [from, to) out of the chunks that overlap it.
    std::vector<Chunk> kept;
    ok = ok && query.prepare(QLatin1String(kSelectChunks));
    if (ok) {
        for (const QVariant &value :
             {QVariant(series.key), QVariant(series.interval), QVariant(toMs), QVariant(fromMs)})
            query.addBindValue(value);
        ok = query.exec();
    }
    while (ok && query.next()) {
        const std::optional<Chunk> old = chunkFromRow(query);
        if (!old)
            continue; // unreadable: dropped below and fetched again later
        if (old->fromMs < fromMs)
            kept.push_back(old->sliced(old->fromMs, fromMs));
        if (old->toMs > toMs)
            kept.push_back(old->sliced(toMs, old->toMs));
    }
    ok = ok && query.prepare(QStringLiteral(
                   "DELETE FROM chunks WHERE series_key = ? AND interval = ? AND from_ms < ? AND to_ms > ?"));
    if (ok) {
        for (const QVariant &value :
             {QVariant(series.key), QVariant(series.interval), QVariant(toMs), QVariant(fromMs)})
            query.addBindValue(value);
        ok = query.exec();
    }
    kept.push_back(chunkFromSeries(series, fromMs, toMs, fetchedAtUtcMs));
    ok = ok && query.prepare(QStringLiteral(
                   "INSERT INTO chunks(series_key, interval, from_ms, to_ms, fetched_at, count, "
                   "times, vals, updated) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Chunk &chunk : kept) {
        if (!ok)
            break;
        for (const QVariant &value :
             {QVariant(series.key), QVariant(series.interval), QVariant(chunk.fromMs), QVariant(chunk.toMs),
              QVariant(chunk.fetchedAtMs), QVariant(qint64(chunk.utcMs.size())),
              QVariant(recordcodec::encodeArray<qint64>(chunk.utcMs)),
              QVariant(recordcodec::encodeArray<double>(chunk.values)),
              QVariant(recordcodec::encodeArray<qint64>(chunk.updatedAtUtcMs))})
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        const QString detail = query.lastError().text();
        db.rollback();
        return fail(QCoreApplication::translate("SeriesCache", "store series data"), detail);
    }
    return db.commit();
}

CachedSeries SeriesCache::loadSeries(const QString &seriesKey, const QString &interval, qint64 fromMs,
                                     qint64 toMs, const FreshnessPolicy &policy) const
{
    CachedSeries result;
    result.series.key = seriesKey;
    result.series.interval = interval;
    if (toMs <= fromMs)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT site_id, meter_id, measurement_id, name, unit, commodity FROM series "
                       "WHERE series_key = ? AND interval = ?"));
    query.addBindValue(seriesKey);
    query.addBindValue(interval);
    if (m_open && !query.exec())
        fail(QCoreApplication::translate("SeriesCache", "read series data"), query.lastError().text());
    if (!m_open || !query.isActive() || !query.next()) {
        result.missing.append({fromMs, toMs});
        return result;
    }
    Series &series = result.series;
    series.siteId = query.value(0).toString();
    series.meterId = query.value(1).toString();
    series.measurementId = query.value(2).toString();
    series.name = query.value(3).toString();
    series.unit = query.value(4).toString();
    series.commodity = Commodity(query.value(5).toInt());

    query.prepare(QLatin1String(kSelectChunks));
    for (const QVariant &value : {QVariant(seriesKey), QVariant(interval), QVariant(toMs), QVariant(fromMs)})
        query.addBindValue(value);
    if (!query.exec()) {
        fail(QCoreApplication::translate("SeriesCache", "read series data"), query.lastError().text());
        result.series.utcMs.clear();
        result.missing = {{fromMs, toMs}};
        return result;
    }
    // Chunks come in order and never overlap: every stretch between fresh chunks (never fetched,
    // or stale) is one missing span, so a stale chunk next to a gap makes a single request.
    qint64 coveredUntil = fromMs;
    while (query.next()) {
        const std::optional<Chunk> stored = chunkFromRow(query);
        if (!stored)
            continue;
        const Chunk part = stored->sliced(fromMs, toMs);
        series.utcMs.insert(series.utcMs.end(), part.utcMs.begin(), part.utcMs.end());
        series.values.insert(series.values.end(), part.values.begin(), part.values.end());
        series.updatedAtUtcMs.insert(series.updatedAtUtcMs.end(), part.updatedAtUtcMs.begin(),
                                     part.updatedAtUtcMs.end());
        result.oldestFetchedAtUtcMs =
            std::min(result.oldestFetchedAtUtcMs.value_or(part.fetchedAtMs), part.fetchedAtMs);
        result.newestFetchedAtUtcMs =
            std::max(result.newestFetchedAtUtcMs.value_or(part.fetchedAtMs), part.fetchedAtMs);
        if (!policy.hadSettled(stored->toMs, stored->fetchedAtMs))
            result.oldestUnsettledFetchedAtUtcMs =
                std::min(result.oldestUnsettledFetchedAtUtcMs.value_or(part.fetchedAtMs), part.fetchedAtMs);
        if (!policy.isFresh(stored->toMs, stored->fetchedAtMs))
            continue;
        if (part.fromMs > coveredUntil)
            result.missing.append({coveredUntil, part.fromMs});
        coveredUntil = std::max(coveredUntil, part.toMs);
    }
    if (query.lastError().isValid()) { // the file broke while it was read: trust none of it
        fail(QCoreApplication::translate("SeriesCache", "read series data"), query.lastError().text());
        CachedSeries none;
        none.series.key = seriesKey;
        none.series.interval = interval;
        none.missing = {{fromMs, toMs}};
        return none;
    }
    if (coveredUntil < toMs)
        result.missing.append({coveredUntil, toMs});
    return result;
}

namespace {
QString queryScope(const QString &queryKey)
{
    return QStringLiteral("query:") + queryKey;
}
} // namespace

bool SeriesCache::storeQuerySeries(const QString &queryKey,
                                   const QList<std::pair<QString, QString>> &keysAndIntervals,
                                   qint64 fetchedAtUtcMs)
{
    QList<std::pair<QString, QByteArray>> records;
    for (const auto &[key, interval] : keysAndIntervals)
        records.append({key, interval.toUtf8()});
    return storeRecords(queryScope(queryKey), records, fetchedAtUtcMs);
}

QList<std::pair<QString, QString>> SeriesCache::querySeries(const QString &queryKey) const
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, record FROM records WHERE scope = ? ORDER BY position"));
    query.addBindValue(queryScope(queryKey));
    if (!m_open || !query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), QString::fromUtf8(query.value(1).toByteArray())});
    return result;
}

bool SeriesCache::clear()
{
    return m_open && exec(QStringLiteral("DELETE FROM records")) &&
           exec(QStringLiteral("DELETE FROM stamps")) && exec(QStringLiteral("DELETE FROM series")) &&
           exec(QStringLiteral("DELETE FROM chunks")) && exec(QStringLiteral("VACUUM")) &&
           exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace meterscope
