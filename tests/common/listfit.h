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
#include "paintedtext.h"
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
    // The demo's sites, each scanned once.
    const QStringList sites { "https://shop.example.com", "https://www.example.net",
                              "https://docs.example.io",  "https://status.example.com",
                              "https://blog.example.org", "https://legacy.example.com" };
    for (int i = 0; i < sites.size(); ++i) {
        core::ScanStatus status;
        status.id = QStringLiteral("scan_fit%1").arg(i);
        status.url = sites.at(i);
        status.type = QStringLiteral("security");
        status.state = core::ScanState::Completed;
        status.progress = 100;
        status.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600 * (i + 1));
        status.completedAt = status.createdAt.addSecs(40);
        status.result = core::ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/x") };
        stack.repository->add(status);
    }
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
    // The demo's sites as the list paints them: the analyst tells them
    // apart by their host.
    const QStringList painted = paintedTexts(list->viewport());
    for (const QString &address : sites) {
        const QString host = QUrl(address).host();
        const QString shown = ui::ProgressDelegate::siteText(
            address, metrics, header->sectionSize(List::SiteColumn) - margins);
        if (!painted.contains(wholeAddresses ? address : shown) || !shown.contains(host)
            || (wholeAddresses && shown != address))
            cut.append(QStringLiteral("%1 painted as one of: %2")
                           .arg(address,
                                painted.filter(host.section(QLatin1Char('.'), 0, 0))
                                    .join(QStringLiteral(", "))));
        check(List::SiteColumn, shown, metrics.horizontalAdvance(shown) + margins);
    }
    for (const char *type : { "Security", "Performance", "Accessibility", "SEO" })
        check(List::TypeColumn, List::tr(type),
              metrics.horizontalAdvance(List::tr(type)) + margins);
    check(List::StatusColumn, List::tr("completed"),
          metrics.horizontalAdvance(List::tr("completed")) + margins);
    check(List::StatusColumn, List::tr("failed"),
          metrics.horizontalAdvance(List::tr("failed")) + margins);
    // The words on a Progress cell's bar, inside it: the bar is 3 px in from
    // the cell each side, within its 1 px frame.
    for (const char *words : { "scanning", "queued", "failed" })
        check(List::ProgressColumn, List::tr(words),
              metrics.horizontalAdvance(List::tr(words)) + 2 * (3 + 1));
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
