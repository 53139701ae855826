"""The one error type of pytest-jobkit."""

from __future__ import annotations

PREFIX = "pytest-jobkit: "


class JobkitMockError(Exception):
    """A failure of the jobkit mock or of the plugin around it.

    ``code`` is stable: the mock's openEO error code when its control API refused a request (for example
    ``FaultInvalid``), else one of the plugin's own (``MockCommandNotFound``, ``MockStartFailed``,
    ``MockUnreachable``, ``ConfigInvalid``, ``OpeneoMissing``, ``UserUnknown``, ``AuthUnknown``).
    ``status`` is the HTTP status when there was one.
    """

    def __init__(self, code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message if message.startswith(PREFIX) else PREFIX + message)
        self.code = code
        self.status = status

    @property
    def message(self) -> str:
        """The message, without the ``pytest-jobkit:`` prefix."""
        return str(self)[len(PREFIX) :]
