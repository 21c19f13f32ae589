#pragma once

// Shared by the tests that drive mediadesk_core against the emulator (they link the core).
#include "emulatorprocess.h"
#include "net/apiclient.h"
#include "testfiles.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

// Points a client at the emulator with its sandbox Auth Token; fast retries keep tests quick.
inline void connectToEmulator(mediadesk::ApiClient &client, const EmulatorProcess &emulator,
                              bool fastRetries = true)
{
    mediadesk::Endpoints e;
    e.mcs = emulator.baseUrl();
    e.conversations = emulator.baseUrl();
    client.setEndpoints(e);
    client.setCredentials(
        mediadesk::Credentials::authToken(EmulatorProcess::accountSid(), EmulatorProcess::authToken()));
    if (fastRetries) {
        mediadesk::RetryPolicy fast;
        fast.baseDelayMs = 50;
        client.setRetryPolicy(fast);
    }
}

// Deterministic bytes that do not compress or repeat in short runs.
inline QByteArray pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}
