#pragma once
// The scan list at the window's first size on a 1240×800 screen (1224 px
// wide: MainWindow::fitToScreen leaves the borders room), shown: the texts each
// column usually holds that its width cuts off, and whether every column is
// in view without scrolling sideways (tst_mainwindow in English, tst_german
// in German).
#include "filterbar.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "progressdelegate.h"
#include "teststack.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QUrl>

/// `wholeAddresses`: the demo's sites are shown whole ("https://…"), not
/// only their hosts.
inline QStringList listTextsCutOffAtFirstSize(bool wholeAddresses)
{
    using List = core::ScanListModel;
    TestStack stack(600, 10.0);
    List scans(*stack.repository);
    core::EventLogModel events(*stack.repository);
    ui::MainWindow window(*stack.controller, *stack.repository, scans, events);
    window.resize(1224, 760);
    QTreeView *list = window.scanView();
    // As with a history longer than the list: the scroll bar takes its room.
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return { QStringLiteral("the window was not shown") };
    QHeaderView *header = list->header();
    const QFontMetrics metrics = list->fontMetrics();
    // The cell's text margins, as the style leaves them.
    const int margins
        = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    QStringList cut;
    auto check = [&](int column, const QString &text, int needs) {
        const int width = header->sectionSize(column);
        if (needs > width)
            cut.append(QStringLiteral("%1 (%2 px in %3)").arg(text).arg(needs).arg(width));
    };
    // The demo's sites: the analyst tells them apart by their host.
    for (const char *site : { "https://shop.example.com", "https://www.example.net",
                              "https://docs.example.io", "https://status.example.com",
                              "https://blog.example.org", "https://legacy.example.com" }) {
        const QString address = QString::fromLatin1(site);
        const QString shown = ui::ProgressDelegate::siteText(
            address, metrics, header->sectionSize(List::SiteColumn) - margins);
        const QString host = QUrl(address).host();
        if (!shown.contains(host) || (wholeAddresses && shown != address))
            cut.append(QStringLiteral("%1 shown as %2").arg(address, shown));
        check(List::SiteColumn, shown, metrics.horizontalAdvance(shown) + margins);
    }
    for (const char *type : { "Security", "Performance", "Accessibility", "SEO" })
        check(List::TypeColumn, List::tr(type),
              metrics.horizontalAdvance(List::tr(type)) + margins);
    check(List::StatusColumn, List::tr("completed"),
          metrics.horizontalAdvance(List::tr("completed")) + margins);
    check(List::StatusColumn, List::tr("failed"),
          metrics.horizontalAdvance(List::tr("failed")) + margins);
    // Each column's title; the sorted column's beside its arrow.
    const int titleMargins
        = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < List::ColumnCount; ++column) {
        const QString title = list->model()->headerData(column, Qt::Horizontal).toString();
        int needs = header->fontMetrics().horizontalAdvance(title) + titleMargins;
        if (column == header->sortIndicatorSection())
            needs = header->sectionSizeHint(column);
        check(column, title, needs);
    }
    // The search field above the list says what it finds, whole.
    if (auto *bar = window.findChild<ui::FilterBar *>()) {
        QLineEdit *search = bar->searchEdit();
        const int room = search->contentsRect().width() - 2 * search->textMargins().left() - 8;
        const int needs = search->fontMetrics().horizontalAdvance(search->placeholderText());
        if (needs > room)
            cut.append(QStringLiteral("%1 (%2 px in %3)")
                           .arg(search->placeholderText())
                           .arg(needs)
                           .arg(room));
    }
    // No column is scrolled out of view.
    if (list->horizontalScrollBar()->maximum() > 0)
        cut.append(QStringLiteral("the list scrolls sideways by %1 px")
                       .arg(list->horizontalScrollBar()->maximum()));
    return cut;
}
