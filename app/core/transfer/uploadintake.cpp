#include "uploadintake.h"

#include "transfer/transferqueue.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace mediadesk {

UploadIntake UploadIntake::fromUrls(const QList<QUrl> &urls)
{
    UploadIntake intake;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            intake.refused.append({url.toDisplayString(),
                                   tr("Only files on this computer can be uploaded; “%1” is a web address.")
                                       .arg(url.toDisplayString())});
            continue;
        }
        const QString path = url.toLocalFile();
        if (!QFileInfo(path).isDir()) {
            intake.files.append(path); // missing, unreadable, empty: refused with the reason by the queue
            continue;
        }
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        QStringList inside;
        while (it.hasNext())
            inside.append(it.next());
        std::sort(inside.begin(), inside.end());
        intake.fromFolders += int(inside.size());
        intake.files.append(inside);
    }
    return intake;
}

void UploadIntake::queueInto(TransferQueue *queue, const TransferOrigin &origin,
                             const SendTarget &target) const
{
    for (const Refused &r : refused)
        queue->addRefused(r.name, r.reason, origin);
    constexpr qsizetype Slice = 64;
    QPointer<TransferQueue> alive = queue;
    for (qsizetype from = 0; from < files.size(); from += Slice) {
        const QStringList slice = files.mid(from, Slice);
        if (from == 0)
            queue->add(slice, origin, target);
        else
            QTimer::singleShot(0, queue, [alive, slice, origin, target] {
                if (alive)
                    alive->add(slice, origin, target);
            });
    }
}

} // namespace mediadesk
