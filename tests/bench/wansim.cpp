// mediadesk-wansim: a TCP relay on loopback that makes a fast local link look like the internet.
// It adds a round-trip time (also to connection set-up) and a bandwidth cap per direction, shared
// by every connection, so tests and benchmarks see what a user talking to Twilio sees. TLS passes
// through untouched (the relay never looks inside the bytes).
//
//   mediadesk-wansim --target PORT [--target-host 127.0.0.1] [--port 0] [--rtt-ms 50]
//                    [--rate BYTES_PER_SECOND]
// The first stdout line is "listening on 127.0.0.1:PORT". Loopback only: it refuses to listen on
// or relay to any other address.
//
// The model: bytes read from one side are booked on that direction's link, which sends them at
// the given rate one after another (serialisation), then they arrive rtt/2 later (propagation).
// The first bytes of a connection also wait one round trip, as the TCP handshake would have made
// the client wait. Each direction holds at most one bandwidth-delay product (plus 64 KiB) in
// flight, so a sender feels back-pressure as it would from a real path. Slow start and loss are
// not modelled, and with several connections the queue in front of the shared link can hold one
// bandwidth-delay product per connection (more queueing delay than one TCP path would build):
// every contender meets the same path.
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr size_t ReadChunk = 16 * 1024; // fine-grained booking keeps connections fair on one link

struct Config
{
    std::string targetHost = "127.0.0.1";
    int targetPort = 0;
    int port = 0;
    Clock::duration rtt = 0ms;
    double rate = 0; // bytes per second; 0 = no cap
};

// One direction of the simulated path, shared by all connections.
class Link
{
public:
    explicit Link(double rate) : m_rate(rate) {}

    // Books size bytes that became ready at `ready`; returns when their last byte leaves the link.
    Clock::time_point book(Clock::time_point ready, size_t size)
    {
        if (m_rate <= 0)
            return ready;
        std::lock_guard lock(m_mutex);
        const auto start = std::max(ready, m_freeAt);
        m_freeAt = start + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(double(size) / m_rate));
        return m_freeAt;
    }

private:
    double m_rate;
    std::mutex m_mutex;
    Clock::time_point m_freeAt{};
};

struct Chunk
{
    Clock::time_point deliverAt;
    std::string bytes;
};

// Relays one direction of one connection: a reader books chunks, a writer delivers them on time.
class Pipe
{
public:
    Pipe(int from, int to, Link &link, const Config &config, Clock::time_point handshakeDone)
        : m_from(from), m_to(to), m_link(link), m_config(config), m_handshakeDone(handshakeDone)
    {
        const double bdp = config.rate > 0 ? config.rate * std::chrono::duration<double>(config.rtt).count()
                                           : 4.0 * 1024 * 1024;
        m_limit = size_t(bdp) + 64 * 1024;
    }

    void run()
    {
        std::thread writer([this] { writeLoop(); });
        readLoop();
        writer.join();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    std::atomic<bool> failed{false};

private:
    void readLoop()
    {
        std::vector<char> buffer(ReadChunk);
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopped || m_queued < m_limit; });
                if (m_stopped)
                    return;
            }
            const ssize_t n = ::recv(m_from, buffer.data(), buffer.size(), 0);
            if (n <= 0) {
                std::lock_guard lock(m_mutex);
                m_eof = true;
                if (n < 0)
                    failed = true;
                m_changed.notify_all();
                return;
            }
            const auto now = Clock::now();
            const auto sent = m_link.book(std::max(now, m_handshakeDone), size_t(n));
            std::lock_guard lock(m_mutex);
            m_queue.push_back({sent + m_config.rtt / 2, std::string(buffer.data(), size_t(n))});
            m_queued += size_t(n);
            m_changed.notify_all();
        }
    }

    void writeLoop()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopped || m_eof || !m_queue.empty(); });
                if (m_stopped)
                    return;
                if (m_queue.empty()) { // end of stream and everything delivered
                    ::shutdown(m_to, failed ? SHUT_RDWR : SHUT_WR);
                    return;
                }
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            std::this_thread::sleep_until(chunk.deliverAt);
            size_t done = 0;
            while (done < chunk.bytes.size()) {
                const ssize_t w =
                    ::send(m_to, chunk.bytes.data() + done, chunk.bytes.size() - done, MSG_NOSIGNAL);
                if (w <= 0) {
                    failed = true;
                    ::shutdown(m_from, SHUT_RDWR); // the reader sees the end
                    stop();
                    return;
                }
                done += size_t(w);
            }
            std::lock_guard lock(m_mutex);
            m_queued -= chunk.bytes.size();
            m_changed.notify_all();
        }
    }

    int m_from;
    int m_to;
    Link &m_link;
    const Config &m_config;
    Clock::time_point m_handshakeDone;
    size_t m_limit;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    size_t m_queued = 0;
    bool m_eof = false;
    bool m_stopped = false;
};

