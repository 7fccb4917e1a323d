<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="166" />
        <source>scandash: handed over to the ScanDash already running on this history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="171" />
        <source>scandash: could not check for another window (%1); going on.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/main.cpp" line="196" />
        <source>Watching %n unfinished scan(s) again from the last session.</source>
        <translation>
            <numerusform>Watching %n unfinished scan again from the last session.</numerusform>
            <numerusform>Watching %n unfinished scans again from the last session.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="225" />
        <source>entered by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="228" />
        <source>That key does not look like avk_live_ and 40 letters or digits; trying it anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="239" />
        <source>entered, kept in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="240" />
        <source>entered, kept for this session only (keyring: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="249" />
        <source>demo key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="256" />
        <source>looking in the keyring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="257" />
        <source>no keyring: session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="260" />
        <source>desktop keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="263" />
        <source>none yet (File → Set API key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="266" />
        <source>No desktop keyring is running (no D-Bus session): the key you enter is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main.cpp" line="269" />
        <source>The desktop keyring is not available (%1): the key you enter is kept for this session only.</source>
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
    <name>core::ScanController</name>
    <message>
        <location filename="../../core/scancontroller.cpp" line="185" />
        <source>This month's scan quota (%1) is used up.</source>
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
        <location filename="../../core/model/scanlistmodel.cpp" line="120" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="123" />
        <source>scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="126" />
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="129" />
        <source>partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="132" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="136" />
        <source>%1 (retrying)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="144" />
        <source>took %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="148" />
        <source>waiting for a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="152" />
        <location filename="../../core/model/scanlistmodel.cpp" line="155" />
        <source>updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="159" />
        <source>retry in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="161" />
        <source>next update in %1 (the server asked to slow down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="162" />
        <source>next in %1 (slowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="164" />
        <source>next update in %1 (sharing the request budget)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="165" />
        <location filename="../../core/model/scanlistmodel.cpp" line="167" />
        <source>next in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="167" />
        <source>next update in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="230" />
        <source>Regression: the grade fell from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../core/model/scanlistmodel.cpp" line="243" />
        <source>%1 · every %n day(s)</source>
        <translation>
            <numerusform>%1 · every day</numerusform>
            <numerusform>%1 · every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="284" />
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="286" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="288" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="290" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="292" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="294" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../core/model/scanlistmodel.cpp" line="296" />
        <source>Next update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core::ScanStore</name>
    <message>
        <location filename="../../core/store/scanstore.cpp" line="149" />
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
    <name>ui::DetailPane</name>
    <message>
        <location filename="../../ui/detailpane.cpp" line="36" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="42" />
        <source>Rescan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="46" />
        <source>No scan selected.

Type a site address above and press Enter to start a scan; select a row to see its progress, events and grade here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="61" />
        <source>Scan progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="81" />
        <source>Event log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="98" />
        <source>Start a new scan of this site and type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="103" />
        <source>Don't rescan by itself</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="104" />
        <source>Rescan every %n day(s)</source>
        <translation>
            <numerusform>Rescan every day</numerusform>
            <numerusform>Rescan every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="124" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="202" />
        <source>The first scan of this site and type.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="204" />
        <source>%n scan(s) of this site and type.</source>
        <translation>
            <numerusform>%n scan of this site and type.</numerusform>
            <numerusform>%n scans of this site and type.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="212" />
        <source>▼ Regression: the grade fell from %1 to %2 since the scan of %3 (score %4 → %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="219" />
        <source>▲ %1 points since the scan of %2 (%3 %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="224" />
        <source>▼ %1 points since the scan of %2 (%3 %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="229" />
        <source>Same score as the scan of %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/detailpane.cpp" line="233" />
        <source>Watched: every %n day(s)</source>
        <translation>
            <numerusform>Watched: every day</numerusform>
            <numerusform>Watched: every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="234" />
        <source>Watch this site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="246" />
        <source>%1 scan · %2 · started %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="252" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="22" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="24" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="26" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="28" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="42" />
        <source>Find a site or scan id (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="44" />
        <source>Find scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="59" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="62" />
        <source>Scan type filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/filterbar.cpp" line="84" />
        <source>%1 %2</source>
        <extracomment>A filter button: the status group and how many scans are in it.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::GradePanel</name>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="20" />
        <source>Open report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="28" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="69" />
        <source>The scan failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="70" />
        <source>the server gave no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="72" />
        <source>Ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="80" />
        <source>Score %1 / 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="81" />
        <source>Completed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="83" />
        <source>Partial result: some checks could not run. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="87" />
        <source>%1 checks: %2 passed, %3 failed, %4 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="92" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="92" />
        <source>warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="95" />
        <source>%1 critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="97" />
        <source>%1 high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="99" />
        <source>%1 medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/gradepanel.cpp" line="101" />
        <source>%1 low</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="64" />
        <location filename="../../ui/mainwindow.cpp" line="67" />
        <source>ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="90" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="136" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="137" />
        <source>Set API &amp;key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="139" />
        <source>&amp;Sync scans from AppVet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="140" />
        <source>Add the organisation's scans that are not here yet, including ones started elsewhere, and watch the unfinished ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="143" />
        <source>Asking AppVet for the organisation's scans…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="149" />
        <source>%n scan(s) added from AppVet.</source>
        <translation>
            <numerusform>%n scan added from AppVet.</numerusform>
            <numerusform>%n scans added from AppVet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="150" />
        <source>Could not list the organisation's scans: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="161" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="162" />
        <source>New scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="168" />
        <source>&amp;Find scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="175" />
        <source>Update interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="178" />
        <source>Every %1 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="188" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="189" />
        <source>&amp;About ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="190" />
        <source>About ScanDash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="191" />
        <source>ScanDash %1
A desktop dashboard for AppVet web scans.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="213" />
        <source>The server asked to slow down: polling resumes in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="219" />
        <source>Rescanning %1: it is watched and its last scan is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="279" />
        <source>&amp;Scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="290" />
        <source>&amp;Open report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="292" />
        <source>&amp;Check now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="294" />
        <source>&amp;Rescan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="296" />
        <source>S&amp;top watching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="299" />
        <source>Copy &amp;address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="303" />
        <source>Copy scan &amp;id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="307" />
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="313" />
        <source>&amp;Undo remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="346" />
        <source>The scan of %1 is still running. Remove it from the list and stop watching it? It goes on at AppVet; Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="356" />
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="429" />
        <source>The scan history could not be used (%1). It was not changed: it was renamed to %2 and a new, empty history was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="433" />
        <source>History file set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441" />
        <source>History not saved: the file is locked by another program (%1); scans are kept in memory for this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="446" />
        <source>History not saved: the data folder cannot be written (%1); scans are kept in memory for this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="453" />
        <source>History brought up to date (it was version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="464" />
        <source>History not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="467" />
        <source>History saved again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="473" />
        <source>Demo: built-in simulator at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="474" />
        <source>Live: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="475" />
        <source>ScanDash — demo mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="475" />
        <source>ScanDash — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="477" />
        <source>Demo mode: scans run against ScanDash's built-in AppVet simulator on this computer, with a demo key. No account is needed and nothing is sent over the network. Start with --api-url and a real key to scan for real.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="485" />
        <source>No API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="485" />
        <source>Key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="492" />
        <source>Enter your AppVet API key (avk_live_…). Polling is paused until a key is accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="500" />
        <source>AppVet API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="539" />
        <source>No browser could be started to open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="543" />
        <source>Opened %1 in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="548" />
        <source>Plan %1 · %2 of %3 scans left this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="556" />
        <source>Requests left: %1 of %2 per minute</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ui::NewScanBar</name>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="18" />
        <source>Start scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="21" />
        <source>Site to scan, e.g. https://example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="23" />
        <source>Site address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/newscanbar.cpp" line="27" />
        <source>Scan type</source>
        <translation type="unfinished" />
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
        <location filename="../../ui/trendchart.cpp" line="86" />
        <source>%1 · @yPoint</source>
        <extracomment>A point of the score trend: the grade and the score (@yPoint).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
</TS>