#pragma once

#include <QStyledItemDelegate>

namespace ui {

/// Paints the Progress column as a progress bar (no widget per row) and the
/// Grade column in its grade's colour.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The words painted on a Progress cell's bar: "queued", "failed" or "40%".
    static QString barText(const QModelIndex &index);
};

} // namespace ui
