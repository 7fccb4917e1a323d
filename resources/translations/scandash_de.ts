<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>scandash: handed over to the ScanDash already running on this history.</source>
        <translation>scandash: an das ScanDash übergeben, das mit diesem Verlauf schon läuft.</translation>
    </message>
    <message>
        <source>scandash: could not check for another window (%1); going on.</source>
        <translation>scandash: konnte nicht prüfen, ob ein anderes Fenster offen ist (%1); es geht weiter.</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>von Ihnen eingegeben</translation>
    </message>
    <message>
        <source>That key does not look like avk_live_ and 40 letters or digits; trying it anyway.</source>
        <translation>Dieser Schlüssel sieht nicht wie avk_live_ und 40 Buchstaben oder Ziffern aus; er wird trotzdem versucht.</translation>
    </message>
    <message>
        <source>entered, kept in %1</source>
        <translation>eingegeben, gespeichert in %1</translation>
    </message>
    <message>
        <source>entered, kept for this session only (keyring: %1)</source>
        <translation>eingegeben, nur für diese Sitzung behalten (Schlüsselbund: %1)</translation>
    </message>
    <message>
        <source>demo key</source>
        <translation>Demo-Schlüssel</translation>
    </message>
    <message>
        <source>looking in the keyring…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>no keyring: session only</source>
        <translation>kein Schlüsselbund: nur diese Sitzung</translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>none yet (File → Set API key)</source>
        <translation>noch keiner (Datei → API-Schlüssel festlegen)</translation>
    </message>
    <message>
        <source>No desktop keyring is running (no D-Bus session): the key you enter is kept for this session only.</source>
        <translation>Es läuft kein Schlüsselbund (keine D-Bus-Sitzung): Der eingegebene Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The desktop keyring is not available (%1): the key you enter is kept for this session only.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1): Der eingegebene Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n unfinished scan(s) again from the last session.</source>
        <translation>
            <numerusform>%n unfertiger Scan aus der letzten Sitzung wird wieder beobachtet.</numerusform>
            <numerusform>%n unfertige Scans aus der letzten Sitzung werden wieder beobachtet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Run against the built-in AppVet simulator on loopback (no account, no network).</source>
        <translation>Gegen den eingebauten AppVet-Simulator auf diesem Rechner laufen (kein Konto, kein Netzwerk).</translation>
    </message>
    <message>
        <source>AppVet API base URL (https; plain http only on this computer).</source>
        <translation>Basis-URL der AppVet-API (https; einfaches http nur auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Demo simulator&apos;s requests per minute (10 free plan, 60 paid).</source>
        <translation>Anfragen pro Minute des Demo-Simulators (10 im kostenlosen Tarif, 60 bezahlt).</translation>
    </message>
    <message>
        <source>Demo simulator&apos;s scan speed factor.</source>
        <translation>Geschwindigkeitsfaktor der Scans im Demo-Simulator.</translation>
    </message>
    <message>
        <source>Seconds between polls of a scan (3-5; default 4, or what the View menu last set).</source>
        <translation>Sekunden zwischen zwei Abfragen eines Scans (3–5; Standard 4 oder was zuletzt im Menü Ansicht gewählt wurde).</translation>
    </message>
    <message>
        <source>Start a scan of &lt;url&gt; at launch (repeatable).</source>
        <translation>Beim Start einen Scan von &lt;url&gt; beginnen (wiederholbar).</translation>
    </message>
    <message>
        <source>Scan type for --scan: security, performance, accessibility or seo.</source>
        <translation>Scan-Art für --scan: security, performance, accessibility oder seo.</translation>
    </message>
    <message>
        <source>Where scans are kept between runs.</source>
        <translation>Wo die Scans zwischen zwei Starts aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: what Preferences last set, or system).</source>
        <translation>Farben: system, light oder dark (Standard: was zuletzt in den Einstellungen gewählt wurde, sonst system).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are scan, report, compare, list and usage (see --help).</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind scan, report, compare, list und usage (siehe --help).</translation>
    </message>
    <message>
        <source>--demo-rpm must be a positive number.</source>
        <translation>--demo-rpm muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>--demo-speed must be a positive number.</source>
        <translation>--demo-speed muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>could not start the demo simulator on 127.0.0.1.</source>
        <translation>der Demo-Simulator konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Desktop dashboard for AppVet web scans.

Without a command it opens the window. Commands, for scripts and CI (no window, no display):
  scan URL...          launch scans; --wait for their ends
  report SCAN_ID       a finished scan&apos;s report (json, md, html, pdf)
  compare OLD NEW      what changed between two scans of a site
  list                 the organisation&apos;s scans
  usage                the plan, quota and request limit
Run &apos;scandash COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Desktop-Übersicht für AppVet-Webscans.

Ohne Befehl öffnet sich das Fenster. Befehle für Skripte und CI (kein Fenster, keine Anzeige):
  scan URL...          Scans starten; --wait wartet auf ihr Ende
  report SCAN_ID       der Bericht eines fertigen Scans (json, md, html, pdf)
  compare ALT NEU      was sich zwischen zwei Scans einer Website geändert hat
  list                 die Scans der Organisation
  usage                Tarif, Kontingent und Anfragelimit
