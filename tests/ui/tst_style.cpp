// Colours and glyphs: every meaningful colour keeps WCAG AA contrast in the
// light and the dark palette, and every marker the app draws is in the font.
#include "style.h"
#include "text/displaytext.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>
#include <QTest>

class StyleTest : public QObject
{
    Q_OBJECT

private slots:
    void tonesAndGradesKeepAaContrastInBothPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void tonesAndGradesKeepAaContrastInBothPalettes()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? ui::darkPalette() : ui::lightPalette();
        QCOMPARE(ui::isDark(palette), dark);
        auto check
            = [&palette](const QColor &text, QPalette::ColorRole background, const char *what) {
                  const double ratio = ui::contrastRatio(text, palette.color(background));
                  QVERIFY2(ratio >= 4.5,
                           qPrintable(QStringLiteral("%1 %2 on %3: %4:1")
                                          .arg(QLatin1String(what), text.name(),
                                               palette.color(background).name())
                                          .arg(ratio, 0, 'f', 2)));
              };
        for (const auto background :
             { QPalette::Base, QPalette::Window, QPalette::AlternateBase }) {
            for (const char *grade : { "A+", "A", "B", "C", "D", "F", "?" })
                check(ui::gradeColor(QString::fromLatin1(grade), palette), background, grade);
            for (auto tone : { ui::Tone::Excellent, ui::Tone::Good, ui::Tone::Fair, ui::Tone::Poor,
                               ui::Tone::Bad, ui::Tone::Muted })
                check(ui::toneColor(tone, palette), background, "tone");
            check(palette.color(QPalette::Text), background, "text");
            check(palette.color(QPalette::PlaceholderText), background, "placeholder");
        }
        check(palette.color(QPalette::HighlightedText), QPalette::Highlight, "selected text");
        check(palette.color(QPalette::ToolTipText), QPalette::ToolTipBase, "banner");
        // A failed scan's bar: its word on the red.
        QVERIFY(
            ui::contrastRatio(palette.color(QPalette::HighlightedText), QColor(0xb3, 0x26, 0x1e))
            >= 4.5);
    }

    void everyMarkerTheAppDrawsIsInItsFont()
    {
        // The markers the lists, the pane and displayText() draw.
        const QString markers
            = core::displayText(QStringLiteral("a\nb\tc\u202Ed")) + QStringLiteral("▲▼·—…↵→✓⚠");
        const QFontMetrics metrics(QApplication::font());
        for (const QChar c : markers) {
            if (c.unicode() < 0x80)
                continue;
            QVERIFY2(metrics.inFontUcs4(c.unicode()),
                     qPrintable(QStringLiteral("U+%1 is not in %2")
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                    .arg(QApplication::font().family())));
        }
    }

    void theDarkThemeIsFusionWithTheDarkPalette()
    {
        ui::applyTheme(ui::Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(ui::isDark(QApplication::palette()));
        ui::applyTheme(ui::Theme::Light);
        QVERIFY(!ui::isDark(QApplication::palette()));
    }
};

QTEST_MAIN(StyleTest)
#include "tst_style.moc"
