#pragma once

class QWidget;

namespace mediadesk {

// Help → About MediaDesk: the version, what the program is, its licence and the licences of what
// it is built with, the project's address, and Qt's own About box (LGPL-3.0 asks that users can
// learn which Qt they run).
void showAboutDialog(QWidget *parent);

} // namespace mediadesk
