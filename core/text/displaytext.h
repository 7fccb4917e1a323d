#pragma once

#include <QString>

namespace core {

/// Makes an untrusted string safe to show as one line of plain text: a line
/// break becomes ↵ and a tab →; other control characters, and bidi or other
/// invisible format characters, become a visible [U+XXXX] so they cannot
/// reorder or hide what is around them. Views still render the result as
/// plain text.
QString displayText(const QString &untrusted, int maxLength = 2000);

/// An untrusted string as the body of a tooltip: escaped, so Qt's tooltip
/// rich-text detection sees only literal characters.
QString tooltipText(const QString &untrusted);

} // namespace core