&apos;scandash BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Scan type: security, performance, accessibility or seo.</source>
        <translation>Scan-Art: security, performance, accessibility oder seo.</translation>
    </message>
    <message>
        <source>Wait until every scan has ended.</source>
        <translation>Warten, bis jeder Scan beendet ist.</translation>
    </message>
    <message>
        <source>With --wait: exit 1 when a grade is below GRADE (A+ &gt; A &gt; … &gt; F).</source>
        <translation>Mit --wait: Rückgabewert 1, wenn eine Note unter NOTE liegt (A+ &gt; A &gt; … &gt; F).</translation>
    </message>
    <message>
        <source>A scan that ended partial does not fail the run.</source>
        <translation>Ein teilweise beendeter Scan lässt den Lauf nicht scheitern.</translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation>Ausgabeformat.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Only scans in this status (queued, scanning, completed, partial, failed).</source>
        <translation>Nur Scans in diesem Zustand (queued, scanning, completed, partial, failed).</translation>
    </message>
    <message>
        <source>How many scans (1-100).</source>
        <translation>Wie viele Scans (1-100).</translation>
    </message>
    <message>
        <source>Launch scans.</source>
        <translation>Scans starten.</translation>
    </message>
    <message>
        <source>Sites to scan.</source>
        <translation>Zu scannende Websites.</translation>
    </message>
    <message>
        <source>A finished scan&apos;s report.</source>
        <translation>Der Bericht eines fertigen Scans.</translation>
    </message>
    <message>
        <source>The scan.</source>
        <translation>Der Scan.</translation>
    </message>
    <message>
        <source>What changed between two scans of a site.</source>
        <translation>Was sich zwischen zwei Scans einer Website geändert hat.</translation>
    </message>
    <message>
        <source>The earlier scan.</source>
        <translation>Der frühere Scan.</translation>
    </message>
    <message>
        <source>The later scan.</source>
        <translation>Der spätere Scan.</translation>
    </message>
    <message>
        <source>The organisation&apos;s scans.</source>
        <translation>Die Scans der Organisation.</translation>
    </message>
    <message>
        <source>The plan, quota and request limit.</source>
        <translation>Tarif, Kontingent und Anfragelimit.</translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation>--format muss eines davon sein: %1.</translation>
    </message>
    <message>
        <source>name at least one site to scan.</source>
        <translation>nennen Sie mindestens eine zu scannende Website.</translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation>--type muss eines davon sein: %1.</translation>
    </message>
    <message>
        <source>--fail-below takes a grade such as A+, A, B or F.</source>
        <translation>--fail-below erwartet eine Note wie A+, A, B oder F.</translation>
    </message>
    <message>
        <source>name one scan id: scandash report SCAN_ID.</source>
        <translation>nennen Sie eine Scan-ID: scandash report SCAN_ID.</translation>
    </message>
    <message>
        <source>name two scan ids: scandash compare OLD_ID NEW_ID.</source>
        <translation>nennen Sie zwei Scan-IDs: scandash compare ALTE_ID NEUE_ID.</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 100.</source>
        <translation>--limit muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>no API key: set APPVET_API_KEY, or put {&quot;api_key&quot;: &quot;…&quot;} in ~/.appvet/config.json.</source>
        <translation>kein API-Schlüssel: setzen Sie APPVET_API_KEY oder schreiben Sie {&quot;api_key&quot;: &quot;…&quot;} in ~/.appvet/config.json.</translation>
    </message>
    <message>
        <source>--interval must be between 3 and 5 seconds.</source>
        <translation>--interval muss zwischen 3 und 5 Sekunden liegen.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme muss system, light oder dark sein.</translation>
    </message>
    <message>
        <source>Try &apos;scandash --help&apos;.</source>
        <translation>Siehe „scandash --help“.</translation>
    </message>
    <message>
        <source>Policy file (YAML, version 1): suppressions, the gate and rules. A broken one stops the run before any request.</source>
        <translation>Richtliniendatei (YAML, Version 1): Unterdrückungen, die Schranke und Regeln. Eine fehlerhafte beendet den Lauf vor jeder Anfrage.</translation>
    </message>
    <message>
        <source>Exit 1 on failing checks: none (status and grade only), any, or new (not failing in the baseline).</source>
        <translation>Exit-Code 1 bei fehlgeschlagenen Prüfungen: none (nur Status und Note), any (jede) oder new (in der Vergleichsbasis nicht fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Only failing checks at or above this severity count: low, medium, high or critical.</source>
        <translation>Nur fehlgeschlagene Prüfungen ab diesem Schweregrad zählen: low, medium, high oder critical.</translation>
    </message>
    <message>
        <source>What --fail-on new compares with: previous (the latest earlier completed scan of the site and type; the default), a scan id, or a report file written by &apos;report --format json&apos;.</source>
        <translation>Womit --fail-on new vergleicht: previous (der letzte frühere abgeschlossene Scan der Site und des Typs; Standard), eine Scan-ID oder eine mit &apos;report --format json&apos; geschriebene Berichtsdatei.</translation>
    </message>
    <message>
        <source>Also write the findings as SARIF 2.1.0 to FILE.</source>
        <translation>Die Befunde zusätzlich als SARIF 2.1.0 in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Also write the findings as JUnit XML to FILE.</source>
        <translation>Die Befunde zusätzlich als JUnit-XML in DATEI schreiben.</translation>
    </message>
    <message>
        <source>--policy, --fail-on, --min-severity, --baseline, --sarif, --junit and --format sarif or junit need --wait.</source>
        <translation>--policy, --fail-on, --min-severity, --baseline, --sarif, --junit und --format sarif oder junit brauchen --wait.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>--fail-on must be one of: none, any, new.</source>
        <translation type="vanished">--fail-on muss eines davon sein: none, any, new.</translation>
    </message>
    <message>
        <source>--min-severity must be one of: low, medium, high, critical.</source>
        <translation>--min-severity muss eines davon sein: low, medium, high, critical.</translation>
    </message>
    <message>
        <source>could not read the baseline %1: %2</source>
        <translation>die Vergleichsbasis %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the baseline %1 is larger than 16 MiB.</source>
        <translation>die Vergleichsbasis %1 ist größer als 16 MiB.</translation>
    </message>
    <message>
        <source>the baseline %1 is not a report written by &apos;scandash report --format json&apos;: %2</source>
        <translation>die Vergleichsbasis %1 ist kein mit &apos;scandash report --format json&apos; geschriebener Bericht: %2</translation>
    </message>
    <message>
        <source>--baseline takes previous, a scan id or a report file; %1 is none of them.</source>
        <translation>--baseline nimmt previous, eine Scan-ID oder eine Berichtsdatei; %1 ist nichts davon.</translation>
    </message>
    <message>
        <source>no baseline (%1): --fail-on new counts every failing check, as any.</source>
        <translation>keine Vergleichsbasis (%1): --fail-on new zählt jede fehlgeschlagene Prüfung, wie any.</translation>
    </message>
    <message>
        <source>gate passed</source>
        <translation>Schranke bestanden</translation>
    </message>
    <message>
        <source>gate FAILED: %1</source>
        <translation>Schranke NICHT BESTANDEN: %1</translation>
    </message>
    <message>
        <source>baseline: %1</source>
        <translation>Vergleichsbasis: %1</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <source>failing (not gated)</source>
        <translation>fehlgeschlagen (nicht geprüft)</translation>
    </message>
    <message>
        <source>failing (below the minimum severity)</source>
        <translation>fehlgeschlagen (unter dem Mindestschweregrad)</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>%1 — the suppression expired on %2 and counts again (%3)</source>
        <translation type="vanished">%1 — die Unterdrückung ist am %2 abgelaufen und zählt wieder (%3)</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 %2 (command line)</source>
        <translation>%1 %2 (Befehlszeile)</translation>
    </message>
    <message>
        <source>policy file %1 (%2 %3)</source>
        <translation>Richtliniendatei %1 (%2 %3)</translation>
    </message>
    <message>
        <source>policy file %1, site %2 (%3 %4)</source>
        <translation>Richtliniendatei %1, Site %2 (%3 %4)</translation>
    </message>
    <message>
        <source>%1 %2 (default)</source>
        <translation>%1 %2 (Standard)</translation>
    </message>
    <message>
        <source>--fail-on must be one of: none, any, new (%1 is none of them).</source>
        <translation>--fail-on muss none, any oder new sein (%1 ist nichts davon).</translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation>Schranke: %1</translation>
    </message>
    <message>
        <source>counts again as a warning</source>
        <translation>zählt wieder als Warnung</translation>
    </message>
    <message>
        <source>would count again, but the policy&apos;s rules ignore it</source>
        <translation>würde wieder zählen, aber die Regeln der Richtlinie ignorieren ihn</translation>
    </message>
    <message>
        <source>%1 — the suppression expired on %2 and %3 (%4)</source>
        <translation>%1 — die Unterdrückung ist am %2 abgelaufen und der Befund %3 (%4)</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="vanished">Ignoriert</translation>
    </message>
    <message>
        <source>The policy&apos;s rules ignore this check.</source>
        <translation type="vanished">Die Regeln der Richtlinie ignorieren diese Prüfung.</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="vanished">Fehlalarm</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation type="vanished">Risiko akzeptiert</translation>
    </message>
    <message>
        <source>With --wait: exit 2 when AppVet could not be reached for SECONDS (default 600).</source>
        <translation type="vanished">Mit --wait: mit 2 beenden, wenn AppVet SEKUNDEN lang nicht erreichbar war (Standard 600).</translation>
    </message>
    <message>
        <source>--give-up-after takes a number of seconds from 1 to 86400.</source>
        <translation>--give-up-after erwartet eine Zahl von Sekunden zwischen 1 und 86400.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist.</source>
        <translation>%1 %2: Der Ordner %3 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder, not a file.</source>
        <translation>%1 %2 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>--sarif and --junit name the same file (%1): give each its own.</source>
        <translation type="vanished">--sarif und --junit nennen dieselbe Datei (%1): Geben Sie jeder ihre eigene.</translation>
    </message>
    <message>
        <source>%1 is the same site as %2: it is scanned once.</source>
        <translation>%1 ist dieselbe Site wie %2: sie wird einmal gescannt.</translation>
    </message>
    <message>
        <source>%1 and %2 name the same file (%3): give each its own.</source>
        <translation>%1 und %2 nennen dieselbe Datei (%3): Geben Sie jeder ihre eigene.</translation>
    </message>
    <message>
        <source>With --wait: exit 2 when AppVet, failing (no connection, no answer in time, a server error), gave no good answer for SECONDS (default 600).</source>
        <translation>Mit --wait: mit 2 beenden, wenn AppVet bei Fehlern (keine Verbindung, keine Antwort rechtzeitig, ein Serverfehler) SEKUNDEN lang keine gute Antwort gab (Standard 600).</translation>
    </message>
    <message>
        <source>counts again as a failure, and fails the gate</source>
        <translation>zählt wieder als Fehlschlag, und die Schranke scheitert daran</translation>
    </message>
    <message>
        <source>counts again as a failure, which the gate does not count (not new, or below the minimum severity)</source>
        <translation>zählt wieder als Fehlschlag, den die Schranke nicht zählt (nicht neu oder unter dem Mindestschweregrad)</translation>
    </message>
</context>
<context>
    <name>app::Command</name>
    <message>
        <source>launched %1</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>the API key was refused: %1</source>
        <translation>der API-Schlüssel wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 ended</source>
        <translation>%1 von %2 beendet</translation>
    </message>
    <message>
        <source>Interrupted: the scans go on at AppVet; &apos;scandash list&apos; shows them.</source>
        <translation type="vanished">Abgebrochen: Die Scans laufen bei AppVet weiter; &apos;scandash list&apos; zeigt sie.</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>scan %1 has not finished: its report is not ready yet.</source>
        <translation>Scan %1 ist noch nicht fertig: sein Bericht liegt noch nicht vor.</translation>
    </message>
    <message>
        <source>AppVet knows no scan %1.</source>
        <translation>AppVet kennt keinen Scan %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are not scans of the same site and type.</source>
        <translation>%1 und %2 sind keine Scans derselben Website und Art.</translation>
    </message>
    <message>
        <source>Plan %1: %2 of %3 scans used this period (%4 left, until %5); %6 requests a minute.</source>
        <translation>Tarif %1: %2 von %3 Scans in diesem Zeitraum verbraucht (%4 übrig, bis %5); %6 Anfragen pro Minute.</translation>
    </message>
    <message>
        <source>the baseline is a scan of another site or type</source>
        <translation>die Vergleichsbasis ist ein Scan einer anderen Site oder eines anderen Typs</translation>
    </message>
    <message>
        <source>no earlier completed scan of this site and type</source>
        <translation>kein früherer abgeschlossener Scan dieser Site und dieses Typs</translation>
    </message>
    <message>
        <source>--baseline %1: %2</source>
        <translation>--baseline %1: %2</translation>
    </message>
    <message>
        <source>the scan failed</source>
        <translation>der Scan ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>none among the latest %1 completed scans of this type</source>
        <translation>keiner unter den letzten %1 abgeschlossenen Scans dieses Typs</translation>
    </message>
    <message>
        <source>the scan failed: %1</source>
        <translation>der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot reach AppVet at %1: %2</source>
        <translation>AppVet unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>AppVet at %1 answers again.</source>
        <translation>AppVet unter %1 antwortet wieder.</translation>
    </message>
    <message>
        <source>gave up: AppVet at %1 could not be reached for %2 s (--give-up-after). The scans may go on at AppVet; &apos;scandash list&apos; shows them. No SARIF or JUnit file was written.</source>
        <translation type="vanished">aufgegeben: AppVet unter %1 war %2 s lang nicht erreichbar (--give-up-after). Die Scans laufen bei AppVet womöglich weiter; »scandash list« zeigt sie. Es wurde keine SARIF- oder JUnit-Datei geschrieben.</translation>
    </message>
    <message>
        <source>scan %1 failed: no report.</source>
        <translation>Scan %1 ist fehlgeschlagen: kein Bericht.</translation>
    </message>
    <message>
        <source>scan %1 failed: no report (%2).</source>
        <translation>Scan %1 ist fehlgeschlagen: kein Bericht (%2).</translation>
    </message>
    <message numerus="yes">
        <source>rate limited: waiting %n s</source>
        <translation>
            <numerusform>Anfragelimit erreicht: warte %n s</numerusform>
            <numerusform>Anfragelimit erreicht: warte %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminated (SIGTERM) before a launch was answered; &apos;scandash list&apos; shows any scan that started.</source>
        <translation>Beendet (SIGTERM), bevor ein Start beantwortet war; &apos;scandash list&apos; zeigt jeden Scan, der begonnen hat.</translation>
    </message>
    <message>
        <source>Interrupted before a launch was answered; &apos;scandash list&apos; shows any scan that started.</source>
        <translation>Abgebrochen, bevor ein Start beantwortet war; &apos;scandash list&apos; zeigt jeden Scan, der begonnen hat.</translation>
    </message>
    <message numerus="yes">
        <source>Terminated (SIGTERM): %n scan(s) go on at AppVet: %1; &apos;scandash list&apos; shows them.</source>
        <translation>
            <numerusform>Beendet (SIGTERM): %n Scan läuft bei AppVet weiter: %1; &apos;scandash list&apos; zeigt ihn.</numerusform>
            <numerusform>Beendet (SIGTERM): %n Scans laufen bei AppVet weiter: %1; &apos;scandash list&apos; zeigt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n scan(s) go on at AppVet: %1; &apos;scandash list&apos; shows them.</source>
        <translation>
            <numerusform>Abgebrochen: %n Scan läuft bei AppVet weiter: %1; &apos;scandash list&apos; zeigt ihn.</numerusform>
            <numerusform>Abgebrochen: %n Scans laufen bei AppVet weiter: %1; &apos;scandash list&apos; zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>gave up: AppVet at %1 gave no good answer for %2 s (--give-up-after); the last problem: %3. The scans may go on at AppVet; &apos;scandash list&apos; shows them. No SARIF or JUnit file was written.</source>
        <translation>aufgegeben: AppVet unter %1 gab %2 s lang keine gute Antwort (--give-up-after); das letzte Problem: %3. Die Scans laufen bei AppVet womöglich weiter; »scandash list« zeigt sie. Es wurde keine SARIF- oder JUnit-Datei geschrieben.</translation>
    </message>
    <message>
        <source>AppVet at %1 answers with an error: %2</source>
        <translation>AppVet unter %1 antwortet mit einem Fehler: %2</translation>
    </message>
    <message>
        <source>scan %1: AppVet does not know this scan (404): no longer watched</source>
        <translation>Scan %1: AppVet kennt diesen Scan nicht (404): wird nicht mehr beobachtet</translation>
    </message>
    <message>
        <source>%1; waiting</source>
        <translation>%1; warte</translation>
    </message>
    <message>
        <source>fetching results</source>
        <translation>Ergebnisse werden geholt</translation>
    </message>
    <message numerus="yes">
        <source>fetching results: waiting for the request budget, next in %n s</source>
        <translation>
            <numerusform>Ergebnisse werden geholt: warte auf das Anfragebudget, nächste in %n s</numerusform>
            <numerusform>Ergebnisse werden geholt: warte auf das Anfragebudget, nächste in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fetching results: next in %n s</source>
        <translation>
            <numerusform>Ergebnisse werden geholt: nächste in %n s</numerusform>
            <numerusform>Ergebnisse werden geholt: nächste in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scan did not start: %2 (nothing was sent). Run the command again to retry.</source>
        <translation>%1: Der Scan wurde nicht gestartet: %2 (nichts wurde gesendet). Führen Sie den Befehl erneut aus, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>%1: AppVet did not confirm the scan (%2). It may have started; check &apos;scandash list&apos; before retrying.</source>
        <translation>%1: AppVet hat den Scan nicht bestätigt (%2). Er wurde vielleicht gestartet; prüfen Sie vor einem neuen Versuch mit &apos;scandash list&apos;.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>This does not look like a web address (no domain name).</source>
        <translation>Das sieht nicht wie eine Webadresse aus (kein Domainname).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1; critical %2, high %3, medium %4, low %5</source>
        <translation>%1; kritisch %2, hoch %3, mittel %4, niedrig %5</translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation>neu nicht bestanden</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>weiterhin nicht bestanden</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>no longer checked</source>
        <translation>nicht mehr geprüft</translation>
    </message>
    <message>
        <source># AppVet %1 report: %2

</source>
        <translation># AppVet-%1-Bericht: %2

</translation>
    </message>
    <message>
        <source>**Grade %1 · score %2/100** · completed %3 · scan %4

</source>
        <translation>**Note %1 · Punktzahl %2/100** · abgeschlossen %3 · Scan %4

</translation>
    </message>
    <message>
        <source>## Failing checks

</source>
        <translation>## Nicht bestandene Prüfungen

</translation>
    </message>
    <message>
        <source>| Severity | Category | Check | Status | Finding | Fix |
</source>
        <translation>| Schweregrad | Kategorie | Prüfung | Status | Befund | Behebung |
</translation>
    </message>
    <message>
        <source>None: every check passed.
</source>
        <translation>Keine: Alle Prüfungen bestanden.
</translation>
    </message>
    <message>
        <source>
## Categories

| Category | Score |
|---|---|
</source>
        <translation>
## Kategorien

| Kategorie | Punktzahl |
|---|---|
</translation>
    </message>
    <message>
        <source>
## Other checks

</source>
        <translation>
## Weitere Prüfungen

</translation>
    </message>
    <message>
        <source>AppVet %1 report: %2</source>
        <translation>AppVet-%1-Bericht: %2</translation>
    </message>
    <message>
        <source>score %1/100 · completed %2 · scan %3</source>
        <translation>Punktzahl %1/100 · abgeschlossen %2 · Scan %3</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>Nicht bestandene Prüfungen</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>kein Schweregrad</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>none given.</source>
        <translation>keine angegeben.</translation>
    </message>
    <message>
        <source>None: every check passed.</source>
        <translation>Keine: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <source>AppVet report: %1</source>
        <translation>AppVet-Bericht: %1</translation>
    </message>
    <message>
        <source>%1 → %2: grade %3 → %4, score %5 → %6 (%7)</source>
        <translation>%1 → %2: Note %3 → %4, Punktzahl %5 → %6 (%7)</translation>
    </message>
    <message>
        <source>%1 newly failing, %2 fixed, %3 still failing, %4 unchanged</source>
        <translation>%1 neu nicht bestanden, %2 behoben, %3 weiterhin nicht bestanden, %4 unverändert</translation>
    </message>
    <message>
        <source>Compare %1 (%2) and %3 of %4
</source>
        <translation>Vergleich von %1 (%2) und %3 für %4
</translation>
    </message>
    <message>
        <source># Comparison: %1 (%2)

</source>
        <translation># Vergleich: %1 (%2)

</translation>
    </message>
    <message>
        <source>| Change | Category | Check | Severity | Before | Now | Fix |
</source>
        <translation>| Änderung | Kategorie | Prüfung | Schweregrad | Vorher | Jetzt | Behebung |
</translation>
    </message>
    <message>
        <source>Comparison: %1 (%2)</source>
        <translation>Vergleich: %1 (%2)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was garbled: %1.</source>
        <translation>Die Antwort des Servers war unlesbar: %1.</translation>
    </message>
    <message>
        <source>Not a scan id: %1</source>
        <translation>Keine Scan-ID: %1</translation>
    </message>
    <message>
        <source>Only http(s) API addresses are used.</source>
        <translation>Es werden nur http(s)-API-Adressen verwendet.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is far too large (%1 bytes).</source>
        <translation>Die Antwort des Servers ist viel zu groß (%1 Byte).</translation>
    </message>
    <message>
        <source>The server&apos;s answer passed the %1 KiB limit and was cut off.</source>
        <translation>Die Antwort des Servers überschritt die Grenze von %1 KiB und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the request was not followed.</source>
        <translation>Der Server leitete auf einen anderen Host um (%1); der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that was not followed.</source>
        <translation>Der Server antwortete mit einer Umleitung (HTTP %1), der nicht gefolgt wurde.</translation>
    </message>
    <message>
        <source>The AppVet server refused the connection.</source>
        <translation>Der AppVet-Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent; it was not sent again.</source>
        <translation>Die Verbindung brach nach dem Senden der Anfrage ab; sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering in full.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er vollständig geantwortet hat.</translation>
    </message>
    <message>
        <source>The API host could not be found (DNS).</source>
        <translation>Der API-Host wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): %2</source>
        <translation>Serverfehler (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The AppVet server had a problem (HTTP %1).</source>
        <translation>Der AppVet-Server hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>Der API-Schlüssel wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Too many requests for this key.</source>
        <translation>Zu viele Anfragen für diesen Schlüssel.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Enter the address of a web site to scan.</source>
        <translation>Geben Sie die Adresse einer zu scannenden Website ein.</translation>
    </message>
    <message>
        <source>The address contains spaces or control characters.</source>
        <translation>Die Adresse enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be scanned.</source>
        <translation>Nur http://- und https://-Adressen lassen sich scannen.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The API URL must be an http:// or https:// address.</source>
        <translation>Die API-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The API URL must not carry user info, a query or a fragment.</source>
        <translation>Die API-URL darf keine Benutzerangaben, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The API URL must use https://: plain http:// would send the API key in clear text. It is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Die API-URL muss https:// verwenden: Einfaches http:// würde den API-Schlüssel im Klartext senden. Es ist nur für diesen Rechner erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The server sent no report link.</source>
        <translation>Der Server hat keinen Link zum Bericht geschickt.</translation>
    </message>
    <message>
        <source>The report link contains characters a link must not have.</source>
        <translation>Der Link zum Bericht enthält Zeichen, die ein Link nicht haben darf.</translation>
    </message>
    <message>
        <source>The report link is not a valid address.</source>
        <translation>Der Link zum Bericht ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The report link is not an http(s) address; it was not opened.</source>
        <translation>Der Link zum Bericht ist keine http(s)-Adresse; er wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The report link carries user info; it was not opened.</source>
        <translation>Der Link zum Bericht enthält Benutzerangaben; er wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The report link points to %1, not the AppVet server; it was not opened.</source>
        <translation>Der Link zum Bericht zeigt auf %1, nicht auf den AppVet-Server; er wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Offline: waiting for the network.</source>
        <translation>Offline: Warten auf das Netzwerk.</translation>
    </message>
    <message>
        <source>The server answered about another scan (%1); ignored.</source>
        <translation>Der Server antwortete zu einem anderen Scan (%1); ignoriert.</translation>
    </message>
    <message>
        <source>Paused: the API key was not accepted.</source>
        <translation>Pausiert: Der API-Schlüssel wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The server does not know this scan (404): no longer watched.</source>
        <translation>Der Server kennt diesen Scan nicht (404): Er wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <source>AppVet says the address is not valid.</source>
        <translation>AppVet meldet, dass die Adresse ungültig ist.</translation>
    </message>
    <message>
        <source>AppVet does not know that scan type.</source>
        <translation>AppVet kennt diese Scan-Art nicht.</translation>
    </message>
    <message>
        <source>AppVet could not reach that site.</source>
        <translation>AppVet konnte diese Website nicht erreichen.</translation>
    </message>
    <message>
        <source>AppVet does not scan local, internal or reserved addresses.</source>
        <translation>AppVet scannt keine lokalen, internen oder reservierten Adressen.</translation>
    </message>
    <message>
        <source>This month&apos;s scan quota is used up.</source>
        <translation>Das Scan-Kontingent dieses Monats ist aufgebraucht.</translation>
    </message>
    <message>
        <source>The API key has been revoked.</source>
        <translation>Der API-Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>Pick one of: %1.</source>
        <translation>Wählen Sie eines davon: %1.</translation>
    </message>
    <message>
        <source>The server did not confirm the scan of %1 (%2). It may or may not have started; it was not sent again. Check the scan list, then press Start to retry.</source>
        <translation>Der Server hat den Scan von %1 nicht bestätigt (%2). Er wurde vielleicht gestartet, vielleicht nicht; er wurde nicht erneut gesendet. Prüfen Sie die Scan-Liste und drücken Sie dann erneut auf Starten.</translation>
    </message>
    <message>
        <source>This scan has no report yet.</source>
        <translation>Dieser Scan hat noch keinen Bericht.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 variable</source>
        <comment>where the key came from</comment>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>%1 file</source>
        <comment>where the key came from</comment>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>%1 must be text, not a list or a map</source>
        <translation>%1 muss Text sein, keine Liste und keine Zuordnung</translation>
    </message>
    <message>
        <source>keys and values (a map) expected in %1</source>
        <translation>Schlüssel und Werte (eine Zuordnung) erwartet in %1</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>ein Schlüssel</translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (known: %3)</source>
        <translation>unbekannter Schlüssel %1 in %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>key %1 is given twice</source>
        <translation>Schlüssel %1 steht zweimal da</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;</source>
        <translation>%1 braucht „%2“</translation>
    </message>
    <message>
        <source>%1 is not a grade (A+, A, A-, B+ … D-, F)</source>
        <translation>%1 ist keine Note (A+, A, A-, B+ … D-, F)</translation>
    </message>
    <message>
        <source>%1 is not a severity (low, medium, high or critical)</source>
        <translation>%1 ist kein Schweregrad (low, medium, high oder critical)</translation>
    </message>
    <message>
        <source>%1 is not a fail_on (none, any or new)</source>
        <translation>%1 ist kein fail_on (none, any oder new)</translation>
    </message>
    <message>
        <source>%1 must be a list (items starting with &quot;- &quot;)</source>
        <translation>%1 muss eine Liste sein (Einträge beginnen mit „- “)</translation>
    </message>
    <message>
        <source>a suppress item</source>
        <translation>einem suppress-Eintrag</translation>
    </message>
    <message>
        <source>a suppression</source>
        <translation>eine Unterdrückung</translation>
    </message>
    <message>
        <source>%1 is not a scan type (%2)</source>
        <translation>%1 ist kein Scan-Typ (%2)</translation>
    </message>
    <message>
        <source>%1 is not a state (accepted or false-positive)</source>
        <translation>%1 ist kein Zustand (accepted oder false-positive)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, e.g. 2026-12-31)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT, z. B. 2026-12-31)</translation>
    </message>
    <message>
        <source>a sites item</source>
        <translation>einem sites-Eintrag</translation>
    </message>
    <message>
        <source>a site&apos;s gate</source>
        <translation>die Schranke einer Site</translation>
    </message>
    <message>
        <source>a rules item</source>
        <translation>einem rules-Eintrag</translation>
    </message>
    <message>
        <source>a rule names either a check or a category</source>
        <translation>eine Regel nennt entweder eine Prüfung oder eine Kategorie</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>eine Regel</translation>
    </message>
    <message>
        <source>%1 is not an action (ignore, warn or fail)</source>
        <translation>%1 ist keine Aktion (ignore, warn oder fail)</translation>
    </message>
    <message>
        <source>the policy is empty: it needs at least &quot;version: 1&quot;</source>
        <translation>die Richtlinie ist leer: sie braucht mindestens „version: 1“</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>der Richtlinie</translation>
    </message>
    <message>
        <source>the policy needs &quot;version: 1&quot;</source>
        <translation>die Richtlinie braucht „version: 1“</translation>
    </message>
    <message>
        <source>version must be a number</source>
        <translation>version muss eine Zahl sein</translation>
    </message>
    <message>
        <source>version %1 is not supported: this ScanDash reads version 1</source>
        <translation>Version %1 wird nicht unterstützt: dieses ScanDash liest Version 1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>could not read the policy: %1</source>
        <translation>die Richtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the policy is larger than 1 MiB</source>
        <translation>die Richtlinie ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>ohne Ablauf</translation>
    </message>
    <message>
        <source>
