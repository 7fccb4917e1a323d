#include "progressdelegate.h"

#include "domain/scan.h"
#include "model/scanlistmodel.h"
#include "style.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleOptionProgressBar>
#include <QtMath>

namespace ui {

ProgressDelegate::ProgressDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

bool ProgressDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport) // an editor's events
        return QStyledItemDelegate::eventFilter(watched, event);
    if (event->type() == QEvent::Paint)
        m_repainting = static_cast<QPaintEvent *>(event)->region();
    return false;
}

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
    // A tree view paints every column of a row it repaints, clipped: a new
    // value in one cell would lay out the words of the six others, 5 ms for
    // a column of 20 bars. A cell outside what is repainted would not show.
    if (m_viewport && painter->device() == m_viewport && !m_repainting.intersects(option.rect))
        return;
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
    bar.direction = option.direction;
    bar.text = barText(index);
    if (state == core::ScanState::Failed)
        bar.palette.setColor(QPalette::Highlight, QColor(0xb3, 0x26, 0x1e)); // white text: 6.5:1
    if (bar.rect.isEmpty())
        return; // a column too narrow for a bar

    // A styled bar takes about a quarter of a millisecond to paint (gradients,
    // rounded corners); a column of 20 repainted as answers arrive held the
    // window for 5 ms. Each different bar is painted once, without its words,
    // and then copied: it is the same for the same size, value, state,
    // direction, style and colours (not the palette's cacheKey: each row's
    // copy has its own). The words are painted on it each time, as text.
    const qreal ratio = painter->device()->devicePixelRatio();
    QStyle *style = QApplication::style();
    QString key = QStringLiteral("scandash-bar %1x%2@%3 %4 %5 %6 %7")
                      .arg(bar.rect.width())
                      .arg(bar.rect.height())
                      .arg(ratio)
                      .arg(bar.progress)
                      .arg(int(bar.state))
                      .arg(int(option.direction))
                      .arg(style->name());
    for (int role = 0; role < QPalette::NColorRoles; ++role)
        key += QLatin1Char(' ')
            + QString::number(bar.palette.color(static_cast<QPalette::ColorRole>(role)).rgba(), 16);
    QPixmap painted;
    if (!QPixmapCache::find(key, &painted)) {
        painted = QPixmap(qCeil(bar.rect.width() * ratio), qCeil(bar.rect.height() * ratio));
        painted.setDevicePixelRatio(ratio);
        painted.fill(Qt::transparent);
        QPainter onPixmap(&painted);
        QStyleOptionProgressBar atOrigin = bar;
        atOrigin.rect.moveTo(0, 0);
        atOrigin.text.clear(); // its room kept: textVisible stays
        style->drawControl(QStyle::CE_ProgressBar, &atOrigin, &onPixmap, option.widget);
        onPixmap.end();
        QPixmapCache::insert(key, painted);
    }
    painter->drawPixmap(bar.rect.topLeft(), painted);
    style->drawControl(QStyle::CE_ProgressBarLabel, &bar, painter, option.widget);
}

} // namespace ui
