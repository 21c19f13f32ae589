#pragma once

#include "transfer/transferitem.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace mediadesk {

class TransferQueue;

// What a drop, Add Files… or a paste brings in, sorted before anything is queued: the files
// (folders expanded, in name order, hidden files included) and what cannot be uploaded at all
// (a web address), with why. Whether a file is readable, empty or changing is the queue's to
// check when it is added; a folder's size is the caller's to confirm first.
struct UploadIntake
{
    Q_DECLARE_TR_FUNCTIONS(UploadIntake)

public:
    struct Refused
    {
        QString name;
        QString reason;
    };

    // Above this many files from folders, the person is asked first: only a folder's contents surprise.
    static constexpr int LargeFolderFiles = 50;

    static UploadIntake fromUrls(const QList<QUrl> &urls);
    bool needsConfirmation() const { return fromFolders > LargeFolderFiles; }

    // Queues it all for origin: the refused at once, the files in slices, one per turn of the
    // event loop (each file is checked and its type sniffed as it is queued; a thousand at once
    // would freeze the window).
    void queueInto(TransferQueue *queue, const TransferOrigin &origin, const SendTarget &target) const;

    QStringList files;
    int fromFolders = 0; // how many of files came out of folders
    QList<Refused> refused;
};

} // namespace mediadesk
