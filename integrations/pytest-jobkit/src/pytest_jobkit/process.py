"""The mock as a child process: started on 127.0.0.1 and a free port, stopped with its whole process group."""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import threading
import time
from collections import deque

import requests

from .errors import JobkitMockError

LISTENING = re.compile(r"listening on (https?://\S+)")
#: A credentials line of the mock CLI: "  alice / alice123 (credit 1000)", possibly followed by more (the OIDC client).
USER_LINE = re.compile(r"^\s+(\S+) / (\S+) \(credit [\d.]+\)")
#: The start line comes before the credentials; they are complete once this last start-up line is printed.
READY_LINE = "control API"


class MockProcess:
    """One running mock CLI. Use :meth:`start`; always :meth:`stop` it (it is idempotent)."""

    def __init__(self, popen: subprocess.Popen[str], command: list[str]) -> None:
        self._popen = popen
        self._command = command
        self._lines: deque[str] = deque(maxlen=200)
        self._ready = threading.Event()
        self.url = ""
        self.users: dict[str, str] = {}
        self._reader = threading.Thread(target=self._read, name="jobkit-mock-output", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        """The process id of the started command; also the id of its process group."""
        return self._popen.pid

    @classmethod
    def start(cls, command: list[str], arguments: list[str], timeout: float) -> MockProcess:
        """Runs ``command --host 127.0.0.1 --port 0 --exit-with-stdin *arguments`` and waits, at most ``timeout``
        seconds, until it printed its URL and answers ``GET /_jobkit/clock``.

        Its standard input is a pipe only this process holds: if this process dies, even by SIGKILL, the pipe
        ends and the mock stops by itself.
        """
        argv = [*command, "--host", "127.0.0.1", "--port", "0", "--exit-with-stdin", *arguments]
        try:
            popen = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
                start_new_session=True,
            )
        except OSError as error:
            raise JobkitMockError("MockCommandNotFound", f"cannot run {shlex.join(argv)}: {error}") from error
        process = cls(popen, argv)
        try:
            process._wait_until_ready(time.monotonic() + timeout, timeout)
        except BaseException:
            process.stop()
            raise
        return process

    def _read(self) -> None:
        assert self._popen.stdout is not None
        for raw in self._popen.stdout:
            line = raw.rstrip("\n")
            self._lines.append(line)
            match = LISTENING.search(line)
            if match and not self.url:
                self.url = match.group(1).rstrip("/")
            user = USER_LINE.match(line)
            if user:
                self.users[user.group(1)] = user.group(2)
            if self.url and READY_LINE in line:
                self._ready.set()
        self._ready.set()

    def _wait_until_ready(self, deadline: float, budget: float) -> None:
        self._ready.wait(max(0.0, deadline - time.monotonic()))
        if not self.url or self._popen.poll() is not None:
            self._fail(budget)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._fail(budget)
            try:
                requests.get(f"{self.url}/_jobkit/clock", timeout=min(remaining, 2.0)).raise_for_status()
                return
            except requests.RequestException:
                time.sleep(min(0.05, max(0.0, remaining)))

    def _fail(self, budget: float) -> None:
        if not self._reader.is_alive():  # its output ended: it is exiting, give it a moment to be reaped
            try:
                self._popen.wait(2.0)
            except subprocess.TimeoutExpired:
                pass
        exited = self._popen.poll()
        why = f"exited with code {exited}" if exited is not None else f"did not answer within {budget:g} s"
        output = "\n".join(self.output()) or "(no output)"
        raise JobkitMockError(
            "MockStartFailed",
            f"the jobkit mock ({shlex.join(self._command)}) {why}. Its output:\n{output}",
        )

    def output(self) -> list[str]:
        """The last 200 lines the process printed (stdout and stderr)."""
        return list(self._lines)

    def running(self) -> bool:
        return self._popen.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM to the process group, SIGKILL after ``timeout`` seconds; returns once the process exited."""
        if self._popen.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                self._popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                self._popen.wait(timeout)
        # Children of a wrapper (npx → node) may outlive it: end whatever is left of the group.
        self._signal_group(signal.SIGKILL)
        if self._popen.stdin is not None:
            self._popen.stdin.close()
        self._reader.join(timeout)

    def _signal_group(self, sig: signal.Signals) -> None:
        try:
            os.killpg(self._popen.pid, sig)
        except ProcessLookupError:
            pass