bool loopbackHost(const std::string &host)
{
    in_addr addr{};
    return host == "localhost" ||
           (::inet_pton(AF_INET, host.c_str(), &addr) == 1 && (ntohl(addr.s_addr) >> 24) == 127);
}

int connectTo(const Config &config)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(config.targetPort));
    ::inet_pton(AF_INET, config.targetHost == "localhost" ? "127.0.0.1" : config.targetHost.c_str(),
                &addr.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void relay(int client, const Config &config, Link &up, Link &down)
{
    // The client's connect() returned at once on loopback; on the internet it would have waited a
    // round trip for the handshake, so nothing it sends arrives before then.
    const auto handshakeDone = Clock::now() + config.rtt;
    const int server = connectTo(config);
    if (server < 0) {
        ::close(client);
        return;
    }
    const int on = 1;
    for (int fd : {client, server})
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); // delays are ours, not Nagle's
    Pipe toServer(client, server, up, config, handshakeDone);
    Pipe toClient(server, client, down, config, handshakeDone);
    std::thread a([&] { toServer.run(); });
    toClient.run();
    if (toClient.failed)
        toServer.stop();
    a.join();
    ::close(server);
    ::close(client);
}

bool parse(int argc, char **argv, Config &config)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        const char *v = nullptr;
        if ((arg == "--target" || arg == "--port" || arg == "--rtt-ms" || arg == "--rate" ||
             arg == "--target-host") &&
            (v = value())) {
            if (arg == "--target")
                config.targetPort = std::atoi(v);
            else if (arg == "--port")
                config.port = std::atoi(v);
            else if (arg == "--rtt-ms")
                config.rtt = std::chrono::milliseconds(std::atol(v));
            else if (arg == "--rate")
                config.rate = std::atof(v);
            else
                config.targetHost = v;
        } else {
            return false;
        }
    }
    return config.targetPort > 0 && config.targetPort < 65536 && loopbackHost(config.targetHost) &&
           config.rtt >= 0ms && config.rate >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    Config config;
    if (!parse(argc, argv, config)) {
        std::fprintf(stderr,
                     "usage: %s --target PORT [--target-host 127.0.0.1] [--port 0] [--rtt-ms MS] "
                     "[--rate BYTES_PER_SECOND]\n(loopback only)\n",
                     argv[0]);
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(config.port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(listener, 128) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &length) != 0) {
        std::perror("listen");
        return 1;
    }
    std::printf("listening on 127.0.0.1:%d\n", ntohs(addr.sin_port));
    std::fflush(stdout);

    Link up(config.rate);
    Link down(config.rate);
    for (;;) {
        const int client = ::accept(listener, nullptr, nullptr);
        if (client < 0) {
            std::this_thread::sleep_for(10ms); // out of descriptors: don't spin
            continue;
        }
        std::thread([client, &config, &up, &down] { relay(client, config, up, down); }).detach();
    }
}
