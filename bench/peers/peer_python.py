#!/usr/bin/python3
# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python peer of Meterscope's benchmarks: what an energy manager would script instead, with
requests, pandas and matplotlib (Agg) from Debian. Talks only to the emulator bench/run.sh started on
127.0.0.1. Prints one JSON object per line, as bench_gui does:
  {"goal": "G2", "subject": "python", "metric": "...", "samples": [...], ...}

  peer_python.py sites    --base-url URL --pat PAT [--reps N]                    G2
  peer_python.py download --base-url URL --pat PAT --dir DIR [--meters 50]       data for G3c, G4, G6
  peer_python.py chart1   --base-url URL --pat PAT [--reps N]                    G3a (fetch + plot)
  peer_python.py chart50  --dir DIR [--reps N]                                   G3c (files + plot)
  peer_python.py pan      --dir DIR [--steps 60] [--size WxH]                    G4
  peer_python.py png      --dir DIR [--reps N]                                   G6
  peer_python.py csv      --dir DIR [--rows N]                                   G5
Run it with Debian's /usr/bin/python3 (another python3 does not see Debian's packages).
"""

import argparse
import datetime
import glob
import json
import os
import sys
import time

T_START = time.perf_counter()
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import requests  # noqa: E402

IMPORT_MS = (time.perf_counter() - T_START) * 1000.0

# The year bench_gui charts: [2024-06-18, 2025-06-18) UTC (the emulator's clock is 2025-06-18T10:00Z).
RANGE_TO_MS = int(datetime.datetime(2025, 6, 18, tzinfo=datetime.timezone.utc).timestamp() * 1000)
RANGE_FROM_MS = RANGE_TO_MS - 365 * 24 * 3600 * 1000
MAX_SPAN_MS = 31 * 24 * 3600 * 1000  # the API's longest 15-minute request (the client splits the same way)
MIN_VIEW_SPAN_MS = 3600 * 1000  # the chart's zoom stops at one hour
DAY_MS = 86400000.0


def out(goal, metric, samples, **extra):
    line = {"goal": goal, "subject": "python", "metric": metric, "samples": samples}
    line.update(extra)
    print(json.dumps(line), flush=True)


def status_mib(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024.0
    return -1.0


def ms_since(t0):
    return (time.perf_counter() - t0) * 1000.0


def rfc3339(ms):
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def session(pat):
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + pat
    return s


def main_meters(s, base, count):
    """The main meter (first meter, first measurement) of each of the first `count` sites, as bench_gui picks them."""
    sites = s.get(base + "/sites").json()
    picked = []
    for site in sites[:count]:
        meter = s.get(f"{base}/sites/{site['id']}/meters").json()[0]
        picked.append((site["id"], meter["id"], meter["measurements"][0]["id"]))
    return picked


def fetch_year(s, base, site_id, meter_id, measurement_id=None):
    """One year of 15-minute data in 31-day requests, one after the other (as a script is written)."""
    bodies = []
    start = RANGE_FROM_MS
    while start < RANGE_TO_MS:
        end = min(RANGE_TO_MS, start + MAX_SPAN_MS)
        params = {"startDate": rfc3339(start), "endDate": rfc3339(end), "interval": "15min"}
        if measurement_id:
            params["measurement"] = measurement_id
        r = s.get(f"{base}/sites/{site_id}/meters/{meter_id}/measurements", params=params)
        r.raise_for_status()
        bodies.append(r.text)
        start = end
    return bodies


def frames_of(bodies):
    """Series name -> DataFrame (utc datetime index, value) from the API's JSON bodies."""
    values = {}
    for body in bodies:
        for series in json.loads(body):
            values.setdefault(series["name"], []).extend(series["values"])
    frames = {}
    for name, points in values.items():
        df = pd.DataFrame(points)
        df["date"] = pd.to_datetime(df["date"], utc=True)
        frames[name] = df.set_index("date").sort_index()
    return frames


def figure(size_px):
    w, h = size_px
    fig, ax = plt.subplots(figsize=(w / 100.0, h / 100.0), dpi=100)
    return fig, ax


def plot_xy(ax, x_days, values):
    ax.plot(x_days, values, linewidth=0.8)


def load_dir(directory, count=None):
    """(x in days since 1970, values) of each downloaded meter-year: files -> JSON -> pandas."""
    series = []
    files = sorted(glob.glob(os.path.join(directory, "meter_*.json")))
    for path in files[:count]:
        with open(path) as f:
            bodies = json.load(f)
        df = next(iter(frames_of(bodies).values()))
        x = df.index.asi8 / 1e6 / DAY_MS  # matplotlib's dates: days since 1970-01-01
        series.append((x, df["value"].to_numpy()))
    return series


def cmd_sites(a):
    s = session(a.pat)
    samples = []
    rows = 0
    for rep in range(-1, a.reps):  # -1 warms up (connection, first allocations)
        t0 = time.perf_counter()
        r = s.get(a.base_url + "/sites")
        r.raise_for_status()
        df = pd.json_normalize(r.json())
        if rep >= 0:
            samples.append(ms_since(t0))
        rows = len(df)
    out("G2", "list_sites_ms", samples, sites=rows, import_ms=IMPORT_MS)


def cmd_download(a):
    s = session(a.pat)
    os.makedirs(a.dir, exist_ok=True)
    t0 = time.perf_counter()
    for i, (site_id, meter_id, measurement_id) in enumerate(main_meters(s, a.base_url, a.meters)):
        with open(os.path.join(a.dir, f"meter_{i:03d}.json"), "w") as f:
            json.dump(fetch_year(s, a.base_url, site_id, meter_id, measurement_id), f)
    print(f"peer_python: {a.meters} meter-years downloaded in {ms_since(t0):.0f} ms", file=sys.stderr)


