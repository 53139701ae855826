"""The mock as a child process: started on 127.0.0.1 and a free port, stopped with its whole process group."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import threading
import time
from collections import deque

import requests

from .errors import JobkitMockError
from .ready import ReadyDocument, parse_ready_line


class MockProcess:
    """One running mock CLI. Use :meth:`start`; always :meth:`stop` it (it is idempotent)."""

    def __init__(self, popen: subprocess.Popen[str], command: list[str]) -> None:
        self._popen = popen
        self._command = command
        self._lines: deque[str] = deque(maxlen=200)
        self._ready = threading.Event()
        #: What the mock printed with ``--ready-json``; None until then (or when its line was not a ready document).
        self.ready: ReadyDocument | None = None
        self._problem = ""
        self._reader = threading.Thread(target=self._read, name="jobkit-mock-output", daemon=True)
        self._errors = threading.Thread(target=self._read_stderr, name="jobkit-mock-stderr", daemon=True)
        self._reader.start()
        self._errors.start()

    @property
    def url(self) -> str:
        """The mock's root URL (without a trailing slash)."""
        return self.ready.url if self.ready else ""

    @property
    def users(self) -> dict[str, str]:
        """Each user name with its password."""
        return dict(self.ready.users) if self.ready else {}

    @property
    def pid(self) -> int:
        """The process id of the started command; also the id of its process group."""
        return self._popen.pid

    @classmethod
    def start(cls, command: list[str], arguments: list[str], timeout: float) -> MockProcess:
        """Runs ``command --host 127.0.0.1 --port 0 --exit-with-stdin *arguments --ready-json`` and waits, at most
        ``timeout`` seconds, until it printed its ready line and its control API answers ``GET <control>/clock``.

        Its standard input is a pipe only this process holds: if this process dies, even by SIGKILL, the pipe
        ends and the mock stops by itself.
        """
        argv = [*command, "--host", "127.0.0.1", "--port", "0", "--exit-with-stdin", *arguments, "--ready-json"]
        try:
            popen = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
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
        """Standard output: the ready line first, and nothing else."""
        assert self._popen.stdout is not None
        for raw in self._popen.stdout:
            line = raw.rstrip("\n")
            self._lines.append(line)
            if self.ready is None and not self._problem:
                try:
                    self.ready = parse_ready_line(line)
                except ValueError as error:
                    self._problem = f"its first line is not a --ready-json line: {error}"
                self._ready.set()
        self._ready.set()

    def _read_stderr(self) -> None:
        """Standard error (the human banner, warnings and errors): kept for the message of a failed start."""
        assert self._popen.stderr is not None
        for raw in self._popen.stderr:
            self._lines.append(raw.rstrip("\n"))

    def _wait_until_ready(self, deadline: float, budget: float) -> None:
        self._ready.wait(max(0.0, deadline - time.monotonic()))
        if self.ready is None or self._popen.poll() is not None:
            self._fail(budget)
        assert self.ready is not None
        clock = f"{self.url}{self.ready.control_path}/clock"
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._fail(budget)
            try:
                requests.get(clock, timeout=min(remaining, 2.0)).raise_for_status()
                return
            except requests.RequestException:
                time.sleep(min(0.05, max(0.0, remaining)))

    def _fail(self, budget: float) -> None:
        if self._problem or not self._reader.is_alive():  # a wrong first line or no more output: it may be exiting
            try:
                self._popen.wait(2.0)
            except subprocess.TimeoutExpired:
                pass
        exited = self._popen.poll()
        why = f"exited with code {exited}" if exited is not None else f"did not answer within {budget:g} s"
        if self._problem and exited is None:
            why = self._problem
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
        self._errors.join(timeout)

    def _signal_group(self, sig: signal.Signals) -> None:
        try:
            os.killpg(self._popen.pid, sig)
        except ProcessLookupError:
            pass