## Suppressed

| Severity | Category | Check | Status | Decision | Reason | By | Until |
</source>
        <translation>
## Unterdrückt

| Schweregrad | Kategorie | Prüfung | Status | Entscheidung | Begründung | Von | Bis |
</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>by %1 · until %2</source>
        <translation>von %1 · bis %2</translation>
    </message>
    <message>
        <source>, %1 suppressed</source>
        <translation type="vanished">, %1 unterdrückt</translation>
    </message>
    <message>
        <source>%1 (suppressed: %2)</source>
        <translation>%1 (unterdrückt: %2)</translation>
    </message>
    <message numerus="yes">
        <source>, %n suppressed</source>
        <translation>
            <numerusform>, %n unterdrückt</numerusform>
            <numerusform>, %n unterdrückt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n suppressed</source>
        <translation>
            <numerusform>%1, %n unterdrückt</numerusform>
            <numerusform>%1, %n unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate passed.</source>
        <translation>Gate bestanden.</translation>
    </message>
    <message>
        <source>**Gate failed:** %1</source>
        <translation>**Gate nicht bestanden:** %1</translation>
    </message>
</context>
<context>
    <name>core::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>core::FindingsModel</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>[%1] %2 (%3): %4</source>
        <translation>[%1] %2 (%3): %4</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · von %1</translation>
    </message>
    <message>
        <source> · expired after %1</source>
        <translation> · abgelaufen nach dem %1</translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation> · bis %1</translation>
    </message>
    <message>
        <source> · on %1</source>
        <translation> · für %1</translation>
    </message>
    <message>
        <source> · on every site</source>
        <translation> · für jede Website</translation>
    </message>
    <message>
        <source>It counts again.</source>
        <translation>Der Befund zählt wieder.</translation>
    </message>
    <message>
        <source>It does not count as failing.</source>
        <translation>Der Befund zählt nicht als nicht bestanden.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 (category: %2)</source>
        <translation>%1 (Kategorie: %2)</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>core::ScanController</name>
    <message>
        <source>An AppVet API key is needed to start scans.</source>
        <translation>Zum Starten von Scans wird ein AppVet-API-Schlüssel benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an API key: %n scan(s) will start once one is given.</source>
        <translation>
            <numerusform>Warten auf einen API-Schlüssel: %n Scan startet, sobald einer angegeben ist.</numerusform>
            <numerusform>Warten auf einen API-Schlüssel: %n Scans starten, sobald einer angegeben ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting to start: the plan runs %1 at once, and they start as others end.</source>
        <translation>
            <numerusform>%n Scan wartet auf den Start: Der Tarif erlaubt %1 gleichzeitig; er startet, sobald andere enden.</numerusform>
            <numerusform>%n Scans warten auf den Start: Der Tarif erlaubt %1 gleichzeitig; sie starten, sobald andere enden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request limit reached: %n scan(s) will start in %1 s.</source>
        <translation>
            <numerusform>Anfragelimit erreicht: %n Scan startet in %1 s.</numerusform>
            <numerusform>Anfragelimit erreicht: %n Scans starten in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server runs no more scans at once for now: %n scan(s) wait for one to end. Running scans are still watched.</source>
        <translation>
            <numerusform>Der Server führt gerade keine weiteren Scans gleichzeitig aus: %n Scan wartet, bis einer endet. Laufende Scans werden weiter beobachtet.</numerusform>
            <numerusform>Der Server führt gerade keine weiteren Scans gleichzeitig aus: %n Scans warten, bis einer endet. Laufende Scans werden weiter beobachtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request limit reached: the scan of %1 will start in %2 s.</source>
        <translation>Anfragelimit erreicht: Der Scan von %1 startet in %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>The API key was refused: %n scan(s) will start once a new key is given.</source>
        <translation>
            <numerusform>Der API-Schlüssel wurde abgelehnt: %n Scan startet, sobald ein neuer Schlüssel angegeben ist.</numerusform>
            <numerusform>Der API-Schlüssel wurde abgelehnt: %n Scans starten, sobald ein neuer Schlüssel angegeben ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s scan quota (%1) is used up.</source>
        <translation>Das Scan-Kontingent dieses Monats (%1) ist aufgebraucht.</translation>
    </message>
    <message>
        <source>The server sent the report of another scan.</source>
        <translation>Der Server hat den Bericht eines anderen Scans geschickt.</translation>
    </message>
    <message>
        <source>Test asks the API in use (%1); another API URL is used from the next start.</source>
        <translation>Der Test fragt die verwendete API (%1); eine andere API-URL gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>AppVet answered the scan of %1 with the id %2, which the history keeps for an earlier scan of %3. The new scan is not watched here, and the earlier one is left as it was.</source>
        <translation>AppVet hat den Scan von %1 mit der ID %2 beantwortet, die der Verlauf für einen früheren Scan von %3 führt. Der neue Scan wird hier nicht beobachtet, der frühere bleibt, wie er war.</translation>
    </message>
