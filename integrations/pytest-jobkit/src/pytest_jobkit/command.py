"""Finds the command that starts the jobkit mock."""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Mapping
from typing import NamedTuple

from .errors import JobkitMockError

ENV_VAR = "JOBKIT_MOCK_COMMAND"

INSTALL_HINT = (
    "Install Node.js ≥ 20.19 and the mock (`npm install --save-dev @jobkit/mock-server`), "
    "or name the command with --jobkit-mock-command or the JOBKIT_MOCK_COMMAND environment variable "
    '(from a built jobkit checkout: "node packages/mock-server/dist/cli.js").'
)


class MockCommand(NamedTuple):
    """The argument list that starts the mock, and what to tell the user when it does not come up."""

    argv: list[str]
    hint: str = ""


def resolve_mock_command(option: str | None, environ: Mapping[str, str] | None = None) -> MockCommand:
    """The command that starts the mock.

    In order: the ``--jobkit-mock-command`` option, the ``JOBKIT_MOCK_COMMAND`` variable, ``jobkit-mock`` on
    ``PATH``, else ``npx --no-install jobkit-mock`` (whose failure then says what to install).
    Raises ``JobkitMockError`` (``MockCommandNotFound``) with what to install when none of them can run.
    """
    env = os.environ if environ is None else environ
    named = option or env.get(ENV_VAR)
    path = env.get("PATH", "")
    if named:
        command = shlex.split(named)
        if not command or shutil.which(command[0], path=path) is None:
            raise JobkitMockError(
                "MockCommandNotFound",
                f"the jobkit mock command {named!r} cannot be run ({command[0] if command else 'empty'} not found). "
                + INSTALL_HINT,
            )
        return MockCommand(command)
    on_path = shutil.which("jobkit-mock", path=path)
    if on_path:
        return MockCommand([on_path])
    npx = shutil.which("npx", path=path)
    if npx:
        return MockCommand([npx, "--no-install", "jobkit-mock"], "npx did not find jobkit-mock. " + INSTALL_HINT)
    raise JobkitMockError(
        "MockCommandNotFound",
        "cannot start the jobkit mock: neither jobkit-mock nor npx (Node.js) is on PATH. " + INSTALL_HINT,
    )
