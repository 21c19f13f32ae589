#include "socketoptions.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cstdlib>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace mediadesk {

int enableLowDelayOnTcpSockets()
{
    int changed = 0;
#ifdef Q_OS_LINUX
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return 0;
    const int own = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        int type = 0;
        socklen_t typeLength = sizeof type;
        if (::getsockopt(int(fd), SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_STREAM)
            continue; // not a socket, or not a stream
        if (::getsockname(int(fd), reinterpret_cast<sockaddr *>(&address), &length) != 0 ||
            (address.ss_family != AF_INET && address.ss_family != AF_INET6))
            continue; // a local (AF_UNIX) socket: D-Bus, X11
        int on = 0;
        socklen_t onLength = sizeof on;
        if (::getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, &onLength) != 0 || on)
            continue;
        on = 1;
        if (::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    ::closedir(dir);
#endif
    return changed;
}

} // namespace mediadesk
