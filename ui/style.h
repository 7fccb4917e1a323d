#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace ui {

/// A label for text that may come from the server: plain text only, selectable.
QLabel *plainLabel(QWidget *parent);

/// The colour a grade is shown in: greens for A, through amber, to red for F.
QColor gradeColor(const QString &grade);

} // namespace ui
