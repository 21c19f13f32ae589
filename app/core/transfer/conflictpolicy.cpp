#include "conflictpolicy.h"

#include "partialdownload.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mediadesk {

QString conflictPolicyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Fail:
        return u"fail"_s;
    case ConflictPolicy::Overwrite:
        return u"overwrite"_s;
    case ConflictPolicy::Rename:
        return u"rename"_s;
    case ConflictPolicy::Skip:
        return u"skip"_s;
    }
    return u"fail"_s;
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    for (const ConflictPolicy policy :
         {ConflictPolicy::Fail, ConflictPolicy::Overwrite, ConflictPolicy::Rename, ConflictPolicy::Skip}) {
        if (name.compare(conflictPolicyName(policy), Qt::CaseInsensitive) == 0)
            return policy;
    }
    return std::nullopt;
}

QString renamedTarget(const QString &path, const std::function<bool(const QString &)> &alsoTaken)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // The extension starts at the last dot, or at ".tar." for a compressed tarball; a leading dot
    // (".profile") is part of the name.
    qsizetype dot = name.lastIndexOf(u'.');
    if (const qsizetype tar = name.lastIndexOf(u".tar."_s, -1, Qt::CaseInsensitive); tar > 0)
        dot = tar;
    if (dot <= 0)
        dot = name.size();
    const QString stem = name.left(dot);
    const QString extension = name.mid(dot);
    const QDir folder = info.dir();
    for (int n = 2;; ++n) {
        const QString candidate = folder.filePath(u"%1 (%2)%3"_s.arg(stem).arg(n).arg(extension));
        const QFileInfo taken(candidate);
        if (!taken.exists() && !taken.isSymLink() &&
            !QFileInfo::exists(PartialDownload::partialPathFor(candidate)) &&
            !(alsoTaken && alsoTaken(candidate)))
            return candidate;
    }
}

} // namespace mediadesk
