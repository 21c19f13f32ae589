#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace mediadesk {

// What a download or an export does when its target already exists. Never a silent overwrite:
// Fail is the default, and Overwrite is only ever what someone chose.
enum class ConflictPolicy {
    Fail,      // leave the file alone and say so
    Overwrite, // replace it once every byte has arrived
    Rename,    // save beside it as "name (2).ext"
    Skip,      // leave it alone and count the media as done
};

// The names used by the CLI (--on-conflict), the settings and the queue file.
QString conflictPolicyName(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);

// "name (2).ext", "name (3).ext", …: the first such path in the same folder where neither a file
// nor a partial download of one exists, nor one alsoTaken says is spoken for (another download of
// the same batch). A double extension stays whole ("a (2).tar.gz").
QString renamedTarget(const QString &path, const std::function<bool(const QString &)> &alsoTaken = {});

} // namespace mediadesk
