#pragma once

class QCoreApplication;

namespace core {

/// Loads ScanDash's translation for the user's language (English plural
/// forms when there is none) and Qt's own, into `app`.
void installTranslations(QCoreApplication &app);

} // namespace core
