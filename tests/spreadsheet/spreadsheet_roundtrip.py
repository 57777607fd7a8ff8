#!/usr/bin/python3
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports through a real spreadsheet: LibreOffice Calc (headless) imports the spreadsheet-dialect
CSV files `meterscope-cli export` writes, as a person would with Calc's Text Import (the file's
separator, UTF-8, the locale's language, "Detect special numbers" on), under en_US, fr_FR and de_DE,
and opens the XLSX export; openpyxl reads every cell back. Each value must be a number equal to the
RFC 4180 export's, the time columns real dates equal to the exported local and UTC times, no cell a
formula, every name text as served.

Usage: spreadsheet_roundtrip.py EMULATOR CLI
Talks only to an emulator it starts on 127.0.0.1 (site and meter names that spreadsheets would run
as formulas: --hostile-names).
"""
import csv
import datetime
import io
import os
import pathlib
import subprocess
import sys
import tempfile

import openpyxl

# locale → (CSV separator, LibreOffice language id for the import)
LOCALES = {"en_US": (",", 1033), "fr_FR": (";", 1036), "de_DE": (";", 1031)}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def start_emulator(emulator, work):
    out = open(work / "emulator.out", "w+")
    process = subprocess.Popen([emulator, "--port", "0", "--quiet", "--hostile-names",
                                "--now", "2025-11-20T10:00:00Z"], stdout=out, stderr=subprocess.DEVNULL)
    for _ in range(200):
        out.seek(0)
        lines = dict(line.rstrip("\n").split(": ", 1) for line in out if ": " in line)
        if "demo-pat" in lines and "base-url" in lines:
            return process, lines["base-url"], lines["demo-pat"]
        if process.poll() is not None:
            fail("the emulator stopped")
        subprocess.run(["sleep", "0.05"])
    process.kill()
    fail("the emulator did not start")


def run_cli(cli, environment, base_url, arguments):
    result = subprocess.run([cli, "--base-url", base_url] + arguments, env=environment,
                            capture_output=True, timeout=120)
    if result.returncode != 0:
        fail("meterscope-cli %s: %s" % (" ".join(arguments), result.stderr.decode()))
    return result.stdout


def rfc_rows(text):
    records = list(csv.reader(io.StringIO(text.decode("utf-8"), newline=""), strict=True))
    data = [r for r in records if not r[0].startswith("#")]
    return data[0], data[1:]


def to_xlsx(csv_path, separator, language, work):
    options = "%d,34,76,1,,%d,false,true" % (ord(separator), language)
    profile = (work / "lo-profile").as_uri()
    result = subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore",
                             "--infilter=CSV:" + options, "--convert-to", "xlsx", "--outdir",
                             str(work), str(csv_path)], capture_output=True, timeout=240)
    xlsx = csv_path.with_suffix(".xlsx")
    if result.returncode != 0 or not xlsx.exists():
        fail("LibreOffice could not convert %s: %s" % (csv_path.name, result.stderr.decode()))
    return xlsx


def local_naive(iso):
    return datetime.datetime.fromisoformat(iso).replace(tzinfo=None)


def check_data_sheet(name, cells, header, rows):
    """The rows of a Data sheet against the RFC 4180 export's."""
    for row in cells:
        for cell in row:
            if cell.data_type == "f":
                fail("%s: %s is a formula: %r" % (name, cell.coordinate, cell.value))
    got_header = [c.value for c in cells[0]]
    if got_header[:4] != ["local time", "UTC offset", "zone", "UTC time"]:
        fail("%s: header %r" % (name, got_header[:4]))
    # The value columns carry the RFC export's labels, in the same order.
    if [h for h in got_header[4:] if h is not None] != header[3:]:
        fail("%s: value columns %r, expected %r" % (name, got_header[4:], header[3:]))
    for i, source in enumerate(rows):
        row = [c.value for c in cells[1 + i]]
        local, offset, zone, utc = row[0], row[1], row[2], row[3]
        if not isinstance(local, datetime.datetime) or local != local_naive(source[1]):
            fail("%s row %d: local time %r, expected the date %s" % (name, i + 2, local, source[1]))
        if not isinstance(utc, datetime.datetime) or utc != local_naive(source[0].replace("Z", "+00:00")):
            fail("%s row %d: UTC time %r, expected the date %s" % (name, i + 2, utc, source[0]))
        if offset != "UTC" + source[1][-6:] or zone != source[2]:
            fail("%s row %d: offset %r and zone %r" % (name, i + 2, offset, zone))
        for column, expected in enumerate(source[3:]):
            value = row[4 + column]
            label = header[3 + column]
            if expected == "":
                if value is not None:
                    fail("%s row %d %s: %r where the export has nothing" % (name, i + 2, label, value))
                continue
            if expected in ("true", "false"):
                expected = "1" if expected == "true" else "0"
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                fail("%s row %d %s: %r is not a number (expected %s)" % (name, i + 2, label, value, expected))
            # The CSV rounds to 6 decimals; a workbook keeps the double.
            if abs(value - float(expected)) > 5e-7 + 1e-12 * abs(float(expected)):
                fail("%s row %d %s: %r, expected %s" % (name, i + 2, label, value, expected))


