<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>The period is empty: its end is not after its start.</source>
        <translation>Der Zeitraum ist leer: sein Ende liegt nicht nach seinem Beginn.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached — check your network connection.</source>
        <translation>Der Server ist nicht erreichbar — prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The access token was rejected — it expired or was revoked.</source>
        <translation>Das Zugriffstoken wurde abgelehnt — es ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Your access token expired and could not be renewed — sign in again.</source>
        <translation>Ihr Zugriffstoken ist abgelaufen und konnte nicht erneuert werden — melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account has no access to this item.</source>
        <translation>Ihr Konto hat keinen Zugriff auf dieses Element.</translation>
    </message>
    <message>
        <source>Not found — it may have been removed.</source>
        <translation>Nicht gefunden — es wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server is busy (rate limit reached); try again shortly.</source>
        <translation>Der Server ist ausgelastet (Anfragelimit erreicht); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The service is unavailable; try again later.</source>
        <translation>Der Dienst ist nicht verfügbar; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server sent data Meterscope cannot read.</source>
        <translation>Der Server hat Daten gesendet, die Meterscope nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect; it was not followed.</source>
        <translation>Der Server hat mit einer unerwarteten Weiterleitung geantwortet; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server&apos;s list paging is inconsistent; the list could not be loaded completely.</source>
        <translation>Die Seitenaufteilung der Liste des Servers ist widersprüchlich; die Liste konnte nicht vollständig geladen werden.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate problem).</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (Zertifikatsproblem).</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>ApiProfile</name>
    <message>
        <source>The API profile is not a JSON object (%1 at offset %2).</source>
        <translation>Das API-Profil ist kein JSON-Objekt (%1 an Position %2).</translation>
    </message>
    <message>
        <source>The API profile&apos;s &quot;oauth.redirectPath&quot; must be a path starting with &quot;/&quot;, without query or fragment (for example &quot;/callback&quot;).</source>
        <translation>„oauth.redirectPath“ im API-Profil muss ein Pfad sein, der mit „/“ beginnt, ohne Query oder Fragment (zum Beispiel „/callback“).</translation>
    </message>
    <message>
        <source>The API profile&apos;s &quot;oauth.redirectPort&quot; must be a port number (1–65535), or 0 for any.</source>
        <translation>„oauth.redirectPort“ im API-Profil muss eine Portnummer (1–65535) sein, oder 0 für beliebig.</translation>
    </message>
    <message>
        <source>The API profile has no valid &quot;baseUrl&quot;.</source>
        <translation>Das API-Profil hat keine gültige „baseUrl“.</translation>
    </message>
    <message>
        <source>Cannot read the API profile %1: %2</source>
        <translation>Das API-Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>The connection was closed before the whole answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB; choose a shorter period.</source>
        <translation>Die Antwort ist größer als %1 MB; wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The server is busy; try again at %1.</source>
        <translation>Der Server ist ausgelastet; neuer Versuch um %1.</translation>
    </message>
</context>
<context>
    <name>ApplicationLanguage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>AuthorizationFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>The browser command is empty.</source>
        <translation>Der Browser-Befehl ist leer.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; could not be started.</source>
        <translation>Der Browser-Befehl „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; stopped unexpectedly.</source>
        <translation>Der Browser-Befehl „%1“ wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; ended with an error (exit status %2).</source>
        <translation>Der Browser-Befehl „%1“ endete mit einem Fehler (Exit-Status %2).</translation>
    </message>
</context>
<context>
    <name>CalendarPeriod</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>KW %1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Zone of the time axis: an IANA zone or UTC.</source>
        <translation>Zeitzone der Zeitachse: eine IANA-Zone oder UTC.</translation>
    </message>
    <message>
        <source>Draw only the part of the period from this time.</source>
        <translation>Nur den Teil des Zeitraums ab diesem Zeitpunkt zeichnen.</translation>
    </message>
    <message>
        <source>Draw only the part of the period before this time.</source>
        <translation>Nur den Teil des Zeitraums vor diesem Zeitpunkt zeichnen.</translation>
    </message>
    <message>
        <source>Draw what the desktop app charts as the same PNG, SVG or PDF as its export</source>
        <translation>Zeichnet, was die Desktop-App darstellt, als dasselbe PNG, SVG oder PDF wie ihr Export</translation>
    </message>
    <message>
        <source>Write the chart as a PNG image to FILE.</source>
        <translation>Das Diagramm als PNG-Bild nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the chart as an SVG drawing to FILE.</source>
        <translation>Das Diagramm als SVG-Zeichnung nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the chart as a one-page PDF (A4 landscape) to FILE.</source>
        <translation>Das Diagramm als einseitiges PDF (A4 quer) nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Size of the PNG and the SVG in pixels (default: %1).</source>
        <translation>Größe des PNG und des SVG in Pixeln (Standard: %1).</translation>
    </message>
    <message>
        <source>Leave out the totals table below the chart.</source>
        <translation>Die Summentabelle unter dem Diagramm weglassen.</translation>
    </message>
    <message>
        <source>--%1 is given more than once — one file per format</source>
        <translation>--%1 ist mehr als einmal angegeben — eine Datei je Format</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file &quot;%3&quot;</source>
        <translation>--%1 und --%2 nennen dieselbe Datei „%3“</translation>
    </message>
    <message>
        <source>chart needs --png FILE, --svg FILE or --pdf FILE</source>
        <translation>chart braucht --png FILE, --svg FILE oder --pdf FILE</translation>
    </message>
    <message>
        <source>--size is for --png and --svg — a PDF is one A4 page</source>
        <translation>--size gilt für --png und --svg — ein PDF ist eine A4-Seite</translation>
    </message>
    <message>
        <source>cannot read --size &quot;%1&quot; — use WIDTHxHEIGHT in pixels, such as 1600x900</source>
        <translation>--size „%1“ kann nicht gelesen werden — verwenden Sie BREITExHÖHE in Pixeln, etwa 1600x900</translation>
    </message>
    <message>
        <source>--size %1 is out of range — from %2 to %3 pixels</source>
        <translation>--size %1 liegt außerhalb des Bereichs — von %2 bis %3 Pixel</translation>
    </message>
    <message>
        <source>chart writes the files of --png, --svg and --pdf — leave out --output</source>
        <translation>chart schreibt die Dateien von --png, --svg und --pdf — lassen Sie --output weg</translation>
    </message>
    <message>
        <source>chart writes PNG, SVG or PDF — leave out --format</source>
        <translation>chart schreibt PNG, SVG oder PDF — lassen Sie --format weg</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no data to chart — the targets have no readings from %1 to %2; no file written</source>
        <translation>nichts darzustellen — die Ziele haben keine Messwerte von %1 bis %2; keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Cannot draw the chart: no temporary folder (%1)</source>
        <translation>Das Diagramm kann nicht gezeichnet werden: kein temporärer Ordner (%1)</translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation>%1 kann nicht gezeichnet werden: %2</translation>
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
        <translation>Stellt die Ziele wie die Desktop-App dar und schreibt deren Bildexport: das Diagramm unter seinem
Titel, Standorten, Zeitraum (mit Zone und Auflösung) und Einheiten, und darunter die Summentabelle (mit
--no-totals weglassen) — Balken für Zeiträume (gepunktet, wenn einige
Intervalle fehlen, schraffiert, wenn mehr fehlen, blass, solange sie laufen), Linien für Intervalle, eine
Achse je Einheit und die Legende mit einer Erklärung dieser Markierungen. --png, --svg und --pdf benennen die
Dateien; mehrere schreiben mehrere Dateien aus einem Abruf. --size ist die Größe des PNG und des SVG in
Pixeln (Standard %1, wie der Export der App; %2 bis %3); ein PDF ist eine A4-Seite im Querformat.
Ein Standort-Ziel zeigt den Strom des Standorts (und, allein, seine anderen Medien); ein Zähler-Ziel
allein zeigt alle seine Messgrößen, mehrere Ziele die Hauptmessgröße von jedem. „%“ und
„/“ in einer ID werden %4 und %5 geschrieben.
Der Zeitraum ist [--from, --to); Daten ohne Offset werden in der Zone des ersten Ziels gelesen.
--granularity folgt standardmäßig der automatischen Wahl der App für die Länge des Zeitraums.
--compare zeichnet den vorherigen Zeitraum oder denselben Zeitraum im Vorjahr neben jede Datenreihe, wie
„Vergleichen mit“ in der App.
--zone ist die Zone der Zeitachse (Standard: die der Standorte, UTC, wenn sie sich unterscheiden).
--view-from und --view-to zeichnen nur diesen Teil des Zeitraums, wie der Zoom der App.
Solange der Zeitraum läuft, gilt die Zeit nach jetzt (oder --now) nicht als fehlend.
Jede Datei wird ganz oder gar nicht geschrieben; keine wird geschrieben, wenn die Ziele im Zeitraum
keine Daten haben (Exit-Code 5). Es braucht keinen Bildschirm: sofern QT_QPA_PLATFORM keine Plattform wählt,
wird offscreen gezeichnet, daher läuft es auch aus cron.</translation>
    </message>
</context>
<context>
    <name>ChartCsvExport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the period starting %1 is in progress: its row holds the data up to %2, and its coverage counts the time up to then</source>
        <translation>der Zeitraum ab %1 läuft noch: seine Zeile enthält die Daten bis %2, und seine Abdeckung zählt die Zeit bis dahin</translation>
    </message>
    <message>
        <source>%1 Δ vs %2</source>
        <translation>%1 Δ gegenüber %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 (%3 to %4, end exclusive), each period on the row of the period it is compared with; Δ = value − compared value, Δ % relative to the compared value</source>
        <translation>„%1“ enthält %2 (%3 bis %4, Ende ausgeschlossen), jeder Zeitraum in der Zeile des Zeitraums, mit dem er verglichen wird; Δ = Wert − Vergleichswert, Δ % relativ zum Vergleichswert</translation>
    </message>
