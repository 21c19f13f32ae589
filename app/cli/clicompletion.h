#pragma once

#include <QString>

namespace mediadesk::cli {

// The completion script for "bash", "zsh" or "fish", written from the command table
// (clicommands.h), so that every command and option the parser takes is offered. The build
// installs them; "mediadesk-cli completion SHELL" prints them for a shell set up by hand.
QString completionScript(const QString &shell);

} // namespace mediadesk::cli
