#pragma once

#include "model/scanfiltermodel.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace ui {

/// Above the scan list: a search field (site or id), the status groups with
/// their counts (All 120 · Active 3 · Completed 110 · Failed 7) and a scan
/// type. Drives a ScanFilterModel; what is picked survives a restart.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(core::ScanFilterModel &filter, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *statusButton(core::ScanFilterModel::Status status) const;
    QComboBox *typeBox() const { return m_type; }

    void saveState() const;
    void restoreState();

private:
    void updateCounts();

    core::ScanFilterModel &m_filter;
    QLineEdit *m_search;
    QButtonGroup *m_statuses;
    QComboBox *m_type;
};

} // namespace ui
