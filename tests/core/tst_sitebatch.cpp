// Several sites at once: what starts, what is refused and why, what repeats.
#include "domain/scan.h"
#include "domain/sitebatch.h"

#include <QTest>

using core::parseSiteBatch;

class SiteBatchTest : public QObject
{
    Q_OBJECT

private slots:
    void linesSpacesAndCommasMixWithInvalidAndRepeatedSites()
    {
        const auto batch = parseSiteBatch(QStringLiteral("example.com\n"
                                                         "https://a.example, http://b.example\n"
                                                         "  ftp://files.example ;c.example\t\n"
                                                         "https://EXAMPLE.com/\n"
                                                         "# a comment line\n"
                                                         "a.example javascript:alert(1)\n"),
                                          QStringLiteral("security"));
        QCOMPARE(batch.toStart.size(), 4);
        QCOMPARE(batch.toStart.at(0), QUrl(QStringLiteral("https://example.com")));
        QCOMPARE(batch.toStart.at(1), QUrl(QStringLiteral("https://a.example")));
        QCOMPARE(batch.toStart.at(2), QUrl(QStringLiteral("http://b.example")));
        QCOMPARE(batch.toStart.at(3), QUrl(QStringLiteral("https://c.example")));
        QCOMPARE(batch.invalid.size(), 2);
        QCOMPARE(batch.invalid.at(0).input, QStringLiteral("ftp://files.example"));
        QVERIFY(batch.invalid.at(0).reason.contains(QStringLiteral("http")));
        QCOMPARE(batch.invalid.at(1).input, QStringLiteral("javascript:alert(1)"));
        QCOMPARE(
            batch.duplicates,
            QStringList({ QStringLiteral("https://EXAMPLE.com/"), QStringLiteral("a.example") }));
    }

    void aCsvFileWithAHeaderAndQuotedCells()
    {
        const auto batch = parseSiteBatch(
            QStringLiteral("url\r\n\"https://one.example\"\r\n\"two.example\"\r\n"),
            QStringLiteral("seo"));
        QCOMPARE(batch.toStart.size(), 2);
        QVERIFY(batch.invalid.isEmpty());
        QCOMPARE(batch.toStart.at(1), QUrl(QStringLiteral("https://two.example")));
    }

    void aSiteAlreadyRunningIsARepeatForItsTypeOnly()
    {
        const QSet<QString> running { core::siteKey(QStringLiteral("https://a.example"),
                                                    QStringLiteral("security")) };
        const auto security = parseSiteBatch(QStringLiteral("a.example b.example"),
                                             QStringLiteral("security"), running);
        QCOMPARE(security.duplicates, QStringList { QStringLiteral("a.example") });
        QCOMPARE(security.toStart.size(), 1);
        const auto seo
            = parseSiteBatch(QStringLiteral("a.example b.example"), QStringLiteral("seo"), running);
        QCOMPARE(seo.toStart.size(), 2);
    }

    void aThousandLines()
    {
        QString text;
        for (int i = 0; i < 1000; ++i)
            text += QStringLiteral("site%1.example\n").arg(i % 800);
        text += QStringLiteral("not an address\n");
        const auto batch = parseSiteBatch(text, QStringLiteral("security"));
        QCOMPARE(batch.toStart.size(), 800);
        QCOMPARE(batch.duplicates.size(), 200);
        // Words of a sentence are not sites.
        QCOMPARE(batch.invalid.size(), 3);
        QVERIFY(batch.invalid.at(0).reason.contains(QStringLiteral("no domain")));
    }
};

QTEST_GUILESS_MAIN(SiteBatchTest)
#include "tst_sitebatch.moc"
