"""Submission throughput and latency, over loopback, with the real scorer and policy.

Starts `commentdesk` under uvicorn in its own process(es) on SQLite or PostgreSQL,
then drives POST /api/v1/stories/{id}/comments from a second process:

* a closed loop with C concurrent clients, for acknowledged comments per second;
* an open loop at a fixed rate (default 200/s), for p50 and p99 latency;
* one client sending one comment at a time, for the CPU a comment costs when
  it arrives alone (a newsroom's usual load).

Usage:
    python bench/submit_bench.py --db sqlite --workers 2 --seconds 15
    python bench/submit_bench.py --db postgresql://postgres@127.0.0.1/test --workers 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from databases import refresh_statistics, temporary_database  # noqa: E402 - bench/

PHRASES = [
    "The council should publish the full costings before the vote.",
    "I ride this route every day and the delays are getting worse.",
    "Good reporting, but the article leaves out the cost to small shops.",
    "You are an idiot if you believe a word of this.",
    "Bus lanes worked in my city; give it a year before judging.",
    "This is the worst decision the mayor has made, and that is saying something.",
]


def prepare(database_url: str) -> tuple[int, str]:
    from commentdesk.domain import Role
    from commentdesk.store import Store, keys, sites, stories

    store = Store(database_url)
    store.migrate()
    with store.write() as conn:
        site = sites.create(conn, "bench-" + uuid.uuid4().hex[:8], "Bench")
        story, _ = stories.upsert(conn, site.id, "bench-story", title="Bench")
        _k, key = keys.create(conn, site.id, Role.INTEGRATION, "bench")
    store.close()
    return story.id, key


def start_server(database_url: str, data_dir: str, port: int, workers: int) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        {
            "COMMENTDESK_DATABASE_URL": database_url,
            "COMMENTDESK_DATA_DIR": data_dir,
            "COMMENTDESK_IP_RATE": "10000000/minute",
            "COMMENTDESK_AUTHOR_RATE": "10000000/minute",
        }
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "commentdesk.web.server:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


class Connection:
    """A minimal keep-alive HTTP/1.1 client: the load generator must cost far less CPU
    than the server it measures, and a full-featured client does not."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes, key: str) -> int:
        try:
            return await self._post(path, body, key)
        except (ConnectionError, IndexError):
            # The server closed an idle keep-alive connection: open a new one, once.
            self.writer = None
            return await self._post(path, body, key)

    async def _post(self, path: str, body: bytes, key: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nX-API-Key: {key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.writer.write(head + body)
        status_line = await self.reader.readline()
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(status_line.split()[1])


# How many signed-in readers post (``--readers``); 0: every comment anonymous.
# Set before the load generator's process forks, which inherits it.
READERS = 0


def _body(text: str) -> bytes:
    if not READERS:
        return json.dumps({"body": text}).encode()
    # Posted on the reader's behalf by the integration key, as a host site's
    # server would: the author's record and rate limit come into play.
    reader = random.randrange(READERS)
    author = {"id": f"reader-{reader}", "name": f"Reader {reader}"}
    return json.dumps({"body": text, "author": author}).encode()


async def _closed_loop(
    url: str, key: str, story: int, seconds: float, concurrency: int
) -> dict[str, Any]:
    host, port = url.split("//")[1].split(":")
    acked = errors = 0
    latencies: list[float] = []
    stop_at = time.perf_counter() + seconds
    path = f"/api/v1/stories/{story}/comments"

    async def worker(n: int) -> None:
        nonlocal acked, errors
        conn = Connection(host, int(port))
        i = 0
        while time.perf_counter() < stop_at:
            i += 1
            t0 = time.perf_counter()
            status = await conn.post(path, _body(f"{random.choice(PHRASES)} [{n}-{i}]"), key)
            latencies.append(time.perf_counter() - t0)
            if status in (200, 201):
                acked += 1
            else:
                errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    return _summary(acked, errors, time.perf_counter() - t0, latencies)


async def _open_loop(url: str, key: str, story: int, seconds: float, rate: float) -> dict[str, Any]:
    """Requests leave on a fixed schedule whatever the server does (no coordinated omission):
    each is sent on an idle keep-alive connection, or a new one if all are busy."""
    host, port = url.split("//")[1].split(":")
    acked = errors = 0
    latencies: list[float] = []
    idle: list[Connection] = []
    seconds_in: list[int] = []  # which second of the run each latency belongs to
    path = f"/api/v1/stories/{story}/comments"

    async def one(i: int, scheduled: float) -> None:
        nonlocal acked, errors
        conn = idle.pop() if idle else Connection(host, int(port))
        status = await conn.post(path, _body(f"{random.choice(PHRASES)} <{i}>"), key)
        latencies.append(time.perf_counter() - scheduled)
        seconds_in.append(int(scheduled - start))
        idle.append(conn)
        if status in (200, 201):
            acked += 1
        else:
            errors += 1

    tasks = []
    start = time.perf_counter()
    for i in range(int(seconds * rate)):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, scheduled)))
    await asyncio.gather(*tasks)
    # A tail spread evenly over the run and one made in a few bad seconds call for
    # different fixes: show the p99 of each second.
    by_second: dict[int, list[float]] = {}
    for second, latency in zip(seconds_in, latencies, strict=True):
        by_second.setdefault(second, []).append(latency)
    summary = _summary(acked, errors, time.perf_counter() - start, latencies)
    summary["p99_ms_each_second"] = [
        _summary(0, 0, 1, by_second[s])["p99_ms"] for s in sorted(by_second)
    ]
    return summary