</context>
<context>
    <name>core::ScanListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>hängt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>nicht beobachtet</translation>
    </message>
    <message>
        <source>waiting to start: next</source>
        <translation>wartet auf den Start: als Nächster</translation>
    </message>
    <message numerus="yes">
        <source>waiting to start: %n ahead</source>
        <translation>
            <numerusform>wartet auf den Start: %n davor</numerusform>
            <numerusform>wartet auf den Start: %n davor</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>a scan with a problem: the reason is in its tooltip</comment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>scan type</comment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>scan type</comment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <comment>scan type</comment>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>SEO</source>
        <comment>scan type</comment>
        <translation>SEO</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>waiting for a key</source>
        <translation>wartet auf einen Schlüssel</translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation>Abfragen pausiert</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation>erneut in %1</translation>
    </message>
    <message>
        <source>next update in %1 (the server asked to slow down)</source>
        <translation>nächste Aktualisierung in %1 (der Server bat um Verlangsamung)</translation>
    </message>
    <message>
        <source>next in %1 (slowed)</source>
        <translation>nächste in %1 (gebremst)</translation>
    </message>
    <message>
        <source>next update in %1 (sharing the request budget)</source>
        <translation>nächste Aktualisierung in %1 (geteiltes Anfragebudget)</translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation>nächste in %1</translation>
    </message>
    <message>
        <source>%1 · next update in %2</source>
        <translation>%1 · nächste Aktualisierung in %2</translation>
    </message>
    <message>
        <source>next update in %1</source>
        <translation>nächste Aktualisierung in %1</translation>
    </message>
    <message>
        <source>ending any moment</source>
        <translation>endet jeden Moment</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>ca. %n Minute übrig</numerusform>
            <numerusform>ca. %n Minuten übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>etwa %n Stunde übrig</numerusform>
            <numerusform>etwa %n Stunden übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %, %2</source>
        <translation>%1 %, %2</translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation>%1, %2 %</translation>
    </message>
    <message>
        <source>Grade %1, score %2</source>
        <translation>Note %1, Punktzahl %2</translation>
    </message>
    <message numerus="yes">
        <source>, up %n since the site&apos;s previous scan</source>
        <translation>
            <numerusform>, %n Punkt mehr als beim vorigen Scan der Website</numerusform>
            <numerusform>, %n Punkte mehr als beim vorigen Scan der Website</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n since the site&apos;s previous scan</source>
        <translation>
            <numerusform>, %n Punkt weniger als beim vorigen Scan der Website</numerusform>
            <numerusform>, %n Punkte weniger als beim vorigen Scan der Website</numerusform>
        </translation>
    </message>
    <message>
        <source>Regression: the grade fell from %1 to %2.</source>
        <translation>Verschlechterung: Die Note fiel von %1 auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · täglich</numerusform>
            <numerusform>%1 · alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>The grade fell from %1 to %2, but every check that fails now and did not then is suppressed: not a regression.</source>
        <translation>Die Note fiel von %1 auf %2, aber jede Prüfung, die jetzt fehlschlägt und damals nicht, ist unterdrückt: keine Verschlechterung.</translation>
    </message>
    <message>
        <source>under 1 min left</source>
        <translation>unter 1 Min. übrig</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ending now</source>
        <translation>endet jetzt</translation>
    </message>
    <message numerus="yes">
        <source>stuck for %n min</source>
        <translation>
            <numerusform>steht seit %n Min.</numerusform>
            <numerusform>steht seit %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no progress for %n min</source>
        <translation>
            <numerusform>kein Fortschritt seit %n Minute</numerusform>
            <numerusform>kein Fortschritt seit %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::ScanStore</name>
    <message>
        <source>it was written by a newer ScanDash (history version %1)</source>
        <translation>er wurde von einem neueren ScanDash geschrieben (Verlaufsversion %1)</translation>
    </message>
