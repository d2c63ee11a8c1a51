// Linux system calls that Swift's Glibc module does not bring in: epoll, eventfd and
// accept4, for the HTTP server's event loops; and a termination-signal handler, which
// Swift cannot write (a C signal handler may only do async-signal-safe work).
#ifndef GLOCAL_CSYSTEM_SHIM_H
#define GLOCAL_CSYSTEM_SHIM_H
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);

/// Accepts a connection as a non-blocking, close-on-exec socket; -1 with errno set on failure.
static inline int glocal_accept_nonblocking(int fd) {
    return accept4(fd, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

/// Where the termination handler writes one byte per signal (the write end of a pipe).
static int glocal_termination_fd = -1;

static void glocal_termination_handler(int signal_number) {
    unsigned char byte = (unsigned char)signal_number;
    if (glocal_termination_fd >= 0) { (void)write(glocal_termination_fd, &byte, 1); }
}

/// Installs, at once and for good, a handler for SIGTERM and SIGINT that writes a byte
/// to `fd`, so that no signal sent after this returns is lost; 0 on success.
static inline int glocal_install_termination_handlers(int fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = glocal_termination_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    glocal_termination_fd = fd;
    if (sigaction(SIGTERM, &action, 0) != 0) { return -1; }
    return sigaction(SIGINT, &action, 0);
}
#endif