def cmd_chart1(a):
    s = session(a.pat)
    site_id, meter_id, _ = main_meters(s, a.base_url, 1)[0]
    samples = []
    points = 0
    for _ in range(a.reps):
        t0 = time.perf_counter()
        frames = frames_of(fetch_year(s, a.base_url, site_id, meter_id))  # every measurement, as the app
        fig, axes = plt.subplots(len(frames), 1, figsize=(16, 9), dpi=100, squeeze=False)
        for ax, (name, df) in zip(axes[:, 0], frames.items()):
            ax.plot(df.index, df["value"], linewidth=0.8, label=name)
        fig.canvas.draw()
        samples.append(ms_since(t0))
        points = sum(len(df) for df in frames.values())
        plt.close(fig)
    out("G3a", "fetch_to_drawn_ms", samples, points=points, import_ms=IMPORT_MS)


def cmd_chart50(a):
    samples = []
    for _ in range(a.reps):
        t0 = time.perf_counter()
        series = load_dir(a.dir)
        fig, ax = figure((1600, 900))
        for x, v in series:
            plot_xy(ax, x, v)
        ax.xaxis_date()
        fig.canvas.draw()
        samples.append(ms_since(t0))
        plt.close(fig)
    out("G3c", "files_to_drawn_ms", samples, series=len(series), peak_rss_mib=status_mib("VmHWM:"))


def views(steps):
    """The views of bench_gui's pan/zoom script (ChartWidget::zoomBy/panBy/setView arithmetic)."""
    full = RANGE_TO_MS - RANGE_FROM_MS
    view_from, view_to = RANGE_FROM_MS, RANGE_TO_MS
    quarter = max(1, steps // 4)
    result = []
    for i in range(steps):
        kind = min(i // quarter, 3)
        span = view_to - view_from
        if kind in (0, 3):
            factor = 0.8 if kind == 0 else 1.25
            pivot = view_from + span * 0.5
            new_from = pivot - (pivot - view_from) * factor
            new_from, new_to = int(new_from), int(new_from + span * factor)
        else:
            delta = int(span * (0.2 if kind == 1 else -0.2))
            new_from, new_to = view_from + delta, view_to + delta
        new_span = min(max(new_to - new_from, min(MIN_VIEW_SPAN_MS, full)), full)
        start = min(max(new_from, RANGE_FROM_MS), RANGE_TO_MS - new_span)
        view_from, view_to = start, start + new_span
        result.append((view_from, view_to))
    return result


def cmd_pan(a):
    size = tuple(int(n) for n in a.size.split("x"))
    all_series = load_dir(a.dir)
    for count in (1, len(all_series)):
        fig, ax = figure(size)
        for x, v in all_series[:count]:
            plot_xy(ax, x, v)
        ax.xaxis_date()
        fig.canvas.draw()
        frames = []
        for view_from, view_to in views(a.steps):
            t0 = time.perf_counter()
            ax.set_xlim(view_from / DAY_MS, view_to / DAY_MS)
            fig.canvas.draw()
            frames.append(ms_since(t0))
        plt.close(fig)
        out("G4", "frame_ms", frames, case=f"{count} series", series=count, size_px=list(size))


def cmd_png(a):
    series = load_dir(a.dir)
    fig, ax = figure((1600, 900))
    for x, v in series:
        plot_xy(ax, x, v)
    ax.xaxis_date()
    fig.canvas.draw()
    path = os.path.join(a.dir, "peer_50.png")
    samples = []
    for rep in range(-1, a.reps):
        t0 = time.perf_counter()
        fig.savefig(path, dpi=100)
        if rep >= 0:
            samples.append(ms_since(t0))
    out("G6", "savefig_ms", samples, series=len(series), bytes=os.path.getsize(path))


def cmd_csv(a):
    # The rows and columns of Meterscope's CSV (bench_gui --goal csv): utc, local time, zone, value.
    n = a.rows
    utc = pd.date_range("1970-01-01", periods=n, freq="15min", tz="UTC")
    idx = pd.RangeIndex(n)
    df = pd.DataFrame(
        {
            "utc": utc,
            "local": utc.tz_convert("Europe/Paris"),
            "zone": "Europe/Paris",
            "Main incomer · ActiveEnergy (kWh)": ((idx * 7919) % 100000) / 1000.0,
        }
    )
    path = os.path.join(a.dir, "peer.csv")
    rss_before = status_mib("VmRSS:")
    with open("/proc/self/clear_refs", "w") as clear:  # VmHWM from here on
        clear.write("5")
    t0 = time.perf_counter()
    df.to_csv(path, index=False)
    elapsed = ms_since(t0)
    growth = status_mib("VmHWM:") - rss_before
    size = os.path.getsize(path)
    os.remove(path)
    out("G5", "to_csv_ms", [elapsed], rows=n, bytes=size, rss_growth_mib=[growth], peak_rss_mib=status_mib("VmHWM:"))


def cmd_versions(a):
    """The versions of the peer's libraries (it imports them all, so this also checks they are there)."""
    print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}, matplotlib {matplotlib.__version__}, "
          f"requests {requests.__version__}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["versions", "sites", "download", "chart1", "chart50", "pan", "png", "csv"])
    p.add_argument("--base-url")
    p.add_argument("--pat")
    p.add_argument("--dir")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--steps", type=int, default=60)
    p.add_argument("--meters", type=int, default=50)
    p.add_argument("--rows", type=int, default=10_000_000)
    p.add_argument("--size", default="1600x900")
    a = p.parse_args()
    globals()["cmd_" + a.command](a)


if __name__ == "__main__":
    main()
