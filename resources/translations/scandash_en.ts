<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>scandash: handed over to the ScanDash already running on this history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scandash: could not check for another window (%1); going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n unfinished scan(s) again from the last session.</source>
        <translation>
            <numerusform>Watching %n unfinished scan again from the last session.</numerusform>
            <numerusform>Watching %n unfinished scans again from the last session.</numerusform>
        </translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not look like avk_live_ and 40 letters or digits; trying it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered, kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered, kept for this session only (keyring: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking in the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring: session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (File → Set API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is running (no D-Bus session): the key you enter is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring is not available (%1): the key you enter is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Run against the built-in AppVet simulator on loopback (no account, no network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet API base URL (https; plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo simulator&apos;s requests per minute (10 free plan, 60 paid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo simulator&apos;s scan speed factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls of a scan (3-5; default 4, or what the View menu last set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a scan of &lt;url&gt; at launch (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan type for --scan: security, performance, accessibility or seo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where scans are kept between runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: what Preferences last set, or system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are scan, report, compare, list and usage (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-rpm must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-speed must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the demo simulator on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan type: security, performance, accessibility or seo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until every scan has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: exit 1 when a grade is below GRADE (A+ &gt; A &gt; … &gt; F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan that ended partial does not fail the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scans in this status (queued, scanning, completed, partial, failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many scans (1-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished scan&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two scans of a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan, quota and request limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one site to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-below takes a grade such as A+, A, B or F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one scan id: scandash report SCAN_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name two scan ids: scandash compare OLD_ID NEW_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key: set APPVET_API_KEY, or put {&quot;api_key&quot;: &quot;…&quot;} in ~/.appvet/config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be between 3 and 5 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;scandash --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file (YAML, version 1): suppressions, the gate and rules. A broken one stops the run before any request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 on failing checks: none (status and grade only), any, or new (not failing in the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failing checks at or above this severity count: low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --fail-on new compares with: previous (the latest earlier completed scan of the site and type; the default), a scan id, or a report file written by &apos;report --format json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the findings as SARIF 2.1.0 to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the findings as JUnit XML to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--policy, --fail-on, --min-severity, --baseline, --sarif, --junit and --format sarif or junit need --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-severity must be one of: low, medium, high, critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the baseline %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline %1 is larger than 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline %1 is not a report written by &apos;scandash report --format json&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline takes previous, a scan id or a report file; %1 is none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline (%1): --fail-on new counts every failing check, as any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing (not gated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing (below the minimum severity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy file %1, site %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on must be one of: none, any, new (%1 is none of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts again as a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would count again, but the policy&apos;s rules ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the suppression expired on %2 and %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--give-up-after takes a number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same site as %2: it is scanned once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 name the same file (%3): give each its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: exit 2 when AppVet, failing (no connection, no answer in time, a server error), gave no good answer for SECONDS (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts again as a failure, and fails the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts again as a failure, which the gate does not count (not new, or below the minimum severity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::Command</name>
    <message>
        <source>launched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 has not finished: its report is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet knows no scan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not scans of the same site and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: %2 of %3 scans used this period (%4 left, until %5); %6 requests a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline is a scan of another site or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier completed scan of this site and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none among the latest %1 completed scans of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach AppVet at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet at %1 answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 failed: no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 failed: no report (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rate limited: waiting %n s</source>
        <translation>
            <numerusform>rate limited: waiting %n s</numerusform>
            <numerusform>rate limited: waiting %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminated (SIGTERM) before a launch was answered; &apos;scandash list&apos; shows any scan that started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted before a launch was answered; &apos;scandash list&apos; shows any scan that started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Terminated (SIGTERM): %n scan(s) go on at AppVet: %1; &apos;scandash list&apos; shows them.</source>
        <translation>
            <numerusform>Terminated (SIGTERM): %n scan goes on at AppVet: %1; &apos;scandash list&apos; shows it.</numerusform>
            <numerusform>Terminated (SIGTERM): %n scans go on at AppVet: %1; &apos;scandash list&apos; shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n scan(s) go on at AppVet: %1; &apos;scandash list&apos; shows them.</source>
        <translation>
            <numerusform>Interrupted: %n scan goes on at AppVet: %1; &apos;scandash list&apos; shows it.</numerusform>
            <numerusform>Interrupted: %n scans go on at AppVet: %1; &apos;scandash list&apos; shows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>gave up: AppVet at %1 gave no good answer for %2 s (--give-up-after); the last problem: %3. The scans may go on at AppVet; &apos;scandash list&apos; shows them. No SARIF or JUnit file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet at %1 answers with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1: AppVet does not know this scan (404): no longer watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fetching results: waiting for the request budget, next in %n s</source>
        <translation>
            <numerusform>fetching results: waiting for the request budget, next in %n s</numerusform>
            <numerusform>fetching results: waiting for the request budget, next in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fetching results: next in %n s</source>
        <translation>
            <numerusform>fetching results: next in %n s</numerusform>
            <numerusform>fetching results: next in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scan did not start: %2 (nothing was sent). Run the command again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AppVet did not confirm the scan (%2). It may have started; check &apos;scandash list&apos; before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; critical %2, high %3, medium %4, low %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># AppVet %1 report: %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Grade %1 · score %2/100** · completed %3 · scan %4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Failing checks

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Severity | Category | Check | Status | Finding | Fix |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every check passed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
## Categories

| Category | Score |
|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
## Other checks

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet %1 report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1/100 · completed %2 · scan %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: grade %3 → %4, score %5 → %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 newly failing, %2 fixed, %3 still failing, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 (%2) and %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Comparison: %1 (%2)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Change | Category | Check | Severity | Before | Now | Fix |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a web address (no domain name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was garbled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scan id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http(s) API addresses are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is far too large (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer passed the %1 KiB limit and was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); the request was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppVet server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped after the request was sent; it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API host could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppVet server had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of a web site to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not carry user info, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must use https://: plain http:// would send the API key in clear text. It is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no report link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report link contains characters a link must not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report link is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report link is not an http(s) address; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report link carries user info; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report link points to %1, not the AppVet server; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: waiting for the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered about another scan (%1); ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the API key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this scan (404): no longer watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet says the address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet does not know that scan type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet could not reach that site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet does not scan local, internal or reserved addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s scan quota is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the scan of %1 (%2). It may or may not have started; it was not sent again. Check the scan list, then press Start to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan has no report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 variable</source>
        <comment>where the key came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <comment>where the key came from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not a list or a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys and values (a map) expected in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a grade (A+, A, A-, B+ … D-, F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a severity (low, medium, high or critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a fail_on (none, any or new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list (items starting with &quot;- &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suppress item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scan type (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a state (accepted or false-positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, e.g. 2026-12-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sites item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site&apos;s gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rules item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule names either a check or a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an action (ignore, warn or fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is empty: it needs at least &quot;version: 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy needs &quot;version: 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported: this ScanDash reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is larger than 1 MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
## Suppressed

| Severity | Category | Check | Status | Decision | Reason | By | Until |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 · until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suppressed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n suppressed</source>
        <translation>
            <numerusform>, %n suppressed</numerusform>
            <numerusform>, %n suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n suppressed</source>
        <translation>
            <numerusform>%1, %n suppressed</numerusform>
            <numerusform>%1, %n suppressed</numerusform>
        </translation>
    </message>
    <message>
        <source>Gate passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Gate failed:** %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::FindingsModel</name>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · expired after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · on every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It counts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not count as failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (category: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ScanController</name>
    <message>
        <source>An AppVet API key is needed to start scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an API key: %n scan(s) will start once one is given.</source>
        <translation>
            <numerusform>Waiting for an API key: %n scan will start once one is given.</numerusform>
            <numerusform>Waiting for an API key: %n scans will start once one is given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting to start: the plan runs %1 at once, and they start as others end.</source>
        <translation>
            <numerusform>%n scan waiting to start: the plan runs %1 at once, and it starts as others end.</numerusform>
            <numerusform>%n scans waiting to start: the plan runs %1 at once, and they start as others end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request limit reached: %n scan(s) will start in %1 s.</source>
        <translation>
            <numerusform>Request limit reached: %n scan will start in %1 s.</numerusform>
            <numerusform>Request limit reached: %n scans will start in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server runs no more scans at once for now: %n scan(s) wait for one to end. Running scans are still watched.</source>
        <translation>
            <numerusform>The server runs no more scans at once for now: %n scan wait for one to end. Running scans are still watched.</numerusform>
            <numerusform>The server runs no more scans at once for now: %n scans wait for one to end. Running scans are still watched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request limit reached: the scan of %1 will start in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API key was refused: %n scan(s) will start once a new key is given.</source>
        <translation>
            <numerusform>The API key was refused: %n scan will start once a new key is given.</numerusform>
            <numerusform>The API key was refused: %n scans will start once a new key is given.</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s scan quota (%1) is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the report of another scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test asks the API in use (%1); another API URL is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet answered the scan of %1 with the id %2, which the history keeps for an earlier scan of %3. The new scan is not watched here, and the earlier one is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ScanListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to start: next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting to start: %n ahead</source>
        <translation>
            <numerusform>waiting to start: %n ahead</numerusform>
            <numerusform>waiting to start: %n ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>a scan with a problem: the reason is in its tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <comment>scan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>scan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <comment>scan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO</source>
        <comment>scan type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next update in %1 (the server asked to slow down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next in %1 (slowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next update in %1 (sharing the request budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · next update in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next update in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending any moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, up %n since the site&apos;s previous scan</source>
        <translation>
            <numerusform>, up %n since the site&apos;s previous scan</numerusform>
            <numerusform>, up %n since the site&apos;s previous scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n since the site&apos;s previous scan</source>
        <translation>
            <numerusform>, down %n since the site&apos;s previous scan</numerusform>
            <numerusform>, down %n since the site&apos;s previous scan</numerusform>
        </translation>
    </message>
    <message>
        <source>Regression: the grade fell from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · every day</numerusform>
            <numerusform>%1 · every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade fell from %1 to %2, but every check that fails now and did not then is suppressed: not a regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no progress for %n min</source>
        <translation>
            <numerusform>no progress for %n min</numerusform>
            <numerusform>no progress for %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stuck for %n min</source>
        <translation>
            <numerusform>stuck for %n min</numerusform>
            <numerusform>stuck for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::ScanStore</name>
    <message>
        <source>it was written by a newer ScanDash (history version %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SingleInstance</name>
    <message>
        <source>cannot create the lock file beside the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another ScanDash holds the history but does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::TriageController</name>
    <message numerus="yes">
        <source>%1, %n suppressed</source>
        <translation>
            <numerusform>%1, %n suppressed</numerusform>
            <numerusform>%1, %n suppressed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gate</name>
    <message numerus="yes">
        <source>%n new failing check(s)</source>
        <translation>
            <numerusform>%n new failing check</numerusform>
            <numerusform>%n new failing checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n failing check</numerusform>
            <numerusform>%n failing checks</numerusform>
        </translation>
    </message>
    <message>
        <source>graded below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored by the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan ended partial: some checks did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan ended partial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s rules ignore this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>junit</name>
    <message>
        <source>False positive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression expired on %1 and counts again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored by the policy&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed; AppVet gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing, not counted by the gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded %1, below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan ended partial: some checks did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan ended partial: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>AppVet report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>%1, %2</source>
        <comment>failed, warnings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): %1 passed, %2</source>
        <translation>
            <numerusform>%n check: %1 passed, %2</numerusform>
            <numerusform>%n checks: %1 passed, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sarif</name>
    <message>
        <source>The server gave no fix for this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; did not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scan of %2 failed; AppVet gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scan of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scan of %2 ended partial: some checks did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scan of %2 ended partial: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a file ending in .pdf, .html, .md or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CompareDialog</name>
    <message>
        <source>Hide unchanged checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare scans of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 · score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 newly failing · %2 fixed · %3 still failing · %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n suppressed by triage</source>
        <translation>
            <numerusform>%1 · %n suppressed by triage</numerusform>
            <numerusform>%1 · %n suppressed by triage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not counted: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DetailPane</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan selected.

Type a site address above and press Enter to start a scan; select a row to see its progress, events and grade here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scan has done so far, newest last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about this scan again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the findings with the site&apos;s previous scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan this site every few days while ScanDash runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new scan of this site and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t rescan by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rescan every %n day(s)</source>
        <translation>
            <numerusform>Rescan every day</numerusform>
            <numerusform>Rescan every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scan has done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s checks, failing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▲ %n point(s) since the scan of %1 (%2 %3).</source>
        <translation>
            <numerusform>▲ %n point since the scan of %1 (%2 %3).</numerusform>
            <numerusform>▲ %n points since the scan of %1 (%2 %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n point(s) since the scan of %1 (%2 %3).</source>
        <translation>
            <numerusform>▼ %n point since the scan of %1 (%2 %3).</numerusform>
            <numerusform>▼ %n points since the scan of %1 (%2 %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first scan of this site and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of this site and type.</source>
        <translation>
            <numerusform>%n scan of this site and type.</numerusform>
            <numerusform>%n scans of this site and type.</numerusform>
        </translation>
    </message>
    <message>
        <source>▼ Regression: the grade fell from %1 to %2 since the scan of %3 (score %4 → %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same score as the scan of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watched: every %n day(s)</source>
        <translation>
            <numerusform>Watched: every day</numerusform>
            <numerusform>Watched: every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scan · %2 · started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade fell from %1 to %2 since the scan of %3, but every check that fails now and did not then is suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scan · waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning; AppVet has not told its progress yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FilterBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a site or scan id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the scans in this group; the number is how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show scans of one type only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A filter button: the status group and how many scans are in it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FindingsView</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check of the report: status, severity, finding and fix, failing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings of this severity or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the checks that passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the report again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AppVet for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · critical %2, high %3, medium %4, low %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: the scan failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings come with the report when the scan ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet says the scan is not complete yet (SCAN_NOT_COMPLETE), so it has no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet has no report for this scan (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False positive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the risk of this failing or warning check: it no longer counts as failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this failing or warning check as a false positive: it no longer counts as failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings suppressed by triage, greyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s) expired and count(s) again: %1</source>
        <translation>
            <numerusform>%n suppression expired and counts again: %1</numerusform>
            <numerusform>%n suppressions expired and count again: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n suppressed</source>
        <translation type="unfinished">
            <numerusform>%1, %n suppressed</numerusform>
            <numerusform>%1, %n suppressed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::GradePanel</name>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the full report in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial result: some checks could not run. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking AppVet why…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>ScanDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scan: site, type, status, progress, grade, start and what comes next. Enter opens the report, Delete removes, F5 asks now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync scans from AppVet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the organisation&apos;s scans that are not here yet, including ones started elsewhere, and watch the unfinished ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AppVet for the organisation&apos;s scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) added from AppVet.</source>
        <translation>
            <numerusform>%n scan added from AppVet.</numerusform>
            <numerusform>%n scans added from AppVet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the organisation&apos;s scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start scans of the sites listed in a text or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of sites (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON as received (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
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
        <source>New scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ScanDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ScanDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanDash %1
A desktop dashboard for AppVet web scans.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down: polling resumes in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning %1: it is watched and its last scan is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: the report of %1 could not be fetched (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier graded scan of this site and type to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy scan &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of this scan has not been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) saved to %1.</source>
        <translation>
            <numerusform>%n scan saved to %1.</numerusform>
            <numerusform>%n scans saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick two scans of the same site and type to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finished scans with a grade can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the reports to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan of %1 is still running. Remove it from the list and stop watching it? It goes on at AppVet; Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan history cannot be written (%1). If ScanDash quits now, these are lost: %2, %3, %4. Quit anyway, or keep ScanDash open and try again later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) still running. Keep watching them from the tray icon? (ScanDash will remember.)</source>
        <translation>
            <numerusform>%n scan still running. Keep watching it from the tray icon? (ScanDash will remember.)</numerusform>
            <numerusform>%n scans still running. Keep watching them from the tray icon? (ScanDash will remember.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) still running. Quit ScanDash? They go on at AppVet and are watched again when ScanDash next starts.</source>
        <translation>
            <numerusform>%n scan still running. Quit ScanDash? It goes on at AppVet and is watched again when ScanDash next starts.</numerusform>
            <numerusform>%n scans still running. Quit ScanDash? They go on at AppVet and are watched again when ScanDash next starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan history could not be used (%1). It was not changed: it was renamed to %2 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History file set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not saved: the file is locked by another program (%1); scans are kept in memory for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not saved: the data folder cannot be written (%1); scans are kept in memory for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History brought up to date (it was version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site to scan was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No new site to scan: %n not an address, %1 already listed.</source>
        <translation>
            <numerusform>No new site to scan: %n not an address, %1 already listed.</numerusform>
            <numerusform>No new site to scan: %n not an address, %1 already listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) to scan, but only %1 scans are left this month: nothing was started.</source>
        <translation>
            <numerusform>%n site to scan, but only %1 scans are left this month: nothing was started.</numerusform>
            <numerusform>%n sites to scan, but only %1 scans are left this month: nothing was started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n %1 scan(s)?</source>
        <translation>
            <numerusform>Start %n %1 scan?</numerusform>
            <numerusform>Start %n %1 scans?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started, not an address (%n):</source>
        <translation>
            <numerusform>Not started, not an address (%n):</numerusform>
            <numerusform>Not started, not an address (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not started, already in the batch or running (%n):</source>
        <translation>
            <numerusform>Not started, already in the batch or running (%n):</numerusform>
            <numerusform>Not started, already in the batch or running (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan runs %1 scans at once: the others wait in the list and start as scans end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop&apos;s theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: built-in simulator at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanDash — demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanDash — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: scans run against ScanDash&apos;s built-in AppVet simulator on this computer, with a demo key. No account is needed and nothing is sent over the network. Start with --api-url and a real key to scan for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your AppVet API key (avk_live_…). Polling is paused until a key is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppVet API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 · %2 of %3 scans left this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left: %1 of %2 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a policy file (YAML) kept with your code: its suppressions and rules count beside this window&apos;s triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export triage as policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this window&apos;s suppressions as a policy file for the command line and CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export triage as policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s) written to %1.</source>
        <translation>
            <numerusform>%n suppression written to %1.</numerusform>
            <numerusform>%n suppressions written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not loaded; nothing of it applies.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suppression(s)</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AppVet for the report&apos;s link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: the report could not be fetched (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the report; you will be asked where to save it when it is here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::NewScanBar</name>
    <message>
        <source>Start scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site to scan, e.g. https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scan checks: security, performance, accessibility or SEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start scanning the site (Enter); several sites at once are listed for a confirmation first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Notifier</name>
    <message>
        <source>Scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan partly done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 · score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scan of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it in ScanDash to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PreferencesDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a scan &amp;completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a scan &amp;fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppVet API&apos;s address: https, or plain http on this computer only. Used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the desktop keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks AppVet for the key&apos;s plan and quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default scan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default scan &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking AppVet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: %1 plan, %2 of %3 scans left this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accepted a risk or marked a false positive, unless you say otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name for triage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TrayIcon</name>
    <message>
        <source>Show ScanDash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanDash: no scan running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ScanDash: %n scan(s) running</source>
        <translation>
            <numerusform>ScanDash: %n scan running</numerusform>
            <numerusform>ScanDash: %n scans running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TrendChart</name>
    <message>
        <source>Score trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · @yPoint</source>
        <extracomment>A point of the score trend: the grade and the score (@yPoint).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The day of a point of the score trend, as a QDate format: short, six of them share the pane&apos;s width (German: &quot;d.M.&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TriageDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as a false positive. It stays in the list, greyed, and no longer counts as failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the risk of &quot;%1&quot;. It stays in the list, greyed, and no longer counts as failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required): say what makes it acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day after this date the finding counts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
