// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvwriter.h"

#include "export/csvfield.h"
#include "export/csvrowtext.h"
#include "export/decimaltext.h"
#include "export/isotimestampwriter.h"

#include <QIODevice>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>
#include <limits>
#include <utility>

namespace meterscope {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

// One provenance record: `#key,value`, an RFC 4180 record whose first field starts with '#'. Line
// breaks inside values become spaces, so that line-based readers that skip '#' lines skip it whole.
void appendHeaderLine(QByteArray *header, const QString &key, const QString &value, char separator)
{
    if (value.isEmpty())
        return;
    QString line = value;
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    *header += csvField(u'#' + key, separator) + separator + csvField(line, separator) + '\n';
}

// writeDecimal() in the dialect's decimal mark.
char *writeNumber(char *out, double value, char decimalMark)
{
    char *const begin = out;
    out = writeDecimal(out, value);
    if (decimalMark != '.') {
        if (char *point = static_cast<char *>(std::memchr(begin, '.', size_t(out - begin))))
            *point = decimalMark;
    }
    return out;
}

QString nameWithId(const QString &id, const QString &name)
{
    if (name.isEmpty() || name == id)
        return id;
    if (id.isEmpty())
        return name;
    return id + QStringLiteral(" (") + name + u')';
}

} // namespace

CsvWriter::CsvWriter(QObject *parent) : QObject(parent) {}

CsvWriter::~CsvWriter()
{
    cancel();
    m_running.waitForFinished();
}

void CsvWriter::setLayout(Layout layout)
{
    m_layout = layout;
}

void CsvWriter::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void CsvWriter::setDialect(const CsvDialect &dialect)
{
    m_dialect = dialect;
}

void CsvWriter::setProvenance(const CsvProvenance &provenance)
{
    m_provenance = provenance;
}

void CsvWriter::addSeries(Series series, const QString &meterName, const QString &label)
{
    // The points move to an owner of their own; the rest of `series` is what the header says of it.
    auto owned = std::make_shared<Series>();
    owned->utcMs = std::exchange(series.utcMs, {});
    owned->values = std::exchange(series.values, {});
    series.updatedAtUtcMs = {};
    Points points{owned->utcMs, owned->values, owned};
    addSeries(std::move(series), std::move(points), meterName, label);
}

void CsvWriter::addSeries(Series info, Points points, const QString &meterName, const QString &label)
{
    Q_ASSERT(points.utcMs.size() == points.values.size());
    Q_ASSERT(points.coverage.empty() || points.coverage.size() == points.utcMs.size());
    Q_ASSERT(points.negativeIntervals.empty() || points.negativeIntervals.size() == points.coverage.size());
    m_entries.push_back(Entry{std::move(info), std::move(points), meterName, label});
}

void CsvWriter::clearSeries()
{
    m_entries.clear();
}

qint64 CsvWriter::pointCount() const
{
    qint64 count = 0;
    for (const Entry &entry : m_entries)
        count += qint64(entry.points.utcMs.size());
    return count;
}

QString CsvWriter::columnLabel(const Entry &entry) const
{
    if (!entry.label.isEmpty())
        return entry.label;
    const Series &series = entry.series;
    QString label = series.name.isEmpty() ? series.measurementId : series.name;
    if (!series.unit.isEmpty())
        label += QStringLiteral(" (") + series.unit + u')';
    QSet<QString> meters;
    for (const Entry &other : m_entries)
        meters.insert(other.series.meterId);
    if (meters.size() > 1)
        label = (entry.meterName.isEmpty() ? series.meterId : entry.meterName) + u' ' + label;
    return label;
}