def check_provenance(name, provenance):
    """Key and value records: text, the served names kept, nothing a spreadsheet would run."""
    keys = [row[0] for row in provenance]
    for key in ("meterscope", "site", "zone", "command"):
        if key not in keys and "#" + key not in keys:
            fail("%s: no %s record (%r)" % (name, key, keys))
    for row in provenance:
        for value in row:
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                fail("%s: provenance text %r starts like a formula" % (name, value))
    site = next(row[1] for row in provenance if row[0] in ("site", "#site"))
    if "=HYPERLINK(" not in site:
        fail("%s: the served site name is lost: %r" % (name, site))


def csv_provenance(name, cells):
    """The provenance below a spreadsheet CSV's rows: one text cell "#key: value" per record, whatever the
    value (digits, a percentage, a version), read back as [key, value]."""
    records = []
    for row in cells:
        if row[0].value is None:
            continue
        value = row[0].value
        if not isinstance(value, str) or not value.startswith("#") or ": " not in value:
            fail("%s: provenance cell %s is not a \"#key: value\" text: %r" % (name, row[0].coordinate, value))
        if any(c.value is not None for c in row[1:]):
            fail("%s: provenance record %r spreads over several cells" % (name, value))
        records.append(value[1:].split(": ", 1))
    return records


def check_locale(name, cli, environment, base_url, targets, work, header, rows):
    separator, language = LOCALES[name]
    csv_path = work / ("export-%s.csv" % name)
    text = run_cli(cli, environment, base_url, ["export"] + targets + ["--dialect", "spreadsheet:" + name])
    if not text.startswith(b"\xef\xbb\xbf"):
        fail("%s: no UTF-8 byte order mark" % name)
    csv_path.write_bytes(text)
    cells = list(openpyxl.load_workbook(to_xlsx(csv_path, separator, language, work)).active.iter_rows())
    check_data_sheet(name, cells, header, rows)
    # The provenance below the rows.
    check_provenance(name, csv_provenance(name, cells[1 + len(rows):]))
    print("%s: %d rows × %d values read back as numbers, times as dates, no formula"
          % (name, len(rows), len(header) - 3))


def check_workbook(cli, environment, base_url, targets, work, header, rows):
    xlsx = work / "export.xlsx"
    run_cli(cli, environment, base_url, ["--format", "xlsx", "--output", str(xlsx), "export"] + targets)
    # As written, and as LibreOffice opens and saves it again.
    opened = work / "libreoffice"
    opened.mkdir()
    result = subprocess.run(["soffice", "-env:UserInstallation=" + (work / "lo-profile").as_uri(), "--headless",
                             "--norestore", "--convert-to", "xlsx", "--outdir", str(opened), str(xlsx)],
                            capture_output=True, timeout=240)
    if result.returncode != 0 or not (opened / "export.xlsx").exists():
        fail("LibreOffice could not open the workbook: %s" % result.stderr.decode())
    for name, path in (("xlsx", xlsx), ("xlsx via LibreOffice", opened / "export.xlsx")):
        workbook = openpyxl.load_workbook(path)
        if workbook.sheetnames != ["Data", "Provenance"]:
            fail("%s: sheets %r" % (name, workbook.sheetnames))
        check_data_sheet(name, list(workbook["Data"].iter_rows()), header, rows)
        provenance = [[c.value for c in row] for row in workbook["Provenance"].iter_rows(min_row=2)]
        for row in workbook["Provenance"].iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    fail("%s: %s is a formula" % (name, cell.coordinate))
        check_provenance(name, provenance)
        print("%s: %d rows read back as numbers and dates, no formula" % (name, len(rows)))


def main():
    emulator, cli = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as directory:
        work = pathlib.Path(directory)
        environment = dict(os.environ, HOME=str(work), XDG_CACHE_HOME=str(work / "cache"),
                           XDG_CONFIG_HOME=str(work / "config"))
        for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            environment.pop(proxy, None)
        process, base_url, pat = start_emulator(emulator, work)
        try:
            environment["METERSCOPE_TOKEN"] = pat
            sites = list(csv.reader(io.StringIO(run_cli(cli, environment, base_url,
                                                        ["--format", "csv", "sites"]).decode())))
            columns = sites[0]
            by_zone = {row[columns.index("timeZone")]: row[columns.index("id")] for row in sites[1:]}
            if not by_zone.get("Asia/Kolkata") or not by_zone.get("Europe/Paris"):
                fail("the demo sites are missing: %r" % sorted(by_zone))
            meters = list(csv.reader(io.StringIO(run_cli(cli, environment, base_url,
                                                         ["--format", "csv", "meters",
                                                          by_zone["Europe/Paris"]]).decode())))
            meter = meters[1][meters[0].index("id")]
            # October 2025 by day: a site in +05:30 with its counter reset, and a meter in Paris (the
            # clocks change on the 26th), overlaid.
            targets = ["--target", by_zone["Asia/Kolkata"], "--target",
                       by_zone["Europe/Paris"] + "/" + meter, "--from", "2025-10-01", "--to", "2025-11-01",
                       "--granularity", "day"]
            header, rows = rfc_rows(run_cli(cli, environment, base_url, ["export"] + targets))
            # Local days of two zones start at different instants: each row holds one site's day.
            days = [sum(1 for r in rows if r[c] != "") for c in (3, 7)]
            if days != [31, 31] or not header[5].endswith(" partial"):
                fail("the RFC 4180 export has %r days and columns %r" % (days, header))
            for name in LOCALES:
                check_locale(name, cli, environment, base_url, targets, work, header, rows)
            check_workbook(cli, environment, base_url, targets, work, header, rows)
        finally:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
