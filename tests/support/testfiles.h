#pragma once

// Files for tests, one way everywhere: written whole (or the test stops there), and hashed as the
// emulator reports a stored media's SHA-256 (lower-case hex).
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>

// Writes content into folder/name and returns the path; a file that cannot be written ends the test.
inline QString writeTestFile(const QString &folder, const QString &name, const QByteArray &content)
{
    const QString path = QDir(folder).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

inline QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Of a file's content; "" when it cannot be read.
inline QString fileSha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}
