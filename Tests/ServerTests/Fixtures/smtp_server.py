"""A real SMTP server for the mail tests: aiosmtpd on 127.0.0.1 that requires STARTTLS
(with the certificate it is given) and AUTH PLAIN with one user before it takes mail, and
writes each message it accepts, with its envelope, into a folder.

Usage: smtp_server.py --cert CERT --key KEY --out DIR --user USER --password PASSWORD
Prints "port N" once it listens; runs until stdin closes."""

import argparse
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Inbox:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.folder, f"{self.count:04}.eml")
        head = (f"X-Envelope-From: {envelope.mail_from}\r\nX-Envelope-To: {','.join(envelope.rcpt_tos)}\r\n"
                f"X-Authenticated-As: {session.auth_data.login.decode() if session.authenticated else '-'}\r\n"
                f"X-TLS: {'yes' if session.ssl else 'no'}\r\n")
        with open(path + ".part", "wb") as file:
            file.write(head.encode() + envelope.original_content)
        os.rename(path + ".part", path)
        return "250 Message accepted for delivery"


def main():
    options = argparse.ArgumentParser()
    for name in ("--cert", "--key", "--out", "--user", "--password"):
        options.add_argument(name, required=True)
    arguments = options.parse_args()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(arguments.cert, arguments.key)

    def authenticate(server, session, envelope, mechanism, data):
        good = (isinstance(data, LoginPassword) and data.login == arguments.user.encode()
                and data.password == arguments.password.encode())
        return AuthResult(success=good, handled=False, auth_data=data)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Inbox(arguments.out), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticate, auth_require_tls=True)
    controller.start()
    print(f"port {port}", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
