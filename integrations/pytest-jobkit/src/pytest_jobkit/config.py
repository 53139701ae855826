"""What one mock process is started with: the session defaults, overridden by a ``jobkit`` marker."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import JobkitMockError

TIMINGS = ("wall", "virtual", "poll")
#: The openEO API versions the mock serves (``--api-version``).
API_VERSIONS = ("1.3.0", "1.2.0")
RESULTS_TYPES = ("Item", "Collection")


def _user_spec(user: object) -> str:
    """A user as the mock's ``--user name:password[:credit]`` option, from that string or a mapping."""
    if isinstance(user, Mapping):
        name, password, credit = user.get("name"), user.get("password"), user.get("credit")
        spec = f"{name}:{password}" + ("" if credit is None else f":{credit}")
    else:
        spec = str(user)
    parts = spec.split(":")
    if len(parts) not in (2, 3) or not all(parts[:2]) or (len(parts) == 3 and not parts[2].isdigit()):
        raise JobkitMockError(
            "ConfigInvalid",
            f"a jobkit user must be 'name:password[:credit]' or {{'name', 'password', 'credit'?}}, got {user!r}.",
        )
    return spec


@dataclass(frozen=True)
class MockConfig:
    """The configuration of one mock process; two tests share a process when their configs are equal."""

    timing: str = "virtual"
    seed: int | None = None
    users: tuple[str, ...] | None = None
    results_type: str | None = None
    api_version: str | None = None

    def __post_init__(self) -> None:
        if self.timing not in TIMINGS:
            raise JobkitMockError("ConfigInvalid", f"timing must be one of {', '.join(TIMINGS)}, got {self.timing!r}.")
        if self.seed is not None and (not isinstance(self.seed, int) or self.seed < 0):
            raise JobkitMockError("ConfigInvalid", f"seed must be an integer ≥ 0, got {self.seed!r}.")
        if self.api_version is not None and self.api_version not in API_VERSIONS:
            raise JobkitMockError(
                "ConfigInvalid", f"api_version must be one of {', '.join(API_VERSIONS)}, got {self.api_version!r}."
            )
        if self.results_type is not None and self.results_type not in RESULTS_TYPES:
            raise JobkitMockError(
                "ConfigInvalid", f"results_type must be Item or Collection, got {self.results_type!r}."
            )

    def with_overrides(self, overrides: Mapping[str, Any]) -> MockConfig:
        """This config with a marker's keyword arguments applied; unknown names are refused."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise JobkitMockError(
                "ConfigInvalid",
                f"@pytest.mark.jobkit does not know {', '.join(unknown)}; it takes {', '.join(sorted(known))}.",
            )
        values = dict(overrides)
        if values.get("users") is not None:
            values["users"] = tuple(_user_spec(u) for u in _as_list(values["users"]))
        return replace(self, **values)

    def arguments(self) -> list[str]:
        """The mock CLI's arguments for this config (host and port excluded)."""
        args = ["--timing", self.timing]
        if self.seed is not None:
            args += ["--seed", str(self.seed)]
        for user in self.users or ():
            args += ["--user", user]
        if self.results_type is not None:
            args += ["--results-type", self.results_type]
        if self.api_version is not None:
            args += ["--api-version", self.api_version]
        return args


def _as_list(users: object) -> Iterable[object]:
    if isinstance(users, (str, Mapping)) or not isinstance(users, Iterable):
        raise JobkitMockError("ConfigInvalid", f"users must be a list of users, got {users!r}.")
    return users