</context>
<context>
    <name>core::SingleInstance</name>
    <message>
        <source>cannot create the lock file beside the history</source>
        <translation>die Sperrdatei neben dem Verlauf kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another ScanDash holds the history but does not answer</source>
        <translation>ein anderes ScanDash hält den Verlauf, antwortet aber nicht</translation>
    </message>
</context>
<context>
    <name>core::TriageController</name>
    <message numerus="yes">
        <source>%1, %n suppressed</source>
        <translation>
            <numerusform>%1, %n unterdrückt</numerusform>
            <numerusform>%1, %n unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="vanished">Fehlalarm</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation type="vanished">Risiko akzeptiert</translation>
    </message>
</context>
<context>
    <name>gate</name>
    <message numerus="yes">
        <source>%n new failing check(s)</source>
        <translation>
            <numerusform>%n neu fehlschlagende Prüfung</numerusform>
            <numerusform>%n neu fehlschlagende Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n fehlschlagende Prüfung</numerusform>
            <numerusform>%n fehlschlagende Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>graded below %1</source>
        <translation>schlechter bewertet als %1</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>eine Warnung</translation>
    </message>
    <message>
        <source>ignored by the policy</source>
        <translation>von der Richtlinie ignoriert</translation>
    </message>
    <message>
        <source>the scan ended partial: some checks did not run</source>
        <translation>der Scan endete unvollständig: einige Prüfungen liefen nicht</translation>
    </message>
    <message>
        <source>the scan ended partial: %1</source>
        <translation>der Scan endete unvollständig: %1</translation>
    </message>
    <message>
        <source>below the minimum severity</source>
        <translation>unter der Mindestschwere</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>The policy&apos;s rules ignore this check.</source>
        <translation>Die Regeln der Richtlinie ignorieren diese Prüfung.</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risiko akzeptiert</translation>
    </message>
</context>
<context>
    <name>junit</name>
    <message>
        <source>False positive: %1</source>
        <translation>Falsch-positiv: %1</translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Akzeptiertes Risiko: %1</translation>
    </message>
    <message>
        <source>The suppression expired on %1 and counts again. %2</source>
        <translation>Die Unterdrückung ist am %1 abgelaufen und zählt wieder. %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Suppressed.</source>
        <translation>Unterdrückt.</translation>
    </message>
    <message>
        <source>Ignored by the policy&apos;s rules.</source>
        <translation>Von den Regeln der Richtlinie ignoriert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The scan failed; AppVet gave no reason.</source>
        <translation>Der Scan ist fehlgeschlagen; AppVet nannte keinen Grund.</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failing, not counted by the gate: %1</source>
        <translation>Fehlgeschlagen, von der Schranke nicht gezählt: %1</translation>
    </message>
    <message>
        <source>Graded %1, below %2.</source>
        <translation>Bewertet mit %1, schlechter als %2.</translation>
    </message>
    <message>
        <source>The scan ended partial: some checks did not run.</source>
        <translation>Der Scan endete unvollständig: einige Prüfungen liefen nicht.</translation>
    </message>
    <message>
        <source>The scan ended partial: %1</source>
        <translation>Der Scan endete unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>AppVet report</source>
        <translation>AppVet-Bericht</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>das PDF ist leer geworden</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>%1, %2</source>
        <comment>failed, warnings</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): %1 passed, %2</source>
        <translation>
            <numerusform>%n Prüfung: %1 bestanden, %2</numerusform>
            <numerusform>%n Prüfungen: %1 bestanden, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>sarif</name>
    <message>
        <source>The server gave no fix for this check.</source>
        <translation>Der Server hat für diese Prüfung keine Behebung angegeben.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; did not pass.</source>
        <translation>Die Prüfung „%1“ wurde nicht bestanden.</translation>
    </message>
    <message>
        <source>The %1 scan of %2 failed; AppVet gave no reason.</source>
        <translation>Der %1-Scan von %2 ist fehlgeschlagen; AppVet nannte keinen Grund.</translation>
    </message>
    <message>
        <source>The %1 scan of %2 failed: %3</source>
        <translation>Der %1-Scan von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The %1 scan of %2 ended partial: some checks did not run.</source>
        <translation>Der %1-Scan von %2 endete unvollständig: einige Prüfungen liefen nicht.</translation>
    </message>
    <message>
        <source>The %1 scan of %2 ended partial: %3</source>
        <translation>Der %1-Scan von %2 endete unvollständig: %3</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>pick a file ending in .pdf, .html, .md or .json</source>
        <translation>wählen Sie eine Datei mit der Endung .pdf, .html, .md oder .json</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <source>Scan id</source>
        <translation>Scan-ID</translation>
    </message>
