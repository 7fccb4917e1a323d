#pragma once

#include <QByteArray>
#include <QString>

namespace ui {

/// Lays out `html` (one of the exporters' pages) on A4 pages as PDF, with
/// Qt's own text engine: no external tool. Needs a QGuiApplication (the
/// offscreen platform is enough).
bool renderPdf(const QString &html, QByteArray *pdf, QString *error);

} // namespace ui
