#!/usr/bin/python3
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Meterscope's translation files against the sources.

Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...

1. lupdate (Qt's own extractor) reads the sources into copies of the .ts files: it must not warn
   (a tr() it cannot read is a string nobody can translate) and must find no message the committed
   files lack — the files are up to date.
2. Every message of a full translation (French, German) is translated; the English file needs only
   its plural forms (the other English words are the source text).
3. A translation keeps its source's placeholders (%1…%99, %n, each as often) and its keyboard
   accelerator (one "&" before a letter, or none).
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def messages(path):
    """(context, source, numerus, translations, finished) for each message of a .ts file."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            finished = kind != "unfinished" and all(texts)
            result.append((name, message.findtext("source"), numerus, texts, finished))
    return result


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text.replace("%%", "")))


def main():
    lupdate, source_dir, ts_files = sys.argv[1], Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for ts in ts_files:
            copy = Path(scratch) / ts.name
            shutil.copy(ts, copy)
            copies.append(copy)
        sources = [str(source_dir / folder) for folder in ("core", "ui", "app/gui", "app/cli")]
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", *sources, "-ts",
                              *map(str, copies)], capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            failures.append(f"lupdate failed: {run.stderr.strip()}")
        for line in (run.stdout + run.stderr).splitlines():
            if "warning" in line.lower() or "lacks Q_OBJECT" in line or "Cannot invoke" in line:
                failures.append(f"lupdate: {line.strip()}")
        for ts, copy in zip(ts_files, copies):
            committed = {(m[0], m[1]) for m in messages(ts)}
            current = messages(copy)
            missing = [m for m in current if (m[0], m[1]) not in committed]
            for context, source, *_ in missing[:20]:
                failures.append(f"{ts.name}: not in the file yet (run the update_translations target): "
                                f"{context}: {source!r}")
            if len(missing) > 20:
                failures.append(f"{ts.name}: … and {len(missing) - 20} more not in the file yet")
            full = not ts.name.endswith("_en.ts")
            count = 0
            for context, source, numerus, texts, finished in current:
                if not (full or numerus):
                    continue
                count += 1
                if not finished:
                    failures.append(f"{ts.name}: untranslated: {context}: {source!r}")
                    continue
                for text in texts:
                    if numerus and "%n" not in text:
                        failures.append(f"{ts.name}: plural form without %n: {source!r} -> {text!r}")
                    wanted = placeholders(source)
                    if numerus:
                        wanted.pop("%n", None)
                    got = placeholders(text)
                    got.pop("%n", None) if numerus else None
                    if got != wanted:
                        failures.append(f"{ts.name}: placeholders differ: {source!r} -> {text!r}")
                    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                        failures.append(f"{ts.name}: keyboard accelerator differs: {source!r} -> {text!r}")
            print(f"{ts.name}: {count} messages checked")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
