#pragma once

// What a keyboard or screen-reader user meets in a window, found by walking its real widgets:
// controls with no accessible name, and underlined (mnemonic) letters that clash.
#include <QAbstractButton>
#include <QAccessible>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QWidget>

namespace controlaudit {

inline QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(p->objectName());
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

// Focusable or clickable controls (and selectable text) a screen reader would announce without a
// name, among those shown now: walk each state (each tab, a filled-in view) to see them all.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->isWindow() && w != root)
            continue; // a window of its own is audited on its own
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (w->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue; // the view itself carries the name
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox"))
            continue; // QAccessibleSpinBox stands for the spin box and its text field as one
        const auto *label = qobject_cast<QLabel *>(w);
        const bool selectableLabel = label && (label->textInteractionFlags() &
                                               (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard));
        const bool focusable = (w->focusPolicy() & Qt::TabFocus) != 0;
        const bool clickable = qobject_cast<QAbstractButton *>(w) != nullptr;
        if (!focusable && !clickable && !selectableLabel)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

// The underlined letter of a text ("&File" → 'f', "ファイル(&F)" → 'f'); none for "&&" or no '&'.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

struct Mnemonic
{
    const QWidget *widget;
    QChar letter;
    QString text;
};

inline QList<Mnemonic> mnemonics(QWidget *root)
{
    QList<Mnemonic> found;
    auto add = [&](const QWidget *w, const QString &text) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            found.append({w, letter, text});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (w->window() != root)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(w, label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w); box && box->isCheckable())
            add(w, box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (const QAction *menu : bar->actions())
                add(w, menu->text());
    }
    return found;
}

// The page of `stack` that holds w, or -1 when w is not inside it.
inline int pageOf(const QWidget *w, const QStackedWidget *stack)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->parentWidget() == stack)
            return stack->indexOf(const_cast<QWidget *>(p));
    return -1;
}

// Two controls can be on screen together unless some stacked widget (a tab page, a wizard page)
// holds them on different pages.
inline bool canShowTogether(const QWidget *a, const QWidget *b, const QList<QStackedWidget *> &stacks)
{
    for (const QStackedWidget *stack : stacks) {
        const int pa = pageOf(a, stack), pb = pageOf(b, stack);
        if (pa >= 0 && pb >= 0 && pa != pb)
            return false;
    }
    return true;
}

// "Alt+F: “&File” and “Clear &Finished”" for every pair of controls that can be shown together
// and underline the same letter.
inline QStringList mnemonicClashes(QWidget *root)
{
    const QList<Mnemonic> found = mnemonics(root);
    const QList<QStackedWidget *> stacks = root->findChildren<QStackedWidget *>();
    QStringList clashes;
    for (qsizetype i = 0; i < found.size(); ++i)
        for (qsizetype j = i + 1; j < found.size(); ++j)
            if (found[i].letter == found[j].letter && found[i].widget != found[j].widget &&
                canShowTogether(found[i].widget, found[j].widget, stacks))
                clashes << QStringLiteral("Alt+%1: “%2” (%3) and “%4” (%5)")
                               .arg(found[i].letter.toUpper(), found[i].text, describe(found[i].widget),
                                    found[j].text, describe(found[j].widget));
    return clashes;
}

// Letters that clash inside one menu (each menu is a scope of its own).
inline QStringList menuClashes(const QMenuBar *bar)
{
    QStringList clashes;
    const QList<QMenu *> menus = bar->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        QHash<QChar, QString> seen;
        for (const QAction *action : menu->actions()) {
            const QChar letter = mnemonic(action->text());
            if (letter.isNull())
                continue;
            if (seen.contains(letter))
                clashes << QStringLiteral("%1: Alt+%2 in “%3” and “%4”")
                               .arg(menu->title(), letter.toUpper(), seen.value(letter), action->text());
            seen.insert(letter, action->text());
        }
    }
    return clashes;
}

} // namespace controlaudit
