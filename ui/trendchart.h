#pragma once

#include <QtCharts/QChartView>

namespace core {
struct Scan;
}

namespace ui {

/// "How is this site doing?": the scores of the scans of one site and type,
/// oldest to newest, each point labelled with its grade and score, the day
/// of each scan under it; the scan being looked at has the larger point.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    /// Shows the graded scans of `history` (oldest first); `currentId` is marked.
    void showHistory(const QList<const core::Scan *> &history, const QString &currentId);
    /// The points drawn, oldest first: score and grade.
    QList<QPair<int, QString>> points() const { return m_points; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QList<QPair<int, QString>> m_points;
};

} // namespace ui
