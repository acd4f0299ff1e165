#pragma once

// Socket settings for an HTTP server answering Qt's HTTP client (QNetworkAccessManager), shared
// by ledgerd and the benchmarks' plain receiver so the two are measured alike.

#include <QTcpSocket>

#ifdef __linux__
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace fl::ledgerd {

// The answer goes out at once: the responder writes status line, headers and body separately,
// and Nagle's algorithm would hold the body back until the client's delayed ACK (~40 ms).
// Qt's client leaves Nagle on too, so the last piece of an upload waits for our ACK, which Linux
// delays by up to 40 ms: prompt ACKs whenever data arrives (TCP_QUICKACK does not stick) remove
// that wait. Call at each answer; from a connection's first answer on, keep-alive carries a sync.
inline void answerPromptly(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef TCP_QUICKACK
    if (socket->property("fl-quickack").toBool())
        return;
    socket->setProperty("fl-quickack", true);
    const auto quickAck = [socket] {
        int one = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, quickAck);
    quickAck();
#endif
}

} // namespace fl::ledgerd