</context>
<context>
    <name>ui::CompareDialog</name>
    <message>
        <source>Hide unchanged checks</source>
        <translation>Unveränderte Prüfungen ausblenden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Compare scans of %1</source>
        <translation>Scans von %1 vergleichen</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 → %2 · score %3</source>
        <translation>%1 → %2 · Punktzahl %3</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 newly failing · %2 fixed · %3 still failing · %4 unchanged</source>
        <translation>%1 neu nicht bestanden · %2 behoben · %3 weiterhin nicht bestanden · %4 unverändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n suppressed by triage</source>
        <translation>
            <numerusform>%1 · %n durch Bewertung unterdrückt</numerusform>
            <numerusform>%1 · %n durch Bewertung unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (unterdrückt)</translation>
    </message>
    <message>
        <source>Suppressed: %1</source>
        <translation>Unterdrückt: %1</translation>
    </message>
    <message>
        <source>%1 (not counted: %2)</source>
        <translation>%1 (nicht gezählt: %2)</translation>
    </message>
</context>
<context>
    <name>ui::DetailPane</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translation>Mit vorigem vergleichen</translation>
    </message>
    <message>
        <source>No scan selected.

Type a site address above and press Enter to start a scan; select a row to see its progress, events and grade here.</source>
        <translation>Kein Scan ausgewählt.

