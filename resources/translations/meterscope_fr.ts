<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiClient</name>
    <message>
        <source>The period is empty: its end is not after its start.</source>
        <translation>La période est vide : sa fin n&apos;est pas après son début.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached — check your network connection.</source>
        <translation>Le serveur est injoignable — vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The access token was rejected — it expired or was revoked.</source>
        <translation>Le jeton d&apos;accès a été refusé — il a expiré ou a été révoqué.</translation>
    </message>
    <message>
        <source>Your access token expired and could not be renewed — sign in again.</source>
        <translation>Votre jeton d&apos;accès a expiré et n&apos;a pas pu être renouvelé — reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account has no access to this item.</source>
        <translation>Votre compte n&apos;a pas accès à cet élément.</translation>
    </message>
    <message>
        <source>Not found — it may have been removed.</source>
        <translation>Introuvable — il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The server is busy (rate limit reached); try again shortly.</source>
        <translation>Le serveur est saturé (limite de requêtes atteinte) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The service is unavailable; try again later.</source>
        <translation>Le service est indisponible ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent data Meterscope cannot read.</source>
        <translation>Le serveur a envoyé des données que Meterscope ne sait pas lire.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect; it was not followed.</source>
        <translation>Le serveur a répondu par une redirection inattendue ; elle n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>The server&apos;s list paging is inconsistent; the list could not be loaded completely.</source>
        <translation>La pagination de la liste du serveur est incohérente ; la liste n&apos;a pas pu être chargée entièrement.</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate problem).</source>
        <translation>La connexion sécurisée a échoué (problème de certificat).</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>ApiProfile</name>
    <message>
        <source>The API profile is not a JSON object (%1 at offset %2).</source>
        <translation>Le profil d&apos;API n&apos;est pas un objet JSON (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The API profile&apos;s &quot;oauth.redirectPath&quot; must be a path starting with &quot;/&quot;, without query or fragment (for example &quot;/callback&quot;).</source>
        <translation>Le champ « oauth.redirectPath » du profil d&apos;API doit être un chemin commençant par « / », sans requête ni fragment (par exemple « /callback »).</translation>
    </message>
    <message>
        <source>The API profile&apos;s &quot;oauth.redirectPort&quot; must be a port number (1–65535), or 0 for any.</source>
        <translation>Le champ « oauth.redirectPort » du profil d&apos;API doit être un numéro de port (1–65535), ou 0 pour n&apos;importe lequel.</translation>
    </message>
    <message>
        <source>The API profile has no valid &quot;baseUrl&quot;.</source>
        <translation>Le profil d&apos;API n&apos;a pas de « baseUrl » valide.</translation>
    </message>
    <message>
        <source>Cannot read the API profile %1: %2</source>
        <translation>Impossible de lire le profil d&apos;API %1 : %2</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>The connection was closed before the whole answer arrived.</source>
        <translation>La connexion a été fermée avant l&apos;arrivée de la réponse complète.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB; choose a shorter period.</source>
        <translation>La réponse dépasse %1 Mo ; choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>The server is busy; try again at %1.</source>
        <translation>Le serveur est saturé ; nouvel essai à %1.</translation>
    </message>
</context>
<context>
    <name>ApplicationLanguage</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>AuthorizationFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert.</translation>
    </message>
    <message>
        <source>The browser command is empty.</source>
        <translation>La commande du navigateur est vide.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; could not be started.</source>
        <translation>La commande du navigateur « %1 » n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; stopped unexpectedly.</source>
        <translation>La commande du navigateur « %1 » s&apos;est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <source>The browser command &quot;%1&quot; ended with an error (exit status %2).</source>
        <translation>La commande du navigateur « %1 » s&apos;est terminée par une erreur (code de sortie %2).</translation>
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
        <translation>Semaine %1, %2</translation>
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
        <translation>Fuseau de l&apos;axe du temps : un fuseau IANA ou UTC.</translation>
    </message>
    <message>
        <source>Draw only the part of the period from this time.</source>
        <translation>Ne tracer que la partie de la période à partir de cette heure.</translation>
    </message>
    <message>
        <source>Draw only the part of the period before this time.</source>
        <translation>Ne tracer que la partie de la période avant cette heure.</translation>
    </message>
    <message>
        <source>Draw what the desktop app charts as the same PNG, SVG or PDF as its export</source>
        <translation>Trace ce que l&apos;application de bureau affiche, dans le même PNG, SVG ou PDF que son export</translation>
    </message>
    <message>
        <source>Write the chart as a PNG image to FILE.</source>
        <translation>Écrire le graphique sous forme d&apos;image PNG dans FILE.</translation>
    </message>
    <message>
        <source>Write the chart as an SVG drawing to FILE.</source>
        <translation>Écrire le graphique sous forme de dessin SVG dans FILE.</translation>
    </message>
    <message>
        <source>Write the chart as a one-page PDF (A4 landscape) to FILE.</source>
        <translation>Écrire le graphique dans un PDF d&apos;une page (A4 paysage) dans FILE.</translation>
    </message>
    <message>
        <source>Size of the PNG and the SVG in pixels (default: %1).</source>
        <translation>Taille du PNG et du SVG en pixels (par défaut : %1).</translation>
    </message>
    <message>
        <source>Leave out the totals table below the chart.</source>
        <translation>Omettre le tableau des totaux sous le graphique.</translation>
    </message>
    <message>
        <source>--%1 is given more than once — one file per format</source>
        <translation>--%1 est donné plus d&apos;une fois — un fichier par format</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 demande un nom de fichier</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file &quot;%3&quot;</source>
        <translation>--%1 et --%2 désignent le même fichier « %3 »</translation>
    </message>
    <message>
        <source>chart needs --png FILE, --svg FILE or --pdf FILE</source>
        <translation>chart demande --png FILE, --svg FILE ou --pdf FILE</translation>
    </message>
    <message>
        <source>--size is for --png and --svg — a PDF is one A4 page</source>
        <translation>--size concerne --png et --svg — un PDF est une page A4</translation>
    </message>
    <message>
        <source>cannot read --size &quot;%1&quot; — use WIDTHxHEIGHT in pixels, such as 1600x900</source>
        <translation>impossible de lire --size « %1 » — utilisez LARGEURxHAUTEUR en pixels, par exemple 1600x900</translation>
    </message>
    <message>
        <source>--size %1 is out of range — from %2 to %3 pixels</source>
        <translation>--size %1 est hors limites — de %2 à %3 pixels</translation>
    </message>
    <message>
        <source>chart writes the files of --png, --svg and --pdf — leave out --output</source>
        <translation>chart écrit les fichiers de --png, --svg et --pdf — omettez --output</translation>
    </message>
    <message>
        <source>chart writes PNG, SVG or PDF — leave out --format</source>
        <translation>chart écrit du PNG, du SVG ou du PDF — omettez --format</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no data to chart — the targets have no readings from %1 to %2; no file written</source>
        <translation>rien à représenter — les cibles n&apos;ont aucun relevé du %1 au %2 ; aucun fichier écrit</translation>
    </message>
    <message>
        <source>Cannot draw the chart: no temporary folder (%1)</source>
        <translation>Impossible de tracer le graphique : pas de dossier temporaire (%1)</translation>
    </message>
    <message>
        <source>Cannot draw %1: %2</source>
        <translation>Impossible de tracer %1 : %2</translation>
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
        <translation>Représente les cibles comme l&apos;application de bureau et écrit son export d&apos;image : le graphique sous son
titre, les sites, la période (avec fuseau et granularité) et les unités, et le tableau des totaux en dessous
(à omettre avec --no-totals) — des barres pour les périodes (en pointillés quand quelques
intervalles manquent, hachurées quand il en manque davantage, pâles pendant la période en cours), des lignes pour
les intervalles, un axe par unité et la légende avec l&apos;explication de ces marques. --png, --svg et --pdf nomment les
fichiers ; plusieurs écrivent plusieurs fichiers à partir d&apos;une seule récupération. --size est la taille du PNG et du SVG
en pixels (par défaut %1, comme l&apos;export de l&apos;application ; de %2 à %3) ; un PDF est une page A4 en paysage.
Une cible site représente l&apos;électricité du site (et, seule, ses autres énergies) ; une cible compteur
seule représente toutes ses mesures, plusieurs cibles la mesure principale de chacune. « % » et
« / » dans un identifiant s&apos;écrivent %4 et %5.
La période est [--from, --to) ; les dates sans décalage sont lues dans le fuseau de la première cible.
--granularity prend par défaut le choix automatique de l&apos;application pour la durée de la période.
--compare trace la période précédente ou la même période l&apos;année dernière à côté de chaque série, comme
le « Comparer avec » de l&apos;application.
--zone est le fuseau de l&apos;axe du temps (par défaut : celui des sites, UTC s&apos;ils diffèrent).
--view-from et --view-to ne tracent que cette partie de la période, comme le zoom de l&apos;application.
Tant que la période est en cours, le temps après maintenant (ou --now) n&apos;est pas compté comme manquant.
Chaque fichier est écrit entièrement ou pas du tout ; aucun n&apos;est écrit quand les cibles n&apos;ont pas de données
sur la période (code de sortie 5). Aucun écran n&apos;est nécessaire : sauf si QT_QPA_PLATFORM choisit une plateforme,
le tracé se fait hors écran, il fonctionne donc depuis cron.</translation>
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
        <translation>la période commençant le %1 est en cours : sa ligne contient les données jusqu&apos;à %2, et sa couverture compte le temps jusque-là</translation>
    </message>
    <message>
        <source>%1 Δ vs %2</source>
        <translation>%1 Δ par rapport à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 (%3 to %4, end exclusive), each period on the row of the period it is compared with; Δ = value − compared value, Δ % relative to the compared value</source>
        <translation>« %1 » contient %2 (du %3 au %4, fin exclue), chaque période sur la ligne de la période à laquelle elle est comparée ; Δ = valeur − valeur comparée, Δ % relatif à la valeur comparée</translation>
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
        <translation>Aucune série représentée.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 (%2).</source>
        <translation>
            <numerusform>%n série, %1 (%2).</numerusform>
            <numerusform>%n séries, %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>%1: %2, coverage %3 %.</source>
        <translation>%1 : %2, couverture %3 %.</translation>
    </message>
</context>
<context>
    <name>ChartedSelectionCommand</name>
    <message>
        <source>A site, or a meter of a site (repeat for several).</source>
        <translation>Un site, ou un compteur d&apos;un site (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>15min, hour, day, week, month or year.</source>
        <translation>15min, hour, day, week, month ou year.</translation>
    </message>
    <message>
        <source>Also the previous period or the same period last year.</source>
        <translation>Aussi la période précédente ou la même période l&apos;année dernière.</translation>
    </message>
    <message>
        <source>Count coverage up to this time instead of the clock&apos;s (time after it is to come, not missing).</source>
        <translation>Compter la couverture jusqu&apos;à cette heure au lieu de celle de l&apos;horloge (le temps après est à venir, pas manquant).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — %2 takes options only (see %2 --help)</source>
        <translation>argument inattendu « %1 » — %2 n&apos;accepte que des options (voir %2 --help)</translation>
    </message>
    <message>
        <source>cannot read --target &quot;%1&quot; — use SITE or SITE/METER</source>
        <translation>impossible de lire --target « %1 » — utilisez SITE ou SITE/METER</translation>
    </message>
    <message>
        <source>%1 needs at least one --target SITE[/METER]</source>
        <translation>%1 demande au moins un --target SITE[/METER]</translation>
    </message>
    <message>
        <source>--view-from and --view-to go together</source>
        <translation>--view-from et --view-to vont ensemble</translation>
    </message>
    <message>
        <source>unknown --granularity &quot;%1&quot; — use 15min, hour, day, week, month or year</source>
        <translation>--granularity « %1 » inconnue — utilisez 15min, hour, day, week, month ou year</translation>
    </message>
    <message>
        <source>unknown --compare &quot;%1&quot; — use previous or last-year</source>
        <translation>--compare « %1 » inconnu — utilisez previous ou last-year</translation>
    </message>
    <message>
        <source>unknown --zone &quot;%1&quot; — use an IANA zone such as Europe/Paris, or UTC</source>
        <translation>--zone « %1 » inconnu — utilisez un fuseau IANA comme Europe/Paris, ou UTC</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to doit être après --from</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>meterscope-cli: the local cache cannot be used (%1); asking the server only
</source>
        <translation>meterscope-cli : le cache local ne peut pas être utilisé (%1) ; seul le serveur est interrogé
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>to the standard output</source>
        <translation>sur la sortie standard</translation>
    </message>
    <message>
        <source>The access token was rejected — METERSCOPE_TOKEN holds an expired, revoked or unknown token.</source>
        <translation>Le jeton d&apos;accès a été refusé — METERSCOPE_TOKEN contient un jeton expiré, révoqué ou inconnu.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>API base URL (default: the profile&apos;s, %1).</source>
        <translation>URL de base de l&apos;API (par défaut : celle du profil, %1).</translation>
    </message>
    <message>
        <source>API profile JSON file (paths, parameter names, intervals).</source>
        <translation>Fichier JSON de profil d&apos;API (chemins, noms de paramètres, intervalles).</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Format de sortie : table (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of stdout (complete or not at all).</source>
        <translation>Écrire le résultat dans FILE au lieu de la sortie standard (complet ou pas du tout).</translation>
    </message>
    <message>
        <source>Show help (also: COMMAND --help).</source>
        <translation>Afficher l&apos;aide (aussi : COMMAND --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Log each request (method, path, status, retries) on stderr.</source>
        <translation>Journaliser chaque requête (méthode, chemin, statut, nouvelles tentatives) sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Usage: meterscope-cli [options] COMMAND [arguments]
Reads sites, meters and time series from the EcoStruxure Energy Contextualized Data API.

Commands:
</source>
        <translation>Utilisation : meterscope-cli [options] COMMAND [arguments]
Lit les sites, compteurs et séries temporelles de l&apos;API EcoStruxure Energy Contextualized Data.

Commandes :
</translation>
    </message>
    <message>
        <source>  Run &quot;meterscope-cli COMMAND --help&quot; for a command&apos;s arguments.

</source>
        <translation>  Lancez « meterscope-cli COMMAND --help » pour les arguments d&apos;une commande.

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
Environnement :
  METERSCOPE_TOKEN        Jeton d&apos;accès personnel envoyé comme jeton porteur (jamais affiché).

Les dates et heures sans « Z » ni décalage sont lues dans le fuseau horaire du site (UTC si le site n&apos;en a pas).
Codes de sortie : 0 succès, 2 erreur d&apos;utilisation, 3 authentification (pas de jeton, jeton refusé, pas d&apos;accès),
4 introuvable (site, compteur ou mesure), 5 toute autre erreur d&apos;API, de réseau ou de sortie.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; — use table, json, csv or xlsx</source>
        <translation>--format « %1 » inconnu — utilisez table, json, csv ou xlsx</translation>
    </message>
    <message>
        <source>--format xlsx is for export; %1 writes table, json or csv</source>
        <translation>--format xlsx est réservé à export ; %1 écrit table, json ou csv</translation>
    </message>
    <message>
        <source>--format xlsx writes a file: add --output FILE.xlsx</source>
        <translation>--format xlsx écrit un fichier : ajoutez --output FICHIER.xlsx</translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation>impossible d&apos;utiliser le profil %1 : %2</translation>
    </message>
    <message>
        <source>--base-url must be an http(s) URL such as %1</source>
        <translation>--base-url doit être une URL http(s) comme %1</translation>
    </message>
    <message>
        <source>METERSCOPE_TOKEN does not hold a personal access token: %1</source>
        <translation>METERSCOPE_TOKEN ne contient pas de jeton d&apos;accès personnel : %1</translation>
    </message>
    <message>
        <source>Usage: meterscope-cli [options] %1 %2
%3.
</source>
        <translation>Utilisation : meterscope-cli [options] %1 %2
%3.
</translation>
    </message>
    <message>
        <source>%1 — see meterscope-cli --help</source>
        <translation>%1 — voir meterscope-cli --help</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>No stored sign-in for %1 — run meterscope-cli login with the same --profile/--base-url, or set METERSCOPE_TOKEN to a personal access token.</source>
        <translation>Aucune connexion enregistrée pour %1 — lancez meterscope-cli login avec les mêmes --profile/--base-url, ou définissez METERSCOPE_TOKEN avec un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>No access token — run meterscope-cli login, or set METERSCOPE_TOKEN to a personal access token.</source>
        <translation>Pas de jeton d&apos;accès — lancez meterscope-cli login, ou définissez METERSCOPE_TOKEN avec un jeton d&apos;accès personnel.</translation>
    </message>
</context>
<context>
    <name>Commodity</name>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>District heating</source>
        <translation>Chauffage urbain</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Vapeur</translation>
    </message>
    <message>
        <source>Chilled water</source>
        <translation>Eau glacée</translation>
    </message>
    <message>
        <source>Solar generation</source>
        <translation>Production solaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>CredentialUrlPolicy</name>
    <message>
        <source>%1 must be an https URL (it is &quot;%2&quot;).</source>
        <translation>%1 doit être une URL https (c&apos;est « %2 »).</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password (%2).</source>
        <translation>%1 ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe (%2).</translation>
    </message>
    <message>
        <source>%1 uses plain http to %2 — refusing to send credentials in clear; use https.</source>
        <translation>%1 utilise http en clair vers %2 — envoi des identifiants en clair refusé ; utilisez https.</translation>
    </message>
    <message>
        <source>The API base URL</source>
        <translation>L&apos;URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>The token URL</source>
        <translation>L&apos;URL du jeton</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DatePatterns</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern: Monday 5 October 2026</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern: 5 October 2026</comment>
        <translation>d MMMM yyyy</translation>
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
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern: 5 Oct</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern: Mon 5 Oct</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: Mon 5 Oct 2026</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date and time pattern: Mon 5 Oct 14:00</comment>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <comment>date and time pattern: Mon 5 Oct 2026 14:00</comment>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date and time pattern: 5 Oct 2026 14:00</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>ErrorBodyParser</name>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Le serveur a répondu avec un statut inattendu (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Zone of the local-time column: an IANA zone or UTC.</source>
        <translation>Fuseau de la colonne d&apos;heure locale : un fuseau IANA ou UTC.</translation>
    </message>
    <message>
        <source>Only rows starting at or after this time.</source>
        <translation>Seulement les lignes commençant à cette heure ou après.</translation>
    </message>
    <message>
        <source>Only rows starting before this time.</source>
        <translation>Seulement les lignes commençant avant cette heure.</translation>
    </message>
    <message>
        <source>Write what the desktop app charts as the same CSV as its export</source>
        <translation>Écrit ce que l&apos;application de bureau affiche, dans le même CSV que son export</translation>
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
        <translation>Représente les cibles comme l&apos;application de bureau et écrit son export CSV : une ligne par intervalle ou
période, agrégée dans le fuseau horaire de chaque site, une colonne de valeurs par série et, pour les périodes
(jour, semaine, mois, année), ses colonnes de couverture (%), partielle et intervalles négatifs. Une cible site
représente l&apos;électricité du site (et, seule, ses autres énergies) ; une cible compteur seule représente toutes
ses mesures, plusieurs cibles la mesure principale de chacune. « % » et « / » dans un identifiant
s&apos;écrivent %25 et %2F.
La période est [--from, --to) ; les dates sans décalage sont lues dans le fuseau de la première cible.
--granularity prend par défaut le choix automatique de l&apos;application pour la durée de la période.
--compare ajoute, après chaque série, la période précédente ou la même période l&apos;année dernière (les mêmes
dates ; pour un graphique par semaine ou d&apos;une semaine, les 52 semaines précédentes, pour aligner les jours) sur les lignes
des périodes auxquelles elle est comparée, puis des colonnes Δ et Δ %, comme le « Comparer avec » de l&apos;application.
--zone est le fuseau de la colonne d&apos;heure locale (par défaut : celui des sites, UTC s&apos;ils diffèrent).
--view-from et --view-to ne gardent que les lignes qui commencent dans une partie zoomée de la période.
Tant que la période est en cours, le temps après maintenant (ou --now) n&apos;est pas compté comme manquant.
La sortie est un CSV RFC 4180 : des enregistrements de provenance « # » (avec cette commande), un en-tête, les lignes.
--dialect spreadsheet l&apos;écrit pour l&apos;import CSV d&apos;un tableur dans la locale (LANG, ou
spreadsheet:fr_FR) : son séparateur décimal, « ; » là où c&apos;est « , », UTF-8 avec BOM, heures locales comme
2025-03-01 00:00:00 avec le décalage UTC et le fuseau dans leurs propres colonnes, partielle en 1/0,
l&apos;en-tête sur la première ligne et la provenance sous les lignes, une cellule de texte par enregistrement
(#site: 00012345), pour qu&apos;aucune valeur faite de chiffres ne devienne un nombre.
Chaque export CSV de l&apos;application de bureau nomme la commande qui réécrit ses lignes.</translation>
    </message>
    <message>
        <source>rfc4180 (default), spreadsheet (the locale of LANG or LC_ALL) or spreadsheet:LOCALE (fr_FR, de_DE, ...).</source>
        <translation>rfc4180 (par défaut), spreadsheet (la locale de LANG ou LC_ALL) ou spreadsheet:LOCALE (fr_FR, de_DE, ...).</translation>
    </message>
    <message>
        <source>unknown --dialect &quot;%1&quot; — use rfc4180, spreadsheet or spreadsheet:fr_FR</source>
        <translation>--dialect « %1 » inconnu — utilisez rfc4180, spreadsheet ou spreadsheet:fr_FR</translation>
    </message>
    <message>
        <source>export writes CSV or XLSX — leave out --format json</source>
        <translation>export écrit du CSV ou du XLSX — omettez --format json</translation>
    </message>
</context>
<context>
    <name>Granularity</name>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2.</source>
        <translation>JSON invalide à l&apos;octet %1 : %2.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in (browser, or --pat) and remember it in the OS keychain</source>
        <translation>Se connecter (navigateur, ou --pat) et s&apos;en souvenir dans le trousseau du système</translation>
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
        <translation>Sans --pat, ouvre la page de connexion dans un navigateur : la commande donnée avec --browser, sinon celle
de METERSCOPE_BROWSER ; si aucune ne peut être ouverte, l&apos;adresse est affichée pour l&apos;ouvrir à la main. Le navigateur
revient sur http://127.0.0.1:&lt;port&gt;&lt;redirectPath&gt; (oauth.redirectPath du profil, par défaut
/callback ; enregistrez http://127.0.0.1/callback auprès de votre serveur d&apos;autorisation). Avec --client-id,
se connecte en tant que votre propre client enregistré ; son secret, s&apos;il en a un, vient de
METERSCOPE_CLIENT_SECRET ou, avec --client-secret-stdin, de l&apos;entrée standard (jamais d&apos;un argument) et est
conservé dans le trousseau du système pour ce serveur d&apos;autorisation. Avec --pat, lit un jeton d&apos;accès personnel
sur l&apos;entrée standard (sans écho dans un terminal). Le compte est mémorisé avec le profil utilisé pour
la connexion ; les commandes suivantes l&apos;utilisent quand METERSCOPE_TOKEN n&apos;est pas défini. Pour une URL de base sur 127.0.0.1 sans
profil, le client de démonstration de l&apos;émulateur intégré est utilisé.</translation>
    </message>
    <message>
        <source>Sign in with a personal access token read from stdin.</source>
        <translation>Se connecter avec un jeton d&apos;accès personnel lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Command that opens the sign-in URL (the URL is appended).</source>
        <translation>Commande qui ouvre l&apos;URL de connexion (l&apos;URL est ajoutée à la fin).</translation>
    </message>
    <message>
        <source>The OAuth client id of your own app registration.</source>
        <translation>L&apos;identifiant client OAuth de votre propre enregistrement d&apos;application.</translation>
    </message>
    <message>
        <source>Read the client&apos;s secret from stdin (else from METERSCOPE_CLIENT_SECRET, if set).</source>
        <translation>Lire le secret du client sur l&apos;entrée standard (sinon dans METERSCOPE_CLIENT_SECRET, s&apos;il est défini).</translation>
    </message>
    <message>
        <source>Refused: a secret in an argument is visible to every user of this machine.</source>
        <translation>Refusé : un secret passé en argument est visible de tous les utilisateurs de cette machine.</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login n&apos;accepte pas d&apos;arguments</translation>
    </message>
    <message>
        <source>a client secret is never taken as an argument (other users of this machine can read it) — set METERSCOPE_CLIENT_SECRET or use --client-secret-stdin</source>
        <translation>un secret client n&apos;est jamais accepté en argument (les autres utilisateurs de cette machine peuvent le lire) — définissez METERSCOPE_CLIENT_SECRET ou utilisez --client-secret-stdin</translation>
    </message>
    <message>
        <source>--pat and --browser exclude each other</source>
        <translation>--pat et --browser s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--pat signs in without an OAuth client; leave out --client-id and --client-secret-stdin</source>
        <translation>--pat se connecte sans client OAuth ; omettez --client-id et --client-secret-stdin</translation>
    </message>
    <message>
        <source>--client-secret-stdin needs --client-id</source>
        <translation>--client-secret-stdin demande --client-id</translation>
    </message>
    <message>
        <source>--client-id is empty</source>
        <translation>--client-id est vide</translation>
    </message>
    <message>
        <source>The client secret could not be kept in the OS keychain: %1</source>
        <translation>Le secret client n&apos;a pas pu être conservé dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>The API profile has no OAuth client id; give your app registration&apos;s with --client-id (register the redirect URI http://127.0.0.1%1), or use --pat.</source>
        <translation>Le profil d&apos;API n&apos;a pas d&apos;identifiant client OAuth ; donnez celui de votre enregistrement d&apos;application avec --client-id (enregistrez l&apos;URI de redirection http://127.0.0.1%1), ou utilisez --pat.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %1 (%n site(s))
</source>
        <translation>
            <numerusform>Connecté : %1 (%n site)
</numerusform>
            <numerusform>Connecté : %1 (%n sites)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>Secret client : </translation>
    </message>
    <message>
        <source>Personal access token: </source>
        <translation>Jeton d&apos;accès personnel : </translation>
    </message>
    <message>
        <source>%1 Open this address in a browser to sign in:</source>
        <extracomment>%1 is the reason the browser could not be opened, a whole sentence.</extracomment>
        <translation>%1 Ouvrez cette adresse dans un navigateur pour vous connecter :</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign out: delete the stored sign-in from the keychain</source>
        <translation>Se déconnecter : supprimer la connexion enregistrée du trousseau</translation>
    </message>
    <message>
        <source>You are not signed in.
</source>
        <translation>Vous n&apos;êtes pas connecté.
</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>en</source>
        <comment>language code of the sign-in page</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable; try again.</source>
        <translation>Le service de connexion est indisponible ; réessayez.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1, which the API profile gives for the sign-in redirect (oauth.redirectPort), is in use by another program. Close it, or register another port and change the profile.</source>
        <translation>Le port %1 sur 127.0.0.1, que le profil d&apos;API indique pour la redirection de connexion (oauth.redirectPort), est utilisé par un autre programme. Fermez-le, ou enregistrez un autre port et modifiez le profil.</translation>
    </message>
    <message>
        <source>Cannot open a local port for sign-in.</source>
        <translation>Impossible d&apos;ouvrir un port local pour la connexion.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>This is not a request Meterscope understands.</source>
        <translation>Ce n&apos;est pas une requête que Meterscope comprend.</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Seule la redirection de connexion est servie ici.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>Already completed</source>
        <translation>Déjà terminée</translation>
    </message>
    <message>
        <source>This sign-in has already completed; you can close this window.</source>
        <translation>Cette connexion est déjà terminée ; vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Not for this session</source>
        <translation>Pas pour cette session</translation>
    </message>
    <message>
        <source>This sign-in link is not for this session. Start the sign-in again from Meterscope.</source>
        <translation>Ce lien de connexion n&apos;est pas destiné à cette session. Relancez la connexion depuis Meterscope.</translation>
    </message>
    <message>
        <source>The sign-in response was incomplete (no authorization code); try again.</source>
        <translation>La réponse de connexion était incomplète (pas de code d&apos;autorisation) ; réessayez.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the API profile names (oauth.issuer); it was not used.</source>
        <translation>La réponse de connexion provient d&apos;un autre serveur d&apos;autorisation que celui que nomme le profil d&apos;API (oauth.issuer) ; elle n&apos;a pas été utilisée.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You are signed in to Meterscope. You can close this window and return to Meterscope.</source>
        <translation>Vous êtes connecté à Meterscope. Vous pouvez fermer cette fenêtre et revenir à Meterscope.</translation>
    </message>
</context>
<context>
    <name>MetadataParser</name>
    <message>
        <source>The body holds no list of %1.</source>
        <translation>Le corps ne contient pas de liste de %1.</translation>
    </message>
    <message>
        <source>The %1 has no usable id or name.</source>
        <translation>L&apos;élément %1 n&apos;a pas d&apos;identifiant ni de nom utilisable.</translation>
    </message>
</context>
<context>
    <name>MeterCommand</name>
    <message>
        <source>Show one meter with all its attributes and measurements</source>
        <translation>Afficher un compteur avec tous ses attributs et ses mesures</translation>
    </message>
</context>
<context>
    <name>MetersCommand</name>
    <message>
        <source>List the meters of a site with their measurements</source>
        <translation>Lister les compteurs d&apos;un site avec leurs mesures</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>The server states %1 items, more than any portfolio holds.</source>
        <translation>Le serveur annonce %1 éléments, plus que n&apos;en contient aucun portefeuille.</translation>
    </message>
    <message>
        <source>Page %1 repeats item %2 of an earlier page.</source>
        <translation>La page %1 répète l&apos;élément %2 d&apos;une page précédente.</translation>
    </message>
    <message>
        <source>The server sent %1 items but states a total of %2.</source>
        <translation>Le serveur a envoyé %1 éléments mais annonce un total de %2.</translation>
    </message>
    <message>
        <source>Page %1 is empty although %2 of %3 items are missing.</source>
        <translation>La page %1 est vide alors que %2 éléments sur %3 manquent.</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages.</source>
        <translation>La liste ne s&apos;est pas terminée après %1 pages.</translation>
    </message>
</context>
<context>
    <name>PeriodComparison</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l&apos;année dernière</translation>
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
        <translation>Début de la période (inclus).</translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation>Fin de la période (exclue).</translation>
    </message>
    <message>
        <source>The server&apos;s answer only; the local cache is not used.</source>
        <translation>La réponse du serveur uniquement ; le cache local n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer for the whole period, kept in the local cache.</source>
        <translation>La réponse du serveur pour toute la période, conservée dans le cache local.</translation>
    </message>
    <message>
        <source>--no-cache and --refresh cannot be combined</source>
        <translation>--no-cache et --refresh ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>%1 needs --from and --to</source>
        <translation>%1 demande --from et --to</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; — use 2025-03-01, 2025-03-01T10:00 or 2025-03-01T10:00:00Z</source>
        <translation>impossible de lire la date « %1 » — utilisez 2025-03-01, 2025-03-01T10:00 ou 2025-03-01T10:00:00Z</translation>
    </message>
</context>
<context>
    <name>PortfolioRecords</name>
    <message>
        <source>no unit</source>
        <translation>sans unité</translation>
    </message>
</context>
<context>
    <name>PositionalCommand</name>
    <message>
        <source>missing argument — usage: meterscope-cli %1</source>
        <translation>argument manquant — utilisation : meterscope-cli %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — usage: meterscope-cli %2</source>
        <translation>argument inattendu « %1 » — utilisation : meterscope-cli %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored for this account.</source>
        <translation>Rien n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>Your keyring is locked — unlock it and retry.</source>
        <translation>Votre trousseau est verrouillé — déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No secure storage is available; you will need to sign in again next time.</source>
        <translation>Aucun stockage sécurisé n&apos;est disponible ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time; you will need to sign in again next time.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The keyring could not be used; you will need to sign in again next time.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>SeriesCache</name>
    <message>
        <source>open the cache</source>
        <translation>ouvrir le cache</translation>
    </message>
    <message>
        <source>read the cache version</source>
        <translation>lire la version du cache</translation>
    </message>
    <message>
        <source>Could not delete the damaged cache file %1</source>
        <translation>Impossible de supprimer le fichier de cache endommagé %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1 : %2</translation>
    </message>
    <message>
        <source>update the cache</source>
        <translation>mettre à jour le cache</translation>
    </message>
    <message>
        <source>store series data</source>
        <translation>enregistrer les données des séries</translation>
    </message>
    <message>
        <source>read series data</source>
        <translation>lire les données des séries</translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <source>Print the time series of a site or a meter over a period</source>
        <translation>Afficher la série temporelle d&apos;un site ou d&apos;un compteur sur une période</translation>
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
        <translation>Sans --meter : toutes les séries du site (--measurement les filtre), ou avec --active-energy la
consommation d&apos;électricité du site, ou avec --other-utilities ses séries de gaz, d&apos;eau, de chaleur...
La période est [--from, --to) : --to est exclu, donc --from 2025-03-01 --to 2025-04-01 correspond à mars.
Une DATE (2025-03-01) signifie son minuit ; une DATETIME est 2025-03-01T10:00[:00]. Les valeurs sans « Z » ni
décalage (+02:00) sont lues dans le fuseau horaire du site ; un site sans fuseau horaire utilise UTC.
Une ligne par point : utc (début de l&apos;intervalle, ISO 8601 avec Z), local (le même instant dans le fuseau du site,
avec son décalage), zone, value (consommation dans l&apos;intervalle), unit, meterId, measurementId.
Les intervalles manquants sont des lignes absentes, jamais des zéros. La sortie CSV commence par des lignes de provenance « # ».
Intervalle par défaut : raw (daily avec --active-energy ou --other-utilities).
Le cache local (partagé avec l&apos;application de bureau) répond pour les données qu&apos;il contient et qui ne peuvent pas avoir changé
(plus de trois jours au moment de leur récupération, ou récupérées dans les 15 dernières minutes) ; le reste est demandé
au serveur et conservé. Quand le serveur est injoignable, une plage que le cache contient entièrement est
affichée depuis celui-ci avec une ligne « données au » sur la sortie d&apos;erreur (code 0) ; sinon la plage manquante est nommée.
--refresh demande tout au serveur (et le conserve) ; --no-cache ne le lit ni ne l&apos;écrit.</translation>
    </message>
    <message>
        <source>The site (required).</source>
        <translation>Le site (obligatoire).</translation>
    </message>
    <message>
        <source>Only this meter of the site.</source>
        <translation>Seulement ce compteur du site.</translation>
    </message>
    <message>
        <source>Only these measurements (names or ids; repeat or separate with commas).</source>
        <translation>Seulement ces mesures (noms ou identifiants ; à répéter ou séparer par des virgules).</translation>
    </message>
    <message>
        <source>The site&apos;s electricity consumption.</source>
        <translation>La consommation d&apos;électricité du site.</translation>
    </message>
    <message>
        <source>The site&apos;s non-electric utilities.</source>
        <translation>Les énergies non électriques du site.</translation>
    </message>
    <message>
        <source>With --other-utilities: only these commodities (Gas, Water, ...).</source>
        <translation>Avec --other-utilities : seulement ces énergies (Gas, Water, ...).</translation>
    </message>
    <message>
        <source>raw, 15min, hourly, daily or monthly.</source>
        <translation>raw, 15min, hourly, daily ou monthly.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; — series takes options only (see series --help)</source>
        <translation>argument inattendu « %1 » — series n&apos;accepte que des options (voir series --help)</translation>
    </message>
    <message>
        <source>series needs --site SITE</source>
        <translation>series demande --site SITE</translation>
    </message>
    <message>
        <source>--active-energy and --other-utilities cannot be combined</source>
        <translation>--active-energy et --other-utilities ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--meter and --measurement cannot be combined with --active-energy or --other-utilities</source>
        <translation>--meter et --measurement ne peuvent pas être combinés avec --active-energy ou --other-utilities</translation>
    </message>
    <message>
        <source>--commodity needs --other-utilities</source>
        <translation>--commodity demande --other-utilities</translation>
    </message>
    <message>
        <source>unknown --interval &quot;%1&quot; — use raw, 15min, hourly, daily or monthly</source>
        <translation>--interval « %1 » inconnu — utilisez raw, 15min, hourly, daily ou monthly</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to doit être après --from</translation>
    </message>
    <message>
        <source>meterscope-cli: the server could not answer (%1) — printed from the local cache, data as of %2
</source>
        <translation>meterscope-cli : le serveur n&apos;a pas pu répondre (%1) — affiché depuis le cache local, données au %2
</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%1 The local cache lacks %2 – %3 and %n more span(s).</source>
        <translation>
            <numerusform>%1 Il manque au cache local %2 – %3 et %n autre plage.</numerusform>
            <numerusform>%1 Il manque au cache local %2 – %3 et %n autres plages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The local cache lacks %2 – %3.</source>
        <translation>%1 Il manque au cache local %2 – %3.</translation>
    </message>
    <message>
        <source>No measurement named %1 was found on site %2.</source>
        <translation>Aucune mesure nommée %1 n&apos;a été trouvée sur le site %2.</translation>
    </message>
    <message>
        <source>No measurement named %1 was found on meter %2.</source>
        <translation>Aucune mesure nommée %1 n&apos;a été trouvée sur le compteur %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>SeriesParser</name>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>JSON invalide : %1.</translation>
    </message>
    <message>
        <source>The body holds no time series.</source>
        <translation>Le corps ne contient aucune série temporelle.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are not signed in — sign in first.</source>
        <translation>Vous n&apos;êtes pas connecté — connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Your personal access token expired or was revoked — paste a new one.</source>
        <translation>Votre jeton d&apos;accès personnel a expiré ou a été révoqué — collez-en un nouveau.</translation>
    </message>
    <message>
        <source>Gave up after %1 s waiting for the sign-in to answer — try again.</source>
        <translation>Abandon après %1 s d&apos;attente de la réponse de connexion — réessayez.</translation>
    </message>
    <message>
        <source>Signed out; the stored sign-in was deleted.</source>
        <translation>Déconnecté ; la connexion enregistrée a été supprimée.</translation>
    </message>
    <message>
        <source>Signed out, but the stored sign-in could not be deleted: %1</source>
        <translation>Déconnecté, mais la connexion enregistrée n&apos;a pas pu être supprimée : %1</translation>
    </message>
</context>
<context>
    <name>SignInSettings</name>
    <message>
        <source>it has no base URL.</source>
        <translation>il n&apos;a pas d&apos;URL de base.</translation>
    </message>
    <message>
        <source>The API profile %1 cannot be used: %2</source>
        <translation>Le profil d&apos;API %1 ne peut pas être utilisé : %2</translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <source>Show one site with all its attributes</source>
        <translation>Afficher un site avec tous ses attributs</translation>
    </message>
</context>
<context>
    <name>SitesCommand</name>
    <message>
        <source>List every site of the account</source>
        <translation>Lister tous les sites du compte</translation>
    </message>
</context>
<context>
    <name>StaticTokenSource</name>
    <message>
        <source>No access token is set — paste a personal access token.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est défini — collez un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>Your personal access token expired or was revoked — paste a new one.</source>
        <translation>Votre jeton d&apos;accès personnel a expiré ou a été révoqué — collez-en un nouveau.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>The token contains spaces or control characters; paste only the token.</source>
        <translation>Le jeton contient des espaces ou des caractères de contrôle ; collez uniquement le jeton.</translation>
    </message>
    <message>
        <source>This looks like a URL or JSON, not a personal access token.</source>
        <translation>Ceci ressemble à une URL ou à du JSON, pas à un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <source>The token is too long.</source>
        <translation>Le jeton est trop long.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Les 365 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <source>by 15 minutes</source>
        <translation>par 15 minutes</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>par an</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>This application is not authorised by the sign-in server (client credentials); check the client secret in the settings.</source>
        <translation>Cette application n&apos;est pas autorisée par le serveur de connexion (identifiants du client) ; vérifiez le secret client dans les paramètres.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time; try again.</source>
        <translation>Le serveur de connexion n&apos;a pas répondu à temps ; réessayez.</translation>
    </message>
    <message>
        <source>The sign-in server cannot be reached — check your network connection.</source>
        <translation>Le serveur de connexion est injoignable — vérifiez votre connexion réseau.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s certificate was not accepted, so nothing was sent to it; check the system date and any proxy that inspects secure connections.</source>
        <translation>Le certificat du serveur de connexion n&apos;a pas été accepté, rien ne lui a donc été envoyé ; vérifiez la date du système et tout proxy qui inspecte les connexions sécurisées.</translation>
    </message>
    <message>
        <source>The sign-in service is busy; try again in a few minutes.</source>
        <translation>Le service de connexion est saturé ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Unexpected response from the sign-in server.</source>
        <translation>Réponse inattendue du serveur de connexion.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>Unexpected response from the sign-in server.</source>
        <translation>Réponse inattendue du serveur de connexion.</translation>
    </message>
    <message>
        <source>The token response is not a JSON object (%1 bytes).</source>
        <translation>La réponse du jeton n&apos;est pas un objet JSON (%1 octets).</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>La réponse du jeton ne contient pas d&apos;access_token.</translation>
    </message>
    <message>
        <source>Unsupported token type &quot;%1&quot;.</source>
        <translation>Type de jeton « %1 » non pris en charge.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the signed-in account</source>
        <translation>Afficher le compte connecté</translation>
    </message>
    <message>
        <source>Personal access token from METERSCOPE_TOKEN
</source>
        <translation>Jeton d&apos;accès personnel de METERSCOPE_TOKEN
</translation>
    </message>
    <message>
        <source>Not signed in — run meterscope-cli login.</source>
        <translation>Non connecté — lancez meterscope-cli login.</translation>
    </message>
    <message>
        <source>Not signed in (nothing stored for %1) — run meterscope-cli login.</source>
        <translation>Non connecté (rien d&apos;enregistré pour %1) — lancez meterscope-cli login.</translation>
    </message>
    <message>
        <source>  API profile: %1
</source>
        <translation>  Profil d&apos;API : %1
</translation>
    </message>
    <message>
        <source>  stored in the OS keychain
</source>
        <translation>  conservé dans le trousseau du système
</translation>
    </message>
    <message>
        <source>%1
  account: %2 (%3)
  API: %4
</source>
        <translation>%1
  compte : %2 (%3)
  API : %4
</translation>
    </message>
    <message>
        <source>  token URL: %1
</source>
        <translation>  URL du jeton : %1
</translation>
    </message>
</context>
<context>
    <name>meterscope::AboutDialog</name>
    <message>
        <source>About Meterscope</source>
        <translation>À propos de Meterscope</translation>
    </message>
    <message>
        <source>Meterscope %1</source>
        <translation>Meterscope %1</translation>
    </message>
    <message>
        <source>Energy consumption of your sites and meters — charted, totalled and exported, in each site&apos;s own time zone.</source>
        <translation>La consommation d&apos;énergie de vos sites et compteurs — en graphiques, en totaux et en exports, dans le fuseau horaire de chaque site.</translation>
    </message>
    <message>
        <source>Data: the built-in demo data, served on this computer (no account, no network).</source>
        <translation>Données : les données de démonstration intégrées, servies sur cet ordinateur (sans compte ni réseau).</translation>
    </message>
    <message>
        <source>Data: Schneider Electric EcoStruxure Energy Contextualized Data API.</source>
        <translation>Données : API Schneider Electric EcoStruxure Energy Contextualized Data.</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Meterscope comes with no warranty.</source>
        <translation>Licence : &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Meterscope est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>meterscope::AccountController</name>
    <message>
        <source>Your sign-in has ended — sign in again to continue.</source>
        <translation>Votre connexion a pris fin — reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Démarrage de la démonstration…</translation>
    </message>
    <message>
        <source>This build of Meterscope has no demo.</source>
        <translation>Cette version de Meterscope n&apos;inclut pas de démonstration.</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>La démonstration n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Demo portfolio</source>
        <translation>Portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Vérification du jeton…</translation>
    </message>
    <message>
        <source>Waiting for the browser sign-in…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Signing in again…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>lors d&apos;une session précédente</translation>
    </message>
    <message>
        <source>%1 cannot be reached — showing the data kept on this computer (sites as of %2).</source>
        <translation>%1 est injoignable — affichage des données conservées sur cet ordinateur (sites récupérés : %2).</translation>
    </message>
    <message>
        <source>The local cache cannot be opened (%1); data is fetched from the server without it.</source>
        <translation>Le cache local ne peut pas être ouvert (%1) ; les données sont récupérées sur le serveur sans lui.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The data kept on this computer could not be removed (%1).</source>
        <translation>Les données conservées sur cet ordinateur n&apos;ont pas pu être supprimées (%1).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n request(s) failed)</source>
        <translation>
            <numerusform>(%n requête a échoué)</numerusform>
            <numerusform>(%n requêtes ont échoué)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::ChartDataDialog</name>
    <message>
        <source>Chart data</source>
        <translation>Données du graphique</translation>
    </message>
    <message>
        <source>The values of the chart: one row per period, one column per series; an empty cell has no data</source>
        <translation>Les valeurs du graphique : une ligne par période, une colonne par série ; une cellule vide n&apos;a pas de données</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartDataTableModel</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Heure (%1)</translation>
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
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>permission denied in %1</source>
        <translation>permission refusée dans %1</translation>
    </message>
    <message>
        <source>it could not be created in %1</source>
        <translation>il n&apos;a pas pu être créé dans %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and %2.</source>
        <translation>Le dossier %1 n&apos;existe pas et %2.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Consumption of %1 sites</source>
        <translation>Consommation de %1 sites</translation>
    </message>
    <message>
        <source>Consumption — %1</source>
        <translation>Consommation — %1</translation>
    </message>
    <message>
        <source>Consumption — %1: %2 meters</source>
        <translation>Consommation — %1 : %2 compteurs</translation>
    </message>
    <message>
        <source>Consumption — %1: %2</source>
        <translation>Consommation — %1 : %2</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Range: %1 (%2) · %3</source>
        <translation>Période : %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Unités : %1</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <source>%1 meters</source>
        <translation>%1 compteurs</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more series</source>
        <translation>
            <numerusform>… et %n autre série</numerusform>
            <numerusform>… et %n autres séries</numerusform>
        </translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The SVG file could not be written to %1.</source>
        <translation>Le fichier SVG n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The PDF file could not be written to %1.</source>
        <translation>Le fichier PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an export&apos;s file name: its first and last day, ISO 8601</comment>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartStatusOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Stop loading this chart</source>
        <translation>Arrêter le chargement de ce graphique</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load this chart</source>
        <translation>Charger ce graphique</translation>
    </message>
    <message>
        <source>Try loading this chart again</source>
        <translation>Réessayer de charger ce graphique</translation>
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
        <translation>Nouvel essai dans %1.</translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Nouvel essai en cours…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading the rest…</source>
        <translation>Chargement de la suite…</translation>
    </message>
    <message>
        <source>Still waiting for the server — %1.</source>
        <translation>Toujours en attente du serveur — %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The chart loads once you are signed in again.</source>
        <translation>Le graphique se chargera une fois que vous serez reconnecté.</translation>
    </message>
    <message>
        <source>Part of this chart could not be loaded. %1</source>
        <translation>Une partie de ce graphique n&apos;a pas pu être chargée. %1</translation>
    </message>
    <message>
        <source>The chart could not be loaded. %1</source>
        <translation>Le graphique n&apos;a pas pu être chargé. %1</translation>
    </message>
    <message>
        <source>Loading stopped. The chart shown is the one before.</source>
        <translation>Chargement arrêté. Le graphique affiché est le précédent.</translation>
    </message>
    <message>
        <source>Loading stopped: this chart is incomplete.</source>
        <translation>Chargement arrêté : ce graphique est incomplet.</translation>
    </message>
    <message>
        <source>Loading stopped.</source>
        <translation>Chargement arrêté.</translation>
    </message>
</context>
<context>
    <name>meterscope::ChartWidget</name>
    <message>
        <source>Dotted: ≤ %1 % missing</source>
        <translation>Pointillés : ≤ %1 % de données manquantes</translation>
    </message>
    <message>
        <source>Hatched: &gt; %1 % missing</source>
        <translation>Hachures : &gt; %1 % de données manquantes</translation>
    </message>
    <message>
        <source>Pale: in progress</source>
        <translation>Pâle : en cours</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Select a site or a meter to see its consumption.</source>
        <translation>Sélectionnez un site ou un compteur pour voir sa consommation.</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, a few intervals missing</source>
        <translation>%1, quelques intervalles manquants</translation>
    </message>
    <message>
        <source>%1, partial periods</source>
        <translation>%1, périodes partielles</translation>
    </message>
    <message>
        <source>%1, in progress</source>
        <translation>%1, en cours</translation>
    </message>
    <message>
        <source>%1: negative intervals (counter reset or correction)</source>
        <translation>%1 : intervalles négatifs (remise à zéro du compteur ou correction)</translation>
    </message>
    <message>
        <source>Ring: in progress</source>
        <translation>Anneau : en cours</translation>
    </message>
    <message>
        <source>Negative interval (counter reset or correction)</source>
        <translation>Intervalle négatif (remise à zéro du compteur ou correction)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Time (%1) · %2</source>
        <translation>Date et heure (%1) · %2</translation>
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
En cours : les données jusqu&apos;à %1, la suite est à venir</translation>
    </message>
    <message>
        <source>
Partial so far: data for %1 % of the time passed, %2 without data</source>
        <translation>
Partiel pour l&apos;instant : données pour %1 % du temps écoulé, %2 sans données</translation>
    </message>
    <message>
        <source>
Partial: data for %1 % of the period, %2 without data</source>
        <translation>
Partiel : données pour %1 % de la période, %2 sans données</translation>
    </message>
    <message>
        <source>: a counter reset or a correction, counted as the server sent it</source>
        <translation> : une remise à zéro du compteur ou une correction, comptée telle que le serveur l&apos;a envoyée</translation>
    </message>
    <message>
        <source>
No data in this period of the current range</source>
        <translation>
Aucune donnée pour cette période de la plage actuelle</translation>
    </message>
    <message>
        <source>
No data to compare with in %1</source>
        <translation>
Aucune donnée de comparaison dans %1</translation>
    </message>
    <message>
        <source>
Compared with %1: %2</source>
        <translation>
Comparé à %1 : %2</translation>
    </message>
    <message>
        <source>
%1 (%2): %3</source>
        <translation>
%1 (%2) : %3</translation>
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
Comprend %n intervalle négatif</numerusform>
            <numerusform>
Comprend %n intervalles négatifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::DetailsModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Système source</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>État / province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Gross area</source>
        <translation>Surface brute</translation>
    </message>
    <message>
        <source>Building occupants</source>
        <translation>Occupants du bâtiment</translation>
    </message>
    <message>
        <source>Weekly operating hours</source>
        <translation>Heures d&apos;exploitation par semaine</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Meter ID</source>
        <translation>ID du compteur</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>Énergie / fluide</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Parent meter ID</source>
        <translation>ID du compteur parent</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>ID de la passerelle</translation>
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
        <translation> · clé de série %1</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>meterscope::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy every attribute to the clipboard</source>
        <translation>Copier tous les attributs dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Détails du site</translation>
    </message>
    <message>
        <source>Meter details</source>
        <translation>Détails du compteur</translation>
    </message>
    <message>
        <source>The attributes of the selected site or meter</source>
        <translation>Les attributs du site ou du compteur sélectionné</translation>
    </message>
</context>
<context>
    <name>meterscope::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>meterscope::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document (one page)</source>
        <translation>Document PDF (une page)</translation>
    </message>
    <message>
        <source>CSV data for scripts (RFC 4180: comma, decimal point, ISO 8601 times)</source>
        <translation>Données CSV pour les scripts (RFC 4180 : virgule, point décimal, heures ISO 8601)</translation>
    </message>
    <message>
        <source>separator “%1”, decimal mark “%2”, local times</source>
        <translation>séparateur « %1 », séparateur décimal « %2 », heures locales</translation>
    </message>
    <message>
        <source>CSV data for a spreadsheet (%1)</source>
        <translation>Données CSV pour un tableur (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX: numbers, dates and a provenance sheet)</source>
        <translation>Classeur Excel (XLSX : nombres, dates et une feuille de provenance)</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Include totals table</source>
        <translation>Inclure le tableau des totaux</translation>
    </message>
    <message>
        <source>The totals of each series, as under the chart, below the chart in the image</source>
        <translation>Les totaux de chaque série, comme sous le graphique, placés sous le graphique dans l&apos;image</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Zoomed view: %1</source>
        <translation>Vue zoomée : %1</translation>
    </message>
    <message>
        <source>Whole range: %1</source>
        <translation>Période entière : %1</translation>
    </message>
    <message>
        <source>%1 (zoomed view)</source>
        <translation>%1 (vue zoomée)</translation>
    </message>
    <message>
        <source>%1 (whole range)</source>
        <translation>%1 (période entière)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Width of the exported image</source>
        <translation>Largeur de l&apos;image exportée</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Height of the exported image</source>
        <translation>Hauteur de l&apos;image exportée</translation>
    </message>
    <message>
        <source>The period to export</source>
        <translation>La période à exporter</translation>
    </message>
    <message>
        <source>Choose the file to export to</source>
        <translation>Choisir le fichier vers lequel exporter</translation>
    </message>
    <message>
        <source>The file the chart is exported to</source>
        <translation>Le fichier vers lequel le graphique est exporté</translation>
    </message>
</context>
<context>
    <name>meterscope::FirstRunPage</name>
    <message>
        <source>&lt;span style=&apos;font-size:22pt; font-weight:600&apos;&gt;Meterscope&lt;/span&gt;&lt;br&gt;Energy consumption of your sites and meters — charted, totalled and exported, in each site&apos;s own time zone.</source>
        <translation>&lt;span style=&apos;font-size:22pt; font-weight:600&apos;&gt;Meterscope&lt;/span&gt;&lt;br&gt;La consommation d&apos;énergie de vos sites et compteurs — en graphiques, en totaux et en exports, dans le fuseau horaire de chaque site.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démonstration</translation>
    </message>
    <message>
        <source>A sample portfolio of twelve sites around the world, built into Meterscope and served on this computer: no account and no network needed. Meterscope opens the demo again when it next starts, until you sign out.</source>
        <translation>Un portefeuille d&apos;exemple de douze sites dans le monde, intégré à Meterscope et servi sur cet ordinateur : ni compte ni réseau nécessaires. Meterscope rouvre la démonstration au prochain démarrage, jusqu&apos;à ce que vous vous déconnectiez.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Paste a token created in your EcoStruxure account. It is checked once and kept in the system keychain.</source>
        <translation>Collez un jeton créé dans votre compte EcoStruxure. Il est vérifié une fois puis conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in with Schneider Electric</source>
        <translation>Se connecter avec Schneider Electric</translation>
    </message>
    <message>
        <source>Opens your browser to sign in; Meterscope never sees your password.</source>
        <translation>Ouvre votre navigateur pour vous connecter ; Meterscope ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>A token created in your EcoStruxure account</source>
        <translation>Un jeton créé dans votre compte EcoStruxure</translation>
    </message>
</context>
<context>
    <name>meterscope::MainWindow</name>
    <message>
        <source>Search sites and meters (name or ID)  Ctrl+F</source>
        <translation>Rechercher des sites et compteurs (nom ou ID)  Ctrl+F</translation>
    </message>
    <message>
        <source>All utilities</source>
        <translation>Toutes les énergies</translation>
    </message>
    <message>
        <source>Search all meters</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Load the meters of every site so the search covers them all</source>
        <translation>Charger les compteurs de tous les sites pour que la recherche les couvre tous</translation>
    </message>
    <message>
        <source>Loading meters: %v of %m sites</source>
        <translation>Chargement des compteurs : %v sur %m sites</translation>
    </message>
    <message>
        <source>Meters of every site loaded.</source>
        <translation>Compteurs de tous les sites chargés.</translation>
    </message>
    <message>
        <source>No access to site %1 (403).</source>
        <translation>Pas d&apos;accès au site %1 (403).</translation>
    </message>
    <message>
        <source>Zoomed: the wheel zooms, dragging moves; double-click or Ctrl+0 shows the whole range.</source>
        <translation>Zoom : la molette zoome, le glisser déplace ; un double-clic ou Ctrl+0 affiche toute la période.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find site or meter</source>
        <translation>&amp;Rechercher un site ou un compteur</translation>
    </message>
    <message>
        <source>Go to &amp;tree</source>
        <translation>Aller à l&apos;ar&amp;borescence</translation>
    </message>
    <message>
        <source>Go to &amp;chart</source>
        <translation>Aller au &amp;graphique</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Network and sign-in…</source>
        <translation>&amp;Réseau et connexion…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>Enter a &amp;new token…</source>
        <translation>Saisir un &amp;nouveau jeton…</translation>
    </message>
    <message>
        <source>Go on with a new personal access token</source>
        <translation>Continuer avec un nouveau jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se re&amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation>Se reconnecter dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Meterscope</source>
        <translation>À &amp;propos de Meterscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Select a site or a meter to see its consumption. Ctrl+click to compare several.</source>
        <translation>Sélectionnez un site ou un compteur pour voir sa consommation. Ctrl+clic pour en comparer plusieurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 selections are charted together.</source>
        <translation>Au plus %1 sélections peuvent être représentées ensemble.</translation>
    </message>
    <message>
        <source>No site or meter matches “%1”.</source>
        <translation>Aucun site ni compteur ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Not searched: %1.</source>
        <translation>Non inclus dans la recherche : %1.</translation>
    </message>
    <message>
        <source>%1 series, %2 points, ready in %3 ms</source>
        <translation>%1 séries, %2 points, prêt en %3 ms</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>When the oldest data on the chart that could still change was fetched from the server. F5 fetches everything again.</source>
        <translation>Date à laquelle les plus anciennes données du graphique encore susceptibles de changer ont été récupérées sur le serveur. F5 récupère tout à nouveau.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server no longer accepts your personal access token: it expired or was revoked.</source>
        <translation>Le serveur n&apos;accepte plus votre jeton d&apos;accès personnel : il a expiré ou a été révoqué.</translation>
    </message>
    <message>
        <source>Your sign-in has ended and could not be renewed.</source>
        <translation>Votre connexion a pris fin et n&apos;a pas pu être renouvelée.</translation>
    </message>
    <message>
        <source>Enter a new token to go on; the view stays as it is.</source>
        <translation>Saisissez un nouveau jeton pour continuer ; la vue reste telle quelle.</translation>
    </message>
    <message>
        <source>Sign in again to go on; the view stays as it is.</source>
        <translation>Reconnectez-vous pour continuer ; la vue reste telle quelle.</translation>
    </message>
    <message>
        <source>Enter a new token</source>
        <translation>Saisir un nouveau jeton</translation>
    </message>
    <message>
        <source>Personal access token for %1:</source>
        <translation>Jeton d&apos;accès personnel pour %1 :</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Search sites and meters</source>
        <translation>Rechercher des sites et compteurs</translation>
    </message>
    <message>
        <source>Shows only the sites and meters whose name or ID contains the text</source>
        <translation>N&apos;affiche que les sites et compteurs dont le nom ou l&apos;ID contient le texte</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Shows only the meters of one utility</source>
        <translation>N&apos;affiche que les compteurs d&apos;une énergie</translation>
    </message>
    <message>
        <source>Loading meters</source>
        <translation>Chargement des compteurs</translation>
    </message>
    <message>
        <source>Sites and meters</source>
        <translation>Sites et compteurs</translation>
    </message>
    <message>
        <source>The sites and their meters; the selected ones are charted</source>
        <translation>Les sites et leurs compteurs ; ceux sélectionnés sont représentés</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Consumption chart</source>
        <translation>Graphique de consommation</translation>
    </message>
    <message>
        <source>The consumption of the selected sites and meters over the time range; the totals table below lists the same values in text</source>
        <translation>La consommation des sites et compteurs sélectionnés sur la période ; le tableau des totaux en dessous donne les mêmes valeurs en texte</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>The total of each charted series over the time range</source>
        <translation>Le total de chaque série représentée sur la période</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Chart &amp;data as a table…</source>
        <translation>&amp;Données du graphique en tableau…</translation>
    </message>
</context>
<context>
    <name>meterscope::ManualUrlPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copier l&apos;adresse dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>meterscope::SearchStatusLabel</name>
    <message>
        <source>Search all meters</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Every site&apos;s meters were searched.</source>
        <translation>Les compteurs de tous les sites ont été parcourus.</translation>
    </message>
    <message>
        <source>Not searched yet (meters not loaded):</source>
        <translation>Pas encore recherché (compteurs non chargés) :</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message numerus="yes">
        <source>loading the meters of %n more site(s)…</source>
        <translation>
            <numerusform>chargement des compteurs de %n site supplémentaire…</numerusform>
            <numerusform>chargement des compteurs de %n sites supplémentaires…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meters of %n site(s) not loaded yet</source>
        <translation>
            <numerusform>compteurs de %n site pas encore chargés</numerusform>
            <numerusform>compteurs de %n sites pas encore chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::SeriesRepository</name>
    <message>
        <source>The local cache was damaged and has been rebuilt; data is fetched from the server again.</source>
        <translation>Le cache local était endommagé et a été reconstruit ; les données sont à nouveau récupérées sur le serveur.</translation>
    </message>
    <message>
        <source>The local cache is damaged and could not be rebuilt (%1); data is fetched from the server without it.</source>
        <translation>Le cache local est endommagé et n&apos;a pas pu être reconstruit (%1) ; les données sont récupérées sur le serveur sans lui.</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1); data is fetched from the server without it.</source>
        <translation>Le cache local ne peut pas être utilisé (%1) ; les données sont récupérées sur le serveur sans lui.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>meterscope::SeriesTotalsModel</name>
    <message>
        <source>Intervals with a negative value: a meter&apos;s counter was reset or a reading corrected. They are counted in the figures as the server sent them.</source>
        <translation>Intervalles de valeur négative : le compteur a été remis à zéro ou un relevé corrigé. Ils sont comptés dans les chiffres tels que le serveur les a envoyés.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>Smallest on</source>
        <translation>Date du minimum</translation>
    </message>
    <message>
        <source>Largest on</source>
        <translation>Date du maximum</translation>
    </message>
    <message>
        <source>The range is in progress: the share of the time so far that has data (time to come is not missing)</source>
        <translation>La période est en cours : la part du temps écoulé qui a des données (le temps à venir n&apos;est pas manquant)</translation>
    </message>
    <message>
        <source>A rate has no total; see Mean for its average over the range</source>
        <translation>Une grandeur non cumulable n&apos;a pas de total ; voir Moyenne pour sa moyenne sur la période</translation>
    </message>
    <message>
        <source>Sum of the values in the range: %1</source>
        <translation>Somme des valeurs de la période : %1</translation>
    </message>
    <message>
        <source>Sum of the values in the range</source>
        <translation>Somme des valeurs de la période</translation>
    </message>
    <message>
        <source>%1 % so far</source>
        <translation>%1 % jusqu&apos;ici</translation>
    </message>
    <message>
        <source>quarter-hour</source>
        <translation>quart d&apos;heure</translation>
    </message>
    <message>
        <source>quarter-hours</source>
        <translation>quarts d&apos;heure</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
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
        <translation>La moyenne sur la période, pondérée par les intervalles présents</translation>
    </message>
    <message>
        <source>The smallest interval value</source>
        <translation>La plus petite valeur d&apos;intervalle</translation>
    </message>
    <message>
        <source>The largest interval value</source>
        <translation>La plus grande valeur d&apos;intervalle</translation>
    </message>
    <message>
        <source>The mean interval value</source>
        <translation>La valeur d&apos;intervalle moyenne</translation>
    </message>
    <message>
        <source>The smallest</source>
        <translation>Le minimum</translation>
    </message>
    <message>
        <source>The largest</source>
        <translation>Le maximum</translation>
    </message>
    <message>
        <source>The mean</source>
        <translation>La moyenne</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>sans lacune</translation>
    </message>
    <message>
        <source>%1 of what is shown (%2), none of it complete</source>
        <translation>%1 sur ce qui est affiché (%2), aucune période n&apos;étant complète</translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation> ; exclus : %1</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>avec lacunes</translation>
    </message>
    <message>
        <source>%1 in progress: Min, Max, Mean are its data so far</source>
        <translation>%1 en cours : Min, Max et Moyenne portent sur ses données jusqu&apos;ici</translation>
    </message>
    <message>
        <source>no complete %1: Min, Max, Mean of the %2 shown</source>
        <translation>pas de %1 sans lacune : Min, Max et Moyenne portent sur ce qui est affiché (%2)</translation>
    </message>
    <message>
        <source>%1: not in Min, Max, Mean</source>
        <translation>%1 : hors Min, Max et Moyenne</translation>
    </message>
    <message>
        <source>Against %1 up to %2: the same part of the period as this one&apos;s data.</source>
        <translation>Par rapport à %1 jusqu&apos;au %2 : la même partie de la période que les données de celle-ci.</translation>
    </message>
    <message>
        <source>Against all of %1.</source>
        <translation>Par rapport à l&apos;intégralité de %1.</translation>
    </message>
    <message>
        <source>No data to compare with in %1.</source>
        <translation>Aucune donnée de comparaison dans %1.</translation>
    </message>
    <message>
        <source>%1 against %2.</source>
        <translation>%1 par rapport à %2.</translation>
    </message>
    <message>
        <source>%1 (compared: %2 % coverage)</source>
        <translation>%1 (comparé : couverture de %2 %)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Remarques</translation>
    </message>
    <message numerus="yes">
        <source>%n negative interval(s)</source>
        <translation>
            <numerusform>%n intervalle négatif</numerusform>
            <numerusform>%n intervalles négatifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Proxy HTTP manuel</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Built-in profile</source>
        <translation>Profil intégré</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>API profile</source>
        <translation>Profil d&apos;API</translation>
    </message>
    <message>
        <source>API profiles (*.json)</source>
        <translation>Profils d&apos;API (*.json)</translation>
    </message>
    <message>
        <source>API profile file</source>
        <translation>Fichier de profil d&apos;API</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navigateur du système</translation>
    </message>
    <message>
        <source>A command that opens a web address, e.g. &quot;firefox --private-window&quot;. The address is added as the last argument. --browser and METERSCOPE_BROWSER take precedence.</source>
        <translation>Une commande qui ouvre une adresse web, par ex. « firefox --private-window ». L&apos;adresse est ajoutée comme dernier argument. --browser et METERSCOPE_BROWSER sont prioritaires.</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Commande du navigateur</translation>
    </message>
    <message>
        <source>The profile&apos;s client id</source>
        <translation>L&apos;identifiant client du profil</translation>
    </message>
    <message>
        <source>The client id of the application you registered with the authorization server for Meterscope. Empty: the one in the API profile.</source>
        <translation>L&apos;identifiant client de l&apos;application que vous avez enregistrée pour Meterscope auprès du serveur d&apos;autorisation. Vide : celui du profil d&apos;API.</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>Identifiant client OAuth</translation>
    </message>
    <message>
        <source>Kept in the keychain; empty keeps the stored one</source>
        <translation>Conservé dans le trousseau ; laisser vide pour garder l&apos;actuel</translation>
    </message>
    <message>
        <source>The OAuth client secret of the application registered for your profile. The demo profile uses its own.</source>
        <translation>Le secret client OAuth de l&apos;application enregistrée pour votre profil. Le profil de démonstration utilise le sien.</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>Register this redirect URI for your client with the authorization server. Meterscope listens on a free port of 127.0.0.1 each time, which RFC 8252 servers accept for loopback redirects.</source>
        <translation>Enregistrez cette URI de redirection pour votre client auprès du serveur d&apos;autorisation. Meterscope écoute à chaque fois sur un port libre de 127.0.0.1, ce que les serveurs conformes à la RFC 8252 acceptent pour les redirections en boucle locale.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>Copier l&apos;URI de redirection dans le presse-papiers</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Data kept on this computer</source>
        <translation>Données conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sites, meters and series already fetched are kept so that charts reopen at once and work offline. Data older than three days is not asked again; the last days are fetched again after 15 minutes. F5 asks the server for everything charted.</source>
        <translation>Les sites, compteurs et séries déjà récupérés sont conservés pour que les graphiques se rouvrent aussitôt et fonctionnent hors ligne. Les données de plus de trois jours ne sont pas redemandées ; les derniers jours sont récupérés à nouveau après 15 minutes. F5 redemande au serveur tout ce qui est affiché.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Delete the cached data of every account; it is fetched again when needed.</source>
        <translation>Supprimer les données en cache de tous les comptes ; elles sont récupérées à nouveau au besoin.</translation>
    </message>
    <message>
        <source>The cached data could not be deleted: %1</source>
        <translation>Les données en cache n&apos;ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <source>%1 of sites, meters and series, so that charts reopen at once and offline.</source>
        <translation>%1 de sites, compteurs et séries, pour que les graphiques se rouvrent aussitôt, même hors ligne.</translation>
    </message>
    <message>
        <source>The API profile %1 cannot be used: %2</source>
        <translation>Le profil d&apos;API %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus and messages, and the formats of numbers and dates. Files for other programs (CSV, JSON) keep their fixed formats.</source>
        <translation>La langue des menus et des messages, et les formats des nombres et des dates. Les fichiers destinés à d&apos;autres programmes (CSV, JSON) gardent leurs formats fixes.</translation>
    </message>
    <message>
        <source>Language of Meterscope</source>
        <translation>Langue de Meterscope</translation>
    </message>
    <message>
        <source>A new language applies from the next start of Meterscope.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Meterscope.</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>The API profile to sign in with; empty: the built-in one</source>
        <translation>Le profil d&apos;API avec lequel se connecter ; vide : le profil intégré</translation>
    </message>
    <message>
        <source>Choose an API profile file</source>
        <translation>Choisir un fichier de profil d&apos;API</translation>
    </message>
</context>
<context>
    <name>meterscope::SignInController</name>
    <message>
        <source>Personal access token — %1</source>
        <translation>Jeton d&apos;accès personnel — %1</translation>
    </message>
    <message>
        <source>Schneider Electric account — %1</source>
        <translation>Compte Schneider Electric — %1</translation>
    </message>
    <message>
        <source>Demo (emulator on %1)</source>
        <translation>Démonstration (émulateur sur %1)</translation>
    </message>
    <message>
        <source>The API profile of this account cannot be used (%1) — sign in again.</source>
        <translation>Le profil d&apos;API de ce compte ne peut pas être utilisé (%1) — reconnectez-vous.</translation>
    </message>
    <message>
        <source>it has no base URL</source>
        <translation>il n&apos;a pas d&apos;URL de base</translation>
    </message>
    <message>
        <source>The API profile has no OAuth client id. Register Meterscope with the authorization server (redirect URI http://127.0.0.1%1), then enter the client id in Settings → Network and sign-in, or give it with meterscope-cli login --client-id.</source>
        <translation>Le profil d&apos;API n&apos;a pas d&apos;identifiant client OAuth. Enregistrez Meterscope auprès du serveur d&apos;autorisation (URI de redirection http://127.0.0.1%1), puis saisissez l&apos;identifiant client dans Paramètres → Réseau et connexion, ou donnez-le avec meterscope-cli login --client-id.</translation>
    </message>
    <message>
        <source>No browser window yet? The sign-in is still waiting.</source>
        <translation>Pas encore de fenêtre de navigateur ? La connexion attend toujours.</translation>
    </message>
    <message>
        <source>The personal access token was not accepted by %1 — it may be mistyped, expired or revoked; nothing was stored.</source>
        <translation>Le jeton d&apos;accès personnel n&apos;a pas été accepté par %1 — il est peut-être mal saisi, expiré ou révoqué ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>meterscope::SignOutDialog</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1? The stored sign-in is removed from the keychain.</source>
        <translation>Se déconnecter de %1 ? La connexion enregistrée est supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Also delete the data kept on this computer for offline use (%1)</source>
        <translation>Supprimer aussi les données conservées sur cet ordinateur pour l&apos;usage hors ligne (%1)</translation>
    </message>
</context>
<context>
    <name>meterscope::SiteTreeModel</name>
    <message>
        <source>%1 — no access</source>
        <translation>%1 — pas d&apos;accès</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation>%1 — chargement…</translation>
    </message>
    <message>
        <source>%1
ID %2
Time zone %3</source>
        <translation>%1
ID %2
Fuseau horaire %3</translation>
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
        <translation>Sites et compteurs</translation>
    </message>
</context>
<context>
    <name>meterscope::TimeRangeBar</name>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Période précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Période suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Last day included</source>
        <translation>Dernier jour inclus</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Overlay the previous period or the same period last year (its dates; a chart by week, or of one week, lines up weekdays), with Δ in the totals</source>
        <translation>Superposer la période précédente ou la même période l&apos;année dernière (ses dates ; un graphique par semaine, ou d&apos;une semaine, aligne les jours de la semaine), avec Δ dans les totaux</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Zone of the time axis: the site&apos;s own, or UTC when sites in several zones are shown</source>
        <translation>Fuseau de l&apos;axe du temps : celui du site, ou UTC lorsque des sites de plusieurs fuseaux sont affichés</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Fuseau</translation>
    </message>
    <message>
        <source>Site (%1)</source>
        <translation>Site (%1)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>UTC (sites differ)</source>
        <translation>UTC (les sites diffèrent)</translation>
    </message>
    <message>
        <source>%1, reached from &quot;%2&quot; with ◀ ▶; pick a range to go back to the present</source>
        <translation>%1, atteint depuis « %2 » avec ◀ ▶ ; choisissez une période pour revenir au présent</translation>
    </message>
    <message>
        <source>Longer than the range</source>
        <translation>Plus long que la période</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>La période affichée par le graphique</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation>Premier jour de la période personnalisée</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Last day included in the custom range</source>
        <translation>Dernier jour inclus dans la période personnalisée</translation>
    </message>
</context>
<context>
    <name>meterscope::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>a workbook holds at most %L1 rows and this export has %L2 — export it as CSV, or choose a shorter range or a coarser granularity</source>
        <translation>un classeur contient au plus %L1 lignes et cet export en a %L2 — exportez-le en CSV, ou choisissez une période plus courte ou une granularité plus grossière</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>le classeur n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the finished workbook could not be moved into place</source>
        <translation>le classeur terminé n&apos;a pas pu être mis en place</translation>
    </message>
</context>
</TS>
