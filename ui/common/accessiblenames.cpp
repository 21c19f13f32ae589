#include "accessiblenames.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

namespace mediadesk {

namespace {
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}
} // namespace

void nameBuiltInParts(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (!button->accessibleName().isEmpty())
                continue;
            const QAction *action = button->defaultAction();
            const QString text = action ? withoutMnemonic(action->text()) : QString();
            const QString tip = action ? action->toolTip() : QString();
            // Qt's clear button has an action with neither text nor tooltip.
            button->setAccessibleName(!text.isEmpty()  ? text
                                      : !tip.isEmpty() ? tip
                                                       : QCoreApplication::translate("mediadesk", "Clear"));
        }
    }
    for (QTableView *table : root->findChildren<QTableView *>()) {
        for (QAbstractButton *corner : table->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
            if (corner->inherits("QTableCornerButton") && corner->accessibleName().isEmpty())
                corner->setAccessibleName(QCoreApplication::translate("mediadesk", "Select All"));
        }
    }
}

} // namespace mediadesk