Geben Sie oben eine Website-Adresse ein und drücken Sie Enter, um einen Scan zu starten; wählen Sie eine Zeile, um hier Fortschritt, Ereignisse und Note zu sehen.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>What the scan has done so far, newest last</source>
        <translation>Was der Scan bisher getan hat, das Neueste zuletzt</translation>
    </message>
    <message>
        <source>Ask about this scan again now</source>
        <translation>Jetzt erneut nach diesem Scan fragen</translation>
    </message>
    <message>
        <source>Compare the findings with the site&apos;s previous scan</source>
        <translation>Die Befunde mit dem vorigen Scan der Website vergleichen</translation>
    </message>
    <message>
        <source>Rescan this site every few days while ScanDash runs</source>
        <translation>Diese Website alle paar Tage neu scannen, solange ScanDash läuft</translation>
    </message>
    <message>
        <source>Start a new scan of this site and type</source>
        <translation>Einen neuen Scan dieser Website und Art starten</translation>
    </message>
    <message>
        <source>Don&apos;t rescan by itself</source>
        <translation>Nicht von selbst neu scannen</translation>
    </message>
    <message numerus="yes">
        <source>Rescan every %n day(s)</source>
        <translation>
            <numerusform>Jeden Tag neu scannen</numerusform>
            <numerusform>Alle %n Tage neu scannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>What the scan has done so far</source>
        <translation>Was der Scan bisher getan hat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The report&apos;s checks, failing first</source>
        <translation>Die Prüfungen des Berichts, nicht bestandene zuerst</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n point(s) since the scan of %1 (%2 %3).</source>
        <translation>
            <numerusform>▲ %n Punkt seit dem Scan vom %1 (%2 %3).</numerusform>
            <numerusform>▲ %n Punkte seit dem Scan vom %1 (%2 %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n point(s) since the scan of %1 (%2 %3).</source>
        <translation>
            <numerusform>▼ %n Punkt seit dem Scan vom %1 (%2 %3).</numerusform>
            <numerusform>▼ %n Punkte seit dem Scan vom %1 (%2 %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first scan of this site and type.</source>
        <translation>Der erste Scan dieser Website und Art.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of this site and type.</source>
        <translation>
            <numerusform>%n Scan dieser Website und Art.</numerusform>
            <numerusform>%n Scans dieser Website und Art.</numerusform>
        </translation>
    </message>
    <message>
        <source>▼ Regression: the grade fell from %1 to %2 since the scan of %3 (score %4 → %5).</source>
        <translation>▼ Verschlechterung: Die Note fiel seit dem Scan vom %3 von %1 auf %2 (Punktzahl %4 → %5).</translation>
    </message>
    <message>
        <source>Same score as the scan of %1.</source>
        <translation>Gleiche Punktzahl wie beim Scan vom %1.</translation>
    </message>
    <message numerus="yes">
        <source>Watched: every %n day(s)</source>
        <translation>
            <numerusform>Beobachtet: täglich</numerusform>
            <numerusform>Beobachtet: alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch this site</source>
        <translation>Diese Website beobachten</translation>
    </message>
    <message>
        <source>%1 scan · %2 · started %3</source>
        <translation>%1-Scan · %2 · gestartet %3</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The grade fell from %1 to %2 since the scan of %3, but every check that fails now and did not then is suppressed.</source>
        <translation>Die Note fiel seit dem Scan vom %3 von %1 auf %2, aber jede Prüfung, die jetzt fehlschlägt und damals nicht, ist unterdrückt.</translation>
    </message>
    <message>
        <source>%1 scan · waiting to start</source>
        <translation>%1-Scan · wartet auf den Start</translation>
    </message>
    <message>
        <source>Scanning; AppVet has not told its progress yet</source>
        <translation>Läuft; AppVet hat den Fortschritt noch nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>ui::FilterBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Find a site or scan id (Ctrl+F)</source>
        <translation>Website oder Scan-ID (Strg+F)</translation>
    </message>
    <message>
        <source>Find scans</source>
        <translation>Scans suchen</translation>
    </message>
    <message>
        <source>Show only the scans in this group; the number is how many</source>
        <translation>Nur die Scans dieser Gruppe zeigen; die Zahl sagt, wie viele</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Scan type filter</source>
        <translation>Filter nach Scan-Art</translation>
    </message>
    <message>
        <source>Show scans of one type only</source>
        <translation>Nur Scans einer Art zeigen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A filter button: the status group and how many scans are in it.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ui::FindingsView</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Each check of the report: status, severity, finding and fix, failing first</source>
        <translation>Jede Prüfung des Berichts: Status, Schweregrad, Befund und Behebung, nicht bestandene zuerst</translation>
    </message>
    <message>
        <source>Show findings of this severity or worse</source>
        <translation>Befunde dieses oder eines höheren Schweregrads zeigen</translation>
    </message>
    <message>
        <source>Hide the checks that passed</source>
        <translation>Bestandene Prüfungen ausblenden</translation>
    </message>
    <message>
        <source>Ask for the report again</source>
        <translation>Den Bericht erneut anfordern</translation>
    </message>
    <message>
        <source>Copy finding</source>
        <translation>Befund kopieren</translation>
    </message>
    <message>
        <source>Asking AppVet for the report…</source>
        <translation>Bericht wird bei AppVet angefragt…</translation>
    </message>
    <message>
        <source>%1 · critical %2, high %3, medium %4, low %5</source>
        <translation>%1 · kritisch %2, hoch %3, mittel %4, niedrig %5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>No report: the scan failed.</source>
        <translation>Kein Bericht: Der Scan ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The findings come with the report when the scan ends.</source>
        <translation>Die Befunde kommen mit dem Bericht, wenn der Scan endet.</translation>
    </message>
    <message>
        <source>AppVet says the scan is not complete yet (SCAN_NOT_COMPLETE), so it has no report.</source>
        <translation>AppVet meldet, dass der Scan noch nicht fertig ist (SCAN_NOT_COMPLETE); daher gibt es keinen Bericht.</translation>
    </message>
    <message>
        <source>AppVet has no report for this scan (404).</source>
        <translation>AppVet hat keinen Bericht zu diesem Scan (404).</translation>
    </message>
    <message>
        <source>The report could not be fetched: %1</source>
        <translation>Der Bericht konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Show suppressed</source>
        <translation>Unterdrückte zeigen</translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation>Risiko &amp;akzeptieren…</translation>
    </message>
    <message>
        <source>&amp;False positive…</source>
        <translation>&amp;Fehlalarm…</translation>
    </message>
    <message>
        <source>&amp;Remove suppression</source>
        <translation>Unterdrückung &amp;entfernen</translation>
    </message>
    <message>
        <source>Accept the risk of this failing or warning check: it no longer counts as failing</source>
        <translation>Das Risiko dieser nicht bestandenen oder warnenden Prüfung akzeptieren: Sie zählt nicht mehr als nicht bestanden</translation>
    </message>
    <message>
        <source>Mark this failing or warning check as a false positive: it no longer counts as failing</source>
        <translation>Diese nicht bestandene oder warnende Prüfung als Fehlalarm markieren: Sie zählt nicht mehr als nicht bestanden</translation>
    </message>
    <message>
        <source>Show the findings suppressed by triage, greyed</source>
        <translation>Die durch Bewertung unterdrückten Befunde ausgegraut zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s) expired and count(s) again: %1</source>
        <translation>
            <numerusform>%n Unterdrückung ist abgelaufen, der Befund zählt wieder: %1</numerusform>
            <numerusform>%n Unterdrückungen sind abgelaufen, die Befunde zählen wieder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>— %1 (%2)</source>
        <translation>— %1 (%2)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n suppressed</source>
        <translation>
            <numerusform>%1, %n unterdrückt</numerusform>
            <numerusform>%1, %n unterdrückt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::GradePanel</name>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open the full report in your browser</source>
        <translation>Den vollständigen Bericht im Browser öffnen</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <translation>der Server nannte keinen Grund.</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Punktzahl %1 / 100</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <source>Partial result: some checks could not run. </source>
        <translation>Teilergebnis: Einige Prüfungen konnten nicht laufen. </translation>
    </message>
    <message>
        <source>%1 critical</source>
        <translation>%1 kritisch</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation>%1 mittel</translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>asking AppVet why…</source>
        <translation>AppVet wird nach dem Grund gefragt…</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>ScanDash</source>
        <translation>ScanDash</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Verlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Every scan: site, type, status, progress, grade, start and what comes next. Enter opens the report, Delete removes, F5 asks now.</source>
        <translation>Jeder Scan: Website, Art, Status, Fortschritt, Note, Start und was als Nächstes kommt. Enter öffnet den Bericht, Entf entfernt, F5 fragt sofort.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation>API-&amp;Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>&amp;Sync scans from AppVet</source>
        <translation>Scans von AppVet &amp;abgleichen</translation>
    </message>
    <message>
        <source>Add the organisation&apos;s scans that are not here yet, including ones started elsewhere, and watch the unfinished ones</source>
        <translation>Die Scans der Organisation hinzufügen, die hier noch fehlen, auch anderswo gestartete, und die unfertigen beobachten</translation>
    </message>
    <message>
        <source>Asking AppVet for the organisation&apos;s scans…</source>
        <translation>Scans der Organisation werden bei AppVet angefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) added from AppVet.</source>
        <translation>
            <numerusform>%n Scan von AppVet hinzugefügt.</numerusform>
            <numerusform>%n Scans von AppVet hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the organisation&apos;s scans: %1</source>
        <translation>Die Scans der Organisation konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Import sites…</source>
        <translation>Websites &amp;importieren…</translation>
    </message>
    <message>
        <source>Start scans of the sites listed in a text or CSV file</source>
        <translation>Scans der Websites starten, die in einer Text- oder CSV-Datei stehen</translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation>Websites importieren</translation>
    </message>
    <message>
        <source>Lists of sites (*.txt *.csv);;All files (*)</source>
        <translation>Website-Listen (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON as received (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON wie empfangen (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;list as CSV…</source>
        <translation>&amp;Liste als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Die Liste exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
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
        <source>New scan</source>
        <translation>Neuer Scan</translation>
    </message>
    <message>
        <source>&amp;Find scans</source>
        <translation>Scans &amp;suchen</translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Alle %1 Sekunden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ScanDash</source>
        <translation>&amp;Über ScanDash</translation>
    </message>
    <message>
        <source>About ScanDash</source>
        <translation>Über ScanDash</translation>
    </message>
    <message>
        <source>ScanDash %1
A desktop dashboard for AppVet web scans.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>ScanDash %1
Eine Desktop-Übersicht für AppVet-Webscans.
Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
    <message>
        <source>The server asked to slow down: polling resumes in %1 s.</source>
        <translation>Der Server bat um Verlangsamung: Die Abfragen gehen in %1 s weiter.</translation>
    </message>
    <message>
        <source>Rescanning %1: it is watched and its last scan is due.</source>
        <translation>%1 wird neu gescannt: Die Website wird beobachtet und ihr letzter Scan ist fällig.</translation>
    </message>
    <message>
        <source>Cannot compare: the report of %1 could not be fetched (%2).</source>
        <translation>Vergleich nicht möglich: Der Bericht von %1 konnte nicht abgerufen werden (%2).</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut scannen</translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation>Nicht mehr &amp;beobachten</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>No earlier graded scan of this site and type to compare with.</source>
        <translation>Kein früherer benoteter Scan dieser Website und Art zum Vergleichen.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy scan &amp;id</source>
        <translation>Scan-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Entfernen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The report of this scan has not been fetched yet.</source>
        <translation>Der Bericht dieses Scans wurde noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) saved to %1.</source>
        <translation>
            <numerusform>%n Scan in %1 gespeichert.</numerusform>
            <numerusform>%n Scans in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick two scans of the same site and type to compare.</source>
        <translation>Wählen Sie zwei Scans derselben Website und Art zum Vergleichen.</translation>
    </message>
    <message>
        <source>Only finished scans with a grade can be compared.</source>
        <translation>Nur fertige Scans mit Note lassen sich vergleichen.</translation>
    </message>
    <message>
        <source>Fetching the reports to compare…</source>
        <translation>Die Berichte zum Vergleichen werden abgerufen…</translation>
    </message>
    <message>
        <source>The scan of %1 is still running. Remove it from the list and stop watching it? It goes on at AppVet; Ctrl+Z brings it back.</source>
        <translation>Der Scan von %1 läuft noch. Aus der Liste entfernen und nicht mehr beobachten? Er läuft bei AppVet weiter; Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation>Entfernt. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>The scan history cannot be written (%1). If ScanDash quits now, these are lost: %2, %3, %4. Quit anyway, or keep ScanDash open and try again later?</source>
        <translation>Der Scan-Verlauf kann nicht geschrieben werden (%1). Wenn ScanDash jetzt beendet wird, geht Folgendes verloren: %2, %3, %4. Trotzdem beenden oder ScanDash geöffnet lassen und es später erneut versuchen?</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n Scan</numerusform>
            <numerusform>%n Scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) still running. Keep watching them from the tray icon? (ScanDash will remember.)</source>
        <translation>
            <numerusform>%n Scan läuft noch. Über das Symbol im Infobereich weiter beobachten? (ScanDash merkt sich die Antwort.)</numerusform>
            <numerusform>%n Scans laufen noch. Über das Symbol im Infobereich weiter beobachten? (ScanDash merkt sich die Antwort.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) still running. Quit ScanDash? They go on at AppVet and are watched again when ScanDash next starts.</source>
        <translation>
            <numerusform>%n Scan läuft noch. ScanDash beenden? Er läuft bei AppVet weiter und wird beim nächsten Start wieder beobachtet.</numerusform>
            <numerusform>%n Scans laufen noch. ScanDash beenden? Sie laufen bei AppVet weiter und werden beim nächsten Start wieder beobachtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>History not saved: %1</source>
        <translation>Verlauf nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>History saved again.</source>
        <translation>Verlauf wird wieder gespeichert.</translation>
    </message>
    <message>
        <source>The scan history could not be used (%1). It was not changed: it was renamed to %2 and a new, empty history was started.</source>
        <translation>Der Scan-Verlauf konnte nicht verwendet werden (%1). Er wurde nicht verändert: Er wurde in %2 umbenannt und ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>History file set aside</source>
        <translation>Verlaufsdatei beiseitegelegt</translation>
    </message>
    <message>
        <source>History not saved: the file is locked by another program (%1); scans are kept in memory for this run.</source>
        <translation>Verlauf nicht gespeichert: Die Datei ist von einem anderen Programm gesperrt (%1); die Scans bleiben für diesen Lauf im Speicher.</translation>
    </message>
    <message>
        <source>History not saved: the data folder cannot be written (%1); scans are kept in memory for this run.</source>
        <translation>Verlauf nicht gespeichert: Der Datenordner ist nicht beschreibbar (%1); die Scans bleiben für diesen Lauf im Speicher.</translation>
    </message>
    <message>
        <source>History brought up to date (it was version %1).</source>
        <translation>Verlauf aktualisiert (er hatte Version %1).</translation>
    </message>
    <message>
        <source>Demo: built-in simulator at %1</source>
        <translation>Demo: eingebauter Simulator unter %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>ScanDash — demo mode</source>
        <translation>ScanDash — Demomodus</translation>
    </message>
    <message>
        <source>ScanDash — %1</source>
        <translation>ScanDash — %1</translation>
    </message>
    <message>
        <source>Demo mode: scans run against ScanDash&apos;s built-in AppVet simulator on this computer, with a demo key. No account is needed and nothing is sent over the network. Start with --api-url and a real key to scan for real.</source>
        <translation>Demomodus: Die Scans laufen gegen den eingebauten AppVet-Simulator von ScanDash auf diesem Rechner, mit einem Demo-Schlüssel. Es ist kein Konto nötig und nichts geht über das Netzwerk. Starten Sie mit --api-url und einem echten Schlüssel, um wirklich zu scannen.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Enter your AppVet API key (avk_live_…). Polling is paused until a key is accepted.</source>
        <translation>Geben Sie Ihren AppVet-API-Schlüssel ein (avk_live_…). Die Abfragen ruhen, bis ein Schlüssel angenommen ist.</translation>
    </message>
    <message>
        <source>AppVet API key</source>
        <translation>AppVet-API-Schlüssel</translation>
    </message>
    <message>
        <source>No browser could be started to open %1.</source>
        <translation>Es konnte kein Browser gestartet werden, um %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>%1 im Browser geöffnet.</translation>
    </message>
    <message>
        <source>Plan %1 · %2 of %3 scans left this month</source>
        <translation>Tarif %1 · %2 von %3 Scans diesen Monat übrig</translation>
    </message>
    <message>
        <source>Requests left: %1 of %2 per minute</source>
        <translation>Verbleibende Anfragen: %1 von %2 pro Minute</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No site to scan was found.</source>
        <translation>Keine zu scannende Website gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>No new site to scan: %n not an address, %1 already listed.</source>
        <translation>
            <numerusform>Keine neue Website zu scannen: %n keine Adresse, %1 schon in der Liste.</numerusform>
            <numerusform>Keine neue Website zu scannen: %n keine Adressen, %1 schon in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) to scan, but only %1 scans are left this month: nothing was started.</source>
        <translation>
            <numerusform>%n Website zu scannen, aber diesen Monat sind nur noch %1 Scans übrig: Nichts wurde gestartet.</numerusform>
            <numerusform>%n Websites zu scannen, aber diesen Monat sind nur noch %1 Scans übrig: Nichts wurde gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n %1 scan(s)?</source>
        <translation>
            <numerusform>%n %1-Scan starten?</numerusform>
            <numerusform>%n %1-Scans starten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started, not an address (%n):</source>
        <translation>
            <numerusform>Nicht gestartet, keine Adresse (%n):</numerusform>
            <numerusform>Nicht gestartet, keine Adressen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started, already in the batch or running (%n):</source>
        <translation>
            <numerusform>Nicht gestartet, schon in der Liste oder laufend (%n):</numerusform>
            <numerusform>Nicht gestartet, schon in der Liste oder laufend (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan runs %1 scans at once: the others wait in the list and start as scans end.</source>
        <translation>Ihr Tarif führt %1 Scans gleichzeitig aus: Die übrigen warten in der Liste und starten, sobald Scans enden.</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keyring)</source>
        <translation>Unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>the API URL</source>
        <translation>die API-URL</translation>
    </message>
    <message>
        <source>the desktop&apos;s theme</source>
        <translation>das Design des Desktops</translation>
    </message>
    <message>
        <source>Used from the next start: %1.</source>
        <translation>Ab dem nächsten Start verwendet: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Undo triage</source>
        <translation>Bewertung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Policy files (*.yml *.yaml);;All files (*)</source>
        <translation>Richtliniendateien (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load &amp;policy…</source>
        <translation>&amp;Richtlinie laden…</translation>
    </message>
    <message>
        <source>Use a policy file (YAML) kept with your code: its suppressions and rules count beside this window&apos;s triage</source>
        <translation>Eine Richtliniendatei (YAML) aus Ihrem Code-Repository verwenden: ihre Unterdrückungen und Regeln gelten neben der Bewertung in diesem Fenster</translation>
    </message>
    <message>
        <source>Load policy</source>
        <translation>Richtlinie laden</translation>
    </message>
    <message>
        <source>Stop using the policy</source>
        <translation>Richtlinie nicht mehr verwenden</translation>
    </message>
    <message>
        <source>Export triage as policy…</source>
        <translation>Bewertung als Richtlinie exportieren…</translation>
    </message>
    <message>
        <source>Write this window&apos;s suppressions as a policy file for the command line and CI</source>
        <translation>Die Unterdrückungen dieses Fensters als Richtliniendatei für die Kommandozeile und CI schreiben</translation>
    </message>
    <message>
        <source>Export triage as policy</source>
        <translation>Bewertung als Richtlinie exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s) written to %1.</source>
        <translation>
            <numerusform>%n Unterdrückung nach %1 geschrieben.</numerusform>
            <numerusform>%n Unterdrückungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop using %1</source>
        <translation>%1 nicht mehr verwenden</translation>
    </message>
    <message>
        <source>The policy file is no longer used.</source>
        <translation>Die Richtliniendatei wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>The policy file was not loaded: %1</source>
        <translation>Die Richtliniendatei wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>The policy was not loaded; nothing of it applies.

