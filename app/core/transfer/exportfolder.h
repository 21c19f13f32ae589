#pragma once

#include "result.h"
#include "twilio/conversationmessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace mediadesk {

// The folder a conversation is exported into: one file per media, named for when and by whom it
// was sent ("2026-12-02 14-03 alice — photo.jpg"), made safe and unique (collisions numbered), and
// manifest.json beside them listing every message and what became of each media. An export that
// stopped part way is resumed from the manifest: a media whose file is there, complete, is skipped,
// and every media keeps the name it was given the first time.
class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    enum class Status { Pending, Done, Missing, Failed };
    static constexpr const char *ManifestName = "manifest.json";

    ExportFolder(QString path, QString serviceSid, QString conversationSid);

    // Creates the folder when it is missing and reads the manifest of an earlier export into it;
    // fails when the folder cannot be written (the export must not start).
    Result<> open();
    const QString &path() const { return m_path; }
    QString filePath(const QString &fileName) const;

    // Adds the message (and its media) to the manifest, or updates it when it is there already.
    void addMessage(const ConversationMessage &message);
    // The media's file name: the one it had in an earlier export, else a new unique one.
    QString fileNameFor(const ConversationMessage &message, const MessageMedia &media);
    // In the manifest as saved, and its file on disk with that many bytes.
    bool isComplete(const QString &mediaSid, qint64 size) const;
    void setStatus(const QString &mediaSid, Status status, const QString &error = {}, qint64 size = -1);

    // Writes manifest.json atomically (never half a file).
    Result<> saveManifest();
    QJsonObject manifest() const;

    // The conversation whose export the folder holds: "" when it holds none (or a manifest that
    // cannot be read, which open() reports).
    static QString conversationIn(const QString &folder);

    // "2026-12-02 14-03 alice — photo.jpg" in local time, before it is made unique.
    static QString baseName(const ConversationMessage &message, const MessageMedia &media);

private:
    struct Entry
    {
        QString fileName;
        Status status = Status::Pending;
        QString error;
        qint64 size = -1; // bytes written, once done
    };
    QString unique(const QString &name) const;

    QString m_path;
    QString m_serviceSid;
    QString m_conversationSid;
    QList<QJsonObject> m_messages;       // newest first, as exported; media entries inside
    QHash<QString, qsizetype> m_message; // message SID → its place in m_messages
    QHash<QString, Entry> m_media;       // media SID → its file and fate
    QSet<QString> m_taken;               // file names in use (lower case: safe on any file system)
};

} // namespace mediadesk
