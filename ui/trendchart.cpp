#include "trendchart.h"

#include "domain/scan.h"
#include "text/displaytext.h"

#include <QEvent>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

namespace ui {

TrendChart::TrendChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->setBackgroundRoundness(0);
    setMinimumHeight(150);
    setAccessibleName(tr("Score trend"));
    applyPalette();
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void TrendChart::applyPalette()
{
    // Follow the desktop's palette, light or dark: no colour of our own.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(pal.base());
    chart()->setBackgroundPen(Qt::NoPen);
    for (auto *axis : chart()->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    // The theme gives each series a colour of its own; the points are one
    // line to the eye, so they all take the line's.
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty())
        return;
    const QColor color = static_cast<QXYSeries *>(series.first())->color();
    for (auto *item : series) {
        if (auto *points = qobject_cast<QScatterSeries *>(item)) {
            points->setColor(color);
            points->setBorderColor(color);
            points->setPointLabelsColor(pal.color(QPalette::Text));
        }
    }
}

void TrendChart::showHistory(const QList<const core::Scan *> &history, const QString &currentId)
{
    chart()->removeAllSeries(); // deletes them
    for (auto *axis : chart()->axes()) {
        chart()->removeAxis(axis); // hands it back to us
        delete axis;
    }
    m_points.clear();

    auto *axisX = new QBarCategoryAxis;
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 112);
    axisY->setVisible(false);
    chart()->addAxis(axisX, Qt::AlignBottom);
    chart()->addAxis(axisY, Qt::AlignLeft);

    auto *line = new QLineSeries;
    chart()->addSeries(line);
    line->attachAxis(axisX);
    line->attachAxis(axisY);
    QStringList categories;
    const QLocale locale;
    for (const core::Scan *scan : history) {
        if (!scan->result)
            continue;
        const int x = static_cast<int>(m_points.size());
        const QString grade = core::displayText(scan->result->grade, 4);
        //: The day of a point of the score trend, as a QDate format: short, six
        //: of them share the pane's width (German: "d.M.").
        QString day = locale.toString(scan->createdAt.toLocalTime().date(), tr("d MMM"));
        // Two scans on one day need categories of their own.
        while (categories.contains(day))
            day += QChar(0x200b);
        categories.append(day);
        line->append(x, scan->result->score);
        // One point per series, so that each carries its own grade as a label.
        auto *point = new QScatterSeries;
        point->setMarkerSize(scan->id == currentId ? 13 : 8);
        point->append(x, scan->result->score);
        point->setPointLabelsVisible(true);
        //: A point of the score trend: the grade and the score (@yPoint).
        point->setPointLabelsFormat(tr("%1 · @yPoint").arg(grade));
        point->setPointLabelsClipping(false);
        chart()->addSeries(point);
        point->attachAxis(axisX);
        point->attachAxis(axisY);
        m_points.append({ scan->result->score, grade });
    }
    axisX->append(categories);
    applyPalette();
}

} // namespace ui
