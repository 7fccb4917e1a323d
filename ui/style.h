#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace ui {

/// A label for text that may come from the server: plain text only, selectable.
QLabel *plainLabel(QWidget *parent);

/// Colours with a meaning. Each has a light and a dark variant, chosen so that
/// text in it keeps WCAG AA contrast (4.5:1) on the palette's Base and Window.
enum class Tone {
    Excellent, // grade A
    Good, // grade B
    Fair, // grade C, warnings
    Poor, // grade D
    Bad, // grade F, errors, failed
    Muted, // secondary text, unknown grades
};

/// True when the palette is a dark one (light text on a dark background).
bool isDark(const QPalette &palette);
QColor toneColor(Tone tone, const QPalette &palette);
/// The colour a grade is shown in: greens for A, through amber, to red for F.
QColor gradeColor(const QString &grade, const QPalette &palette);
/// Gives `label` the tone's colour in its palette (plain text stays plain).
void setTone(QLabel *label, Tone tone);

/// WCAG 2 contrast ratio between two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

enum class Theme { System, Light, Dark };
/// Fusion with a light or dark palette, or the desktop's own style and palette.
void applyTheme(Theme theme);
QPalette lightPalette();
QPalette darkPalette();
Theme themeFromName(const QString &name); // "system", "light", "dark"

} // namespace ui
