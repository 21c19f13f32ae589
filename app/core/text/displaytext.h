#pragma once

#include <QString>
#include <QStringView>

namespace mediadesk {

// Text from a server or a file name, made safe to show. Servers control file names, authors,
// friendly names and error messages; shown raw, an ESC or CSI (C1) sequence would drive the
// terminal (retitle it, clear it, fake a prompt), U+2028/2029 would break a line the layout
// thought was one, and bidirectional overrides would reorder what the reader sees.

// One line: C0 and C1 controls and DEL become a visible "\xNN" (tab, CR and LF a space), line and
// paragraph separators and bidirectional embeddings/overrides/isolates a visible "\uNNNN".
QString printableText(QStringView text);

// The same, but line feeds and tabs stay: for whole blocks of output that are ours (tables, lines).
QString printableLines(QStringView text);

// For JSON text that QJsonDocument wrote: it escapes C0 controls itself, but writes C1 controls,
// DEL, U+2028/2029 and bidirectional controls raw. They become "\u00NN" escapes, the same JSON
// value, so nothing a terminal would act on reaches it.
QString asciiSafeJson(QStringView json);

} // namespace mediadesk
