#pragma once

#include <QWidget>

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
    QLineEdit *searchEdit() const { return m_search; }
    /// The selected findings as text, as Copy puts them on the clipboard.
    QString selectedText() const;

signals:
    void failuresTextChanged(const QString &failures);

private:
    void reload();
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
    QString m_failures;
};

} // namespace ui
