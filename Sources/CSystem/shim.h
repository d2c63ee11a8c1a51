// Linux system calls that Swift's Glibc module does not bring in: epoll, eventfd and
// accept4, for the HTTP server's event loops.
#ifndef GLOCAL_CSYSTEM_SHIM_H
#define GLOCAL_CSYSTEM_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);

/// Accepts a connection as a non-blocking, close-on-exec socket; -1 with errno set on failure.
static inline int glocal_accept_nonblocking(int fd) {
    return accept4(fd, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
}
#endif
