#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

namespace mediadesk {

// The bytes of a download that has not finished, kept beside its target so that no byte is
// fetched twice: TARGET.mediadesk-part holds them, and TARGET.mediadesk-resume says what they are
// the beginning of (the media SID, its size, the host's validator for If-Range, how many bytes were
// known written). Both outlive a failure, a pause and a restart; complete() renames the part into
// place, so the final name appears only with every byte.
class PartialDownload
{
    Q_DECLARE_TR_FUNCTIONS(PartialDownload)

public:
    static QString partialPathFor(const QString &target);
    static QString recordPathFor(const QString &target);
    // A job of this process has the part of this target open: another must not touch it.
    static bool isInUse(const QString &target);
    // Removes the part and the record of a download nobody has open; false when one has.
    static bool removeFor(const QString &target);
    // What If-Range may carry: printable ASCII of a sane length (it goes back on the wire).
    static bool isUsableValidator(const QByteArray &validator);

    explicit PartialDownload(QString target);
    ~PartialDownload(); // keeps what is there (see keep())
    PartialDownload(const PartialDownload &) = delete;
    PartialDownload &operator=(const PartialDownload &) = delete;

    const QString &target() const { return m_target; }
    const QString &partialPath() const { return m_partialPath; }

    // Opens the part, creating it; refused while another job of this process has it open. With `resume`, the
    // bytes of an earlier attempt stay when its record names this media and size and holds a validator; they
    // are cut back to what the record vouches for (bytes someone appended, or that a crash left unrecorded,
    // go). Otherwise, or when the part is shorter than the record says (someone cut it), it starts empty.
    Result<> open(const QString &mediaSid, qint64 mediaSize, bool resume);
    bool isOpen() const { return m_file.isOpen(); }

    qint64 size() const { return m_size; }
    // The host's ETag (strong), else its Last-Modified, of the version these bytes are from; empty
    // when the host gave neither, and then the bytes cannot be continued safely.
    const QByteArray &validator() const { return m_validator; }
    void setValidator(const QByteArray &validator) { m_validator = validator; }

    Result<> append(QByteArrayView bytes);
    Result<> startOver(); // drops every byte and the validator
    // Flushes and writes the record, so a later open() may continue from here.
    Result<> saveRecord();
    // Flushes, syncs to disk and renames the part to the target (replacing one only with
    // `overwrite`); the record goes.
    Result<> complete(bool overwrite);
    // Closes, keeping the part and its record for a later resume; a part that is empty or has no
    // validator (it could never be continued safely) goes.
    void keep();
    // Closes and removes the part and its record.
    void discard();

private:
    void startWriteback();
    void release(); // closes the file and lets another job have the target

    QString m_target;
    QString m_partialPath;
    QString m_recordPath;
    QFile m_file;
    QString m_mediaSid;
    qint64 m_mediaSize = -1;
    qint64 m_size = 0;
    QByteArray m_validator;
    qint64 m_writebackFrom = 0;
    QElapsedTimer m_sinceRecord; // the record is brought up to date at least once a second
    bool m_registered = false;
};

} // namespace mediadesk
