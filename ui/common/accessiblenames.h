#pragma once

class QWidget;

namespace mediadesk {

// Names for the parts Qt makes without one, so a screen reader can say what they do: a line
// edit's clear button and its action buttons (show the secret), a table's select-all corner.
// Call once the form is set up (and again after adding such parts).
void nameBuiltInParts(QWidget *root);

} // namespace mediadesk
