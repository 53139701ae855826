"""The test's handle on the mock: its URL and users, authenticated openeo connections, the control API."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import requests

from .errors import JobkitMockError

if TYPE_CHECKING:
    from openeo.rest.connection import Connection

#: Seconds any single control request may take.
REQUEST_TIMEOUT = 10.0


class JobkitMock:
    """One running jobkit mock, as the ``jobkit_mock`` fixture gives it (reset before every test).

    ``url`` is the back-end's root URL, ``users`` maps each user name to its password, ``pid`` is the id of the
    mock's process (group), ``control_path`` where its control API is mounted.
    """

    def __init__(self, url: str, users: dict[str, str], pid: int, control_path: str = "/_jobkit") -> None:
        self.url = url
        self.users = dict(users)
        self.pid = pid
        self._control = control_path
        self._http = requests.Session()

    def connect(self, user: str = "alice", auth: str = "basic") -> Connection:
        """An ``openeo.Connection`` to the mock, authenticated as ``user``.

        ``auth="basic"`` uses HTTP Basic; ``auth="oidc"`` the OIDC client credentials the mock gives every
        user (client id ``<user>-client``, the user's password as secret).
        """
        try:
            from openeo.rest.connection import connect
        except ImportError as error:
            raise JobkitMockError(
                "OpeneoMissing", "connect() needs the openeo client: pip install 'pytest-jobkit[openeo]'."
            ) from error
        if user not in self.users:
            raise JobkitMockError(
                "UserUnknown", f"the mock has no user {user!r}; it has {', '.join(sorted(self.users))}."
            )
        connection = connect(self.url)
        if auth == "basic":
            return connection.authenticate_basic(user, self.users[user])
        if auth == "oidc":
            return connection.authenticate_oidc_client_credentials(
                client_id=f"{user}-client", client_secret=self.users[user]
            )
        raise JobkitMockError("AuthUnknown", f'auth must be "basic" or "oidc", got {auth!r}.')

    def advance(self, ms: int | float) -> datetime:
        """Moves the mock's clock forward by ``ms`` milliseconds; returns the new time."""
        return _as_datetime(self._call("POST", "/clock/advance", {"ms": ms})["now"])

    def now(self) -> datetime:
        """The mock's current time (virtual time starts at 2025-01-01T00:00:00Z)."""
        return _as_datetime(self._call("GET", "/clock")["now"])

    def add_fault(self, fault: dict[str, Any]) -> str:
        """Installs a fault (see the mock's README, "Faults"); returns its id."""
        return str(self._call("POST", "/faults", fault)["id"])

    def remove_fault(self, fault_id: str) -> None:
        self._call("DELETE", f"/faults/{quote(fault_id, safe='')}")

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def journal(self) -> list[dict[str, Any]]:
        """The requests the mock answered, oldest first: ``{method, path, status, user, time}``
        (``user`` is None when unauthenticated, ``time`` in ms of mock time)."""
        entries = self._call("GET", "/journal")["entries"]
        return [{"user": None, **entry} for entry in entries]

    def jobs(self, user: str | None = None) -> list[dict[str, Any]]:
        """The jobs the mock holds (of ``user``, or everyone's), in creation order, each as ``GET /jobs/{id}``
        shows it plus ``owner``, ``logs`` and ``files``."""
        params = None if user is None else {"user": user}
        return list(self._call("GET", "/jobs", params=params)["jobs"])

    def reset(self) -> None:
        """Back to the state after start: no jobs, tokens, faults or journal; the clock restarts."""
        self._call("POST", "/reset")

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, body: Any = None, params: dict[str, str] | None = None) -> dict[str, Any]:
        url = f"{self.url}{self._control}{path}"
        try:
            response = self._http.request(method, url, json=body, params=params, timeout=REQUEST_TIMEOUT)
        except requests.RequestException as error:
            raise JobkitMockError("MockUnreachable", f"{method} {url} failed: {error}") from error
        if response.status_code >= 400:
            raise _api_error(method, url, response)
        return response.json() if response.content else {}


def _api_error(method: str, url: str, response: requests.Response) -> JobkitMockError:
    try:
        error = response.json()
        code, message = str(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError):
        code, message = "MockUnreachable", response.text[:500]
    return JobkitMockError(
        code, f"{method} {url} → {response.status_code} {code}: {message}", status=response.status_code
    )


def _as_datetime(ms: float) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
