#pragma once

#include "cliconsole.h"
#include "cliparser.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"
#include "twilio/sid.h"
#include "twilio/twilioerror.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace mediadesk {
class ApiClient;
class Job;
class MediaLibrary;
class UploadJob;
} // namespace mediadesk

namespace mediadesk::cli {

// Runs one parsed command line. Each command validates its operands first (exit 2), then finds
// credentials (exit 3), then does the work (exit 1 when any part of it failed).
class Runner
{
    Q_DECLARE_TR_FUNCTIONS(Runner)

public:
    explicit Runner(Invocation invocation);
    ~Runner();
    int run();

private:
    int connect();
    bool waitFor(Job *job);                          // spins a local event loop until finished()
    void waitForAll(const QList<Job *> &jobs) const; // same, for several
    std::optional<Sid> sidOrUsage(const QString &text, SidKind kind, int *exitCode) const;
    int failure(const QString &subject, const TwilioError &error) const;
    // The library shared with the window, opened on first use; nullptr (after a note on stderr)
    // when it cannot be.
    MediaLibrary *library();
    // Adds a successful upload to the library (a note on stderr if it can't).
    // False (said on stderr) when the upload, which did succeed, is not in the library.
    bool recordInLibrary(const UploadJob &job);
    // Records that a message now carries the media.
    void recordAttachment(const QString &mediaSid, const QString &conversationSid, const QString &messageSid);

    int services();
    int conversations();
    int send();
    int upload();
    int get();
    int url();
    int download();
    int profiles();
    int login();
    int logout();

    Invocation m_inv;
    Console m_console;
    ProfileStore m_profiles;
    CredentialStore m_keychain;
    ApiClient *m_client;
    QString m_credentialSource; // the profile name, or "environment"
    std::unique_ptr<MediaLibrary> m_library;
    bool m_libraryFailed = false;
};

} // namespace mediadesk::cli
