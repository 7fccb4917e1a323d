#pragma once

#include <QPointer>
#include <QRegion>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ui {

/// Paints the Progress column as a progress bar (no widget per row), the
/// Grade column in its grade's colour, and a site too long for its cell
/// without its "https://".
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QAbstractItemView *view);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The words painted on a Progress cell's bar: "queued", "failed" or "40%".
    static QString barText(const QModelIndex &index);
    /// The address as the Site column shows it in `room` pixels: whole if it
    /// fits, else without "https://", so that the host, which tells the
    /// sites apart, is what stays (the tooltip has the whole address).
    static QString siteText(const QString &address, const QFontMetrics &metrics, int room);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_viewport;
    QRegion m_repainting; // what the view's paint in progress repaints
};

} // namespace ui
