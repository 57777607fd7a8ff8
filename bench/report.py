#!/usr/bin/python3
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the JSON lines of one bench/run.sh run into bench/results/<name>.json and <name>.md: per goal,
Meterscope's p50/p95 (and peak RSS where the goal states one), the peer's figures of the same run, the
ratio, the target and whether it is met.

  report.py LINES.jsonl FACTS.json OUT_BASENAME [--quick]
"""

import json
import sys


def percentile(samples, q):
    s = sorted(samples)
    if not s:
        return None
    pos = (len(s) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def stats(line):
    if line is None or "samples" not in line:
        return None
    s = line["samples"]
    return {"p50": percentile(s, 0.5), "p95": percentile(s, 0.95), "n": len(s)}


def find(lines, goal, subject, case=None):
    for line in lines:
        if line.get("goal") == goal and line.get("subject") == subject and (case is None or line.get("case") == case):
            return line
    return None


def fmt_ms(v):
    if v is None:
        return "–"
    return f"{v:,.0f} ms" if v >= 100 else f"{v:.1f} ms"


def faster(r, what=""):
    """'2.3× faster' for a peer/Meterscope ratio, '1.4× slower' below 1."""
    text = f"{r:.2f}× faster" if r >= 1 else f"{1 / r:.2f}× slower"
    return text + (f" ({what})" if what else "")


def fmt_pair(st, unit_fmt=fmt_ms):
    if st is None:
        return "–"
    return f"{unit_fmt(st['p50'])} / {unit_fmt(st['p95'])}"


def main():
    lines_path, facts_path, out_base = sys.argv[1:4]
    quick = "--quick" in sys.argv[4:]
    lines = []
    with open(lines_path) as f:
        for raw in f:
            raw = raw.strip()
            if raw.startswith("{"):
                lines.append(json.loads(raw))
    with open(facts_path) as f:
        facts = json.load(f)

    rows = []

    def row(goal, what, ours, peer_name, peer, ratio, ratio_text, target, met, note=""):
        rows.append(
            {
                "goal": goal,
                "what": what,
                "meterscope": ours,
                "peer": peer_name,
                "peer_figures": peer,
                "ratio": ratio,
                "ratio_text": ratio_text,
                "target": target,
                "met": met,
                "note": note,
            }
        )

    def not_measured(goal, what, target, peer_name="", peer=None, note=""):
        line = find(lines, goal, "meterscope")
        reason = "not measured: " + (line or {}).get("not_measured", "no figure in this run")
        row(goal, what, {"text": reason}, peer_name, peer, None, "–", target, None, note)

    # G1: exec -> painted, whole process, against the bare Qt window.
    ours = stats(find(lines, "G1", "meterscope", "demo workspace"))
    bare = stats(find(lines, "G1", "bare-qt"))
    if ours and bare:
        r = ours["p50"] / bare["p50"]
        met = ours["p50"] <= 80 and r <= 3
        row("G1", "start → main window painted (demo signed in), exec to paint", ours, "bare Qt window", bare, r,
            f"{r:.1f}× the bare window", "≤ 80 ms; ≤ 3× bare window", met)
    first = stats(find(lines, "G1", "meterscope", "first-run screen"))
    if first and bare:
        r = first["p50"] / bare["p50"]
        row("G1·", "start → first paint of the window (first-run screen, no sign-in)", first, "bare Qt window", bare,
            r, f"{r:.1f}× the bare window", "(information)", None)

    # G2: sign-in -> 5,000-site tree painted, over the curl floor; Python in-process.
    ours = stats(find(lines, "G2", "meterscope"))
    floor = stats(find(lines, "G2", "curl"))
    py = stats(find(lines, "G2", "python"))
    if ours and floor and py:
        above = ours["p50"] - floor["p50"]
        r = py["p50"] / ours["p50"]
        met = above <= 250 and r >= 4
        row("G2", f"sign-in → 5,000-site tree painted ({fmt_ms(above)} above the curl floor of "
            f"{fmt_ms(floor['p50'])})", ours, "Python requests + pandas.json_normalize (in process, after imports)",
            py, r, faster(r), "≤ 250 ms above curl; ≥ 4× faster", met)
    jq = stats(find(lines, "G2", "curl+jq"))
    if ours and jq:
        r = jq["p50"] / ours["p50"]
        row("G2·", "same, against curl + jq listing the sites as TSV", ours, "curl + jq", jq, r,
            faster(r), "(information)", None)

    # G3a-G3c, G7: the chart document and the cache.
    def chart_goal(goal):
        line = find(lines, goal, "meterscope")
        if line is None or "samples" not in line:
            return line, None, None
        complete = stats(line)
        first = {"p50": percentile(line["first_paint_ms"], 0.5), "p95": percentile(line["first_paint_ms"], 0.95)}
        return line, first, complete

    line, first, complete = chart_goal("G3a")
    py = stats(find(lines, "G3a", "python"))
    what = "1 meter-year at 15 min (both measurements), click → first paint / complete chart, latency 150 ms, cold"
    target = "≤ 300 ms / ≤ 800 ms; ≥ 3× faster"
    if complete and py:
        r = py["p50"] / complete["p50"]
        met = first["p50"] <= 300 and complete["p50"] <= 800 and r >= 3
        ours = {"text": f"first {fmt_pair(first)}; complete {fmt_pair(complete)}"}
        row("G3a", what, ours, "Python: the same requests one after the other, pandas, matplotlib draw", py, r,
            faster(r, "complete"), target, met)
    else:
        not_measured("G3a", what, target, "Python fetch + matplotlib, same latency", py)

    line, first, complete = chart_goal("G3b")
    what = "the same meter again, warm cache, emulator stopped: click → complete chart"
    if complete:
        ours = {"text": f"first {fmt_pair(first)}; complete {fmt_pair(complete)}"}
        row("G3b", what, ours, "", None, None, "–", "≤ 60 ms", complete["p50"] <= 60)
    else:
        not_measured("G3b", what, "≤ 60 ms")

    line, first, complete = chart_goal("G3c")
    py_line = find(lines, "G3c", "python")
    py = stats(py_line)
    if py is not None:
        py["peak_rss_mib"] = py_line["peak_rss_mib"]
    what = "50 meter-years overlaid, warm cache: load → complete chart painted"
    target = "≤ 1.0 s, ≤ 300 MB RSS; ≥ 4× Python, ≤ 0.35× its RSS"
    if complete and py:
        complete["peak_rss_mib"] = line["peak_rss_mib"]
        r = py["p50"] / complete["p50"]
        rss_ratio = line["peak_rss_mib"] / py_line["peak_rss_mib"]
        met = (complete["p50"] <= 1000 and line["peak_rss_mib"] * 1.048576 <= 300 and r >= 4 and rss_ratio <= 0.35)
        row("G3c", what, complete, "Python: 50 JSON files → pandas → matplotlib draw", py, r,
            faster(r) + f", {rss_ratio:.2f}× its RSS", target, met)
    else:
        not_measured("G3c", what, target, "Python: 50 JSON files → pandas → matplotlib draw", py)

    line, first, complete = chart_goal("G7")
    what = "reopen offline (remembered account, cache), 20 meter-years: start → complete chart painted"
    if complete:
        row("G7", what, complete, "", None, None, "–", "≤ 1 s", complete["p50"] <= 1000)
    else:
        not_measured("G7", what, "≤ 1 s")

    jq3a = stats(find(lines, "G3a", "curl+jq"))
    if jq3a:
        row("G3a·", "the same meter-year fetched to CSV by curl + jq at 150 ms latency", {"text": "–"}, "curl + jq",
            jq3a, None, "–", "(information)", None)

    # G4: frame time of pan/zoom, p95, against matplotlib's redraw.
    for case, budget in (("1 series", 16), ("50 series", 50)):
        ours = stats(find(lines, "G4", "meterscope", case))
        mpl = stats(find(lines, "G4", "python", case))
        if ours and mpl:
            r = mpl["p95"] / ours["p95"]
            met = ours["p95"] <= budget and r >= 4
            row("G4", f"pan/zoom frame, {case} (p95)", ours, "matplotlib set_xlim + canvas.draw()", mpl, r,
                faster(r, "p95"), f"p95 ≤ {budget} ms; ≥ 4× matplotlib", met)
        naive = stats(find(lines, "G4", "qtcharts", case))
        if ours and naive:
            r = naive["p95"] / ours["p95"]
            row("G4·", f"pan/zoom frame, {case}, against naive Qt Charts", ours,
                "Qt Charts, QLineSeries::append, no decimation", naive, r, faster(r, "p95"), "(information)",
                None)

    # G5: GUI CSV export of 10 M rows; RSS growth.
    line = find(lines, "G5", "meterscope")
    ours = stats(line)
    pandas_line = find(lines, "G5", "python")
    pd_stats = stats(pandas_line)
    if ours and pd_stats:
        rows_n = line.get("rows", 0)
        budget = 3000.0 * rows_n / 10_000_000
        growth = max(line.get("rss_growth_mib", [0]))
        ours["rss_growth_mib"] = growth
        pd_stats["rss_growth_mib"] = max(pandas_line.get("rss_growth_mib", [0]))
        r = pd_stats["p50"] / ours["p50"]
        met = ours["p50"] <= budget and growth <= 64 and r >= 9
        target = "≤ 3 s, RSS growth ≤ 64 MB; ≥ 9× pandas"
        if rows_n != 10_000_000:
            target = f"≤ {budget / 1000:.2f} s ({rows_n:,} rows: 3 s scaled), RSS growth ≤ 64 MB; ≥ 9× pandas"
        row("G5", f"CSV export of {rows_n:,} rows (ChartExporter::startCsv), RSS growth {growth:.0f} MiB", ours,
            "pandas DataFrame.to_csv, same rows and columns", pd_stats, r, faster(r), target, met)

    # G6: PNG 1600x900, 50 series.
    ours = stats(find(lines, "G6", "meterscope"))
    mpl = stats(find(lines, "G6", "python"))
    if ours and mpl:
        r = mpl["p50"] / ours["p50"]
        met = ours["p50"] <= 150 and r >= 5
        row("G6", "chart PNG 1600×900, 50 series (ChartExporter::exportImage)", ours, "matplotlib savefig", mpl, r,
            faster(r), "≤ 150 ms; ≥ 5× matplotlib", met)
    naive = stats(find(lines, "G6", "qtcharts"))
    if ours and naive:
        r = naive["p50"] / ours["p50"]
        row("G6·", "same, against naive Qt Charts (QChartView::grab)", ours, "Qt Charts, no decimation", naive, r,
            faster(r), "(information)", None)

    order = {"G1": 1, "G2": 2, "G3a": 3, "G3b": 4, "G3c": 5, "G4": 6, "G5": 7, "G6": 8, "G7": 9}
    rows.sort(key=lambda r: order.get(r["goal"].rstrip("·"), 99))

    result = {"facts": facts, "quick": quick, "goals": rows, "lines": lines}
    with open(out_base + ".json", "w") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")

    def cell(st):
        if st is None:
            return "–"
        if "text" in st:
            return st["text"]
        text = fmt_pair(st)
        if "peak_rss_mib" in st:
            text += f", peak RSS {st['peak_rss_mib']:.0f} MiB"
        if "rss_growth_mib" in st:
            text += f", RSS +{st['rss_growth_mib']:.0f} MiB"
        return text

    md = []
    md.append(f"# Meterscope benchmarks, {facts['date']}{' (quick run)' if quick else ''}\n")
    md.append("| machine | |")
    md.append("|---|---|")
    for key, label in [
        ("cpu", "CPU"),
        ("cores", "cores"),
        ("ram", "RAM"),
        ("debian", "Debian"),
        ("kernel", "kernel"),
        ("qt", "Qt"),
        ("build_type", "build type"),
        ("python", "Python peer"),
        ("commit", "commit"),
        ("load", "load average (start → end)"),
        ("duration", "run time"),
    ]:
        if key in facts:
            md.append(f"| {label} | {facts[key]} |")
    md.append("")
    md.append("Figures are p50 / p95 over the repetitions; ratios compare p50 (G4: p95) of the same run. "
              "Rows marked · are for information and have no target.\n")
    md.append("| goal | what | Meterscope p50 / p95 | peer | peer p50 / p95 | ratio | target | met |")
    md.append("|---|---|---|---|---|---|---|---|")
    for r in rows:
        met = {True: "yes", False: "**no**", None: "–"}[r["met"]]
        md.append(f"| {r['goal']} | {r['what']} | {cell(r['meterscope'])} | {r['peer'] or '–'} | "
                  f"{cell(r['peer_figures'])} | {r['ratio_text']} | {r['target']} | {met} |")
    md.append("")
    with open(out_base + ".md", "w") as f:
        f.write("\n".join(md))
    print("\n".join(md))


if __name__ == "__main__":
    main()
