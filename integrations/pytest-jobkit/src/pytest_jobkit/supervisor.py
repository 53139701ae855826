"""One mock process per session, restarted only when a test asks for a different configuration."""

from __future__ import annotations

from .config import MockConfig
from .control import JobkitMock
from .process import MockProcess


class MockSupervisor:
    """Starts the mock on first use, reuses it while the configuration stays the same, stops it at the end."""

    def __init__(self, command: list[str], start_timeout: float) -> None:
        self._command = command
        self._start_timeout = start_timeout
        self._config: MockConfig | None = None
        self._process: MockProcess | None = None
        self._mock: JobkitMock | None = None

    def mock_for(self, config: MockConfig) -> JobkitMock:
        """A mock running with ``config``, reset to its starting state."""
        if self._mock is None or self._process is None or config != self._config or not self._process.running():
            self.stop()
            self._process = MockProcess.start(self._command, config.arguments(), self._start_timeout)
            self._config = config
            self._mock = JobkitMock(self._process.url, self._process.users, self._process.pid)
        else:
            self._mock.reset()
        return self._mock

    def stop(self) -> None:
        """Stops the running mock, if any (idempotent)."""
        if self._mock is not None:
            self._mock.close()
        if self._process is not None:
            self._process.stop()
        self._config = self._process = self._mock = None
