#!/usr/bin/python3
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the English plural forms of resources/translations/meterscope_en.ts.

English source texts with a count are written once, "%n site(s)"; English needs two forms, which this
derives: "(s)"/"(es)" dropped for one, kept as "s"/"es" for more ("%n site" / "%n sites"); a text
without such a mark is the same for both. A form already written by hand is kept.
Usage: scripts/fill-english-plurals.py [TS_FILE]
"""
import re
import sys
import xml.etree.ElementTree as ET

MARK = re.compile(r"\((e?s)\)")


def forms(source):
    return [MARK.sub("", source), MARK.sub(lambda m: m.group(1), source)]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/meterscope_en.ts"
    text = open(path, encoding="utf-8").read()
    tree = ET.ElementTree(ET.fromstring(text))
    written = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        written += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{path}: {written} plural messages written")


if __name__ == "__main__":
    main()
