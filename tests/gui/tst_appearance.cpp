// The window as a dark desktop and a HiDPI screen show it. Under Fusion with a light and a dark
// palette (switched while the window is open, as a desktop switches), in English and Japanese, at
// the scale this run was started with (ctest runs it at 1, 1.5 and 2 on a screen of 1280 × 800
// logical pixels): every visible label on every tab, the account bar's included, reads against what
// it is drawn on (WCAG's 4.5 : 1), no label or button is cut, and the pictures drawn in labels have
// the screen's pixels (sharp, not scaled up).
#include "accountstatus.h"
#include "conversationstab.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "sandboxwindow.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "transfer/transferqueue.h"
#include "translations.h"
#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>
#include <cmath>

using namespace mediadesk;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// A colour with alpha as it shows over an opaque one.
QColor over(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                            fg.blueF() * a + bg.blueF() * (1 - a));
}

double contrast(const QColor &fg, const QColor &bg)
{
    const double a = luminance(over(fg, bg)) + 0.05;
    const double b = luminance(bg) + 0.05;
    return a > b ? a / b : b / a;
}

// What a widget is drawn on: the nearest widget (itself included) that fills its background.
QColor background(const QWidget *w)
{
    for (const QWidget *at = w; at; at = at->parentWidget()) {
        if (at->autoFillBackground() || at->isWindow())
            return at->palette().color(at->backgroundRole());
    }
    return w->palette().color(QPalette::Window);
}

// The palette a dark desktop theme gives (the dark variant of Fusion that Qt's examples use).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = plainText(label);
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 “%2” (%3)")
        .arg(w->objectName(), text, QLatin1String(w->metaObject()->className()));
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;
    QString m_language = QStringLiteral("-"); // of the open window

    MainWindow *window() const { return m_app.window.get(); }

    // The window in this language, with rows in its views and the account bar up.
    void openIn(const QString &language)
    {
        if (language == m_language)
            return;
        m_app.close();
        useLanguage(language);
        QApplication::setPalette(QApplication::style()->standardPalette());
        QVERIFY(m_app.open(2));
        m_language = language;
        QVERIFY2(window()->width() >= 1000, qPrintable(QString::number(window()->width())));
        const QString path =
            m_app.write(m_files, QStringLiteral("harbour at dusk.png"), QByteArray(4096, 'p'));
        QVERIFY(window()->addUrls({QUrl::fromLocalFile(path)}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &items = window()->transferQueue()->items();
                return !items.isEmpty() && items.last().isFinished();
            },
            20000));
        window()->showDetails(window()->transferQueue()->items().last().mediaSid);
        QVERIFY(
            QTest::qWaitFor([&] { return formOf(window())->detailsPanel->model()->rowCount() > 0; }, 20000));
        ConversationsTab *conversations = formOf(window())->conversationsTab;
        QVERIFY(QTest::qWaitFor([&] { return conversations->conversationModel()->rowCount() > 0; }, 20000));
        QVERIFY(conversations->selectConversation(EmulatorProcess::conversationSid(1, 1)));
        // Twilio refuses the next list of services: the account bar comes up, with its words.
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
                      R"({"method": "GET", "path_prefix": "/v1/Services", "status": 401, "count": 1})");
        window()->accountContext()->services()->refresh();
        QVERIFY(QTest::qWaitFor([&] { return formOf(window())->accountBanner->isVisible(); }, 20000));
    }

    // What is wrong with what the window shows now (one line per control).
    QStringList problems() const
    {
        QStringList found;
        const qreal ratio = window()->devicePixelRatioF();
        for (QWidget *w : window()->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != window())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                const QPixmap picture = label->pixmap();
                if (!picture.isNull() && picture.devicePixelRatio() + 0.01 < ratio)
                    found << QStringLiteral("%1: a picture of ratio %2 on a screen of %3")
                                 .arg(describe(w))
                                 .arg(picture.devicePixelRatio())
                                 .arg(ratio);
                if (plainText(label).trimmed().isEmpty())
                    continue;
                if (label->isEnabled()) {
                    const double ratioFound =
                        contrast(label->palette().color(label->foregroundRole()), background(label));
                    if (ratioFound < 4.5)
                        found << QStringLiteral("%1: contrast %2 : 1")
                                     .arg(describe(w))
                                     .arg(ratioFound, 0, 'f', 2);
                }
                if (!label->wordWrap() && label->width() + 1 < label->minimumSizeHint().width())
                    found << QStringLiteral("%1: %2 px wide, needs %3")
                                 .arg(describe(w))
                                 .arg(label->width())
                                 .arg(label->minimumSizeHint().width());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (!button->text().isEmpty() && button->width() + 1 < button->minimumSizeHint().width())
                    found << QStringLiteral("%1: %2 px wide, needs %3")
                                 .arg(describe(w))
                                 .arg(button->width())
                                 .arg(button->minimumSizeHint().width());
            } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < bar->count(); ++i) {
                    if (bar->tabRect(i).width() + 1 < bar->fontMetrics().horizontalAdvance(bar->tabText(i)))
                        found << QStringLiteral("tab “%1”: cut").arg(bar->tabText(i));
                }
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(QApplication::primaryScreen()->geometry().width() >= 1280);
        const double scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                 ? QString::fromLocal8Bit(qgetenv("QT_SCALE_FACTOR")).toDouble()
                                 : 1.0;
        QCOMPARE(QApplication::primaryScreen()->devicePixelRatio(), scale);
    }

    void cleanupTestCase()
    {
        m_app.close();
        useLanguage({});
    }

    void everyTabReadsAndFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("English, light") << QStringLiteral("en") << false;
        QTest::newRow("English, dark") << QStringLiteral("en") << true;
        QTest::newRow("Japanese, light") << QStringLiteral("ja") << false;
        QTest::newRow("Japanese, dark") << QStringLiteral("ja") << true;
    }

    void everyTabReadsAndFits()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        openIn(language);
        if (QTest::currentTestFailed())
            return;
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        QCoreApplication::processEvents();
        QTabWidget *tabs = formOf(window())->workspaceTabs;
        QStringList found;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString &problem : problems())
                found << tabs->tabText(i) + QStringLiteral(": ") + problem;
        }
        // The account bar is a tint of the window, not a light patch left in a dark one.
        const QColor bar = background(formOf(window())->accountBanner);
        const QColor around = window()->palette().color(QPalette::Window);
        if (std::abs(bar.lightnessF() - around.lightnessF()) > 0.3)
            found << QStringLiteral("the account bar (lightness %1) on a window of lightness %2")
                         .arg(bar.lightnessF())
                         .arg(around.lightnessF());
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

// A screen of 1280 × 800 logical pixels at the scale the run was started with (QT_SCALE_FACTOR).
int main(int argc, char *argv[])
{
    const double scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                             ? QString::fromLocal8Bit(qgetenv("QT_SCALE_FACTOR")).toDouble()
                             : 1.0;
    QTemporaryDir config;
    const QString file = QDir(config.path()).filePath(QStringLiteral("screens.json"));
    QFile screens(file);
    if (!screens.open(QIODevice::WriteOnly))
        return 1;
    screens.write(QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1, "height": %2,)"
                                 R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                      .arg(qRound(1280 * scale))
                      .arg(qRound(800 * scale))
                      .toUtf8());
    screens.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(file));
    QApplication app(argc, argv);
    TestAppearance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appearance.moc"
