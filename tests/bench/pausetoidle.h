#pragma once

#include <QString>

namespace mediadesk {
class MainWindow;
}

// bench_gui pause: how long after Queue ▸ Pause All the network is still carrying the transfers'
// bytes, as the emulator sees them (upload bytes it read plus content bytes it sent), sampled every
// 2 ms from a thread of its own. Two 140 MB uploads run when the pause comes.
// Prints "pause_to_idle_ms N" and "bytes_after_pause N"; returns the process's exit code.
int measurePauseToIdle(mediadesk::MainWindow &window, const QString &workDir, const QString &statsUrl,
                       const QByteArray &adminToken);
