#pragma once
// The "Next update" column's usual texts, as the list shows them, that its
// default width cuts off (tst_mainwindow in English, tst_german in German).
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "teststack.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTreeView>

inline QStringList nextUpdateTextsCutOff(ui::MainWindow &window)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::Scan scanning;
    scanning.state = core::ScanState::Scanning;
    scanning.watch = core::WatchState::Watching;
    QStringList texts;
    auto shown = [&](qint64 endIn, qint64 pollIn, core::WaitReason reason) {
        core::WatchInfo watching;
        if (endIn > 0)
            watching.expectedEndAt = now.addSecs(endIn);
        watching.nextPollAt = now.addSecs(pollIn);
        watching.waitReason = reason;
        texts.append(core::ScanListModel::timeText(scanning, watching, now, false));
    };
    shown(40, 20, core::WaitReason::Interval); // under a minute left
    shown(12 * 60, 30, core::WaitReason::Interval); // about 12 min left
    shown(0, 95, core::WaitReason::Interval); // next in 1m 35s
    shown(0, 95, core::WaitReason::Budget);
    shown(0, 95, core::WaitReason::Backoff); // retry in 1m 35s
    core::Scan done = scanning;
    done.state = core::ScanState::Completed;
    done.createdAt = now.addSecs(-100);
    done.completedAt = now;
    texts.append(core::ScanListModel::timeText(done, core::WatchInfo(), now, false));

    QTreeView *list = window.scanView();
    const int width = list->header()->sectionSize(core::ScanListModel::TimeColumn);
    // The cell's text margins: a few pixels each side.
    QStringList cut;
    for (const QString &text : std::as_const(texts)) {
        if (list->fontMetrics().horizontalAdvance(text) + 10 > width)
            cut.append(QStringLiteral("%1 (%2 px in %3)")
                           .arg(text)
                           .arg(list->fontMetrics().horizontalAdvance(text))
                           .arg(width));
    }
    return cut;
}

/// The same, in a window at its first size (1240×800) over an empty history.
inline QStringList nextUpdateTextsCutOffAtFirstSize()
{
    TestStack stack(600, 10.0);
    core::ScanListModel scans(*stack.repository);
    core::EventLogModel events(*stack.repository);
    ui::MainWindow window(*stack.controller, *stack.repository, scans, events);
    window.resize(1240, 800);
    return nextUpdateTextsCutOff(window);
}
