#pragma once

#include <QStyledItemDelegate>

namespace mediadesk {

// Paints a progress bar through the style (so it follows the theme), from ProgressRole.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace mediadesk
