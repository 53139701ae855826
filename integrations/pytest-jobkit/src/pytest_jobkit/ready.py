"""The mock's ``--ready-json`` line: one JSON object it prints on stdout once it listens."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ReadyDocument:
    """What the mock says about itself when ready.

    ``api_versions`` maps each served API version to its root URL, ``users`` each user name to its password,
    ``control_path`` is where the control API is mounted.
    """

    url: str
    api_versions: dict[str, str]
    users: dict[str, str]
    control_path: str
    control_token_required: bool
    seed: int | str


def _field(document: dict[str, Any], name: str, kind: type) -> Any:
    value = document.get(name)
    if not isinstance(value, kind):
        raise ValueError(f"its {name!r} is {value!r}, not a {kind.__name__}")
    return value


def _entries(document: dict[str, Any], name: str, keys: tuple[str, str]) -> dict[str, str]:
    entries = {}
    for entry in _field(document, name, list):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(key), str) for key in keys):
            raise ValueError(f"an entry of {name!r} lacks {' or '.join(keys)}: {entry!r}")
        entries[entry[keys[0]]] = entry[keys[1]]
    return entries


def parse_ready_line(line: str) -> ReadyDocument:
    """The ready document on ``line``; ``ValueError`` saying what is wrong when it is not one."""
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"it is not JSON ({error.msg})") from error
    if not isinstance(document, dict):
        raise ValueError("it is not a JSON object")
    control = _field(document, "control", dict)
    seed = document.get("seed")
    if not isinstance(seed, (int, str)) or isinstance(seed, bool):
        raise ValueError(f"its 'seed' is {seed!r}, not a number or 'random'")
    return ReadyDocument(
        url=_field(document, "url", str).rstrip("/"),
        api_versions=_entries(document, "api_versions", ("api_version", "url")),
        users=_entries(document, "users", ("name", "password")),
        control_path=_field(control, "path", str),
        control_token_required=_field(control, "token_required", bool),
        seed=seed,
    )