%1</source>
        <translation>Die Richtlinie wurde nicht geladen; nichts davon gilt.

%1</translation>
    </message>
    <message>
        <source>Policy %1: %2, %3.</source>
        <translation>Richtlinie %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s)</source>
        <translation>
            <numerusform>%n Unterdrückung</numerusform>
            <numerusform>%n Unterdrückungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Zurückgeholt.</translation>
    </message>
    <message>
        <source>Asking AppVet for the report&apos;s link…</source>
        <translation>Link zum Bericht wird bei AppVet angefragt…</translation>
    </message>
    <message>
        <source>Cannot export: the report could not be fetched (%1).</source>
        <translation>Export nicht möglich: Der Bericht konnte nicht abgerufen werden (%1).</translation>
    </message>
    <message>
        <source>Fetching the report; you will be asked where to save it when it is here.</source>
        <translation>Der Bericht wird abgerufen; sobald er da ist, werden Sie gefragt, wo er gespeichert werden soll.</translation>
    </message>
</context>
<context>
    <name>ui::NewScanBar</name>
    <message>
        <source>Start scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Site to scan, e.g. https://example.com</source>
        <translation>Zu scannende Website, z. B. https://example.com</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Website-Adresse</translation>
    </message>
    <message>
        <source>Scan type</source>
        <translation>Scan-Art</translation>
    </message>
    <message>
        <source>What the scan checks: security, performance, accessibility or SEO</source>
        <translation>Was der Scan prüft: Sicherheit, Leistung, Barrierefreiheit oder SEO</translation>
    </message>
    <message>
        <source>Start scanning the site (Enter); several sites at once are listed for a confirmation first</source>
        <translation>Die Website scannen (Enter); mehrere Websites auf einmal werden zuerst zur Bestätigung aufgelistet</translation>
    </message>
</context>
<context>
    <name>ui::Notifier</name>
    <message>
        <source>Scan failed: %1</source>
        <translation>Scan fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server nannte keinen Grund.</translation>
    </message>
    <message>
        <source>Scan partly done: %1</source>
        <translation>Scan teilweise fertig: %1</translation>
    </message>
    <message>
        <source>Scan done: %1</source>
        <translation>Scan fertig: %1</translation>
    </message>
    <message>
        <source>Grade %1 · score %2</source>
        <translation>Note %1 · Punktzahl %2</translation>
    </message>
    <message>
        <source>No grade was given.</source>
        <translation>Es wurde keine Note vergeben.</translation>
    </message>
    <message>
        <source>%1 scan of %2</source>
        <translation>%1-Scan von %2</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Select it in ScanDash to see why.</source>
        <translation>Wählen Sie ihn in ScanDash aus, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>ui::PreferencesDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>When a scan &amp;completes</source>
        <translation>Wenn ein Scan &amp;fertig ist</translation>
    </message>
    <message>
        <source>When a scan &amp;fails</source>
        <translation>Wenn ein Scan fehl&amp;schlägt</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>The AppVet API&apos;s address: https, or plain http on this computer only. Used from the next start.</source>
        <translation>Die Adresse der AppVet-API: https, einfaches http nur auf diesem Rechner. Ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring, never in a file.</source>
        <translation>Im Schlüsselbund des Desktops, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Den API-Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Asks AppVet for the key&apos;s plan and quota</source>
        <translation>Fragt AppVet nach Tarif und Kontingent des Schlüssels</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Default scan type</source>
        <translation>Standard-Scan-Art</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Update interval:</source>
        <translation>&amp;Aktualisierungsintervall:</translation>
    </message>
    <message>
        <source>Default scan &amp;type:</source>
        <translation>Standard-Scan-&amp;Art:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation>Ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Asking AppVet…</source>
        <translation>AppVet wird gefragt…</translation>
    </message>
    <message>
        <source>The key works: %1 plan, %2 of %3 scans left this month.</source>
        <translation>Der Schlüssel funktioniert: Tarif %1, %2 von %3 Scans diesen Monat übrig.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your name for triage</source>
        <translation>Ihr Name für Bewertungen</translation>
    </message>
    <message>
        <source>Who accepted a risk or marked a false positive, unless you say otherwise</source>
        <translation>Wer ein Risiko akzeptiert oder einen Fehlalarm markiert hat, sofern Sie nichts anderes angeben</translation>
    </message>
    <message>
        <source>Your &amp;name for triage:</source>
        <translation>Ihr &amp;Name für Bewertungen:</translation>
    </message>
</context>
<context>
    <name>ui::TrayIcon</name>
    <message>
        <source>Show ScanDash</source>
        <translation>ScanDash zeigen</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Abfragen pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>ScanDash: no scan running</source>
        <translation>ScanDash: kein Scan läuft</translation>
    </message>
    <message numerus="yes">
        <source>ScanDash: %n scan(s) running</source>
        <translation>
            <numerusform>ScanDash: %n Scan läuft</numerusform>
            <numerusform>ScanDash: %n Scans laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TrendChart</name>
    <message>
        <source>Score trend</source>
        <translation>Punktzahl-Verlauf</translation>
    </message>
    <message>
        <source>%1 · @yPoint</source>
        <extracomment>A point of the score trend: the grade and the score (@yPoint).</extracomment>
        <translation>%1 · @yPoint</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The day of a point of the score trend, as a QDate format: short, six of them share the pane&apos;s width (German: &quot;d.M.&quot;).</extracomment>
        <translation>d.M.</translation>
    </message>
</context>
<context>
    <name>ui::TriageDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as a false positive. It stays in the list, greyed, and no longer counts as failing.</source>
        <translation>„%1“ als Fehlalarm markieren. Der Befund bleibt ausgegraut in der Liste und zählt nicht mehr als nicht bestanden.</translation>
    </message>
    <message>
        <source>Accept the risk of &quot;%1&quot;. It stays in the list, greyed, and no longer counts as failing.</source>
        <translation>Das Risiko von „%1“ akzeptieren. Der Befund bleibt ausgegraut in der Liste und zählt nicht mehr als nicht bestanden.</translation>
    </message>
    <message>
        <source>Why (required): say what makes it acceptable</source>
        <translation>Warum (erforderlich): Was macht es vertretbar?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>From the day after this date the finding counts again</source>
        <translation>Ab dem Tag nach diesem Datum zählt der Befund wieder</translation>
    </message>
    <message>
        <source>This &amp;site (%1)</source>
        <translation>Diese &amp;Website (%1)</translation>
    </message>
    <message>
        <source>E&amp;very site</source>
        <translation>&amp;Jede Website</translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation>Als Fehlalarm markieren</translation>
    </message>
    <message>
        <source>for %1 scans</source>
        <translation>für %1-Scans</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>Entschieden &amp;von:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Say who decided.</source>
        <translation>Geben Sie an, wer entschieden hat.</translation>
    </message>
</context>
</TS>
