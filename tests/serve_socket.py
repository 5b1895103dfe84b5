"""The service under uvicorn, as a deployment runs it, on a listening socket
inherited from the test process (its file descriptor is the one argument).

A port found free and bound later by the server could be taken in between
by another test worker ("address already in use"); a socket the test
process bound itself cannot, and a restarted server takes it over.
"""

from __future__ import annotations

import socket
import sys

import uvicorn


def main() -> None:
    sock = socket.socket(fileno=int(sys.argv[1]))
    config = uvicorn.Config("commentdesk.web.server:create_app", factory=True, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
