#pragma once

#include "transfer/transferitem.h"

#include <QCoreApplication>
#include <QObject>

namespace mediadesk {

class ApiClient;
class Job;
class Library;

// What one kind of transfer means, shared by the window's queue and mediadesk-cli (which both run
// TransferQueue): the job that carries an item, and what the job's success says about it. The
// scheduler decides when an item starts (the parallel limit); the queue decides what follows
// (a message after an upload, Done, Failed); a handler decides how.
class TransferHandler
{
public:
    struct Start
    {
        ApiClient *client = nullptr;
        int freeSlots = 1;          // of the parallel limit; an export's downloads may take them all
        bool computeSha256 = false; // uploads: the library keeps each upload's hash
        QObject *parent = nullptr;
    };
    struct Started
    {
        Job *job = nullptr;
        int slotsTaken = 1; // of the parallel limit, until it ends
    };
    struct End
    {
        ApiClient *client = nullptr; // the account's, for what the library records
        Library *library = nullptr;  // none: nothing is recorded
    };

    virtual ~TransferHandler() = default;

    // The handler for what the item needs next: its message, once an upload is on the service
    // (or for a send); else its kind's.
    static const TransferHandler &forItem(const TransferItem &item);
    // Whether the item's next step is posting its message (a send, or an upload that is on the
    // service already and still has to go into its conversation).
    static bool needsSending(const TransferItem &item);

    // Builds the job for the item (not started yet).
    virtual Started create(const TransferItem &item, const Start &how) const = 0;
    // The job succeeded: what it did goes into the item (and into the library). The item is Done
    // unless this says otherwise.
    virtual void succeeded(TransferItem &item, const Job &job, const End &end) const = 0;
};

class UploadHandler final : public TransferHandler
{
public:
    Started create(const TransferItem &item, const Start &how) const override;
    void succeeded(TransferItem &item, const Job &job, const End &end) const override;
};

class SendHandler final : public TransferHandler
{
public:
    Started create(const TransferItem &item, const Start &how) const override;
    void succeeded(TransferItem &item, const Job &job, const End &end) const override;
};

class DownloadHandler final : public TransferHandler
{
public:
    Started create(const TransferItem &item, const Start &how) const override;
    void succeeded(TransferItem &item, const Job &job, const End &end) const override;
};

class ExportHandler final : public TransferHandler
{
    Q_DECLARE_TR_FUNCTIONS(ExportHandler)

public:
    Started create(const TransferItem &item, const Start &how) const override;
    void succeeded(TransferItem &item, const Job &job, const End &end) const override;
};

} // namespace mediadesk
