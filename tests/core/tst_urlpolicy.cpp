// Which addresses are scanned, and which report links are ever opened.
#include "api/urlpolicy.h"

#include <QTest>

using namespace core;

class UrlPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void scanTargets_data();
    void scanTargets();
    void refusalsGiveTheRightReason();
    void reportLinks_data();
    void reportLinks();
    void apiBase_data();
    void apiBase();
};

void UrlPolicyTest::scanTargets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https") << "https://example.com"
                           << "https://example.com";
    QTest::newRow("http with path") << "http://example.com/shop?a=1"
                                    << "http://example.com/shop?a=1";
    QTest::newRow("bare host gets https") << "example.com"
                                          << "https://example.com";
    QTest::newRow("host and port") << "staging.example.com:8443"
                                   << "https://staging.example.com:8443";
    QTest::newRow("host, port and path") << "staging.example.com:8443/shop"
                                         << "https://staging.example.com:8443/shop";
    QTest::newRow("localhost and port") << "localhost:8080"
                                        << "https://localhost:8080";
    QTest::newRow("mailto") << "mailto:someone@example.com"
                            << "";
    QTest::newRow("spaces trimmed") << "  https://example.com  "
                                    << "https://example.com";
    QTest::newRow("ftp") << "ftp://example.com"
                         << "";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "";
    QTest::newRow("no host") << "https://"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("inner space") << "https://exa mple.com"
                                 << "";
    QTest::newRow("newline") << "https://example.com\nHost: evil"
                             << "";
}

void UrlPolicyTest::scanTargets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const CheckedUrl checked = checkScanTarget(input);
    QCOMPARE(checked.ok(), !expected.isEmpty());
    if (checked.ok())
        QCOMPARE(checked.url.toString(), expected);
    else
        QVERIFY(!checked.refusal.isEmpty());
}

void UrlPolicyTest::refusalsGiveTheRightReason()
{
    // A port that is not a number is a bad address, not an unknown scheme.
    const QString badPort = checkScanTarget(QStringLiteral("staging.example.com:84x3")).refusal;
    QVERIFY2(!badPort.contains(QStringLiteral("http://")), qPrintable(badPort));
    QVERIFY(checkScanTarget(QStringLiteral("ftp://example.com"))
                .refusal.contains(QStringLiteral("https://")));
}

void UrlPolicyTest::reportLinks_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected"); // empty: refused

    const QString base = QStringLiteral("https://appvet.dev");
    QTest::newRow("documented relative") << base << "/report/scan_abc123"
                                         << "https://appvet.dev/report/scan_abc123";
    QTest::newRow("absolute same origin") << base << "https://appvet.dev/report/scan_a"
                                          << "https://appvet.dev/report/scan_a";
    QTest::newRow("explicit default port") << base << "https://appvet.dev:443/report/x"
                                           << "https://appvet.dev:443/report/x";
    QTest::newRow("host case") << base << "https://APPVET.dev/report/x"
                               << "https://appvet.dev/report/x";
    QTest::newRow("loopback simulator") << "http://127.0.0.1:8080"
                                        << "/report/scan_a"
                                        << "http://127.0.0.1:8080/report/scan_a";
    QTest::newRow("javascript") << base << "javascript:alert(document.cookie)"
                                << "";
    QTest::newRow("file") << base << "file:///etc/passwd"
                          << "";
    QTest::newRow("data") << base << "data:text/html,<script>alert(1)</script>"
                          << "";
    QTest::newRow("protocol relative") << base << "//other.host/report"
                                       << "";
    QTest::newRow("user info to evil") << base << "https://api@evil/"
                                       << "";
    QTest::newRow("appvet as user info") << base << "https://appvet.dev@evil.example/report"
                                         << "";
    QTest::newRow("user info same host") << base << "https://user:pw@appvet.dev/report"
                                         << "";
    QTest::newRow("other host") << base << "https://evil.example/report/scan_a"
                                << "";
    QTest::newRow("look-alike host") << base << "https://appvet.dev.evil.example/report"
                                     << "";
    QTest::newRow("downgrade to http") << base << "http://appvet.dev/report/x"
                                       << "";
    QTest::newRow("other port") << base << "https://appvet.dev:8443/report/x"
                                << "";
    QTest::newRow("backslash trick") << base << "/\\evil.example/report"
                                     << "";
    QTest::newRow("embedded newline") << base << "/report/x\nhttps://evil"
                                      << "";
    QTest::newRow("empty") << base << ""
                           << "";
    QTest::newRow("ftp") << base << "ftp://appvet.dev/report"
                         << "";
}

void UrlPolicyTest::reportLinks()
{
    QFETCH(QString, base);
    QFETCH(QString, link);
    QFETCH(QString, expected);
    const CheckedUrl checked = resolveReportUrl(QUrl(base), link);
    QVERIFY2(checked.ok() == !expected.isEmpty(),
             qPrintable(checked.refusal + " " + checked.url.toString()));
    if (checked.ok())
        QCOMPARE(checked.url, QUrl(expected));
    else
        QVERIFY(!checked.refusal.isEmpty());
}

void UrlPolicyTest::apiBase_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("default") << "https://appvet.dev" << true;
    QTest::newRow("loopback") << "http://127.0.0.1:8080" << true;
    QTest::newRow("loopback by name") << "http://localhost:8080" << true;
    QTest::newRow("loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("other loopback address") << "http://127.0.0.2:8080" << true;
    QTest::newRow("plain http to a host: key in clear text") << "http://some-host" << false;
    QTest::newRow("plain http to an address") << "http://10.0.0.5:8080" << false;
    QTest::newRow("plain http to a host named like loopback")
        << "http://127.0.0.1.evil.example" << false;
    QTest::newRow("https to any host") << "https://some-host:8443" << true;
    QTest::newRow("ftp") << "ftp://appvet.dev" << false;
    QTest::newRow("user info") << "https://me:pw@appvet.dev" << false;
    QTest::newRow("no scheme") << "appvet.dev" << false;
    QTest::newRow("query") << "https://appvet.dev/?x=1" << false;
}

void UrlPolicyTest::apiBase()
{
    QFETCH(QString, input);
    QFETCH(bool, allowed);
    QCOMPARE(checkApiBase(input).ok(), allowed);
}

QTEST_GUILESS_MAIN(UrlPolicyTest)
#include "tst_urlpolicy.moc"
