#!/usr/bin/env python3
"""Holds many idle connections (and some that send their headers a byte at a time) open against a Cairn server,
then measures whether a new client is still served, and whether the slow ones are closed.

Usage: connection_flood.py HOST PORT [--idle N] [--slow M] [--slow-deadline S] [--max-wait S] [--hold S]
Prints one line per measurement and a last line `flood: … new client served in X ms (median of 5)`; exits 1 when a
new client is not served within --max-wait seconds, or a slow connection is still open after --slow-deadline.
"""

import argparse
import resource
import selectors
import socket
import statistics
import sys
import time


def raise_file_limit() -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def open_idle(host: str, port: int, count: int, seconds: float) -> list[socket.socket]:
    """Opens up to `count` TCP connections that send nothing; returns those the server's kernel accepted."""
    selector = selectors.DefaultSelector()
    pending = 0
    opened: list[socket.socket] = []
    deadline = time.monotonic() + seconds
    started = 0
    while (started < count or pending) and time.monotonic() < deadline:
        while started < count and pending < 500:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            sock.connect_ex((host, port))
            selector.register(sock, selectors.EVENT_WRITE)
            pending += 1
            started += 1
        for key, _ in selector.select(timeout=0.5):
            sock = key.fileobj
            selector.unregister(sock)
            pending -= 1
            if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                opened.append(sock)
            else:
                sock.close()
    for key in list(selector.get_map().values()):
        key.fileobj.close()
    selector.close()
    return opened


def request_time(host: str, port: int, max_wait: float) -> float | None:
    """Seconds a new client takes to get a full answer to GET /healthz; None when it gets none in time."""
    started = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=max_wait) as sock:
            sock.settimeout(max(0.1, max_wait - (time.monotonic() - started)))
            sock.sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            answer = b""
            while b"\r\n\r\n" not in answer or not answer.endswith(b"}"):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        if not answer.startswith(b"HTTP/1.1 200"):
            return None
        return time.monotonic() - started
    except OSError:
        return None


def still_open(sock: socket.socket) -> bool:
    """Whether the server has not closed the connection (a read would block rather than return EOF or reset)."""
    try:
        sock.setblocking(False)
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("--idle", type=int, default=20_000)
    parser.add_argument("--slow", type=int, default=200)
    parser.add_argument("--slow-deadline", type=float, default=0, help="seconds by which slow connections must be closed (0: not checked)")
    parser.add_argument("--max-wait", type=float, default=1.0)
    parser.add_argument("--hold", type=float, default=0, help="only open the idle connections and hold them this long")
    args = parser.parse_args()
    limit = raise_file_limit()
    wanted = min(args.idle, limit - args.slow - 64)
    started = time.monotonic()
    idle = open_idle(args.host, args.port, wanted, seconds=60)
    print(f"flood: {len(idle)} idle connections open (of {wanted} tried) in {time.monotonic() - started:.1f} s", flush=True)
    if args.hold > 0:
        time.sleep(args.hold)
        return 0

    slow = open_idle(args.host, args.port, args.slow, seconds=20)
    # Half send their headers a byte at a time; the other half a whole head, then a body a byte at a time.
    for index, sock in enumerate(slow):
        try:
            if index % 2 == 0:
                sock.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            else:
                sock.send(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                          b"Content-Length: 100000\r\n\r\nemail=")
        except OSError:
            pass
    slow_started = time.monotonic()
    print(f"flood: {len(slow)} slow connections sending their headers or bodies a byte at a time", flush=True)

    times = []
    failures = 0
    for _ in range(5):
        seconds = request_time(args.host, args.port, args.max_wait)
        if seconds is None:
            failures += 1
        else:
            times.append(seconds)
        for sock in slow:  # one more header byte each round, as a slow-loris client does
            try:
                sock.send(b"X")
            except OSError:
                pass
    ok = failures == 0
    if times:
        print(f"flood: new client served in {statistics.median(times) * 1000:.1f} ms (median of {len(times)}, "
              f"max {max(times) * 1000:.1f} ms), {failures} of 5 not served within {args.max_wait} s", flush=True)
    else:
        print(f"flood: no new client served within {args.max_wait} s (5 tries)", flush=True)

    if args.slow_deadline > 0:
        while time.monotonic() - slow_started < args.slow_deadline:
            for sock in slow:
                try:
                    sock.send(b"X")
                except OSError:
                    pass
            time.sleep(0.5)
        left = sum(1 for sock in slow if still_open(sock))
        print(f"flood: {left} of {len(slow)} slow connections still open after {args.slow_deadline:.0f} s", flush=True)
        ok = ok and left == 0
    still = sum(1 for sock in idle[:2000] if still_open(sock))
    print(f"flood: {still} of the first {min(2000, len(idle))} idle connections still open at the end", flush=True)
    for sock in idle + slow:
        sock.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
