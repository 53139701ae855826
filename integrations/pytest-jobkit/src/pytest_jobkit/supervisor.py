"""One mock process per session, restarted only when a test asks for a different configuration."""

from __future__ import annotations

from .command import MockCommand
from .config import MockConfig
from .control import JobkitMock
from .errors import JobkitMockError
from .process import MockProcess


class MockSupervisor:
    """Starts the mock on first use, reuses it while the configuration stays the same, stops it at the end."""

    def __init__(self, command: MockCommand, start_timeout: float) -> None:
        self._command = command
        self._start_timeout = start_timeout
        self._config: MockConfig | None = None
        self._process: MockProcess | None = None
        self._mock: JobkitMock | None = None

    def mock_for(self, config: MockConfig) -> JobkitMock:
        """A mock running with ``config``, reset to its starting state."""
        if self._mock is None or self._process is None or config != self._config or not self._process.running():
            self.stop()
            self._process = self._start(config)
            self._config = config
            self._mock = JobkitMock(self._process.url, self._process.users, self._process.pid, self._control_path())
        else:
            self._mock.reset()
        return self._mock

    def _control_path(self) -> str:
        assert self._process is not None and self._process.ready is not None
        return self._process.ready.control_path

    def _start(self, config: MockConfig) -> MockProcess:
        try:
            process = MockProcess.start(self._command.argv, config.arguments(), self._start_timeout)
        except JobkitMockError as error:
            if error.code != "MockStartFailed" or not self._command.hint:
                raise
            raise JobkitMockError(error.code, f"{error.message}\n{self._command.hint}") from error
        _check_api_version(process, config.api_version)
        return process

    def stop(self) -> None:
        """Stops the running mock, if any (idempotent)."""
        if self._mock is not None:
            self._mock.close()
        if self._process is not None:
            self._process.stop()
        self._config = self._process = self._mock = None


def _check_api_version(process: MockProcess, wanted: str | None) -> None:
    """The mock must serve the API version a test asked for; a mock too old or too new to know it is stopped."""
    assert process.ready is not None
    served = process.ready.api_versions
    if wanted is not None and wanted not in served:
        process.stop()
        raise JobkitMockError(
            "MockStartFailed",
            f"the jobkit mock serves openEO API {', '.join(served)}, not the api_version {wanted} a test asked for.",
        )
