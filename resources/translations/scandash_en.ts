<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui.cpp" line="145" />
        <source>scandash: handed over to the ScanDash already running on this history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="150" />
        <source>scandash: could not check for another window (%1); going on.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui.cpp" line="301" />
        <source>Watching %n unfinished scan(s) again from the last session.</source>
        <translation>
            <numerusform>Watching %n unfinished scan again from the last session.</numerusform>
            <numerusform>Watching %n unfinished scans again from the last session.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="202" />
        <source>entered by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="205" />
        <source>That key does not look like avk_live_ and 40 letters or digits; trying it anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="216" />
        <source>entered, kept in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="217" />
        <source>entered, kept for this session only (keyring: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="226" />
        <source>demo key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="233" />
        <source>looking in the keyring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="234" />
        <source>no keyring: session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="237" />
        <source>desktop keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="240" />
        <source>none yet (File → Set API key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="243" />
        <source>No desktop keyring is running (no D-Bus session): the key you enter is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="246" />
        <source>The desktop keyring is not available (%1): the key you enter is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/appoptions.cpp" line="17" />
        <source>Run against the built-in AppVet simulator on loopback (no account, no network).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="21" />
        <source>AppVet API base URL (https; plain http only on this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="26" />
        <source>Demo simulator's requests per minute (10 free plan, 60 paid).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="31" />
        <source>Demo simulator's scan speed factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="37" />
        <source>Seconds between polls of a scan (3-5; default 4, or what the View menu last set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="42" />
        <source>Start a scan of &lt;url&gt; at launch (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="45" />
        <source>Scan type for --scan: security, performance, accessibility or seo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="50" />
        <source>Where scans are kept between runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="53" />
        <source>Colours: system, light or dark (default: what Preferences last set, or system).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="79" />
        <source>unknown command "%1"; the commands are scan, report, compare, list and usage (see --help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="127" />
        <source>--demo-rpm must be a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="132" />
        <source>--demo-speed must be a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="140" />
        <source>could not start the demo simulator on 127.0.0.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/appoptions.cpp" line="159" />
        <source>Desktop dashboard for AppVet web scans.

Without a command it opens the window. Commands, for scripts and CI (no window, no display):
  scan URL...          launch scans; --wait for their ends
  report SCAN_ID       a finished scan's report (json, md, html, pdf)
  compare OLD NEW      what changed between two scans of a site
  list                 the organisation's scans
  usage                the plan, quota and request limit
Run 'scandash COMMAND --help' for a command's options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="478" />
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="483" />
        <source>Scan type: security, performance, accessibility or seo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="485" />
        <source>Wait until every scan has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="487" />
        <source>With --wait: exit 1 when a grade is below GRADE (A+ &gt; A &gt; … &gt; F).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="491" />
        <source>A scan that ended partial does not fail the run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="492" />
        <source>Output format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="495" />
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="498" />
        <source>Only scans in this status (queued, scanning, completed, partial, failed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="501" />
        <source>How many scans (1-100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="507" />
        <source>Launch scans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="508" />
        <source>Sites to scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="513" />
        <source>A finished scan's report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="514" />
        <source>The scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="519" />
        <source>What changed between two scans of a site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="520" />
        <source>The earlier scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="521" />
        <source>The later scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="525" />
        <source>The organisation's scans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="530" />
        <source>The plan, quota and request limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="544" />
        <source>--format must be one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="550" />
        <source>name at least one site to scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="558" />
        <source>--type must be one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="562" />
        <source>--fail-below takes a grade such as A+, A, B or F.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="565" />
        <source>name one scan id: scandash report SCAN_ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="567" />
        <source>name two scan ids: scandash compare OLD_ID NEW_ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="574" />
        <source>--limit must be between 1 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="584" />
        <source>no API key: set APPVET_API_KEY, or put {"api_key": "…"} in ~/.appvet/config.json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="109" />
        <source>--interval must be between 3 and 5 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui.cpp" line="118" />
        <source>--theme must be system, light or dark.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="23" />
        <source>Try 'scandash --help'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app::Command</name>
    <message>
        <location filename="../../app/cli.cpp" line="182" />
        <source>launched %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="196" />
        <source>the API key was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="253" />
        <source>%1 of %2 ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="288" />
        <source>Interrupted: the scans go on at AppVet; 'scandash list' shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="303" />
        <source>could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="325" />
        <source>scan %1 has not finished: its report is not ready yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="329" />
        <source>AppVet knows no scan %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="366" />
        <source>%1 and %2 are not scans of the same site and type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli.cpp" line="437" />
        <source>Plan %1: %2 of %3 scans used this period (%4 left, until %5); %6 requests a minute.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="22" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="69" />
        <source>%1; critical %2, high %3, medium %4, low %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="113" />
        <source>newly failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="115" />
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="117" />
        <source>still failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="119" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="121" />
        <source>no longer checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="129" />
        <source># AppVet %1 report: %2

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="131" />
        <source>**Grade %1 · score %2/100** · completed %3 · scan %4

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="135" />
        <source>## Failing checks

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="138" />
        <source>| Severity | Category | Check | Status | Finding | Fix |
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="148" />
        <source>None: every check passed.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="149" />
        <source>
## Categories

| Category | Score |
|---|---|
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="153" />
        <source>
## Other checks

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="169" />
        <source>AppVet %1 report: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="173" />
        <source>score %1/100 · completed %2 · scan %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="177" />
        <source>Failing checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="187" />
        <source>no severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="189" />
        <source>Fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="190" />
        <source>none given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="192" />
        <source>None: every check passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="196" />
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="196" />
        <location filename="../../core/report/reportexport.cpp" line="283" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="196" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="200" />
        <source>Other checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="211" />
        <source>AppVet report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="218" />
        <source>%1 → %2: grade %3 → %4, score %5 → %6 (%7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="229" />
        <source>%1 newly failing, %2 fixed, %3 still failing, %4 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="240" />
        <source>Compare %1 (%2) and %3 of %4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="259" />
        <source># Comparison: %1 (%2)

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="262" />
        <source>| Change | Category | Check | Severity | Before | Now | Fix |
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="277" />
        <source>Comparison: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="283" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="283" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="283" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="283" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="284" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="284" />
        <source>Fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/reportexport.cpp" line="294" />
        <source>Comparison: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/domain/sitebatch.cpp" line="46" />
        <source>This does not look like a web address (no domain name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="70" />
        <source>The server's answer was garbled: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="131" />
        <location filename="../../core/api/apiclient.cpp" line="142" />
        <source>Not a scan id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="215" />
        <source>Only http(s) API addresses are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="255" />
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="265" />
        <source>The server's answer is far too large (%1 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="274" />
        <source>The server's answer passed the %1 KiB limit and was cut off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="284" />
        <source>The server redirected to another host (%1); the request was not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="342" />
        <source>The server answered with a redirect (HTTP %1) that was not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="351" />
        <source>The AppVet server refused the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="355" />
        <source>The connection dropped after the request was sent; it was not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="361" />
        <source>The server closed the connection before answering in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="367" />
        <source>The API host could not be found (DNS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="371" />
        <source>The network is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="374" />
        <source>Network error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/apiclient.cpp" line="385" />
        <source>Server error (HTTP %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/parse.cpp" line="390" />
        <source>The AppVet server had a problem (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/parse.cpp" line="394" />
        <location filename="../../core/scancontroller.cpp" line="31" />
        <source>The API key was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/parse.cpp" line="397" />
        <location filename="../../core/scancontroller.cpp" line="35" />
        <source>Too many requests for this key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/parse.cpp" line="400" />
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="59" />
        <source>Enter the address of a web site to scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="62" />
        <source>The address contains spaces or control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="73" />
        <source>"%1" is not a valid address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="77" />
        <source>Only http:// and https:// addresses can be scanned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="80" />
        <source>The address has no host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="89" />
        <source>The API URL must be an http:// or https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="93" />
        <source>The API URL must not carry user info, a query or a fragment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="100" />
        <source>The API URL must use https://: plain http:// would send the API key in clear text. It is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="114" />
        <source>The server sent no report link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="117" />
        <source>The report link contains characters a link must not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="122" />
        <source>The report link is not a valid address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="126" />
        <source>The report link is not an http(s) address; it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="130" />
        <source>The report link carries user info; it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/api/urlpolicy.cpp" line="134" />
        <source>The report link points to %1, not the AppVet server; it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/poll/pollscheduler.cpp" line="99" />
        <source>Offline: waiting for the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/poll/pollscheduler.cpp" line="590" />
        <source>The server answered about another scan (%1); ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/poll/pollscheduler.cpp" line="607" />
        <source>Paused: the API key was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/poll/pollscheduler.cpp" line="616" />
        <source>The server does not know this scan (404): no longer watched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="20" />
        <source>AppVet says the address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="22" />
        <source>AppVet does not know that scan type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="24" />
        <source>AppVet could not reach that site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="26" />
        <source>AppVet does not scan local, internal or reserved addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="29" />
        <source>This month's scan quota is used up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="33" />
        <source>The API key has been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="97" />
        <source>Pick one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="290" />
        <source>The server did not confirm the scan of %1 (%2). It may or may not have started; it was not sent again. Check the scan list, then press Start to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="530" />
        <source>This scan has no report yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/settings/apikeysource.cpp" line="33" />
        <source>The keyring did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/settings/apikeysource.cpp" line="52" />
        <source>%1 variable</source>
        <comment>where the key came from</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/settings/apikeysource.cpp" line="61" />
        <source>%1 file</source>
        <comment>where the key came from</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::EventLogModel</name>
    <message>
        <location filename="../../core/model/eventlogmodel.cpp" line="61" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/eventlogmodel.cpp" line="61" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::FindingsModel</name>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="38" />
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="39" />
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="40" />
        <source>medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="41" />
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="114" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="116" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="118" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="120" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="122" />
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="124" />
        <source>Fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="135" />
        <source>[%1] %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/findingsmodel.cpp" line="141" />
        <source>Fix: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::ScanController</name>
    <message>
        <location filename="../../core/scancontroller.cpp" line="104" />
        <source>An AppVet API key is needed to start scans.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/scancontroller.cpp" line="105" />
        <source>Waiting for an API key: %n scan(s) will start once one is given.</source>
        <translation>
            <numerusform>Waiting for an API key: %n scan will start once one is given.</numerusform>
            <numerusform>Waiting for an API key: %n scans will start once one is given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/scancontroller.cpp" line="147" />
        <source>%n scan(s) waiting to start: the plan runs %1 at once, and they start as others end.</source>
        <translation>
            <numerusform>%n scan waiting to start: the plan runs %1 at once, and they start as others end.</numerusform>
            <numerusform>%n scans waiting to start: the plan runs %1 at once, and they start as others end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/scancontroller.cpp" line="156" />
        <source>Request limit reached: %n scan(s) will start in %1 s.</source>
        <translation>
            <numerusform>Request limit reached: %n scan will start in %1 s.</numerusform>
            <numerusform>Request limit reached: %n scans will start in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/scancontroller.cpp" line="248" />
        <source>The server runs no more scans at once for now: %n scan(s) wait for one to end. Running scans are still watched.</source>
        <translation>
            <numerusform>The server runs no more scans at once for now: %n scan wait for one to end. Running scans are still watched.</numerusform>
            <numerusform>The server runs no more scans at once for now: %n scans wait for one to end. Running scans are still watched.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="263" />
        <source>Request limit reached: the scan of %1 will start in %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/scancontroller.cpp" line="278" />
        <source>The API key was refused: %n scan(s) will start once a new key is given.</source>
        <translation>
            <numerusform>The API key was refused: %n scan will start once a new key is given.</numerusform>
            <numerusform>The API key was refused: %n scans will start once a new key is given.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="326" />
        <source>This month's scan quota (%1) is used up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="416" />
        <source>The server sent the report of another scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/scancontroller.cpp" line="552" />
        <source>Test asks the API in use (%1); another API URL is used from the next start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::ScanListModel</name>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="82" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="84" />
        <source>%1m %2s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="86" />
        <source>%1h %2m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="87" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="105" />
        <source>stalled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="107" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="109" />
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="112" />
        <source>not watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="116" />
        <source>waiting to start: next</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="117" />
        <source>waiting to start: %n ahead</source>
        <translation>
            <numerusform>waiting to start: %n ahead</numerusform>
            <numerusform>waiting to start: %n ahead</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="124" />
        <location filename="../../ui/mainwindow.cpp" line="151" />
        <location filename="../../ui/progressdelegate.cpp" line="28" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="127" />
        <location filename="../../ui/mainwindow.cpp" line="149" />
        <source>scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="130" />
        <location filename="../../ui/mainwindow.cpp" line="149" />
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="133" />
        <location filename="../../ui/mainwindow.cpp" line="150" />
        <source>partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="136" />
        <location filename="../../ui/mainwindow.cpp" line="150" />
        <location filename="../../ui/mainwindow.cpp" line="154" />
        <location filename="../../ui/progressdelegate.cpp" line="26" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="140" />
        <source>⚠ %1</source>
        <comment>a scan with a problem: the reason is in its tooltip</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="147" />
        <source>Security</source>
        <comment>scan type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="149" />
        <source>Performance</source>
        <comment>scan type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="151" />
        <source>Accessibility</source>
        <comment>scan type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="153" />
        <source>SEO</source>
        <comment>scan type</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="161" />
        <location filename="../../ui/mainwindow.cpp" line="159" />
        <source>took %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="165" />
        <source>waiting for a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="169" />
        <source>polling paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="171" />
        <location filename="../../core/model/scanlistmodel.cpp" line="175" />
        <source>updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="181" />
        <source>retry in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="183" />
        <source>next update in %1 (the server asked to slow down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="184" />
        <source>next in %1 (slowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="186" />
        <source>next update in %1 (sharing the request budget)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="187" />
        <location filename="../../core/model/scanlistmodel.cpp" line="191" />
        <location filename="../../ui/mainwindow.cpp" line="160" />
        <source>next in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="190" />
        <source>%1 · next update in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="191" />
        <source>next update in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="201" />
        <source>ending any moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="203" />
        <source>less than a minute left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="206" />
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="207" />
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="273" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="274" />
        <source>%1 %, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="276" />
        <source>%1, %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="280" />
        <source>Grade %1, score %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="284" />
        <source>, up %n since the site's previous scan</source>
        <translation>
            <numerusform>, up %n since the site's previous scan</numerusform>
            <numerusform>, up %n since the site's previous scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="286" />
        <source>, down %n since the site's previous scan</source>
        <translation>
            <numerusform>, down %n since the site's previous scan</numerusform>
            <numerusform>, down %n since the site's previous scan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="302" />
        <source>Regression: the grade fell from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="315" />
        <source>%1 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · every day</numerusform>
            <numerusform>%1 · every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="355" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="357" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="359" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="361" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="363" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="365" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="367" />
        <source>Next update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::ScanStore</name>
    <message>
        <location filename="../../core/store/scanstore.cpp" line="187" />
        <source>it was written by a newer ScanDash (history version %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::SingleInstance</name>
    <message>
        <location filename="../../core/instance/singleinstance.cpp" line="45" />
        <source>cannot create the lock file beside the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/instance/singleinstance.cpp" line="55" />
        <source>another ScanDash holds the history but does not answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <location filename="../../ui/pdfexport.cpp" line="23" />
        <source>AppVet report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pdfexport.cpp" line="30" />
        <source>the PDF came out empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../core/report/comparison.cpp" line="18" />
        <source>%1, %2</source>
        <comment>failed, warnings</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/report/comparison.cpp" line="19" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/report/comparison.cpp" line="20" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/report/comparison.cpp" line="25" />
        <source>%n check(s): %1 passed, %2</source>
        <translation>
            <numerusform>%n check: %1 passed, %2</numerusform>
            <numerusform>%n checks: %1 passed, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/report/comparison.cpp" line="33" />
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/comparison.cpp" line="35" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/report/comparison.cpp" line="37" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <location filename="../../ui/exporting.cpp" line="34" />
        <source>could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="60" />
        <source>pick a file ending in .pdf, .html, .md or .json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="86" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="86" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="86" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="86" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="86" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="87" />
        <source>Started (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exporting.cpp" line="87" />
        <source>Scan id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::CompareDialog</name>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="27" />
        <source>Hide unchanged checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="29" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="31" />
        <source>Compare scans of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="35" />
        <source>%1 %2 (%3, %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="41" />
        <source>%1 → %2 · score %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="45" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="51" />
        <source>%1 newly failing · %2 fixed · %3 still failing · %4 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="59" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="59" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="59" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="59" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="59" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="59" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="83" />
        <location filename="../../ui/comparedialog.cpp" line="87" />
        <source>Export comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="84" />
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/comparedialog.cpp" line="106" />
        <location filename="../../ui/comparedialog.cpp" line="108" />
        <source>not checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::DetailPane</name>
    <message>
        <location filename="../../ui/detailpane.cpp" line="39" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="45" />
        <source>Rescan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="46" />
        <source>Compare with previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="51" />
        <source>No scan selected.

Type a site address above and press Enter to start a scan; select a row to see its progress, events and grade here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="66" />
        <source>Scan progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="86" />
        <source>Event log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="87" />
        <source>What the scan has done so far, newest last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="88" />
        <source>Ask about this scan again now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="89" />
        <source>Compare the findings with the site's previous scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="90" />
        <source>Rescan this site every few days while ScanDash runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="107" />
        <source>Start a new scan of this site and type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="112" />
        <source>Don't rescan by itself</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="113" />
        <source>Rescan every %n day(s)</source>
        <translation>
            <numerusform>Rescan every day</numerusform>
            <numerusform>Rescan every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="134" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="135" />
        <source>What the scan has done so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="204" />
        <location filename="../../ui/detailpane.cpp" line="207" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="205" />
        <source>The report's checks, failing first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="208" />
        <source>Findings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="248" />
        <source>▲ %n point(s) since the scan of %1 (%2 %3).</source>
        <translation>
            <numerusform>▲ %n point since the scan of %1 (%2 %3).</numerusform>
            <numerusform>▲ %n points since the scan of %1 (%2 %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="252" />
        <source>▼ %n point(s) since the scan of %1 (%2 %3).</source>
        <translation>
            <numerusform>▼ %n point since the scan of %1 (%2 %3).</numerusform>
            <numerusform>▼ %n points since the scan of %1 (%2 %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="231" />
        <source>The first scan of this site and type.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="233" />
        <source>%n scan(s) of this site and type.</source>
        <translation>
            <numerusform>%n scan of this site and type.</numerusform>
            <numerusform>%n scans of this site and type.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="241" />
        <source>▼ Regression: the grade fell from %1 to %2 since the scan of %3 (score %4 → %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="256" />
        <source>Same score as the scan of %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="261" />
        <source>Watched: every %n day(s)</source>
        <translation>
            <numerusform>Watched: every day</numerusform>
            <numerusform>Watched: every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="262" />
        <source>Watch this site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="278" />
        <source>%1 scan · %2 · started %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="284" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="23" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="25" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="27" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="29" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="43" />
        <source>Find a site or scan id (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="45" />
        <source>Find scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="55" />
        <source>Show only the scans in this group; the number is how many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="61" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="64" />
        <source>Scan type filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="65" />
        <source>Show scans of one type only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="87" />
        <source>%1 %2</source>
        <extracomment>A filter button: the status group and how many scans are in it.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FindingsView</name>
    <message>
        <location filename="../../ui/findingsview.cpp" line="83" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="86" />
        <source>Failing only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="92" />
        <location filename="../../ui/findingsview.cpp" line="122" />
        <source>Search findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="94" />
        <source>Any severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="119" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="120" />
        <source>Each check of the report: status, severity, finding and fix, failing first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="123" />
        <source>Show findings of this severity or worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="124" />
        <source>Hide the checks that passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="125" />
        <source>Ask for the report again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="126" />
        <source>Copy finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="155" />
        <location filename="../../ui/findingsview.cpp" line="210" />
        <source>Asking AppVet for the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="190" />
        <source>%1 · critical %2, high %3, medium %4, low %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="196" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="198" />
        <source>Categories: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="206" />
        <source>No report: the scan failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="208" />
        <source>The findings come with the report when the scan ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="228" />
        <source>AppVet says the scan is not complete yet (SCAN_NOT_COMPLETE), so it has no report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="231" />
        <source>AppVet has no report for this scan (404).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/findingsview.cpp" line="233" />
        <source>The report could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::GradePanel</name>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="22" />
        <source>Open report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="30" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="31" />
        <source>Open the full report in your browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="75" />
        <source>The scan failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="76" />
        <source>the server gave no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="78" />
        <source>Ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="86" />
        <source>Grade %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="90" />
        <source>Score %1 / 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="91" />
        <source>Completed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="93" />
        <source>Partial result: some checks could not run. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="100" />
        <source>%1 critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="102" />
        <source>%1 high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="104" />
        <source>%1 medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="106" />
        <source>%1 low</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83" />
        <location filename="../../ui/mainwindow.cpp" line="99" />
        <source>ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="90" />
        <source>History not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="93" />
        <source>Quit anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="94" />
        <source>Keep open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="127" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="128" />
        <source>Every scan: site, type, status, progress, grade, start and what comes next. Enter opens the report, Delete removes, F5 asks now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="193" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194" />
        <source>Set API &amp;key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196" />
        <source>&amp;Sync scans from AppVet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197" />
        <source>Add the organisation's scans that are not here yet, including ones started elsewhere, and watch the unfinished ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="200" />
        <source>Asking AppVet for the organisation's scans…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="206" />
        <source>%n scan(s) added from AppVet.</source>
        <translation>
            <numerusform>%n scan added from AppVet.</numerusform>
            <numerusform>%n scans added from AppVet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207" />
        <source>Could not list the organisation's scans: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="211" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="216" />
        <source>&amp;Import sites…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="218" />
        <source>Start scans of the sites listed in a text or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="221" />
        <source>Import sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="222" />
        <source>Lists of sites (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="227" />
        <source>&amp;Export report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="233" />
        <source>The report is being fetched; export it in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="238" />
        <location filename="../../ui/mainwindow.cpp" line="244" />
        <source>Export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="239" />
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON as received (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="246" />
        <source>Export &amp;list as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="248" />
        <location filename="../../ui/mainwindow.cpp" line="254" />
        <source>Export the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="249" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="268" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="269" />
        <source>New scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="275" />
        <source>&amp;Find scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282" />
        <source>Update interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="286" />
        <source>Every %1 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="297" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="298" />
        <source>&amp;About ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="299" />
        <source>About ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300" />
        <source>ScanDash %1
A desktop dashboard for AppVet web scans.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="325" />
        <source>The server asked to slow down: polling resumes in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="331" />
        <source>Rescanning %1: it is watched and its last scan is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385" />
        <source>Cannot compare: the report of %1 could not be fetched (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="413" />
        <source>&amp;Scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="424" />
        <source>&amp;Open report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="426" />
        <source>&amp;Check now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="428" />
        <source>&amp;Rescan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="430" />
        <source>S&amp;top watching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="433" />
        <source>Co&amp;mpare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441" />
        <source>No earlier graded scan of this site and type to compare with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="447" />
        <source>Copy &amp;address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="451" />
        <source>Copy scan &amp;id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="455" />
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="461" />
        <source>&amp;Undo remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="484" />
        <source>The report of this scan has not been fetched yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="488" />
        <source>Report saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="497" />
        <source>%n scan(s) saved to %1.</source>
        <translation>
            <numerusform>%n scan saved to %1.</numerusform>
            <numerusform>%n scans saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="510" />
        <source>Pick two scans of the same site and type to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="514" />
        <source>Only finished scans with a grade can be compared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="538" />
        <source>Fetching the reports to compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="573" />
        <source>The scan of %1 is still running. Remove it from the list and stop watching it? It goes on at AppVet; Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="583" />
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindowquit.cpp" line="67" />
        <source>The scan history cannot be written (%1). If ScanDash quits now, these are lost: %2, %3, %4. Quit anyway, or keep ScanDash open and try again later?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindowquit.cpp" line="69" />
        <source>unknown reason</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowquit.cpp" line="70" />
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowquit.cpp" line="71" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowquit.cpp" line="72" />
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowquit.cpp" line="103" />
        <source>%n scan(s) still running. Keep watching them from the tray icon? (ScanDash will remember.)</source>
        <translation>
            <numerusform>%n scan still running. Keep watching them from the tray icon? (ScanDash will remember.)</numerusform>
            <numerusform>%n scans still running. Keep watching them from the tray icon? (ScanDash will remember.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindowquit.cpp" line="58" />
        <source>%n scan(s) still running. Quit ScanDash? They go on at AppVet and are watched again when ScanDash next starts.</source>
        <translation>
            <numerusform>%n scan still running. Quit ScanDash? They go on at AppVet and are watched again when ScanDash next starts.</numerusform>
            <numerusform>%n scans still running. Quit ScanDash? They go on at AppVet and are watched again when ScanDash next starts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="667" />
        <source>The scan history could not be used (%1). It was not changed: it was renamed to %2 and a new, empty history was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="671" />
        <source>History file set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="679" />
        <source>History not saved: the file is locked by another program (%1); scans are kept in memory for this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="684" />
        <source>History not saved: the data folder cannot be written (%1); scans are kept in memory for this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="691" />
        <source>History brought up to date (it was version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="794" />
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="807" />
        <source>No site to scan was found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="808" />
        <source>No new site to scan: %n not an address, %1 already listed.</source>
        <translation>
            <numerusform>No new site to scan: %n not an address, %1 already listed.</numerusform>
            <numerusform>No new site to scan: %n not an address, %1 already listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="816" />
        <source>%n site(s) to scan, but only %1 scans are left this month: nothing was started.</source>
        <translation>
            <numerusform>%n site to scan, but only %1 scans are left this month: nothing was started.</numerusform>
            <numerusform>%n sites to scan, but only %1 scans are left this month: nothing was started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="825" />
        <source>Start %n %1 scan(s)?</source>
        <translation>
            <numerusform>Start %n %1 scan?</numerusform>
            <numerusform>Start %n %1 scans?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="830" />
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="833" />
        <source>Not started, not an address (%n):</source>
        <translation>
            <numerusform>Not started, not an address (%n):</numerusform>
            <numerusform>Not started, not an address (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="841" />
        <source>Not started, already in the batch or running (%n):</source>
        <translation>
            <numerusform>Not started, already in the batch or running (%n):</numerusform>
            <numerusform>Not started, already in the batch or running (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="848" />
        <source>Your plan runs %1 scans at once: the others wait in the list and start as scans end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="891" />
        <source>Unchanged (kept in the keyring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="900" />
        <source>the API URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="917" />
        <source>the desktop's theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="922" />
        <source>Used from the next start: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="922" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="652" />
        <source>History not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="655" />
        <source>History saved again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="704" />
        <source>Demo: built-in simulator at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="705" />
        <source>Live: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="706" />
        <source>ScanDash — demo mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="706" />
        <source>ScanDash — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="708" />
        <source>Demo mode: scans run against ScanDash's built-in AppVet simulator on this computer, with a demo key. No account is needed and nothing is sent over the network. Start with --api-url and a real key to scan for real.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="716" />
        <source>No API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="716" />
        <source>Key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="723" />
        <source>Enter your AppVet API key (avk_live_…). Polling is paused until a key is accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="731" />
        <source>AppVet API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="770" />
        <source>No browser could be started to open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="774" />
        <source>Opened %1 in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="779" />
        <source>Plan %1 · %2 of %3 scans left this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="787" />
        <source>Requests left: %1 of %2 per minute</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::NewScanBar</name>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="21" />
        <source>Start scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="24" />
        <source>Site to scan, e.g. https://example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="26" />
        <source>Site address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="30" />
        <source>Scan type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="31" />
        <source>What the scan checks: security, performance, accessibility or SEO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="32" />
        <source>Start scanning the site (Enter); several sites at once are listed for a confirmation first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::Notifier</name>
    <message>
        <location filename="../../ui/notifier.cpp" line="81" />
        <source>Scan failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="82" />
        <source>The server gave no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="85" />
        <source>Scan partly done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="86" />
        <source>Scan done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="87" />
        <source>Grade %1 · score %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="90" />
        <source>No grade was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="93" />
        <source>%1 scan of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/notifier.cpp" line="150" />
        <source>Open report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="28" />
        <source>&amp;Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="32" />
        <source>When a scan &amp;completes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="33" />
        <source>When a scan &amp;fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="38" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="39" />
        <source>API URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="40" />
        <source>The AppVet API's address: https, or plain http on this computer only. Used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="44" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="45" />
        <source>Kept in the desktop keyring, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="47" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="49" />
        <source>Show the API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="53" />
        <source>Asks AppVet for the key's plan and quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="61" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="63" />
        <source>Update interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="67" />
        <source>Default scan type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="70" />
        <source>As the desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="71" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="72" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="74" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="77" />
        <source>API &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="79" />
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="81" />
        <source>&amp;Update interval:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="82" />
        <source>Default scan &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="86" />
        <source>Notifications:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="87" />
        <source>T&amp;heme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="115" />
        <source>Used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="128" />
        <source>Asking AppVet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="135" />
        <source>The key works: %1 plan, %2 of %3 scans left this month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="142" />
        <source>The test failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::TrayIcon</name>
    <message>
        <location filename="../../ui/trayicon.cpp" line="18" />
        <source>Show ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/trayicon.cpp" line="19" />
        <source>Pause polling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/trayicon.cpp" line="24" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/trayicon.cpp" line="44" />
        <source>ScanDash: no scan running</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/trayicon.cpp" line="45" />
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
        <location filename="../../ui/trendchart.cpp" line="23" />
        <source>Score trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/trendchart.cpp" line="101" />
        <source>%1 · @yPoint</source>
        <extracomment>A point of the score trend: the grade and the score (@yPoint).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
</TS>