QByteArray CsvWriter::provenanceText() const
{
    const CsvProvenance &p = m_provenance;
    const char separator = m_dialect.separator;
    const auto appendHeaderLine = [separator](QByteArray *header, const QString &key, const QString &value) {
        ::meterscope::appendHeaderLine(header, key, value, separator);
    };
    IsoTimestampWriter timestamps(m_zone);
    QByteArray header;
    appendHeaderLine(&header, QStringLiteral("meterscope"), QStringLiteral(MS_VERSION));
    appendHeaderLine(&header, QStringLiteral("source"), p.sourceHost);
    appendHeaderLine(&header, QStringLiteral("site"), nameWithId(p.siteId, p.siteName));
    appendHeaderLine(&header, QStringLiteral("zone"), QString::fromUtf8(m_zone.id()));
    appendHeaderLine(&header, QStringLiteral("granularity"), p.granularity);
    if (p.from.isValid() && p.to.isValid()) {
        appendHeaderLine(&header, QStringLiteral("range"),
                         timestamps.localText(p.from.toMSecsSinceEpoch()) + QStringLiteral(" to ") +
                             timestamps.localText(p.to.toMSecsSinceEpoch()) +
                             QStringLiteral(" (end exclusive)"));
    }
    const QDateTime generated = p.generatedAt.isValid() ? p.generatedAt : QDateTime::currentDateTimeUtc();
    appendHeaderLine(&header, QStringLiteral("generated-at"),
                     timestamps.utcText(generated.toMSecsSinceEpoch()));
    if (p.dataAsOfUtcMs)
        appendHeaderLine(&header, QStringLiteral("data-as-of"), timestamps.utcText(*p.dataAsOfUtcMs));
    if (p.coveragePercent)
        appendHeaderLine(&header, QStringLiteral("coverage"), decimalText(*p.coveragePercent) + u'%');
    int number = 0;
    for (const Entry &entry : m_entries) {
        const Series &s = entry.series;
        QString text = QStringLiteral("meter ") + nameWithId(s.meterId, entry.meterName) +
                       QStringLiteral(", measurement ") + nameWithId(s.measurementId, s.name);
        if (!s.unit.isEmpty())
            text += QStringLiteral(", unit ") + s.unit;
        if (!s.interval.isEmpty())
            text += QStringLiteral(", interval ") + s.interval;
        if (m_layout == Layout::Aligned)
            text += QStringLiteral(", column \"") + columnLabel(entry) + u'"';
        appendHeaderLine(&header, QStringLiteral("series %1").arg(++number), text);
    }
    appendHeaderLine(&header, QStringLiteral("command"), p.command);
    for (const QString &note : p.notes)
        appendHeaderLine(&header, QStringLiteral("note"), note);
    return header;
}

QByteArray CsvWriter::columnsText() const
{
    const char sep = m_dialect.separator;
    QByteArray header = m_dialect.isSpreadsheet()
                            ? QByteArray("local time") + sep + "UTC offset" + sep + "zone" + sep + "UTC time"
                            : QByteArray("utc,local,zone");
    const auto add = [&](const QString &label) { header += sep + csvField(label, sep); };
    if (m_layout == Layout::OneRowPerPoint) {
        for (const char *key : {"value", "unit", "meterId", "measurementId"})
            add(QString::fromLatin1(key));
    } else {
        for (const Entry &entry : m_entries) {
            const QString label = columnLabel(entry);
            add(label);
            if (!entry.points.coverage.empty()) {
                add(label + QStringLiteral(" coverage (%)"));
                add(label + QStringLiteral(" partial"));
                add(label + QStringLiteral(" negative intervals"));
            }
        }
    }
    header += '\n';
    return header;
}

