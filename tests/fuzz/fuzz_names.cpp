// libFuzzer target: text a person or a server hands MediaDesk. SIDs, the look-up box, file names
// for downloads, content types, and text made printable. Besides "no crash, no sanitizer
// report", each function's promise is checked on every input.
#include "text/displaytext.h"
#include "transfer/filenames.h"
#include "transfer/mimedetection.h"
#include "twilio/medialookup.h"
#include "twilio/sid.h"

#include <cstdint>
#include <cstdlib>

using namespace mediadesk;

namespace {
void require(bool promise)
{
    if (!promise)
        std::abort();
}

bool hasControl(const QString &text, bool allowLineFeedAndTab)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowLineFeedAndTab && (u == u'\n' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 ||
            (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    for (SidKind kind : {SidKind::Service, SidKind::Media, SidKind::Conversation, SidKind::Account}) {
        if (const auto sid = Sid::parse(text, kind))
            require(sid->toString().size() == 34 && !hasControl(sid->toString(), false));
    }
    if (const Result<MediaLookupInput> input = MediaLookupInput::parse(text))
        require(Sid::parse(input->mediaSid, SidKind::Media).ok());

    const QString safe = sanitizeFileName(text);
    require(!safe.contains(u'/') && !safe.contains(u'\\') && !hasControl(safe, false));
    require(safe != QLatin1String(".") && safe != QLatin1String("..") && !safe.startsWith(u'.'));
    require(safe.toUtf8().size() <= 255);
    const QString name = downloadFileName(text, QStringLiteral("ME0123456789abcdef0123456789abcdef"), text);
    require(!name.isEmpty() && !name.contains(u'/'));

    if (isValidContentType(text))
        require(!text.contains(u'\r') && !text.contains(u'\n') && !text.contains(QChar(0)));

    require(!hasControl(printableText(text), false));
    require(!hasControl(printableLines(text), true));
    return 0;
}
