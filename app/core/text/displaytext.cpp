#include "displaytext.h"

namespace mediadesk {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Characters that change how the text around them is laid out or ordered.
bool isLayoutControl(char16_t c)
{
    return c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char16_t c, int width)
{
    return QString::number(c, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

QString escaped(QStringView text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (keepLines && (c == u'\n' || c == u'\t'))
            out += ch;
        else if (c == u'\t' || c == u'\n' || c == u'\r')
            out += QLatin1Char(' ');
        else if (isControl(c))
            out += QLatin1String("\\x") + hex(c, 2);
        else if (isLayoutControl(c))
            out += QLatin1String("\\u") + hex(c, 4);
        else
            out += ch;
    }
    return out;
}
} // namespace

QString printableText(QStringView text)
{
    return escaped(text, false);
}

QString printableLines(QStringView text)
{
    return escaped(text, true);
}

QString asciiSafeJson(QStringView json)
{
    QString out;
    out.reserve(json.size());
    for (const QChar ch : json) {
        const char16_t c = ch.unicode();
        if (isControl(c) || isLayoutControl(c))
            out += QLatin1String("\\u") + hex(c, 4);
        else
            out += ch;
    }
    return out;
}

} // namespace mediadesk
