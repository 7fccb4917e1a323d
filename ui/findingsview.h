#pragma once

#include "policy/triage.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace core {
class FindingsFilterModel;
class FindingsModel;
class ScanController;
class ScanSource;
struct ApiError;
struct Report;
struct ScanVerdict;
} // namespace core

namespace ui {

/// The findings of the selected scan's report: its summary and category
/// scores, then every check with its status, a severity chip, its finding
/// and its fix, failing checks first. Filter by severity and failing only,
/// search, and copy findings as text. Report errors are explained with a retry.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    FindingsView(core::ScanSource &repository, core::ScanController &controller,
                 QWidget *parent = nullptr);

    void setScanId(const QString &id);
    /// "0 failed, 4 warnings", worded as the pane's summary words it (for
    /// the tab title); empty without a report.
    QString failuresText() const { return m_failures; }

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *table() const { return m_table; }
    QComboBox *severityBox() const { return m_severity; }
    QCheckBox *failingOnlyBox() const { return m_failingOnly; }
    QCheckBox *showSuppressedBox() const { return m_showSuppressed; }
    /// Says which suppressions of this report have expired (they count again).
    QLabel *expiredLabel() const { return m_expired; }
    QAction *acceptRiskAction() const { return m_acceptRisk; }
    QAction *falsePositiveAction() const { return m_falsePositive; }
    QAction *removeSuppressionAction() const { return m_removeSuppression; }
    core::FindingsModel *model() const { return m_model; }
    /// Asks for the decision on the current finding (the dialog by default;
    /// tests answer it): the suppression, or nothing when cancelled.
    using AskTriage = std::function<std::optional<core::Suppression>(const QString &check,
                                                                     core::TriageState state)>;
    void setAskTriage(AskTriage ask) { m_askTriage = std::move(ask); }
    QLineEdit *searchEdit() const { return m_search; }
    /// The selected findings as text, as Copy puts them on the clipboard.
    QString selectedText() const;

signals:
    void failuresTextChanged(const QString &failures);

private:
    void reload();
    /// Counts and greys after the triage (judge()), for the shown report.
    void applyTriage();
    /// The summary line: the report's counts with the suppressed findings
    /// taken out and said apart, as the tab counts them.
    static QString summaryText(const core::Report &report, const core::ScanVerdict &verdict);
    void triageCurrent(core::TriageState state);
    void removeCurrentSuppression();
    void updateTriageActions();
    int currentSourceRow() const;
    std::optional<core::Suppression> askWithDialog(const QString &check, core::TriageState state);
    void showError(const QString &scanId, const core::ApiError &error);

    core::ScanSource &m_repository;
    core::ScanController &m_controller;
    core::FindingsModel *m_model;
    core::FindingsFilterModel *m_filter;
    QString m_scanId;
    QLabel *m_summary;
    QLabel *m_categories;
    QLabel *m_message;
    QPushButton *m_retry;
    QLineEdit *m_search;
    QComboBox *m_severity;
    QCheckBox *m_failingOnly;
    QTableView *m_table;
    QCheckBox *m_showSuppressed;
    QLabel *m_expired;
    QAction *m_acceptRisk;
    QAction *m_falsePositive;
    QAction *m_removeSuppression;
    AskTriage m_askTriage;
    QString m_failures;
};

} // namespace ui
