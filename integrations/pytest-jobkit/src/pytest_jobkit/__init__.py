"""pytest fixtures that run the jobkit mock openEO back-end for tests of code using the ``openeo`` client."""

from .config import MockConfig
from .control import JobkitMock
from .errors import JobkitMockError

__all__ = ["JobkitMock", "JobkitMockError", "MockConfig"]
