#pragma once

#include <QColor>
#include <QString>

namespace ui {

/// The colour a grade is shown in: greens for A, through amber, to red for F.
QColor gradeColor(const QString &grade);

} // namespace ui