def _summary(acked: int, errors: int, elapsed: float, latencies: list[float]) -> dict[str, Any]:
    latencies.sort()

    def pct(p: float) -> float:
        return (
            latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else 0
        )

    return {
        "acknowledged": acked,
        "errors": errors,
        "seconds": round(elapsed, 2),
        "per_second": round(acked / elapsed, 1) if elapsed else 0,
        "p50_ms": round(pct(0.50), 1),
        "p99_ms": round(pct(0.99), 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0,
    }


def _drive(
    mode: str,
    url: str,
    key: str,
    story: int,
    seconds: float,
    arg: float,
    out: multiprocessing.Queue,
) -> None:
    if mode == "closed":
        result = asyncio.run(_closed_loop(url, key, story, seconds, int(arg)))
    else:
        result = asyncio.run(_open_loop(url, key, story, seconds, arg))
    result["load_generator_cpu_s"] = time.process_time()
    out.put(result)


class CpuMeter:
    """CPU seconds spent by the server's processes, the database server's and the
    whole machine while a phase runs: on two cores, throughput is CPU per comment."""

    def __init__(self, server_pid: int) -> None:
        self.server = psutil.Process(server_pid)

    def _server_procs(self) -> list[psutil.Process]:
        return [self.server, *self.server.children(recursive=True)]

    @staticmethod
    def _database_procs() -> list[psutil.Process]:
        return [p for p in psutil.process_iter(["name"]) if p.info["name"] == "postgres"]

    @staticmethod
    def _cpu(procs: list[psutil.Process], kernel_only: bool = False) -> dict[int, float]:
        out = {}
        for p in procs:
            try:
                t = p.cpu_times()
                out[p.pid] = t.system if kernel_only else t.user + t.system
            except psutil.Error:
                continue
        return out

    def snapshot(self) -> dict[str, Any]:
        machine = psutil.cpu_times()
        return {
            "server": self._cpu(self._server_procs()),
            # The kernel's share (system calls, thread wake-ups, fsync), apart.
            "server_kernel": self._cpu(self._server_procs(), kernel_only=True),
            "database": self._cpu(self._database_procs()),
            "busy": machine.user + machine.system + machine.nice + machine.irq + machine.softirq,
            "wall": time.monotonic(),
        }

    def since(self, before: dict[str, Any], acked: int, generator_s: float) -> dict[str, Any]:
        after = self.snapshot()

        def spent(kind: str) -> float:
            return sum(v - before[kind].get(pid, 0.0) for pid, v in after[kind].items())

        per = 1000 / max(acked, 1)
        wall = after["wall"] - before["wall"]
        return {
            "server_ms_per_comment": round(spent("server") * per, 2),
            "server_kernel_ms_per_comment": round(spent("server_kernel") * per, 2),
            "database_ms_per_comment": round(spent("database") * per, 2),
            "load_generator_ms_per_comment": round(generator_s * per, 2),
            "machine_ms_per_comment": round((after["busy"] - before["busy"]) * per, 2),
            "machine_busy_share": round(
                (after["busy"] - before["busy"]) / (wall * (os.cpu_count() or 1)), 3
            ),
        }


def run_in_second_process(meter: CpuMeter, *args: object) -> dict[str, Any]:
    out: multiprocessing.Queue = multiprocessing.Queue()
    before = meter.snapshot()
    proc = multiprocessing.Process(target=_drive, args=(*args, out))
    proc.start()
    result = out.get()
    proc.join()
    result["cpu"] = meter.since(before, result["acknowledged"], result.pop("load_generator_cpu_s"))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite", help="'sqlite' or a PostgreSQL URL")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument(
        "--alone-seconds",
        type=float,
        default=5,
        help="a last phase of one client, one comment at a time (0: skip)",
    )
    parser.add_argument(
        "--readers",
        type=int,
        default=0,
        help="comments by this many signed-in readers, at random (0: all anonymous)",
    )
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    global READERS
    READERS = args.readers
    data_dir = tempfile.mkdtemp(prefix="cd-bench-")
    with temporary_database(args.db, data_dir) as database_url:
        story, key = prepare(database_url)
        server = start_server(database_url, data_dir, args.port, args.workers)
        url = f"http://127.0.0.1:{args.port}"
        meter = CpuMeter(server.pid)
        try:
            warm = run_in_second_process(meter, "closed", url, key, story, 3, 8)
            refresh_statistics(database_url)
            closed = run_in_second_process(
                meter, "closed", url, key, story, args.seconds, args.concurrency
            )
            opened = run_in_second_process(
                meter, "open", url, key, story, args.seconds, args.rate
            )
            # A newsroom's usual load: each comment arrives alone, so nothing is
            # shared with a batch and every fixed cost is paid in full.
            alone = (
                run_in_second_process(meter, "closed", url, key, story, args.alone_seconds, 1)
                if args.alone_seconds > 0
                else None
            )
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
    report = {
        "database": "sqlite" if args.db == "sqlite" else "postgresql",
        "server_workers": args.workers,
        "readers": args.readers,
        "cpus": os.cpu_count(),
        "warmup": warm,
        f"max_throughput_c{args.concurrency}": closed,
        f"fixed_rate_{int(args.rate)}_per_s": opened,
    }
    if alone is not None:
        report["one_at_a_time"] = alone
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
