#include "style.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace ui {
namespace {

struct TonePair
{
    QRgb light;
    QRgb dark;
};

TonePair pairOf(Tone tone)
{
    switch (tone) {
    case Tone::Excellent:
        return { 0x16702f, 0x5fd17f };
    case Tone::Good:
        return { 0x3f7a0f, 0xa4d65e };
    case Tone::Fair:
        return { 0x8a5300, 0xf0b45a };
    case Tone::Poor:
        return { 0xb04a00, 0xff9d5c };
    case Tone::Bad:
        return { 0xb3261e, 0xff8a80 };
    case Tone::Muted:
        break;
    }
    return { 0x5f5f5f, 0xb0b0b0 };
}

double luminance(const QColor &color)
{
    auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

} // namespace

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const TonePair pair = pairOf(tone);
    return QColor(isDark(palette) ? pair.dark : pair.light);
}

QColor gradeColor(const QString &grade, const QPalette &palette)
{
    const QString letter = grade.left(1);
    if (letter == QLatin1String("A"))
        return toneColor(Tone::Excellent, palette);
    if (letter == QLatin1String("B"))
        return toneColor(Tone::Good, palette);
    if (letter == QLatin1String("C"))
        return toneColor(Tone::Fair, palette);
    if (letter == QLatin1String("D"))
        return toneColor(Tone::Poor, palette);
    if (letter == QLatin1String("F"))
        return toneColor(Tone::Bad, palette);
    return toneColor(Tone::Muted, palette);
}

void setTone(QLabel *label, Tone tone)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, toneColor(tone, QApplication::palette()));
    label->setPalette(palette);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xbf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::ToolTipText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xbf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x34, 0x20));
    palette.setColor(QPalette::ToolTipText, QColor(0xf0, 0xe6, 0xc8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

Theme themeFromName(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Theme::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    return Theme::System;
}

void applyTheme(Theme theme)
{
    if (theme == Theme::System)
        return; // the desktop's style and palette, as Qt found them
    // Fusion draws every role from the palette, so the theme works on any desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

} // namespace ui