CsvWriter::Status CsvWriter::write(QIODevice *device, QString *error)
{
    m_rowsWritten = 0;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return Status::Failed;
    };
    const bool spreadsheet = m_dialect.isSpreadsheet();
    const char sep = m_dialect.separator;
    const char decimalMark = m_dialect.decimalMark;
    // Scripts get the provenance first; a spreadsheet gets the header in its first row.
    const QByteArray header =
        spreadsheet ? QByteArray("\xEF\xBB\xBF") + columnsText() : provenanceText() + columnsText();
    if (device->write(header) != header.size())
        return fail(device->errorString());

    const qint64 total = pointCount();
    const CsvRowText zoneCell(sep + csvField(QString::fromUtf8(m_zone.id()), sep));
    std::vector<CsvRowText> suffixes; // OneRowPerPoint: ",unit,meterId,measurementId\n" per series
    qsizetype longestSuffix = 0;
    for (const Entry &entry : m_entries) {
        const Series &s = entry.series;
        suffixes.emplace_back(sep + csvField(s.unit, sep) + sep + csvField(s.meterId, sep) + sep +
                              csvField(s.measurementId, sep) + '\n');
        longestSuffix = std::max(longestSuffix, suffixes.back().size());
    }
    const qsizetype longestRow = 2 * IsoTimestampWriter::kMaxLength + 8 + zoneCell.size() + longestSuffix +
                                 qsizetype(m_entries.size() + 1) * (3 * kMaxDecimalLength + 9) + 2 +
                                 CsvRowText::kShortCopy;
    std::vector<char> buffer(size_t(kFlushBytes + longestRow));
    char *const begin = buffer.data();
    char *out = begin;
    qint64 pointsDone = 0;
    qint64 rows = 0;
    IsoTimestampWriter timestamps(m_zone);

    const auto flush = [&]() -> Status {
        if (m_cancelRequested.load(std::memory_order_relaxed))
            return Status::Cancelled;
        if (device->write(begin, out - begin) != out - begin)
            return fail(device->errorString());
        out = begin;
        m_rowsWritten = rows;
        Q_EMIT progress(pointsDone, total);
        return Status::Ok;
    };
    // "utc,local,zone" or "local time;offset;zone;utc time"; the value cells follow, each after its
    // separator.
    const auto writeTimes = [&](qint64 utcMs) {
        if (spreadsheet) {
            out = timestamps.writeLocalPlain(out, utcMs);
            *out++ = sep;
            // "UTC+02:00": "+02:00" alone would be read as a time of day.
            *out++ = 'U';
            *out++ = 'T';
            *out++ = 'C';
            out = timestamps.writeOffset(out, utcMs);
            out = zoneCell.appendTo(out);
            *out++ = sep;
            out = timestamps.writeUtcPlain(out, utcMs);
        } else {
            out = timestamps.writeUtc(out, utcMs);
            *out++ = ',';
            out = timestamps.writeLocal(out, utcMs);
            out = zoneCell.appendTo(out);
        }
    };

    if (m_layout == Layout::OneRowPerPoint) {
        for (size_t k = 0; k < m_entries.size(); ++k) {
            const Points &s = m_entries[k].points;
            const CsvRowText &suffix = suffixes[k];
            for (size_t i = 0; i < s.utcMs.size(); ++i) {
                writeTimes(s.utcMs[i]);
                *out++ = sep;
                out = writeNumber(out, s.values[i], decimalMark);
                out = suffix.appendTo(out);
                ++rows;
                ++pointsDone;
                if (out - begin >= kFlushBytes) {
                    if (const Status status = flush(); status != Status::Ok)
                        return status;
                }
            }
        }
    } else {
        std::vector<size_t> next(m_entries.size(), 0);
        for (;;) {
            qint64 utcMs = std::numeric_limits<qint64>::max();
            for (size_t k = 0; k < m_entries.size(); ++k) {
                const Points &s = m_entries[k].points;
                if (next[k] < s.utcMs.size())
                    utcMs = std::min(utcMs, s.utcMs[next[k]]);
            }
            if (utcMs == std::numeric_limits<qint64>::max())
                break;
            writeTimes(utcMs);
            for (size_t k = 0; k < m_entries.size(); ++k) {
                const Points &s = m_entries[k].points;
                *out++ = sep;
                const bool here = next[k] < s.utcMs.size() && s.utcMs[next[k]] == utcMs;
                if (here)
                    out = writeNumber(out, s.values[next[k]], decimalMark);
                if (!s.coverage.empty()) {
                    *out++ = sep;
                    if (here)
                        out = writeNumber(out, std::min(1.0, s.coverage[next[k]]) * 100.0, decimalMark);
                    *out++ = sep;
                    if (here) {
                        const bool partial = s.coverage[next[k]] < 1.0;
                        if (spreadsheet) { // a number a formula can count
                            *out++ = partial ? '1' : '0';
                        } else {
                            std::memcpy(out, partial ? "true" : "false", partial ? 4 : 5);
                            out += partial ? 4 : 5;
                        }
                    }
                    *out++ = sep;
                    if (here)
                        out = writeDecimal(
                            out, double(s.negativeIntervals.empty() ? 0 : s.negativeIntervals[next[k]]));
                }
                if (here) {
                    ++next[k];
                    ++pointsDone;
                }
            }
            *out++ = '\n';
            ++rows;
            if (out - begin >= kFlushBytes) {
                if (const Status status = flush(); status != Status::Ok)
                    return status;
            }
        }
    }
    if (const Status status = flush(); status != Status::Ok || !spreadsheet)
        return status;
    // A spreadsheet's provenance: below the rows, after an empty line.
    const QByteArray provenance = '\n' + provenanceText();
    if (device->write(provenance) != provenance.size())
        return fail(device->errorString());
    return Status::Ok;
}

CsvWriter::Status CsvWriter::writeFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return Status::Failed;
    }
    QString why;
    const Status status = write(&file, &why);
    if (status != Status::Ok) {
        file.cancelWriting(); // the temporary file is removed; `path` is left as it was
        if (error && status == Status::Failed)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, why);
        return status;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return Status::Failed;
    }
    return Status::Ok;
}

void CsvWriter::startWriteFile(const QString &path)
{
    m_running.waitForFinished();
    m_cancelRequested = false;
    m_running = QtConcurrent::run([this, path] {
        QString error;
        const Status status = writeFile(path, &error);
        Q_EMIT finished(status, error);
    });
}

void CsvWriter::cancel()
{
    m_cancelRequested = true;
}

bool CsvWriter::isRunning() const
{
    return m_running.isRunning();
}

} // namespace meterscope
