#include "filterbar.h"

#include "api/types.h"
#include "model/scanlistmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

namespace ui {
namespace {

using Status = core::ScanFilterModel::Status;
constexpr Status kStatuses[] = { Status::All, Status::Active, Status::Completed, Status::Failed };

QString statusName(Status status)
{
    switch (status) {
    case Status::All:
        return FilterBar::tr("All");
    case Status::Active:
        return FilterBar::tr("Active");
    case Status::Completed:
        return FilterBar::tr("Completed");
    case Status::Failed:
        return FilterBar::tr("Failed");
    }
    return QString();
}

} // namespace

FilterBar::FilterBar(core::ScanFilterModel &filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_statuses(new QButtonGroup(this))
    , m_type(new QComboBox(this))
{
    m_search->setPlaceholderText(tr("Find a site or scan id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find scans"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (Status status : kStatuses) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setToolTip(tr("Show only the scans in this group; the number is how many"));
        m_statuses->addButton(button, static_cast<int>(status));
        layout->addWidget(button);
    }
    m_statuses->button(static_cast<int>(Status::All))->setChecked(true);

    m_type->addItem(tr("All types"), QString());
    for (const QString &type : core::scanTypes())
        m_type->addItem(core::ScanListModel::scanTypeName(type), type);
    m_type->setAccessibleName(tr("Scan type filter"));
    m_type->setToolTip(tr("Show scans of one type only"));
    layout->addWidget(m_type);

    connect(m_search, &QLineEdit::textChanged, &m_filter, &core::ScanFilterModel::setSearchText);
    connect(m_statuses, &QButtonGroup::idClicked, this,
            [this](int id) { m_filter.setStatus(static_cast<Status>(id)); });
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setScanType(m_type->currentData().toString()); });
    connect(&m_filter, &core::ScanFilterModel::countsChanged, this, &FilterBar::updateCounts);
    updateCounts();
}

QToolButton *FilterBar::statusButton(Status status) const
{
    return static_cast<QToolButton *>(m_statuses->button(static_cast<int>(status)));
}

void FilterBar::updateCounts()
{
    for (Status status : kStatuses) {
        //: A filter button: the status group and how many scans are in it.
        statusButton(status)->setText(
            tr("%1 %2").arg(statusName(status)).arg(m_filter.count(status)));
    }
}

void FilterBar::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("filter/text"), m_search->text());
    settings.setValue(QStringLiteral("filter/status"), m_statuses->checkedId());
    settings.setValue(QStringLiteral("filter/type"), m_type->currentData().toString());
}

void FilterBar::restoreState()
{
    QSettings settings;
    m_search->setText(settings.value(QStringLiteral("filter/text")).toString());
    const int status = settings.value(QStringLiteral("filter/status"), 0).toInt();
    if (auto *button = m_statuses->button(status)) {
        button->setChecked(true);
        m_filter.setStatus(static_cast<Status>(status));
    }
    const int type = m_type->findData(settings.value(QStringLiteral("filter/type")).toString());
    m_type->setCurrentIndex(qMax(0, type));
}

} // namespace ui