</context>
<context>
    <name>ChartLegendNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>No series charted.</source>
        <translation>Keine Datenreihe dargestellt.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 (%2).</source>
        <translation>
            <numerusform>%n Datenreihe, %1 (%2).</numerusform>
            <numerusform>%n Datenreihen, %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittel %1</translation>
    </message>
    <message>
        <source>%1: %2, coverage %3 %.</source>
        <translation>%1: %2, Abdeckung %3 %.</translation>
    </message>
</context>
<context>
    <name>ChartedSelectionCommand</name>
    <message>
        <source>A site, or a meter of a site (repeat for several).</source>
        <translation>Ein Standort oder ein Zähler eines Standorts (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>15min, hour, day, week, month or year.</source>
        <translation>15min, hour, day, week, month oder year.</translation>
    </message>
    <message>
        <source>Also the previous period or the same period last year.</source>
        <translation>Zusätzlich der vorherige Zeitraum oder derselbe Zeitraum im Vorjahr.</translation>
    </message>
    <message>
        <source>Count coverage up to this time instead of the clock&apos;s (time after it is to come, not missing).</source>
        <translation>Abdeckung bis zu diesem Zeitpunkt statt bis zur aktuellen Uhrzeit zählen (die Zeit danach kommt noch, sie fehlt nicht).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — %2 takes options only (see %2 --help)</source>
        <translation>unerwartetes Argument „%1“ — %2 nimmt nur Optionen (siehe %2 --help)</translation>
    </message>
    <message>
        <source>cannot read --target &quot;%1&quot; — use SITE or SITE/METER</source>
        <translation>--target „%1“ kann nicht gelesen werden — verwenden Sie SITE oder SITE/METER</translation>
    </message>
    <message>
        <source>%1 needs at least one --target SITE[/METER]</source>
        <translation>%1 braucht mindestens ein --target SITE[/METER]</translation>
    </message>
    <message>
        <source>--view-from and --view-to go together</source>
        <translation>--view-from und --view-to gehören zusammen</translation>
    </message>
    <message>
        <source>unknown --granularity &quot;%1&quot; — use 15min, hour, day, week, month or year</source>
        <translation>unbekannte --granularity „%1“ — verwenden Sie 15min, hour, day, week, month oder year</translation>
    </message>
    <message>
        <source>unknown --compare &quot;%1&quot; — use previous or last-year</source>
        <translation>unbekanntes --compare „%1“ — verwenden Sie previous oder last-year</translation>
    </message>
    <message>
        <source>unknown --zone &quot;%1&quot; — use an IANA zone such as Europe/Paris, or UTC</source>
        <translation>unbekannte --zone „%1“ — verwenden Sie eine IANA-Zone wie Europe/Paris oder UTC</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>meterscope-cli: the local cache cannot be used (%1); asking the server only
</source>
        <translation>meterscope-cli: der lokale Cache kann nicht verwendet werden (%1); nur der Server wird gefragt
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>to the standard output</source>
        <translation>in die Standardausgabe</translation>
    </message>
    <message>
        <source>The access token was rejected — METERSCOPE_TOKEN holds an expired, revoked or unknown token.</source>
        <translation>Das Zugriffstoken wurde abgelehnt — METERSCOPE_TOKEN enthält ein abgelaufenes, widerrufenes oder unbekanntes Token.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>API base URL (default: the profile&apos;s, %1).</source>
        <translation>Basis-URL der API (Standard: die des Profils, %1).</translation>
    </message>
    <message>
        <source>API profile JSON file (paths, parameter names, intervals).</source>
        <translation>JSON-Datei des API-Profils (Pfade, Parameternamen, Intervalle).</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of stdout (complete or not at all).</source>
        <translation>Das Ergebnis nach FILE statt in die Standardausgabe schreiben (vollständig oder gar nicht).</translation>
    </message>
    <message>
        <source>Show help (also: COMMAND --help).</source>
        <translation>Hilfe anzeigen (auch: COMMAND --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Log each request (method, path, status, retries) on stderr.</source>
        <translation>Jede Anfrage (Methode, Pfad, Status, Wiederholungen) auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>Usage: meterscope-cli [options] COMMAND [arguments]
Reads sites, meters and time series from the EcoStruxure Energy Contextualized Data API.

Commands:
</source>
        <translation>Aufruf: meterscope-cli [Optionen] COMMAND [Argumente]
Liest Standorte, Zähler und Zeitreihen aus der EcoStruxure Energy Contextualized Data API.

Befehle:
</translation>
    </message>
    <message>
        <source>  Run &quot;meterscope-cli COMMAND --help&quot; for a command&apos;s arguments.

</source>
        <translation>  „meterscope-cli COMMAND --help“ zeigt die Argumente eines Befehls.

</translation>
    </message>
    <message>
        <source>
Environment:
  METERSCOPE_TOKEN        Personal access token sent as the bearer token (never printed).

Dates and times without &quot;Z&quot; or an offset are read in the site&apos;s time zone (UTC when the site has none).
Exit codes: 0 ok, 2 usage error, 3 authentication (no token, token rejected, no access),
4 not found (site, meter or measurement), 5 any other API, network or output error.
</source>
        <translation>
Umgebung:
  METERSCOPE_TOKEN        Persönliches Zugriffstoken, als Bearer-Token gesendet (nie ausgegeben).

Daten und Zeiten ohne „Z“ oder Offset werden in der Zeitzone des Standorts gelesen (UTC, wenn der Standort keine hat).
Exit-Codes: 0 ok, 2 Aufruffehler, 3 Authentifizierung (kein Token, Token abgelehnt, kein Zugriff),
4 nicht gefunden (Standort, Zähler oder Messgröße), 5 jeder andere API-, Netzwerk- oder Ausgabefehler.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; — use table, json, csv or xlsx</source>
        <translation>unbekanntes --format „%1“ — verwenden Sie table, json, csv oder xlsx</translation>
    </message>
    <message>
        <source>--format xlsx is for export; %1 writes table, json or csv</source>
        <translation>--format xlsx ist für export; %1 schreibt table, json oder csv</translation>
    </message>
    <message>
        <source>--format xlsx writes a file: add --output FILE.xlsx</source>
        <translation>--format xlsx schreibt eine Datei: fügen Sie --output DATEI.xlsx hinzu</translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation>das Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL such as %1</source>
        <translation>--base-url muss eine http(s)-URL sein, etwa %1</translation>
    </message>
    <message>
        <source>METERSCOPE_TOKEN does not hold a personal access token: %1</source>
        <translation>METERSCOPE_TOKEN enthält kein persönliches Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>Usage: meterscope-cli [options] %1 %2
%3.
</source>
        <translation>Aufruf: meterscope-cli [Optionen] %1 %2
%3.
</translation>
    </message>
    <message>
        <source>%1 — see meterscope-cli --help</source>
        <translation>%1 — siehe meterscope-cli --help</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>No stored sign-in for %1 — run meterscope-cli login with the same --profile/--base-url, or set METERSCOPE_TOKEN to a personal access token.</source>
        <translation>Keine gespeicherte Anmeldung für %1 — führen Sie meterscope-cli login mit denselben --profile/--base-url aus, oder setzen Sie METERSCOPE_TOKEN auf ein persönliches Zugriffstoken.</translation>
    </message>
    <message>
        <source>No access token — run meterscope-cli login, or set METERSCOPE_TOKEN to a personal access token.</source>
        <translation>Kein Zugriffstoken — führen Sie meterscope-cli login aus, oder setzen Sie METERSCOPE_TOKEN auf ein persönliches Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>Commodity</name>
    <message>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>District heating</source>
        <translation>Fernwärme</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Dampf</translation>
    </message>
    <message>
        <source>Chilled water</source>
        <translation>Kaltwasser</translation>
    </message>
    <message>
        <source>Solar generation</source>
        <translation>Solarerzeugung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CredentialUrlPolicy</name>
    <message>
        <source>%1 must be an https URL (it is &quot;%2&quot;).</source>
        <translation>%1 muss eine https-URL sein (sie ist „%2“).</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password (%2).</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten (%2).</translation>
    </message>
    <message>
        <source>%1 uses plain http to %2 — refusing to send credentials in clear; use https.</source>
        <translation>%1 verwendet unverschlüsseltes http zu %2 — Anmeldedaten werden nicht im Klartext gesendet; verwenden Sie https.</translation>
    </message>
    <message>
        <source>The API base URL</source>
        <translation>Die Basis-URL der API</translation>
    </message>
    <message>
        <source>The token URL</source>
        <translation>Die Token-URL</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DatePatterns</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: Monday 5 October 2026</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: 5 October 2026</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date pattern: October 2026</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern: Oct 2026</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern: 5 Oct 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: 5 Oct</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern: Mon 5 Oct</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: Mon 5 Oct 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date and time pattern: Mon 5 Oct 14:00</comment>
        <translation>ddd, d. MMM HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <comment>date and time pattern: Mon 5 Oct 2026 14:00</comment>
        <translation>ddd, d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date and time pattern: 5 Oct 2026 14:00</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>ErrorBodyParser</name>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Zone of the local-time column: an IANA zone or UTC.</source>
        <translation>Zone der Ortszeit-Spalte: eine IANA-Zone oder UTC.</translation>
    </message>
    <message>
        <source>Only rows starting at or after this time.</source>
        <translation>Nur Zeilen, die zu oder nach diesem Zeitpunkt beginnen.</translation>
    </message>
    <message>
        <source>Only rows starting before this time.</source>
        <translation>Nur Zeilen, die vor diesem Zeitpunkt beginnen.</translation>
    </message>
    <message>
        <source>Write what the desktop app charts as the same CSV as its export</source>
        <translation>Schreibt, was die Desktop-App darstellt, als dieselbe CSV wie ihr Export</translation>
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
        <translation>Stellt die Ziele wie die Desktop-App dar und schreibt deren CSV-Export: eine Zeile je Intervall oder
Zeitraum, aggregiert in der Zeitzone jedes Standorts, eine Wertespalte je Datenreihe und, für Zeiträume
(Tag, Woche, Monat, Jahr), ihre Spalten für Abdeckung (%), unvollständig und negative Intervalle. Ein Standort-Ziel
zeigt den Strom des Standorts (und, allein, seine anderen Medien); ein Zähler-Ziel allein zeigt alle
seine Messgrößen, mehrere Ziele die Hauptmessgröße von jedem. „%“ und „/“ in einer ID werden
%25 und %2F geschrieben.
Der Zeitraum ist [--from, --to); Daten ohne Offset werden in der Zone des ersten Ziels gelesen.
--granularity folgt standardmäßig der automatischen Wahl der App für die Länge des Zeitraums.
--compare fügt nach jeder Datenreihe den vorherigen Zeitraum oder denselben Zeitraum im Vorjahr hinzu (dieselben
Daten; für ein Diagramm nach Wochen oder über eine Woche die 52 Wochen davor, damit die Wochentage übereinstimmen), in den Zeilen
der Zeiträume, mit denen er verglichen wird, dann Spalten Δ und Δ %, wie „Vergleichen mit“ in der App.
--zone ist die Zone der Ortszeit-Spalte (Standard: die der Standorte, UTC, wenn sie sich unterscheiden).
--view-from und --view-to behalten nur die Zeilen, die in einem gezoomten Teil des Zeitraums beginnen.
Solange der Zeitraum läuft, gilt die Zeit nach jetzt (oder --now) nicht als fehlend.
Die Ausgabe ist CSV nach RFC 4180: „#“-Herkunftsdatensätze (mit diesem Befehl), eine Kopfzeile, die Zeilen.
--dialect spreadsheet schreibt sie für den CSV-Import einer Tabellenkalkulation im Gebietsschema (LANG oder
spreadsheet:fr_FR): dessen Dezimalzeichen, „;“ wo dieses „,“ ist, UTF-8 mit BOM, Ortszeiten als
2025-03-01 00:00:00 mit UTC-Offset und Zone in eigenen Spalten, unvollständig als 1/0, die
Kopfzeile in der ersten Zeile und die Herkunft unter den Zeilen, eine Textzelle je Datensatz
(#site: 00012345), damit kein Wert aus Ziffern zu einer Zahl wird.
Jeder CSV-Export der Desktop-App nennt den Befehl, der seine Zeilen erneut schreibt.</translation>
    </message>
    <message>
        <source>rfc4180 (default), spreadsheet (the locale of LANG or LC_ALL) or spreadsheet:LOCALE (fr_FR, de_DE, ...).</source>
        <translation>rfc4180 (Standard), spreadsheet (das Gebietsschema von LANG oder LC_ALL) oder spreadsheet:LOCALE (fr_FR, de_DE, ...).</translation>
    </message>
    <message>
        <source>unknown --dialect &quot;%1&quot; — use rfc4180, spreadsheet or spreadsheet:fr_FR</source>
        <translation>unbekannter --dialect „%1“ — verwenden Sie rfc4180, spreadsheet oder spreadsheet:fr_FR</translation>
    </message>
    <message>
        <source>export writes CSV or XLSX — leave out --format json</source>
        <translation>export schreibt CSV oder XLSX — lassen Sie --format json weg</translation>
    </message>
</context>
<context>
    <name>Granularity</name>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The body is empty.</source>
        <translation>Der Inhalt ist leer.</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2.</source>
        <translation>Ungültiges JSON bei Byte %1: %2.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in (browser, or --pat) and remember it in the OS keychain</source>
        <translation>Anmelden (Browser oder --pat) und die Anmeldung im Schlüsselbund des Systems speichern</translation>
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
        <translation>Ohne --pat wird die Anmeldeseite in einem Browser geöffnet: mit dem Befehl aus --browser, sonst dem
aus METERSCOPE_BROWSER; lässt sich keiner öffnen, wird die Adresse zum Öffnen von Hand ausgegeben. Der Browser
kehrt zu http://127.0.0.1:&lt;port&gt;&lt;redirectPath&gt; zurück (oauth.redirectPath des Profils, Standard
/callback; registrieren Sie http://127.0.0.1/callback bei Ihrem Autorisierungsserver). Mit --client-id
meldet es sich als Ihr eigener registrierter Client an; dessen Secret, falls vorhanden, kommt aus
METERSCOPE_CLIENT_SECRET oder, mit --client-secret-stdin, von stdin (nie aus einem Argument) und wird
für diesen Autorisierungsserver im Schlüsselbund des Systems gespeichert. Mit --pat wird ein persönliches Zugriffstoken
von stdin gelesen (ohne Echo im Terminal). Das Konto wird mit dem Profil gespeichert, mit dem es sich
angemeldet hat; spätere Befehle verwenden es, wenn METERSCOPE_TOKEN nicht gesetzt ist. Für eine Basis-URL auf 127.0.0.1 ohne
Profil wird der Demo-Client des eingebauten Emulators verwendet.</translation>
    </message>
    <message>
        <source>Sign in with a personal access token read from stdin.</source>
        <translation>Mit einem von stdin gelesenen persönlichen Zugriffstoken anmelden.</translation>
    </message>
    <message>
        <source>Command that opens the sign-in URL (the URL is appended).</source>
        <translation>Befehl, der die Anmelde-URL öffnet (die URL wird angehängt).</translation>
    </message>
    <message>
        <source>The OAuth client id of your own app registration.</source>
        <translation>Die OAuth-Client-ID Ihrer eigenen App-Registrierung.</translation>
    </message>
    <message>
        <source>Read the client&apos;s secret from stdin (else from METERSCOPE_CLIENT_SECRET, if set).</source>
        <translation>Das Client-Secret von stdin lesen (sonst aus METERSCOPE_CLIENT_SECRET, falls gesetzt).</translation>
    </message>
    <message>
        <source>Refused: a secret in an argument is visible to every user of this machine.</source>
        <translation>Abgelehnt: ein Secret in einem Argument ist für jeden Benutzer dieses Rechners sichtbar.</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login nimmt keine Argumente</translation>
    </message>
    <message>
        <source>a client secret is never taken as an argument (other users of this machine can read it) — set METERSCOPE_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation>ein Client-Secret wird nie als Argument angenommen (andere Benutzer dieses Rechners können es lesen) — setzen Sie METERSCOPE_CLIENT_SECRET oder verwenden Sie --client-secret-stdin</translation>
    </message>
    <message>
        <source>--pat and --browser exclude each other</source>
        <translation>--pat und --browser schließen sich aus</translation>
    </message>
    <message>
        <source>--pat signs in without an OAuth client; leave out --client-id and --client-secret-stdin</source>
        <translation>--pat meldet sich ohne OAuth-Client an; lassen Sie --client-id und --client-secret-stdin weg</translation>
    </message>
    <message>
        <source>--client-secret-stdin needs --client-id</source>
        <translation>--client-secret-stdin braucht --client-id</translation>
    </message>
    <message>
        <source>--client-id is empty</source>
        <translation>--client-id ist leer</translation>
    </message>
    <message>
        <source>The client secret could not be kept in the OS keychain: %1</source>
        <translation>Das Client-Secret konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The API profile has no OAuth client id; give your app registration&apos;s with --client-id (register the redirect URI http://127.0.0.1%1), or use --pat.</source>
        <translation>Das API-Profil hat keine OAuth-Client-ID; geben Sie die Ihrer App-Registrierung mit --client-id an (registrieren Sie die Weiterleitungs-URI http://127.0.0.1%1), oder verwenden Sie --pat.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %1 (%n site(s))
</source>
        <translation>
            <numerusform>Angemeldet: %1 (%n Standort)
</numerusform>
            <numerusform>Angemeldet: %1 (%n Standorte)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>Client-Secret: </translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Persönliches Zugriffstoken: </translation>
    </message>
    <message>
        <source>%1 Open this address in a browser to sign in:</source>
        <extracomment>%1 is the reason the browser could not be opened, a whole sentence.</extracomment>
        <translation>%1 Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out: delete the stored sign-in from the keychain</source>
        <translation>Abmelden: die gespeicherte Anmeldung aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>You are not signed in.
</source>
        <translation>Sie sind nicht angemeldet.
</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>en</source>
        <comment>language code of the sign-in page</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable; try again.</source>
        <translation>Der Anmeldedienst ist nicht verfügbar; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1, which the API profile gives for the sign-in redirect (oauth.redirectPort), is in use by another program. Close it, or register another port and change the profile.</source>
        <translation>Port %1 auf 127.0.0.1, den das API-Profil für die Anmelde-Weiterleitung angibt (oauth.redirectPort), wird von einem anderen Programm belegt. Schließen Sie es, oder registrieren Sie einen anderen Port und ändern Sie das Profil.</translation>
    </message>
    <message>
        <source>Cannot open a local port for sign-in.</source>
        <translation>Für die Anmeldung kann kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This is not a request Meterscope understands.</source>
        <translation>Diese Anfrage versteht Meterscope nicht.</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Hier wird nur die Anmelde-Weiterleitung bedient.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Already completed</source>
        <translation>Bereits abgeschlossen</translation>
    </message>
    <message>
        <source>This sign-in has already completed; you can close this window.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen; Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Not for this session</source>
        <translation>Nicht für diese Sitzung</translation>
    </message>
    <message>
        <source>This sign-in link is not for this session. Start the sign-in again from Meterscope.</source>
        <translation>Dieser Anmeldelink gehört nicht zu dieser Sitzung. Starten Sie die Anmeldung in Meterscope neu.</translation>
    </message>
    <message>
        <source>The sign-in response was incomplete (no authorization code); try again.</source>
        <translation>Die Anmeldeantwort war unvollständig (kein Autorisierungscode); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the API profile names (oauth.issuer); it was not used.</source>
        <translation>Die Anmeldeantwort kam von einem anderen Autorisierungsserver als dem, den das API-Profil nennt (oauth.issuer); sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in to Meterscope. You can close this window and return to Meterscope.</source>
        <translation>Sie sind bei Meterscope angemeldet. Sie können dieses Fenster schließen und zu Meterscope zurückkehren.</translation>
    </message>
</context>
<context>
    <name>MetadataParser</name>
    <message>
        <source>The body holds no list of %1.</source>
        <translation>Der Inhalt enthält keine Liste von %1.</translation>
    </message>
    <message>
        <source>The %1 has no usable id or name.</source>
        <translation>%1 hat keine verwendbare ID und keinen verwendbaren Namen.</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Show one meter with all its attributes and measurements</source>
        <translation>Einen Zähler mit allen Attributen und Messgrößen anzeigen</translation>
    </message>
</context>
<context>
    <name>MetersCommand</name>
    <message>
        <source>List the meters of a site with their measurements</source>
        <translation>Die Zähler eines Standorts mit ihren Messgrößen auflisten</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>The server states %1 items, more than any portfolio holds.</source>
        <translation>Der Server gibt %1 Elemente an, mehr als ein Portfolio enthalten kann.</translation>
    </message>
    <message>
        <source>Page %1 repeats item %2 of an earlier page.</source>
        <translation>Seite %1 wiederholt Element %2 einer früheren Seite.</translation>
    </message>
    <message>
        <source>The server sent %1 items but states a total of %2.</source>
        <translation>Der Server hat %1 Elemente gesendet, gibt aber insgesamt %2 an.</translation>
    </message>
    <message>
        <source>Page %1 is empty although %2 of %3 items are missing.</source>
        <translation>Seite %1 ist leer, obwohl %2 von %3 Elementen fehlen.</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages.</source>
        <translation>Die Liste endete nicht nach %1 Seiten.</translation>
    </message>
</context>
<context>
    <name>PeriodComparison</name>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Gleicher Zeitraum im Vorjahr</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PeriodOptions</name>
    <message>
        <source>Start of the period (inclusive).</source>
        <translation>Beginn des Zeitraums (einschließlich).</translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation>Ende des Zeitraums (ausschließlich).</translation>
    </message>
    <message>
        <source>The server&apos;s answer only; the local cache is not used.</source>
        <translation>Nur die Antwort des Servers; der lokale Cache wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer for the whole period, kept in the local cache.</source>
        <translation>Die Antwort des Servers für den ganzen Zeitraum, im lokalen Cache gespeichert.</translation>
    </message>
    <message>
        <source>--no-cache and --refresh cannot be combined</source>
        <translation>--no-cache und --refresh können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>%1 needs --from and --to</source>
        <translation>%1 braucht --from und --to</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; — use 2025-03-01, 2025-03-01T10:00 or 2025-03-01T10:00:00Z</source>
        <translation>das Datum „%1“ kann nicht gelesen werden — verwenden Sie 2025-03-01, 2025-03-01T10:00 oder 2025-03-01T10:00:00Z</translation>
    </message>
</context>
<context>
    <name>PortfolioRecords</name>
    <message>
        <source>no unit</source>
        <translation>keine Einheit</translation>
    </message>
</context>
<context>
    <name>PositionalCommand</name>
    <message>
        <source>missing argument — usage: meterscope-cli %1</source>
        <translation>fehlendes Argument — Aufruf: meterscope-cli %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — usage: meterscope-cli %2</source>
        <translation>unerwartetes Argument „%1“ — Aufruf: meterscope-cli %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored for this account.</source>
        <translation>Für dieses Konto ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your keyring is locked — unlock it and retry.</source>
        <translation>Ihr Schlüsselbund ist gesperrt — entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No secure storage is available; you will need to sign in again next time.</source>
        <translation>Kein sicherer Speicher verfügbar; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time; you will need to sign in again next time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>The keyring could not be used; you will need to sign in again next time.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>SeriesCache</name>
    <message>
        <source>open the cache</source>
        <translation>den Cache öffnen</translation>
    </message>
    <message>
        <source>read the cache version</source>
        <translation>die Cache-Version lesen</translation>
    </message>
    <message>
        <source>Could not delete the damaged cache file %1</source>
        <translation>Die beschädigte Cache-Datei %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>update the cache</source>
        <translation>den Cache aktualisieren</translation>
    </message>
    <message>
        <source>store series data</source>
        <translation>Reihendaten speichern</translation>
    </message>
    <message>
        <source>read series data</source>
        <translation>Reihendaten lesen</translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <source>Print the time series of a site or a meter over a period</source>
        <translation>Die Zeitreihe eines Standorts oder Zählers über einen Zeitraum ausgeben</translation>
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
        <translation>Ohne --meter: jede Datenreihe des Standorts (--measurement filtert sie), oder mit --active-energy der
Stromverbrauch des Standorts, oder mit --other-utilities seine Gas-, Wasser-, Wärme-... Reihen.
Der Zeitraum ist [--from, --to): --to ist ausgeschlossen, also ist --from 2025-03-01 --to 2025-04-01 der März.
Ein DATUM (2025-03-01) bedeutet dessen Mitternacht; eine DATETIME ist 2025-03-01T10:00[:00]. Werte ohne „Z“ oder
Offset (+02:00) werden in der Zeitzone des Standorts gelesen; ein Standort ohne Zeitzone verwendet UTC.
Eine Zeile je Punkt: utc (Intervallbeginn, ISO 8601 mit Z), local (derselbe Zeitpunkt in der Zone des Standorts,
mit Offset), zone, value (Verbrauch im Intervall), unit, meterId, measurementId.
Fehlende Intervalle sind fehlende Zeilen, nie Nullen. CSV-Ausgabe beginnt mit „#“-Herkunftszeilen.
Standardintervall: raw (daily mit --active-energy oder --other-utilities).
Der lokale Cache (mit der Desktop-App geteilt) beantwortet Daten, die er hat und die sich nicht mehr ändern können
(beim Abruf älter als drei Tage, oder in den letzten 15 Minuten abgerufen); der Rest wird beim
Server angefragt und gespeichert. Ist der Server nicht erreichbar, wird ein Zeitraum, den der Cache vollständig hat,
daraus mit einer „Stand“-Zeile auf stderr ausgegeben (Exit 0); sonst wird der fehlende Abschnitt genannt.
--refresh fragt alles beim Server an (und speichert es); --no-cache liest und schreibt ihn nicht.</translation>
    </message>
    <message>
        <source>The site (required).</source>
        <translation>Der Standort (erforderlich).</translation>
    </message>
    <message>
        <source>Only this meter of the site.</source>
        <translation>Nur dieser Zähler des Standorts.</translation>
    </message>
    <message>
        <source>Only these measurements (names or ids; repeat or separate with commas).</source>
        <translation>Nur diese Messgrößen (Namen oder IDs; wiederholen oder mit Kommas trennen).</translation>
    </message>
    <message>
        <source>The site&apos;s electricity consumption.</source>
        <translation>Der Stromverbrauch des Standorts.</translation>
    </message>
    <message>
        <source>The site&apos;s non-electric utilities.</source>
        <translation>Die nicht elektrischen Medien des Standorts.</translation>
    </message>
    <message>
        <source>With --other-utilities: only these commodities (Gas, Water, ...).</source>
        <translation>Mit --other-utilities: nur diese Medien (Gas, Water, ...).</translation>
    </message>
    <message>
        <source>raw, 15min, hourly, daily or monthly.</source>
        <translation>raw, 15min, hourly, daily oder monthly.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — series takes options only (see series --help)</source>
        <translation>unerwartetes Argument „%1“ — series nimmt nur Optionen (siehe series --help)</translation>
    </message>
    <message>
        <source>series needs --site SITE</source>
        <translation>series braucht --site SITE</translation>
    </message>
    <message>
        <source>--active-energy and --other-utilities cannot be combined</source>
        <translation>--active-energy und --other-utilities können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--meter and --measurement cannot be combined with --active-energy or --other-utilities</source>
        <translation>--meter und --measurement können nicht mit --active-energy oder --other-utilities kombiniert werden</translation>
    </message>
    <message>
        <source>--commodity needs --other-utilities</source>
        <translation>--commodity braucht --other-utilities</translation>
    </message>
    <message>
        <source>unknown --interval &quot;%1&quot; — use raw, 15min, hourly, daily or monthly</source>
        <translation>unbekanntes --interval „%1“ — verwenden Sie raw, 15min, hourly, daily oder monthly</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to muss nach --from liegen</translation>
    </message>
    <message>
        <source>meterscope-cli: the server could not answer (%1) — printed from the local cache, data as of %2
</source>
        <translation>meterscope-cli: der Server konnte nicht antworten (%1) — aus dem lokalen Cache ausgegeben, Datenstand %2
</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%1 The local cache lacks %2 – %3 and %n more span(s).</source>
        <translation>
            <numerusform>%1 Dem lokalen Cache fehlt %2 – %3 und %n weiterer Abschnitt.</numerusform>
            <numerusform>%1 Dem lokalen Cache fehlt %2 – %3 und %n weitere Abschnitte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The local cache lacks %2 – %3.</source>
        <translation>%1 Dem lokalen Cache fehlt %2 – %3.</translation>
    </message>
    <message>
        <source>No measurement named %1 was found on site %2.</source>
        <translation>Keine Messgröße namens %1 auf dem Standort %2 gefunden.</translation>
    </message>
    <message>
        <source>No measurement named %1 was found on meter %2.</source>
        <translation>Keine Messgröße namens %1 auf dem Zähler %2 gefunden.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>SeriesParser</name>
    <message>
        <source>The body is empty.</source>
        <translation>Der Inhalt ist leer.</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>Ungültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The body holds no time series.</source>
        <translation>Der Inhalt enthält keine Zeitreihe.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are not signed in — sign in first.</source>
        <translation>Sie sind nicht angemeldet — melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Your personal access token expired or was revoked — paste a new one.</source>
        <translation>Ihr persönliches Zugriffstoken ist abgelaufen oder wurde widerrufen — fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <source>Gave up after %1 s waiting for the sign-in to answer — try again.</source>
        <translation>Nach %1 s Warten auf die Anmeldung aufgegeben — versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signed out; the stored sign-in was deleted.</source>
        <translation>Abgemeldet; die gespeicherte Anmeldung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Signed out, but the stored sign-in could not be deleted: %1</source>
        <translation>Abgemeldet, aber die gespeicherte Anmeldung konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>SignInSettings</name>
    <message>
        <source>it has no base URL.</source>
        <translation>es hat keine Basis-URL.</translation>
    </message>
    <message>
        <source>The API profile %1 cannot be used: %2</source>
        <translation>Das API-Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>Show one site with all its attributes</source>
        <translation>Einen Standort mit allen Attributen anzeigen</translation>
    </message>
</context>
<context>
    <name>SitesCommand</name>
    <message>
        <source>List every site of the account</source>
        <translation>Alle Standorte des Kontos auflisten</translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>No access token is set — paste a personal access token.</source>
        <translation>Kein Zugriffstoken gesetzt — fügen Sie ein persönliches Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Your personal access token expired or was revoked — paste a new one.</source>
        <translation>Ihr persönliches Zugriffstoken ist abgelaufen oder wurde widerrufen — fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token contains spaces or control characters; paste only the token.</source>
        <translation>Das Token enthält Leer- oder Steuerzeichen; fügen Sie nur das Token ein.</translation>
    </message>
    <message>
        <source>This looks like a URL or JSON, not a personal access token.</source>
        <translation>Das sieht nach einer URL oder JSON aus, nicht nach einem persönlichen Zugriffstoken.</translation>
    </message>
    <message>
        <source>The token is too long.</source>
        <translation>Das Token ist zu lang.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <source>by 15 minutes</source>
        <translation>je 15 Minuten</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>jährlich</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>This application is not authorised by the sign-in server (client credentials); check the client secret in the settings.</source>
        <translation>Diese Anwendung ist vom Anmeldeserver nicht autorisiert (Client-Anmeldedaten); prüfen Sie das Client-Secret in den Einstellungen.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time; try again.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in server cannot be reached — check your network connection.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar — prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s certificate was not accepted, so nothing was sent to it; check the system date and any proxy that inspects secure connections.</source>
        <translation>Das Zertifikat des Anmeldeservers wurde nicht akzeptiert, daher wurde nichts an ihn gesendet; prüfen Sie das Systemdatum und jeden Proxy, der sichere Verbindungen untersucht.</translation>
    </message>
    <message>
        <source>The sign-in service is busy; try again in a few minutes.</source>
        <translation>Der Anmeldedienst ist ausgelastet; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Unexpected response from the sign-in server.</source>
        <translation>Unerwartete Antwort vom Anmeldeserver.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>Unexpected response from the sign-in server.</source>
        <translation>Unerwartete Antwort vom Anmeldeserver.</translation>
    </message>
    <message>
        <source>The token response is not a JSON object (%1 bytes).</source>
        <translation>Die Token-Antwort ist kein JSON-Objekt (%1 Byte).</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>Die Token-Antwort enthält kein access_token.</translation>
    </message>
    <message>
        <source>Unsupported token type &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Token-Typ „%1“.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the signed-in account</source>
        <translation>Das angemeldete Konto anzeigen</translation>
    </message>
    <message>
        <source>Personal access token from METERSCOPE_TOKEN
</source>
        <translation>Persönliches Zugriffstoken aus METERSCOPE_TOKEN
</translation>
    </message>
    <message>
        <source>Not signed in — run meterscope-cli login.</source>
        <translation>Nicht angemeldet — führen Sie meterscope-cli login aus.</translation>
    </message>
    <message>
        <source>Not signed in (nothing stored for %1) — run meterscope-cli login.</source>
        <translation>Nicht angemeldet (nichts gespeichert für %1) — führen Sie meterscope-cli login aus.</translation>
    </message>
    <message>
        <source>  API profile: %1
</source>
        <translation>  API-Profil: %1
</translation>
    </message>
    <message>
        <source>  stored in the OS keychain
</source>
        <translation>  im Schlüsselbund des Systems gespeichert
</translation>
    </message>
    <message>
        <source>%1
  account: %2 (%3)
  API: %4
</source>
        <translation>%1
  Konto: %2 (%3)
  API: %4
</translation>
    </message>
    <message>
        <source>  token URL: %1
</source>
        <translation>  Token-URL: %1
</translation>
    </message>
</context>
<context>
    <name>meterscope::AboutDialog</name>
    <message>
        <source>About Meterscope</source>
        <translation>Über Meterscope</translation>
    </message>
    <message>
        <source>Meterscope %1</source>
        <translation>Meterscope %1</translation>
    </message>
    <message>
        <source>Energy consumption of your sites and meters — charted, totalled and exported, in each site&apos;s own time zone.</source>
        <translation>Der Energieverbrauch Ihrer Standorte und Zähler — als Diagramm, summiert und exportiert, in der Zeitzone jedes Standorts.</translation>
    </message>
    <message>
        <source>Data: the built-in demo data, served on this computer (no account, no network).</source>
        <translation>Daten: die eingebauten Demodaten, auf diesem Computer bereitgestellt (kein Konto, kein Netzwerk).</translation>
    </message>
    <message>
        <source>Data: Schneider Electric EcoStruxure Energy Contextualized Data API.</source>
        <translation>Daten: Schneider Electric EcoStruxure Energy Contextualized Data API.</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Meterscope comes with no warranty.</source>
        <translation>Lizenz: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Meterscope wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
</context>
<context>
    <name>meterscope::AccountController</name>
    <message>
        <source>Your sign-in has ended — sign in again to continue.</source>
        <translation>Ihre Anmeldung ist abgelaufen — melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Demo wird gestartet…</translation>
    </message>
    <message>
        <source>This build of Meterscope has no demo.</source>
        <translation>Diese Version von Meterscope enthält keine Demo.</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Demo portfolio</source>
        <translation>Demo-Portfolio</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting for the browser sign-in…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Signing in again…</source>
        <translation>Erneute Anmeldung…</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>eine frühere Sitzung</translation>
    </message>
    <message>
        <source>%1 cannot be reached — showing the data kept on this computer (sites as of %2).</source>
        <translation>%1 ist nicht erreichbar — die auf diesem Computer gespeicherten Daten werden angezeigt (Standorte vom %2).</translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); data is fetched from the server without it.</source>
        <translation>Der lokale Cache kann nicht geöffnet werden (%1); die Daten werden ohne ihn vom Server abgerufen.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The data kept on this computer could not be removed (%1).</source>
        <translation>Die auf diesem Computer gespeicherten Daten konnten nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n request(s) failed)</source>
        <translation>
            <numerusform>(%n Anfrage fehlgeschlagen)</numerusform>
            <numerusform>(%n Anfragen fehlgeschlagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::ChartDataDialog</name>
    <message>
        <source>Chart data</source>
        <translation>Diagrammdaten</translation>
    </message>
    <message>
        <source>The values of the chart: one row per period, one column per series; an empty cell has no data</source>
        <translation>Die Werte des Diagramms: eine Zeile je Zeitraum, eine Spalte je Datenreihe; eine leere Zelle hat keine Daten</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartDataTableModel</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartExporter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>permission denied in %1</source>
        <translation>Zugriff verweigert in %1</translation>
    </message>
    <message>
        <source>it could not be created in %1</source>
        <translation>er konnte in %1 nicht angelegt werden</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and %2.</source>
        <translation>Der Ordner %1 existiert nicht und %2.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>Consumption of %1 sites</source>
        <translation>Verbrauch von %1 Standorten</translation>
    </message>
    <message>
        <source>Consumption — %1</source>
        <translation>Verbrauch — %1</translation>
    </message>
    <message>
        <source>Consumption — %1: %2 meters</source>
        <translation>Verbrauch — %1: %2 Zähler</translation>
    </message>
    <message>
        <source>Consumption — %1: %2</source>
        <translation>Verbrauch — %1: %2</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Range: %1 (%2) · %3</source>
        <translation>Zeitraum: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Einheiten: %1</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 Standorte</translation>
    </message>
    <message>
        <source>%1 meters</source>
        <translation>%1 Zähler</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more series</source>
        <translation>
            <numerusform>… und %n weitere Datenreihe</numerusform>
            <numerusform>… und %n weitere Datenreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The SVG file could not be written to %1.</source>
        <translation>Die SVG-Datei konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The PDF file could not be written to %1.</source>
        <translation>Die PDF-Datei konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an export&apos;s file name: its first and last day, ISO 8601</comment>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartStatusOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stop loading this chart</source>
        <translation>Laden dieses Diagramms anhalten</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Load this chart</source>
        <translation>Dieses Diagramm laden</translation>
    </message>
    <message>
        <source>Try loading this chart again</source>
        <translation>Dieses Diagramm erneut laden</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Trying again in %1.</source>
        <translation>Neuer Versuch in %1.</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading the rest…</source>
        <translation>Rest wird geladen…</translation>
    </message>
    <message>
        <source>Still waiting for the server — %1.</source>
        <translation>Warten auf den Server — %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The chart loads once you are signed in again.</source>
        <translation>Das Diagramm wird geladen, sobald Sie wieder angemeldet sind.</translation>
    </message>
    <message>
        <source>Part of this chart could not be loaded. %1</source>
        <translation>Ein Teil dieses Diagramms konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The chart could not be loaded. %1</source>
        <translation>Das Diagramm konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Loading stopped. The chart shown is the one before.</source>
        <translation>Laden angehalten. Angezeigt wird das vorherige Diagramm.</translation>
    </message>
    <message>
        <source>Loading stopped: this chart is incomplete.</source>
        <translation>Laden angehalten: dieses Diagramm ist unvollständig.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Laden angehalten.</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartWidget</name>
    <message>
        <source>Dotted: ≤ %1 % missing</source>
        <translation>Gepunktet: ≤ %1 % fehlen</translation>
    </message>
    <message>
        <source>Hatched: &gt; %1 % missing</source>
        <translation>Schraffiert: &gt; %1 % fehlen</translation>
    </message>
    <message>
        <source>Pale: in progress</source>
        <translation>Blass: läuft noch</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Select a site or a meter to see its consumption.</source>
        <translation>Wählen Sie einen Standort oder Zähler, um seinen Verbrauch zu sehen.</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, a few intervals missing</source>
        <translation>%1, einige Intervalle fehlen</translation>
    </message>
    <message>
        <source>%1, partial periods</source>
        <translation>%1, unvollständige Zeiträume</translation>
    </message>
    <message>
        <source>%1, in progress</source>
        <translation>%1, läuft noch</translation>
    </message>
    <message>
        <source>%1: negative intervals (counter reset or correction)</source>
        <translation>%1: negative Intervalle (Zählerrücksetzung oder Korrektur)</translation>
    </message>
    <message>
        <source>Ring: in progress</source>
        <translation>Ring: läuft noch</translation>
    </message>
    <message>
        <source>Negative interval (counter reset or correction)</source>
        <translation>Negatives Intervall (Zählerrücksetzung oder Korrektur)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Time (%1) · %2</source>
        <translation>Zeit (%1) · %2</translation>
    </message>
    <message>
        <source>%1
%2
%3 (%4)</source>
        <translation>%1
%2
%3 (%4)</translation>
    </message>
    <message>
        <source>
In progress: the data up to %1, more to come</source>
        <translation>
Läuft noch: Daten bis %1, weitere folgen</translation>
    </message>
    <message>
        <source>
Partial so far: data for %1 % of the time passed, %2 without data</source>
        <translation>
Bisher unvollständig: Daten für %1 % der vergangenen Zeit, %2 ohne Daten</translation>
    </message>
    <message>
        <source>
Partial: data for %1 % of the period, %2 without data</source>
        <translation>
Unvollständig: Daten für %1 % des Zeitraums, %2 ohne Daten</translation>
    </message>
    <message>
        <source>: a counter reset or a correction, counted as the server sent it</source>
        <translation>: eine Zählerrücksetzung oder Korrektur, gezählt wie vom Server gesendet</translation>
    </message>
    <message>
        <source>
No data in this period of the current range</source>
        <translation>
Keine Daten in diesem Abschnitt des aktuellen Zeitraums</translation>
    </message>
    <message>
        <source>
No data to compare with in %1</source>
        <translation>
Keine Vergleichsdaten in %1</translation>
    </message>
    <message>
        <source>
Compared with %1: %2</source>
        <translation>
Verglichen mit %1: %2</translation>
    </message>
    <message>
        <source>
%1 (%2): %3</source>
        <translation>
%1 (%2): %3</translation>
    </message>
    <message>
        <source>
Δ %1</source>
        <translation>
Δ %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>
Includes %n negative interval(s)</source>
        <translation>
            <numerusform>
Enthält %n negatives Intervall</numerusform>
            <numerusform>
Enthält %n negative Intervalle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::DetailsModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Gross area</source>
        <translation>Bruttofläche</translation>
    </message>
    <message>
        <source>Building occupants</source>
        <translation>Gebäudenutzer</translation>
    </message>
    <message>
        <source>Weekly operating hours</source>
        <translation>Betriebsstunden pro Woche</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Meter ID</source>
        <translation>Zähler-ID</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Parent meter ID</source>
        <translation>ID des übergeordneten Zählers</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>Gateway-ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · ID %1</source>
        <translation> · ID %1</translation>
    </message>
    <message>
        <source> · series key %1</source>
        <translation> · Reihenschlüssel %1</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>meterscope::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy every attribute to the clipboard</source>
        <translation>Alle Attribute in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Standortdetails</translation>
    </message>
    <message>
        <source>Meter details</source>
        <translation>Zählerdetails</translation>
    </message>
    <message>
        <source>The attributes of the selected site or meter</source>
        <translation>Die Attribute des ausgewählten Standorts oder Zählers</translation>
    </message>
</context>
<context>
    <name>meterscope::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>meterscope::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document (one page)</source>
        <translation>PDF-Dokument (eine Seite)</translation>
    </message>
    <message>
        <source>CSV data for scripts (RFC 4180: comma, decimal point, ISO 8601 times)</source>
        <translation>CSV-Daten für Skripte (RFC 4180: Komma, Dezimalpunkt, ISO-8601-Zeiten)</translation>
    </message>
    <message>
        <source>separator “%1”, decimal mark “%2”, local times</source>
        <translation>Trennzeichen „%1“, Dezimalzeichen „%2“, Ortszeiten</translation>
    </message>
    <message>
        <source>CSV data for a spreadsheet (%1)</source>
        <translation>CSV-Daten für eine Tabellenkalkulation (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX: numbers, dates and a provenance sheet)</source>
        <translation>Excel-Arbeitsmappe (XLSX: Zahlen, Datumswerte und ein Herkunftsblatt)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Include totals table</source>
        <translation>Summentabelle einschließen</translation>
    </message>
    <message>
        <source>The totals of each series, as under the chart, below the chart in the image</source>
        <translation>Die Summen jeder Datenreihe wie unter dem Diagramm, im Bild unter dem Diagramm</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Zoomed view: %1</source>
        <translation>Gezoomte Ansicht: %1</translation>
    </message>
    <message>
        <source>Whole range: %1</source>
        <translation>Gesamter Zeitraum: %1</translation>
    </message>
    <message>
        <source>%1 (zoomed view)</source>
        <translation>%1 (gezoomte Ansicht)</translation>
    </message>
    <message>
        <source>%1 (whole range)</source>
        <translation>%1 (gesamter Zeitraum)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Width of the exported image</source>
        <translation>Breite des exportierten Bildes</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Height of the exported image</source>
        <translation>Höhe des exportierten Bildes</translation>
    </message>
    <message>
        <source>The period to export</source>
        <translation>Der zu exportierende Zeitraum</translation>
    </message>
    <message>
        <source>Choose the file to export to</source>
        <translation>Die Zieldatei des Exports auswählen</translation>
    </message>
    <message>
        <source>The file the chart is exported to</source>
        <translation>Die Datei, in die das Diagramm exportiert wird</translation>
    </message>
</context>
<context>
    <name>meterscope::FirstRunPage</name>
    <message>
        <source>&lt;span style=&apos;font-size:22pt; font-weight:600&apos;&gt;Meterscope&lt;/span&gt;&lt;br&gt;Energy consumption of your sites and meters — charted, totalled and exported, in each site&apos;s own time zone.</source>
        <translation>&lt;span style=&apos;font-size:22pt; font-weight:600&apos;&gt;Meterscope&lt;/span&gt;&lt;br&gt;Der Energieverbrauch Ihrer Standorte und Zähler — als Diagramm, summiert und exportiert, in der Zeitzone jedes Standorts.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>A sample portfolio of twelve sites around the world, built into Meterscope and served on this computer: no account and no network needed. Meterscope opens the demo again when it next starts, until you sign out.</source>
        <translation>Ein Beispiel-Portfolio mit zwölf Standorten weltweit, in Meterscope eingebaut und auf diesem Computer bereitgestellt: kein Konto und kein Netzwerk nötig. Meterscope öffnet die Demo beim nächsten Start wieder, bis Sie sich abmelden.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste a token created in your EcoStruxure account. It is checked once and kept in the system keychain.</source>
        <translation>Fügen Sie ein in Ihrem EcoStruxure-Konto erstelltes Token ein. Es wird einmal geprüft und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with Schneider Electric</source>
        <translation>Mit Schneider Electric anmelden</translation>
    </message>
    <message>
        <source>Opens your browser to sign in; Meterscope never sees your password.</source>
        <translation>Öffnet Ihren Browser zur Anmeldung; Meterscope sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>A token created in your EcoStruxure account</source>
        <translation>Ein in Ihrem EcoStruxure-Konto erstelltes Token</translation>
    </message>
</context>
<context>
    <name>meterscope::MainWindow</name>
    <message>
        <source>Search sites and meters (name or ID)  Ctrl+F</source>
        <translation>Standorte und Zähler suchen (Name oder ID)  Strg+F</translation>
    </message>
    <message>
        <source>All utilities</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Search all meters</source>
        <translation>Alle Zähler durchsuchen</translation>
    </message>
    <message>
        <source>Load the meters of every site so the search covers them all</source>
        <translation>Die Zähler aller Standorte laden, damit die Suche alle erfasst</translation>
    </message>
    <message>
        <source>Loading meters: %v of %m sites</source>
        <translation>Zähler werden geladen: %v von %m Standorten</translation>
    </message>
    <message>
        <source>Meters of every site loaded.</source>
        <translation>Zähler aller Standorte geladen.</translation>
    </message>
    <message>
        <source>No access to site %1 (403).</source>
        <translation>Kein Zugriff auf Standort %1 (403).</translation>
    </message>
    <message>
        <source>Zoomed: the wheel zooms, dragging moves; double-click or Ctrl+0 shows the whole range.</source>
        <translation>Gezoomt: das Mausrad zoomt, Ziehen verschiebt; Doppelklick oder Strg+0 zeigt den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find site or meter</source>
        <translation>Standort oder Zähler &amp;suchen</translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation>Zum &amp;Baum</translation>
    </message>
    <message>
        <source>Go to &amp;chart</source>
        <translation>Zum &amp;Diagramm</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Network and sign-in…</source>
        <translation>&amp;Netzwerk und Anmeldung…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Enter a &amp;new token…</source>
        <translation>&amp;Neues Token eingeben…</translation>
    </message>
    <message>
        <source>Go on with a new personal access token</source>
        <translation>Mit einem neuen persönlichen Zugriffstoken weitermachen</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation>Im Browser erneut anmelden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Meterscope</source>
        <translation>Ü&amp;ber Meterscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Select a site or a meter to see its consumption. Ctrl+click to compare several.</source>
        <translation>Wählen Sie einen Standort oder Zähler, um seinen Verbrauch zu sehen. Strg+Klick vergleicht mehrere.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 selections are charted together.</source>
        <translation>Höchstens %1 Auswahlen werden zusammen dargestellt.</translation>
    </message>
    <message>
        <source>No site or meter matches “%1”.</source>
        <translation>Kein Standort und kein Zähler passt zu „%1“.</translation>
    </message>
    <message>
        <source>Not searched: %1.</source>
        <translation>Nicht durchsucht: %1.</translation>
    </message>
    <message>
        <source>%1 series, %2 points, ready in %3 ms</source>
        <translation>%1 Datenreihen, %2 Punkte, fertig in %3 ms</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>When the oldest data on the chart that could still change was fetched from the server. F5 fetches everything again.</source>
        <translation>Wann die ältesten noch veränderlichen Daten des Diagramms vom Server abgerufen wurden. F5 ruft alles neu ab.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token: it expired or was revoked.</source>
        <translation>Der Server akzeptiert Ihr persönliches Zugriffstoken nicht mehr: es ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Your sign-in has ended and could not be renewed.</source>
        <translation>Ihre Anmeldung ist abgelaufen und konnte nicht erneuert werden.</translation>
    </message>
    <message>
        <source>Enter a new token to go on; the view stays as it is.</source>
        <translation>Geben Sie ein neues Token ein, um fortzufahren; die Ansicht bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Sign in again to go on; the view stays as it is.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren; die Ansicht bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Enter a new token</source>
        <translation>Neues Token eingeben</translation>
    </message>
    <message>
        <source>Personal access token for %1:</source>
        <translation>Persönliches Zugriffstoken für %1:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Search sites and meters</source>
        <translation>Standorte und Zähler suchen</translation>
    </message>
    <message>
        <source>Shows only the sites and meters whose name or ID contains the text</source>
        <translation>Zeigt nur die Standorte und Zähler, deren Name oder ID den Text enthält</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Shows only the meters of one utility</source>
        <translation>Zeigt nur die Zähler eines Mediums</translation>
    </message>
    <message>
        <source>Loading meters</source>
        <translation>Zähler werden geladen</translation>
    </message>
    <message>
        <source>Sites and meters</source>
        <translation>Standorte und Zähler</translation>
    </message>
    <message>
        <source>The sites and their meters; the selected ones are charted</source>
        <translation>Die Standorte und ihre Zähler; die ausgewählten werden dargestellt</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Consumption chart</source>
        <translation>Verbrauchsdiagramm</translation>
    </message>
    <message>
        <source>The consumption of the selected sites and meters over the time range; the totals table below lists the same values in text</source>
        <translation>Der Verbrauch der ausgewählten Standorte und Zähler im Zeitraum; die Summentabelle darunter nennt dieselben Werte als Text</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>The total of each charted series over the time range</source>
        <translation>Die Summe jeder dargestellten Datenreihe im Zeitraum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Chart &amp;data as a table…</source>
        <translation>Diagrammdaten als &amp;Tabelle…</translation>
    </message>
</context>
<context>
    <name>meterscope::ManualUrlPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Die Adresse in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>meterscope::SearchStatusLabel</name>
    <message>
        <source>Search all meters</source>
        <translation>Alle Zähler durchsuchen</translation>
    </message>
    <message>
        <source>Every site&apos;s meters were searched.</source>
        <translation>Die Zähler aller Standorte wurden durchsucht.</translation>
    </message>
    <message>
        <source>Not searched yet (meters not loaded):</source>
        <translation>Noch nicht durchsucht (Zähler nicht geladen):</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>loading the meters of %n more site(s)…</source>
        <translation>
            <numerusform>Zähler von %n weiteren Standort werden geladen…</numerusform>
            <numerusform>Zähler von %n weiteren Standorten werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meters of %n site(s) not loaded yet</source>
        <translation>
            <numerusform>Zähler von %n Standort noch nicht geladen</numerusform>
            <numerusform>Zähler von %n Standorten noch nicht geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::SeriesRepository</name>
    <message>
        <source>The local cache was damaged and has been rebuilt; data is fetched from the server again.</source>
        <translation>Der lokale Cache war beschädigt und wurde neu aufgebaut; die Daten werden erneut vom Server abgerufen.</translation>
    </message>
    <message>
        <source>The local cache is damaged and could not be rebuilt (%1); data is fetched from the server without it.</source>
        <translation>Der lokale Cache ist beschädigt und konnte nicht neu aufgebaut werden (%1); die Daten werden ohne ihn vom Server abgerufen.</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1); data is fetched from the server without it.</source>
        <translation>Der lokale Cache kann nicht verwendet werden (%1); die Daten werden ohne ihn vom Server abgerufen.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>meterscope::SeriesTotalsModel</name>
    <message>
        <source>Intervals with a negative value: a meter&apos;s counter was reset or a reading corrected. They are counted in the figures as the server sent them.</source>
        <translation>Intervalle mit negativem Wert: der Zähler wurde zurückgesetzt oder ein Zählerstand korrigiert. Sie gehen so in die Werte ein, wie der Server sie gesendet hat.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Smallest on</source>
        <translation>Kleinster am</translation>
    </message>
    <message>
        <source>Largest on</source>
        <translation>Größter am</translation>
    </message>
    <message>
        <source>The range is in progress: the share of the time so far that has data (time to come is not missing)</source>
        <translation>Der Zeitraum läuft noch: der Anteil der bisher vergangenen Zeit mit Daten (künftige Zeit fehlt nicht)</translation>
    </message>
    <message>
        <source>A rate has no total; see Mean for its average over the range</source>
        <translation>Eine Rate hat keine Summe; siehe Mittelwert für ihren Durchschnitt über den Zeitraum</translation>
    </message>
    <message>
        <source>Sum of the values in the range: %1</source>
        <translation>Summe der Werte im Zeitraum: %1</translation>
    </message>
    <message>
        <source>Sum of the values in the range</source>
        <translation>Summe der Werte im Zeitraum</translation>
    </message>
    <message>
        <source>%1 % so far</source>
        <translation>bisher %1 %</translation>
    </message>
    <message>
        <source>quarter-hour</source>
        <translation>Viertelstunde</translation>
    </message>
    <message>
        <source>quarter-hours</source>
        <translation>Viertelstunden</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %3 %2</translation>
    </message>
    <message>
        <source>The average over the range, weighted by the intervals present</source>
        <translation>Der Durchschnitt über den Zeitraum, gewichtet nach den vorhandenen Intervallen</translation>
    </message>
    <message>
        <source>The smallest interval value</source>
        <translation>Der kleinste Intervallwert</translation>
    </message>
    <message>
        <source>The largest interval value</source>
        <translation>Der größte Intervallwert</translation>
    </message>
    <message>
        <source>The mean interval value</source>
        <translation>Der mittlere Intervallwert</translation>
    </message>
    <message>
        <source>The smallest</source>
        <translation>Der kleinste</translation>
    </message>
    <message>
        <source>The largest</source>
        <translation>Der größte</translation>
    </message>
    <message>
        <source>The mean</source>
        <translation>Der Mittelwert</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 der %2</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>ohne Lücken</translation>
    </message>
    <message>
        <source>%1 of what is shown (%2), none of it complete</source>
        <translation>%1 des Angezeigten (%2), davon keiner vollständig</translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>; ausgelassen: %1</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 läuft noch</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>mit Lücken</translation>
    </message>
    <message>
        <source>%1 in progress: Min, Max, Mean are its data so far</source>
        <translation>%1 läuft noch: Min, Max, Mittel sind die bisherigen Daten</translation>
    </message>
    <message>
        <source>no complete %1: Min, Max, Mean of the %2 shown</source>
        <translation>kein vollständiger Zeitabschnitt (%1): Min, Max, Mittel der angezeigten %2</translation>
    </message>
    <message>
        <source>%1: not in Min, Max, Mean</source>
        <translation>%1: nicht in Min, Max, Mittel</translation>
    </message>
    <message>
        <source>Against %1 up to %2: the same part of the period as this one&apos;s data.</source>
        <translation>Gegenüber %1 bis %2: derselbe Teil des Zeitraums wie die Daten dieses Zeitraums.</translation>
    </message>
    <message>
        <source>Against all of %1.</source>
        <translation>Gegenüber ganz %1.</translation>
    </message>
    <message>
        <source>No data to compare with in %1.</source>
        <translation>Keine Vergleichsdaten in %1.</translation>
    </message>
    <message>
        <source>%1 against %2.</source>
        <translation>%1 gegenüber %2.</translation>
    </message>
    <message>
        <source>%1 (compared: %2 % coverage)</source>
        <translation>%1 (verglichen: %2 % Abdeckung)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>%n negative interval(s)</source>
        <translation>
            <numerusform>%n negatives Intervall</numerusform>
            <numerusform>%n negative Intervalle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Manueller HTTP-Proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Built-in profile</source>
        <translation>Eingebautes Profil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>API profile</source>
        <translation>API-Profil</translation>
    </message>
    <message>
        <source>API profiles (*.json)</source>
        <translation>API-Profile (*.json)</translation>
    </message>
    <message>
        <source>API profile file</source>
        <translation>API-Profildatei</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Systembrowser</translation>
    </message>
    <message>
        <source>A command that opens a web address, e.g. &quot;firefox --private-window&quot;. The address is added as the last argument. --browser and METERSCOPE_BROWSER take precedence.</source>
        <translation>Ein Befehl, der eine Webadresse öffnet, z. B. „firefox --private-window“. Die Adresse wird als letztes Argument angehängt. --browser und METERSCOPE_BROWSER haben Vorrang.</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Browser-Befehl</translation>
    </message>
    <message>
        <source>The profile&apos;s client id</source>
        <translation>Die Client-ID des Profils</translation>
    </message>
    <message>
        <source>The client id of the application you registered with the authorization server for Meterscope. Empty: the one in the API profile.</source>
        <translation>Die Client-ID der Anwendung, die Sie für Meterscope beim Autorisierungsserver registriert haben. Leer: die aus dem API-Profil.</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Kept in the keychain; empty keeps the stored one</source>
        <translation>Im Schlüsselbund gespeichert; leer behält das gespeicherte</translation>
    </message>
    <message>
        <source>The OAuth client secret of the application registered for your profile. The demo profile uses its own.</source>
        <translation>Das OAuth-Client-Secret der für Ihr Profil registrierten Anwendung. Das Demo-Profil verwendet sein eigenes.</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>Register this redirect URI for your client with the authorization server. Meterscope listens on a free port of 127.0.0.1 each time, which RFC 8252 servers accept for loopback redirects.</source>
        <translation>Registrieren Sie diese Weiterleitungs-URI für Ihren Client beim Autorisierungsserver. Meterscope lauscht jedes Mal auf einem freien Port von 127.0.0.1, was Server nach RFC 8252 für Loopback-Weiterleitungen akzeptieren.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>Die Weiterleitungs-URI in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Data kept on this computer</source>
        <translation>Auf diesem Computer gespeicherte Daten</translation>
    </message>
    <message>
        <source>Sites, meters and series already fetched are kept so that charts reopen at once and work offline. Data older than three days is not asked again; the last days are fetched again after 15 minutes. F5 asks the server for everything charted.</source>
        <translation>Bereits abgerufene Standorte, Zähler und Datenreihen werden gespeichert, damit Diagramme sofort und offline wieder öffnen. Daten, die älter als drei Tage sind, werden nicht erneut angefragt; die letzten Tage werden nach 15 Minuten neu abgerufen. F5 fragt alles Dargestellte neu beim Server an.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Delete the cached data of every account; it is fetched again when needed.</source>
        <translation>Die zwischengespeicherten Daten aller Konten löschen; sie werden bei Bedarf neu abgerufen.</translation>
    </message>
    <message>
        <source>The cached data could not be deleted: %1</source>
        <translation>Die zwischengespeicherten Daten konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>%1 of sites, meters and series, so that charts reopen at once and offline.</source>
        <translation>%1 an Standorten, Zählern und Datenreihen, damit Diagramme sofort und offline wieder öffnen.</translation>
    </message>
    <message>
        <source>The API profile %1 cannot be used: %2</source>
        <translation>Das API-Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus and messages, and the formats of numbers and dates. Files for other programs (CSV, JSON) keep their fixed formats.</source>
        <translation>Die Sprache der Menüs und Meldungen sowie die Formate von Zahlen und Daten. Dateien für andere Programme (CSV, JSON) behalten ihre festen Formate.</translation>
    </message>
    <message>
        <source>Language of Meterscope</source>
        <translation>Sprache von Meterscope</translation>
    </message>
    <message>
        <source>A new language applies from the next start of Meterscope.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Meterscope.</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>The API profile to sign in with; empty: the built-in one</source>
        <translation>Das API-Profil für die Anmeldung; leer: das eingebaute</translation>
    </message>
    <message>
        <source>Choose an API profile file</source>
        <translation>Eine API-Profildatei auswählen</translation>
    </message>
</context>
<context>
    <name>meterscope::SignInController</name>
    <message>
        <source>Personal access token — %1</source>
        <translation>Persönliches Zugriffstoken — %1</translation>
    </message>
    <message>
        <source>Schneider Electric account — %1</source>
        <translation>Schneider-Electric-Konto — %1</translation>
    </message>
    <message>
        <source>Demo (emulator on %1)</source>
        <translation>Demo (Emulator auf %1)</translation>
    </message>
    <message>
        <source>The API profile of this account cannot be used (%1) — sign in again.</source>
        <translation>Das API-Profil dieses Kontos kann nicht verwendet werden (%1) — melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>it has no base URL</source>
        <translation>es hat keine Basis-URL</translation>
    </message>
    <message>
        <source>The API profile has no OAuth client id. Register Meterscope with the authorization server (redirect URI http://127.0.0.1%1), then enter the client id in Settings → Network and sign-in, or give it with meterscope-cli login --client-id.</source>
        <translation>Das API-Profil hat keine OAuth-Client-ID. Registrieren Sie Meterscope beim Autorisierungsserver (Weiterleitungs-URI http://127.0.0.1%1) und geben Sie die Client-ID dann unter Einstellungen → Netzwerk und Anmeldung ein, oder übergeben Sie sie mit meterscope-cli login --client-id.</translation>
    </message>
    <message>
        <source>No browser window yet? The sign-in is still waiting.</source>
        <translation>Noch kein Browserfenster? Die Anmeldung wartet weiter.</translation>
    </message>
    <message>
        <source>The personal access token was not accepted by %1 — it may be mistyped, expired or revoked; nothing was stored.</source>
        <translation>Das persönliche Zugriffstoken wurde von %1 nicht akzeptiert — es ist vielleicht falsch eingegeben, abgelaufen oder widerrufen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>meterscope::SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? The stored sign-in is removed from the keychain.</source>
        <translation>Von %1 abmelden? Die gespeicherte Anmeldung wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Also delete the data kept on this computer for offline use (%1)</source>
        <translation>Auch die für die Offline-Nutzung auf diesem Computer gespeicherten Daten löschen (%1)</translation>
    </message>
</context>
<context>
    <name>meterscope::SiteTreeModel</name>
    <message>
        <source>%1 — no access</source>
        <translation>%1 — kein Zugriff</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation>%1 — wird geladen…</translation>
    </message>
    <message>
        <source>%1
ID %2
Time zone %3</source>
        <translation>%1
ID %2
Zeitzone %3</translation>
    </message>
    <message>
        <source>%1
ID %2
%3 · %4</source>
        <translation>%1
ID %2
%3 · %4</translation>
    </message>
    <message>
        <source>Sites and meters</source>
        <translation>Standorte und Zähler</translation>
    </message>
</context>
<context>
    <name>meterscope::TimeRangeBar</name>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorheriger Zeitraum (Alt+Links)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation>Letzter enthaltener Tag</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Overlay the previous period or the same period last year (its dates; a chart by week, or of one week, lines up weekdays), with Δ in the totals</source>
        <translation>Den vorherigen Zeitraum oder denselben Zeitraum im Vorjahr überlagern (seine Daten; ein Diagramm nach Wochen oder über eine Woche richtet die Wochentage aus), mit Δ in den Summen</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Zone of the time axis: the site&apos;s own, or UTC when sites in several zones are shown</source>
        <translation>Zeitzone der Zeitachse: die des Standorts oder UTC, wenn Standorte in mehreren Zonen angezeigt werden</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Site (%1)</source>
        <translation>Standort (%1)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>UTC (sites differ)</source>
        <translation>UTC (Standorte verschieden)</translation>
    </message>
    <message>
        <source>%1, reached from &quot;%2&quot; with ◀ ▶; pick a range to go back to the present</source>
        <translation>%1, von „%2“ aus mit ◀ ▶ erreicht; wählen Sie einen Zeitraum, um zur Gegenwart zurückzukehren</translation>
    </message>
    <message>
        <source>Longer than the range</source>
        <translation>Länger als der Zeitraum</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>Der Zeitraum, den das Diagramm zeigt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation>Erster Tag des benutzerdefinierten Zeitraums</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Last day included in the custom range</source>
        <translation>Letzter enthaltener Tag des benutzerdefinierten Zeitraums</translation>
    </message>
</context>
<context>
    <name>meterscope::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a workbook holds at most %L1 rows and this export has %L2 — export it as CSV, or choose a shorter range or a coarser granularity</source>
        <translation>eine Arbeitsmappe fasst höchstens %L1 Zeilen, und dieser Export hat %L2 — exportieren Sie ihn als CSV oder wählen Sie einen kürzeren Zeitraum oder eine gröbere Auflösung</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the finished workbook could not be moved into place</source>
        <translation>die fertige Arbeitsmappe konnte nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
</TS>
