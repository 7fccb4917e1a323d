#include "style.h"

#include <QLabel>

namespace ui {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QColor gradeColor(const QString &grade)
{
    if (grade == QLatin1String("A+") || grade == QLatin1String("A"))
        return QColor(0x1a, 0x7f, 0x37);
    if (grade == QLatin1String("B"))
        return QColor(0x4d, 0x8f, 0x1f);
    if (grade == QLatin1String("C"))
        return QColor(0xb0, 0x80, 0x00);
    if (grade == QLatin1String("D"))
        return QColor(0xd3, 0x54, 0x00);
    if (grade == QLatin1String("F"))
        return QColor(0xc0, 0x25, 0x1b);
    return QColor(0x60, 0x60, 0x60);
}

} // namespace ui
