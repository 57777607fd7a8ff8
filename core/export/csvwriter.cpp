// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvwriter.h"

#include "export/csvfield.h"
#include "export/csvrowtext.h"
#include "export/decimaltext.h"
#include "export/isotimestampwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>
#include <QSet>

#include <cstring>
#include <limits>
#include <utility>

namespace meterscope {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

// One provenance record. For scripts: `#key,value`, an RFC 4180 record whose first field starts with
// '#'. For a spreadsheet: one cell, `#key: value`, text whatever the value (a site id of digits, a
// coverage of "99.3%" or a version would otherwise become numbers in some locales, and lose digits).
// Line breaks inside values become spaces, so that line-based readers that skip '#' lines skip it whole.
void appendHeaderLine(QByteArray *header, const QString &key, const QString &value, const CsvDialect &dialect)
{
    if (value.isEmpty())
        return;
    QString line = value;
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    const char separator = dialect.separator;
    if (dialect.isSpreadsheet())
        *header += csvField(u'#' + key + QStringLiteral(": ") + line, separator) + '\n';
    else
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

} // namespace

CsvWriter::CsvWriter(QObject *parent) : FileExportJob(parent) {}

CsvWriter::~CsvWriter()
{
    finishJob();
}

void CsvWriter::setLayout(Layout layout)
{
    m_layout = layout;
}

void CsvWriter::setTimeZone(const QTimeZone &zone)
{
    m_table.setTimeZone(zone);
}

void CsvWriter::setDialect(const CsvDialect &dialect)
{
    m_dialect = dialect;
}

void CsvWriter::setProvenance(const CsvProvenance &provenance)
{
    m_table.setProvenance(provenance);
}

void CsvWriter::addSeries(Series series, const QString &meterName, const QString &label)
{
    m_table.addSeries(std::move(series), meterName, label);
}

void CsvWriter::addSeries(Series info, Points points, const QString &meterName, const QString &label)
{
    m_table.addSeries(std::move(info), std::move(points), meterName, label);
}

void CsvWriter::clearSeries()
{
    m_table.clearSeries();
}

qint64 CsvWriter::pointCount() const
{
    return m_table.pointCount();
}

QByteArray CsvWriter::provenanceText() const
{
    QByteArray text;
    for (const auto &[key, value] : m_table.provenanceRecords(m_layout == Layout::Aligned))
        appendHeaderLine(&text, key, value, m_dialect);
    return text;
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
        for (const ExportTable::Entry &entry : m_table.entries()) {
            const QString label = m_table.columnLabel(entry);
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
    setRowsWritten(0);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return Status::Failed;
    };
    const std::vector<ExportTable::Entry> &entries = m_table.entries();
    const bool spreadsheet = m_dialect.isSpreadsheet();
    const char sep = m_dialect.separator;
    const char decimalMark = m_dialect.decimalMark;
    // Scripts get the provenance first; a spreadsheet gets the header in its first row.
    const QByteArray header =
        spreadsheet ? QByteArray("\xEF\xBB\xBF") + columnsText() : provenanceText() + columnsText();
    if (device->write(header) != header.size())
        return fail(device->errorString());

    const qint64 total = pointCount();
    const CsvRowText zoneCell(sep + csvField(QString::fromUtf8(m_table.timeZone().id()), sep));
    std::vector<CsvRowText> suffixes; // OneRowPerPoint: ",unit,meterId,measurementId\n" per series
    qsizetype longestSuffix = 0;
    for (const ExportTable::Entry &entry : m_table.entries()) {
        const Series &s = entry.series;
        suffixes.emplace_back(sep + csvField(s.unit, sep) + sep + csvField(s.meterId, sep) + sep +
                              csvField(s.measurementId, sep) + '\n');
        longestSuffix = std::max(longestSuffix, suffixes.back().size());
    }
    const qsizetype longestRow = 2 * IsoTimestampWriter::kMaxLength + 8 + zoneCell.size() + longestSuffix +
                                 qsizetype(entries.size() + 1) * (3 * kMaxDecimalLength + 9) + 2 +
                                 CsvRowText::kShortCopy;
    std::vector<char> buffer(size_t(kFlushBytes + longestRow));
    char *const begin = buffer.data();
    char *out = begin;
    qint64 pointsDone = 0;
    qint64 rows = 0;
    IsoTimestampWriter timestamps(m_table.timeZone());

    const auto flush = [&]() -> Status {
        if (isCancelRequested())
            return Status::Cancelled;
        if (device->write(begin, out - begin) != out - begin)
            return fail(device->errorString());
        out = begin;
        setRowsWritten(rows);
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
        for (size_t k = 0; k < entries.size(); ++k) {
            const Points &s = entries[k].points;
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
        AlignedRowCursor cursor(entries);
        while (cursor.next()) {
            writeTimes(cursor.utcMs());
            for (size_t k = 0; k < entries.size(); ++k) {
                const Points &s = entries[k].points;
                *out++ = sep;
                const bool here = cursor.has(k);
                const size_t i = cursor.index(k);
                if (here)
                    out = writeNumber(out, s.values[i], decimalMark);
                if (!s.coverage.empty()) {
                    *out++ = sep;
                    if (here)
                        out = writeNumber(out, std::min(1.0, s.coverage[i]) * 100.0, decimalMark);
                    *out++ = sep;
                    if (here) {
                        const bool partial = s.coverage[i] < 1.0;
                        if (spreadsheet) { // a number a formula can count
                            *out++ = partial ? '1' : '0';
                        } else {
                            std::memcpy(out, partial ? "true" : "false", partial ? 4 : 5);
                            out += partial ? 4 : 5;
                        }
                    }
                    *out++ = sep;
                    if (here)
                        out = writeDecimal(out,
                                           double(s.negativeIntervals.empty() ? 0 : s.negativeIntervals[i]));
                }
                if (here)
                    ++pointsDone;
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
            *error =
                QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return Status::Failed;
    }
    QString why;
    const Status status = write(&file, &why);
    if (status != Status::Ok) {
        file.cancelWriting(); // the temporary file is removed; `path` is left as it was
        if (error && status == Status::Failed)
            *error = QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, why);
        return status;
    }
    if (!file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, file.errorString());
        return Status::Failed;
    }
    return Status::Ok;
}

} // namespace meterscope
