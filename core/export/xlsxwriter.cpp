// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xlsxwriter.h"

#include "export/csvfield.h"
#include "export/isotimestampwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <xlsxwriter.h>

namespace meterscope {

namespace {

constexpr double kDayMs = 86400000.0;
constexpr double kUnixEpochSerial = 25569.0; // 1970-01-01 as a spreadsheet date serial (1900 system)
constexpr qint64 kProgressRows = 65536;

double dateSerial(qint64 msSinceEpoch)
{
    return kUnixEpochSerial + double(msSinceEpoch) / kDayMs;
}

} // namespace

XlsxWriter::XlsxWriter(QObject *parent) : FileExportJob(parent) {}

XlsxWriter::~XlsxWriter()
{
    finishJob();
}

qint64 XlsxWriter::rowCount() const
{
    qint64 rows = 0;
    AlignedRowCursor cursor(m_table.entries());
    while (cursor.next())
        ++rows;
    return rows;
}

XlsxWriter::Status XlsxWriter::writeFile(const QString &path, QString *error)
{
    setRowsWritten(0);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, why);
        return Status::Failed;
    };
    const qint64 rows = rowCount();
    if (rows > kMaxRows) {
        return fail(tr("a workbook holds at most %L1 rows and this export has %L2 — export it as CSV, or "
                       "choose a shorter range or a coarser granularity")
                        .arg(kMaxRows)
                        .arg(rows));
    }
    const QFileInfo target(path);
    const QString partPath = target.absoluteDir().filePath(QStringLiteral(".%1.part").arg(target.fileName()));
    const QByteArray partName = QFile::encodeName(partPath);
    const QByteArray tempDir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    options.tmpdir = const_cast<char *>(tempDir.constData());
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook)
        return fail(tr("the workbook could not be created"));

    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd hh:mm:ss");
    lxw_worksheet *data = workbook_add_worksheet(workbook, "Data");
    lxw_worksheet *provenance = workbook_add_worksheet(workbook, "Provenance");

    const std::vector<ExportTable::Entry> &entries = m_table.entries();
    QStringList header{QStringLiteral("local time"), QStringLiteral("UTC offset"), QStringLiteral("zone"),
                       QStringLiteral("UTC time")};
    for (const ExportTable::Entry &entry : entries) {
        const QString label = m_table.columnLabel(entry);
        header.append(label);
        if (!entry.points.coverage.empty()) {
            header.append(label + QStringLiteral(" coverage (%)"));
            header.append(label + QStringLiteral(" partial"));
            header.append(label + QStringLiteral(" negative intervals"));
        }
    }
    const auto text = [](const QString &value) { return spreadsheetSafeText(value).toUtf8(); };
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(data, 0, lxw_col_t(c), text(header[c]).constData(), bold);
    worksheet_set_column(data, 0, 0, 20, nullptr);
    worksheet_set_column(data, 1, 1, 11, nullptr);
    worksheet_set_column(data, 2, 2, 16, nullptr);
    worksheet_set_column(data, 3, 3, 20, nullptr);
    worksheet_set_column(data, 4, lxw_col_t(std::max<qsizetype>(4, header.size() - 1)), 16, nullptr);
    worksheet_freeze_panes(data, 1, 0);
    worksheet_autofilter(data, 0, 0, lxw_row_t(rows), lxw_col_t(header.size() - 1));

    IsoTimestampWriter timestamps(m_table.timeZone());
    const QByteArray zone = text(QString::fromUtf8(m_table.timeZone().id()));
    const qint64 total = m_table.pointCount();
    qint64 pointsDone = 0;
    lxw_row_t row = 0;
    bool cancelled = false;
    AlignedRowCursor cursor(entries);
    while (cursor.next()) {
        ++row;
        const qint64 utcMs = cursor.utcMs();
        char offset[16] = {'U', 'T', 'C'};
        *timestamps.writeOffset(offset + 3, utcMs) = '\0';
        worksheet_write_number(data, row, 0, dateSerial(utcMs + timestamps.offsetMsAt(utcMs)), date);
        worksheet_write_string(data, row, 1, offset, nullptr);
        worksheet_write_string(data, row, 2, zone.constData(), nullptr);
        worksheet_write_number(data, row, 3, dateSerial(utcMs), date);
        lxw_col_t column = 4;
        for (size_t k = 0; k < entries.size(); ++k) {
            const ExportTable::Points &s = entries[k].points;
            const bool here = cursor.has(k);
            const size_t i = cursor.index(k);
            if (here) {
                worksheet_write_number(data, row, column, s.values[i], nullptr);
                ++pointsDone;
            }
            ++column;
            if (!s.coverage.empty()) {
                if (here) {
                    worksheet_write_number(data, row, column, std::min(1.0, s.coverage[i]) * 100.0, nullptr);
                    // 1/0 as in the spreadsheet CSV: a boolean cell comes back from LibreOffice as a
                    // =FALSE() formula.
                    worksheet_write_number(data, row, column + 1, s.coverage[i] < 1.0 ? 1 : 0, nullptr);
                    worksheet_write_number(data, row, column + 2,
                                           double(s.negativeIntervals.empty() ? 0 : s.negativeIntervals[i]),
                                           nullptr);
                }
                column += 3;
            }
        }
        if (row % kProgressRows == 0) {
            setRowsWritten(row);
            Q_EMIT progress(pointsDone, total);
            if (isCancelRequested()) {
                cancelled = true;
                break;
            }
        }
    }

    worksheet_write_string(provenance, 0, 0, "key", bold);
    worksheet_write_string(provenance, 0, 1, "value", bold);
    worksheet_set_column(provenance, 0, 0, 16, nullptr);
    worksheet_set_column(provenance, 1, 1, 100, nullptr);
    lxw_row_t record = 0;
    for (const auto &[key, value] : m_table.provenanceRecords(true)) {
        ++record;
        worksheet_write_string(provenance, record, 0, text(key).constData(), nullptr);
        worksheet_write_string(provenance, record, 1, text(value).constData(), nullptr);
    }

    const lxw_error closed = workbook_close(workbook); // frees the workbook in any case
    if (cancelled || isCancelRequested()) {
        QFile::remove(partPath);
        return Status::Cancelled;
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partPath);
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    }
    if (std::rename(partName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partPath);
        return fail(tr("the finished workbook could not be moved into place"));
    }
    setRowsWritten(row);
    Q_EMIT progress(pointsDone, total);
    return Status::Ok;
}

} // namespace meterscope
