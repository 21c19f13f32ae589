#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mediadesk {

QString installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("mediadesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return ours->language().section(QLatin1Char('_'), 0, 0);
    }
    // No file for this language (or the C locale): English, which still has its plural forms
    // ("1 message", not "1 message(s)").
    if (ours->load(QStringLiteral("mediadesk_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return QStringLiteral("en");
    }
    delete ours;
    return QStringLiteral("en");
}

} // namespace mediadesk
