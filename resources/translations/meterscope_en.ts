<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <source>The period is empty: its end is not after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached — check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was rejected — it expired or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access token expired and could not be renewed — sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no access to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found — it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy (rate limit reached); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is unavailable; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data Meterscope cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list paging is inconsistent; the list could not be loaded completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed (certificate problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiProfile</name>
    <message>
        <source>The API profile is not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile&apos;s &quot;oauth.redirectPath&quot; must be a path starting with &quot;/&quot;, without query or fragment (for example &quot;/callback&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile&apos;s &quot;oauth.redirectPort&quot; must be a port number (1–65535), or 0 for any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile has no valid &quot;baseUrl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the API profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>The connection was closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB; choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationLanguage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>No web browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; ended with an error (exit status %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPeriod</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Zone of the time axis: an IANA zone or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw only the part of the period from this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw only the part of the period before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw what the desktop app charts as the same PNG, SVG or PDF as its export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as a PNG image to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as an SVG drawing to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as a one-page PDF (A4 landscape) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the PNG and the SVG in pixels (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the totals table below the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once — one file per format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --png FILE, --svg FILE or --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is for --png and --svg — a PDF is one A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --size &quot;%1&quot; — use WIDTHxHEIGHT in pixels, such as 1600x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size %1 is out of range — from %2 to %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart writes the files of --png, --svg and --pdf — leave out --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart writes PNG, SVG or PDF — leave out --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data to chart — the targets have no readings from %1 to %2; no file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the chart: no temporary folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts the targets as the desktop app does and writes its image export: the chart below its
title, sites, range (with zone and granularity) and units, and the totals table below it (leave
it out with --no-totals) — bars for periods (dotted when a few
intervals are missing, hatched when more are, pale while in progress), lines for intervals, one
axis per unit and the legend with a key to those marks. --png, --svg and --pdf name the
files; several write several files from one fetch. --size is the PNG&apos;s and the SVG&apos;s size in
pixels (default %1, as the app&apos;s export; %2 to %3); a PDF is one A4 landscape
page. A site target charts the site&apos;s electricity (and, alone, its other utilities); a meter
target alone charts all its measurements, several targets the main measurement of each. &apos;%&apos; and
&apos;/&apos; inside an id are written %4 and %5.
The period is [--from, --to); dates without an offset are read in the first target&apos;s zone.
--granularity defaults to the app&apos;s automatic choice for the length of the period.
--compare draws the previous period or the same period last year beside each series, as the
app&apos;s &quot;Compare with&quot;.
--zone is the zone of the time axis (default: the sites&apos; zone, UTC when they differ).
--view-from and --view-to draw only that part of the period, as the app&apos;s zoom.
While the period is in progress, time after now (or --now) is not counted missing.
Each file is written whole or not at all; none is written when the targets have no data in
the period (exit code 5). It needs no display: unless QT_QPA_PLATFORM chooses a platform, it
draws offscreen, so it runs from cron.</source>
        <extracomment>%1 is the default image size, %2 to %3 the allowed sizes; %4 and %5 stand for the escapes &quot;%25&quot; and &quot;%2F&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCsvExport</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starting %1 is in progress: its row holds the data up to %2, and its coverage counts the time up to then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Δ vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 (%3 to %4, end exclusive), each period on the row of the period it is compared with; Δ = value − compared value, Δ % relative to the compared value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartLegendNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>No series charted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 (%2).</source>
        <translation>
            <numerusform>%n series, %1 (%2).</numerusform>
            <numerusform>%n series, %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, coverage %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartedSelectionCommand</name>
    <message>
        <source>A site, or a meter of a site (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15min, hour, day, week, month or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the previous period or the same period last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count coverage up to this time instead of the clock&apos;s (time after it is to come, not missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — %2 takes options only (see %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --target &quot;%1&quot; — use SITE or SITE/METER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one --target SITE[/METER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view-from and --view-to go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --granularity &quot;%1&quot; — use 15min, hour, day, week, month or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --compare &quot;%1&quot; — use previous or last-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --zone &quot;%1&quot; — use an IANA zone such as Europe/Paris, or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>meterscope-cli: the local cache cannot be used (%1); asking the server only
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was rejected — METERSCOPE_TOKEN holds an expired, revoked or unknown token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>API base URL (default: the profile&apos;s, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API profile JSON file (paths, parameter names, intervals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to FILE instead of stdout (complete or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help (also: COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log each request (method, path, status, retries) on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meterscope-cli [options] COMMAND [arguments]
Reads sites, meters and time series from the EcoStruxure Energy Contextualized Data API.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Run &quot;meterscope-cli COMMAND --help&quot; for a command&apos;s arguments.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Environment:
  METERSCOPE_TOKEN        Personal access token sent as the bearer token (never printed).

Dates and times without &quot;Z&quot; or an offset are read in the site&apos;s time zone (UTC when the site has none).
Exit codes: 0 ok, 2 usage error, 3 authentication (no token, token rejected, no access),
4 not found (site, meter or measurement), 5 any other API, network or output error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; — use table, json, csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx is for export; %1 writes table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx writes a file: add --output FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METERSCOPE_TOKEN does not hold a personal access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: meterscope-cli [options] %1 %2
%3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — see meterscope-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>No stored sign-in for %1 — run meterscope-cli login with the same --profile/--base-url, or set METERSCOPE_TOKEN to a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token — run meterscope-cli login, or set METERSCOPE_TOKEN to a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commodity</name>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chilled water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialUrlPolicy</name>
    <message>
        <source>%1 must be an https URL (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http to %2 — refusing to send credentials in clear; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePatterns</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: Monday 5 October 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: 5 October 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date pattern: October 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: Oct 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: 5 Oct 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: 5 Oct</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern: Mon 5 Oct</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: Mon 5 Oct 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date and time pattern: Mon 5 Oct 14:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <comment>date and time pattern: Mon 5 Oct 2026 14:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date and time pattern: 5 Oct 2026 14:00</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBodyParser</name>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Zone of the local-time column: an IANA zone or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows starting at or after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows starting before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the desktop app charts as the same CSV as its export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts the targets as the desktop app does and writes its CSV export: one row per interval or
period, aggregated in each site&apos;s time zone, one value column per series and, for periods
(day, week, month, year), its coverage (%), partial and negative-interval columns. A site target
charts the site&apos;s electricity (and, alone, its other utilities); a meter target alone charts all
its measurements, several targets the main measurement of each. &apos;%&apos; and &apos;/&apos; inside an id are
written %25 and %2F.
The period is [--from, --to); dates without an offset are read in the first target&apos;s zone.
--granularity defaults to the app&apos;s automatic choice for the length of the period.
--compare adds, after each series, the previous period or the same period last year (the same
dates; for a chart by week or of one week, the 52 weeks before, so weekdays line up) on the rows
of the periods it is compared with, then Δ and Δ % columns, as the app&apos;s &quot;Compare with&quot;.
--zone is the zone of the local-time column (default: the sites&apos; zone, UTC when they differ).
--view-from and --view-to keep only the rows that start inside a zoomed part of the period.
While the period is in progress, time after now (or --now) is not counted missing.
The output is RFC 4180 CSV: &apos;#&apos; provenance records (with this command), a header, the rows.
--dialect spreadsheet writes it for a spreadsheet&apos;s CSV import in the locale (LANG, or
spreadsheet:fr_FR): its decimal mark, &apos;;&apos; where that is &apos;,&apos;, UTF-8 with a BOM, local times as
2025-03-01 00:00:00 with the UTC offset and the zone in their own columns, partial as 1/0, the
header in the first row and the provenance below the rows, one text cell per record
(#site: 00012345), so that no value of digits becomes a number.
Every CSV export of the desktop app names the command that writes its rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rfc4180 (default), spreadsheet (the locale of LANG or LC_ALL) or spreadsheet:LOCALE (fr_FR, de_DE, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --dialect &quot;%1&quot; — use rfc4180, spreadsheet or spreadsheet:fr_FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes CSV or XLSX — leave out --format json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Granularity</name>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in (browser, or --pat) and remember it in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --pat, opens the sign-in page in a browser: the command given with --browser, else the one
in METERSCOPE_BROWSER; when none can be opened the address is printed to open by hand. The browser
comes back to http://127.0.0.1:&lt;port&gt;&lt;redirectPath&gt; (the profile&apos;s oauth.redirectPath, default
/callback; register http://127.0.0.1/callback with your authorization server). With --client-id,
signs in as your own registered client; its secret, if it has one, comes from
METERSCOPE_CLIENT_SECRET or, with --client-secret-stdin, from stdin (never from an argument) and is
kept in the OS keychain for that authorization server. With --pat, reads a personal access token
from stdin (without echo at a terminal). The account is remembered with the profile it signed in
with; later commands use it when METERSCOPE_TOKEN is not set. For a base URL on 127.0.0.1 without a
profile the bundled emulator&apos;s demo client is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a personal access token read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that opens the sign-in URL (the URL is appended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id of your own app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client&apos;s secret from stdin (else from METERSCOPE_CLIENT_SECRET, if set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: a secret in an argument is visible to every user of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client secret is never taken as an argument (other users of this machine can read it) — set METERSCOPE_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pat and --browser exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pat signs in without an OAuth client; leave out --client-id and --client-secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret-stdin needs --client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be kept in the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile has no OAuth client id; give your app registration&apos;s with --client-id (register the redirect URI http://127.0.0.1%1), or use --pat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %1 (%n site(s))
</source>
        <translation>
            <numerusform>Signed in: %1 (%n site)
</numerusform>
            <numerusform>Signed in: %1 (%n sites)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Open this address in a browser to sign in:</source>
        <extracomment>%1 is the reason the browser could not be opened, a whole sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out: delete the stored sign-in from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>en</source>
        <comment>language code of the sign-in page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is unavailable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1, which the API profile gives for the sign-in redirect (oauth.redirectPort), is in use by another program. Close it, or register another port and change the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a local port for sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a request Meterscope understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already completed; you can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is not for this session. Start the sign-in again from Meterscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response was incomplete (no authorization code); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the API profile names (oauth.issuer); it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to Meterscope. You can close this window and return to Meterscope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataParser</name>
    <message>
        <source>The body holds no list of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no usable id or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Show one meter with all its attributes and measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetersCommand</name>
    <message>
        <source>List the meters of a site with their measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>The server states %1 items, more than any portfolio holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 repeats item %2 of an earlier page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 items but states a total of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is empty although %2 of %3 items are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list did not end after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodComparison</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodOptions</name>
    <message>
        <source>Start of the period (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer only; the local cache is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer for the whole period, kept in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-cache and --refresh cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; — use 2025-03-01, 2025-03-01T10:00 or 2025-03-01T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioRecords</name>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionalCommand</name>
    <message>
        <source>missing argument — usage: meterscope-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — usage: meterscope-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyring is locked — unlock it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure storage is available; you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer in time; you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be used; you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCache</name>
    <message>
        <source>open the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the cache version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the damaged cache file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store series data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read series data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <source>Print the time series of a site or a meter over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --meter: every series of the site (--measurement filters them), or with --active-energy the
site&apos;s electricity consumption, or with --other-utilities its gas, water, heat... series.
The period is [--from, --to): --to is exclusive, so --from 2025-03-01 --to 2025-04-01 is March.
A DATE (2025-03-01) means its midnight; a DATETIME is 2025-03-01T10:00[:00]. Values without &quot;Z&quot; or an
offset (+02:00) are read in the site&apos;s time zone; a site without a time zone uses UTC.
One row per point: utc (interval start, ISO 8601 with Z), local (the same instant in the site&apos;s zone,
with its offset), zone, value (consumption within the interval), unit, meterId, measurementId.
Missing intervals are absent rows, never zeros. CSV output starts with &apos;#&apos; provenance lines.
Default interval: raw (daily with --active-energy or --other-utilities).
The local cache (shared with the desktop app) answers for data it holds that cannot have changed
(older than three days when it was fetched, or fetched in the last 15 minutes); the rest is asked
of the server and kept. When the server cannot be reached, a range the cache holds whole is
printed from it with an &quot;as of&quot; line on stderr (exit 0); otherwise the missing span is named.
--refresh asks the server for everything (and keeps it); --no-cache neither reads nor writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this meter of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these measurements (names or ids; repeat or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s electricity consumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s non-electric utilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --other-utilities: only these commodities (Gas, Water, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw, 15min, hourly, daily or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — series takes options only (see series --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series needs --site SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active-energy and --other-utilities cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meter and --measurement cannot be combined with --active-energy or --other-utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--commodity needs --other-utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --interval &quot;%1&quot; — use raw, 15min, hourly, daily or monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meterscope-cli: the server could not answer (%1) — printed from the local cache, data as of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 The local cache lacks %2 – %3 and %n more span(s).</source>
        <translation>
            <numerusform>%1 The local cache lacks %2 – %3 and %n more span.</numerusform>
            <numerusform>%1 The local cache lacks %2 – %3 and %n more spans.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The local cache lacks %2 – %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement named %1 was found on site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement named %1 was found on meter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesParser</name>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body holds no time series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are not signed in — sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal access token expired or was revoked — paste a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 s waiting for the sign-in to answer — try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the stored sign-in was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out, but the stored sign-in could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSettings</name>
    <message>
        <source>it has no base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>Show one site with all its attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesCommand</name>
    <message>
        <source>List every site of the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>No access token is set — paste a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal access token expired or was revoked — paste a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains spaces or control characters; paste only the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a URL or JSON, not a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <source>by 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>This application is not authorised by the sign-in server (client credentials); check the client secret in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server cannot be reached — check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s certificate was not accepted, so nothing was sent to it; check the system date and any proxy that inspects secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is busy; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response from the sign-in server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>Unexpected response from the sign-in server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response is not a JSON object (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported token type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token from METERSCOPE_TOKEN
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in — run meterscope-cli login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in (nothing stored for %1) — run meterscope-cli login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  API profile: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stored in the OS keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  account: %2 (%3)
  API: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  token URL: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::AboutDialog</name>
    <message>
        <source>About Meterscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meterscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy consumption of your sites and meters — charted, totalled and exported, in each site&apos;s own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: the built-in demo data, served on this computer (no account, no network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: Schneider Electric EcoStruxure Energy Contextualized Data API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Meterscope comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::AccountController</name>
    <message>
        <source>Your sign-in has ended — sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Meterscope has no demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached — showing the data kept on this computer (sites as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); data is fetched from the server without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data kept on this computer could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ChartController</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n request(s) failed)</source>
        <translation>
            <numerusform>(%n request failed)</numerusform>
            <numerusform>(%n requests failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::ChartDataDialog</name>
    <message>
        <source>Chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of the chart: one row per period, one column per series; an empty cell has no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ChartDataTableModel</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ChartExporter</name>
    <message numerus="yes">
        <source>… and %n more series</source>
        <translation>
            <numerusform>… and %n more series</numerusform>
            <numerusform>… and %n more series</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption of %1 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption — %1: %2 meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG file could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an export&apos;s file name: its first and last day, ISO 8601</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ChartStatusOverlay</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading this chart again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for the server — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart loads once you are signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this chart could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped. The chart shown is the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped: this chart is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ChartWidget</name>
    <message>
        <source>Dotted: ≤ %1 % missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched: &gt; %1 % missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pale: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site or a meter to see its consumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a few intervals missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, partial periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: negative intervals (counter reset or correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative interval (counter reset or correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1) · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
In progress: the data up to %1, more to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Partial so far: data for %1 % of the time passed, %2 without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Partial: data for %1 % of the period, %2 without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a counter reset or a correction, counted as the server sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No data in this period of the current range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No data to compare with in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Compared with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Δ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
Includes %n negative interval(s)</source>
        <translation>
            <numerusform>
Includes %n negative interval</numerusform>
            <numerusform>
Includes %n negative intervals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::DetailsModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly operating hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · series key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every attribute to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes of the selected site or meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (one page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data for scripts (RFC 4180: comma, decimal point, ISO 8601 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator “%1”, decimal mark “%2”, local times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data for a spreadsheet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX: numbers, dates and a provenance sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include totals table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals of each series, as under the chart, below the chart in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (zoomed view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the exported image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the exported image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the chart is exported to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::FirstRunPage</name>
    <message>
        <source>&lt;span style=&apos;font-size:22pt; font-weight:600&apos;&gt;Meterscope&lt;/span&gt;&lt;br&gt;Energy consumption of your sites and meters — charted, totalled and exported, in each site&apos;s own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample portfolio of twelve sites around the world, built into Meterscope and served on this computer: no account and no network needed. Meterscope opens the demo again when it next starts, until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token created in your EcoStruxure account. It is checked once and kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Schneider Electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your browser to sign in; Meterscope never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token created in your EcoStruxure account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::MainWindow</name>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Search sites and meters (name or ID)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the meters of every site so the search covers them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading meters: %v of %m sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters of every site loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to site %1 (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed: the wheel zooms, dragging moves; double-click or Ctrl+0 shows the whole range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find site or meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network and sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a &amp;new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with a new personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Meterscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site or a meter to see its consumption. Ctrl+click to compare several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 selections are charted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site or meter matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not searched: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series, %2 points, ready in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the oldest data on the chart that could still change was fetched from the server. F5 fetches everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token: it expired or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended and could not be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new token to go on; the view stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to go on; the view stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites and meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the sites and meters whose name or ID contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the meters of one utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sites and their meters; the selected ones are charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumption of the selected sites and meters over the time range; the totals table below lists the same values in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of each charted series over the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;data as a table…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::ManualUrlPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::SearchStatusLabel</name>
    <message>
        <source>Search all meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site&apos;s meters were searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not searched yet (meters not loaded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>loading the meters of %n more site(s)…</source>
        <translation>
            <numerusform>loading the meters of %n more site…</numerusform>
            <numerusform>loading the meters of %n more sites…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meters of %n site(s) not loaded yet</source>
        <translation>
            <numerusform>meters of %n site not loaded yet</numerusform>
            <numerusform>meters of %n sites not loaded yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::SeriesRepository</name>
    <message>
        <source>The local cache was damaged and has been rebuilt; data is fetched from the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is damaged and could not be rebuilt (%1); data is fetched from the server without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1); data is fetched from the server without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::SeriesTotalsModel</name>
    <message>
        <source>Intervals with a negative value: a meter&apos;s counter was reset or a reading corrected. They are counted in the figures as the server sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is in progress: the share of the time so far that has data (time to come is not missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate has no total; see Mean for its average over the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the values in the range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the values in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average over the range, weighted by the intervals present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest interval value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest interval value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean interval value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of what is shown (%2), none of it complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress: Min, Max, Mean are its data so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete %1: Min, Max, Mean of the %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in Min, Max, Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 up to %2: the same part of the period as this one&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to compare with in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (compared: %2 % coverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n negative interval(s)</source>
        <translation>
            <numerusform>%n negative interval</numerusform>
            <numerusform>%n negative intervals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that opens a web address, e.g. &quot;firefox --private-window&quot;. The address is added as the last argument. --browser and METERSCOPE_BROWSER take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id of the application you registered with the authorization server for Meterscope. Empty: the one in the API profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain; empty keeps the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client secret of the application registered for your profile. The demo profile uses its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this redirect URI for your client with the authorization server. Meterscope listens on a free port of 127.0.0.1 each time, which RFC 8252 servers accept for loopback redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and messages, and the formats of numbers and dates. Files for other programs (CSV, JSON) keep their fixed formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Meterscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies from the next start of Meterscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, meters and series already fetched are kept so that charts reopen at once and work offline. Data older than three days is not asked again; the last days are fetched again after 15 minutes. F5 asks the server for everything charted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cached data of every account; it is fetched again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached data could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sites, meters and series, so that charts reopen at once and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile to sign in with; empty: the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an API profile file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::SignInController</name>
    <message>
        <source>Personal access token — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schneider Electric account — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (emulator on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile of this account cannot be used (%1) — sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API profile has no OAuth client id. Register Meterscope with the authorization server (redirect URI http://127.0.0.1%1), then enter the client id in Settings → Network and sign-in, or give it with meterscope-cli login --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser window yet? The sign-in is still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal access token was not accepted by %1 — it may be mistyped, expired or revoked; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1? The stored sign-in is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the data kept on this computer for offline use (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::SiteTreeModel</name>
    <message>
        <source>%1 — no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID %2
Time zone %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID %2
%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and meters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::TimeRangeBar</name>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the previous period or the same period last year (its dates; a chart by week, or of one week, lines up weekdays), with Δ in the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of the time axis: the site&apos;s own, or UTC when sites in several zones are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC (sites differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reached from &quot;%2&quot; with ◀ ▶; pick a range to go back to the present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day included in the custom range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meterscope::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workbook holds at most %L1 rows and this export has %L2 — export it as CSV, or choose a shorter range or a coarser granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished workbook could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
