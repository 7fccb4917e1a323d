#include "progressdelegate.h"

#include "domain/scan.h"
#include "model/scanlistmodel.h"
#include "style.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace ui {

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for a progress bar that reads as one.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

QString ProgressDelegate::barText(const QModelIndex &index)
{
    using Model = core::ScanListModel;
    switch (static_cast<core::ScanState>(index.data(Model::StateRole).toInt())) {
    case core::ScanState::Failed:
        return core::ScanListModel::tr("failed");
    case core::ScanState::Queued:
        return core::ScanListModel::tr("queued");
    case core::ScanState::Scanning:
        // Out of the queue, its progress not told yet: not a bar stuck at 0 %.
        if (index.data(Model::ProgressRole).toInt() <= 0)
            return core::ScanListModel::tr("scanning");
        [[fallthrough]];
    default:
        return QStringLiteral("%1%").arg(index.data(Model::ProgressRole).toInt());
    }
}

QString ProgressDelegate::siteText(const QString &address, const QFontMetrics &metrics, int room)
{
    static const QString secure = QStringLiteral("https://");
    if (metrics.horizontalAdvance(address) <= room || !address.startsWith(secure))
        return address;
    return address.mid(secure.size());
}

void ProgressDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != core::ScanListModel::SiteColumn || option->rect.width() <= 0)
        return;
    // The room the style leaves the text: a margin each side.
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, option, option->widget) + 1;
    option->text = siteText(option->text, option->fontMetrics, option->rect.width() - 2 * margin);
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    using Model = core::ScanListModel;
    if (index.column() == Model::GradeColumn) {
        QStyleOptionViewItem colored = option;
        initStyleOption(&colored, index);
        const QString grade = index.data(Model::GradeRole).toString();
        if (!grade.isEmpty()) {
            colored.palette.setColor(QPalette::Text, gradeColor(grade, option.palette));
            colored.font.setBold(true);
        }
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &colored, painter,
                                           option.widget);
        return;
    }
    if (index.column() != Model::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The row's background and selection first, then the bar on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                       option.widget);

    const auto state = static_cast<core::ScanState>(index.data(Model::StateRole).toInt());
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(Model::ProgressRole).toInt();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.text = barText(index);
    if (state == core::ScanState::Failed)
        bar.palette.setColor(QPalette::Highlight, QColor(0xb3, 0x26, 0x1e)); // white text: 6.5:1
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace ui
