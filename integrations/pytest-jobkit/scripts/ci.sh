#!/usr/bin/env bash
# CI for pytest-jobkit: build the wheel, install it into interop/.venv (made by `npm run interop -w @jobkit/interop`),
# lint and type-check it, and run its tests with the real openeo client against the built mock (packages/mock-server/dist/cli.js).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
python="$root/interop/.venv/bin/python"
cli="$root/packages/mock-server/dist/cli.js"

fail() { echo "pytest-jobkit ci: $*" >&2; exit 1; }
[[ -x "$python" ]] || fail "$python is missing; run \`npm run interop -w @jobkit/interop\` first (it creates interop/.venv)."
[[ -f "$cli" ]] || fail "$cli is missing; run \`npm run build\` first."

wheels="$(mktemp -d)"
trap 'rm -rf "$wheels"' EXIT
pip=("$python" -m pip --disable-pip-version-check --quiet)
"${pip[@]}" wheel --no-deps --wheel-dir "$wheels" "$here"
wheel=("$wheels"/pytest_jobkit-*.whl)
[[ -f "${wheel[0]}" ]] || fail "no wheel was built in $wheels."
echo "pytest-jobkit ci: built $(basename "${wheel[0]}")"
"${pip[@]}" install -r "$here/requirements-ci.txt"
"${pip[@]}" install --force-reinstall --no-deps "${wheel[0]}"

(cd "$here" && "$python" -m ruff check src tests && "$python" -m ruff format --check src tests && "$python" -m mypy)

status=0
JOBKIT_MOCK_COMMAND="node $cli" "$python" -m pytest "$here/tests" -p no:cacheprovider -rs || status=$?
case "$status" in
  0) echo "pytest-jobkit ci: passed" ;;
  5) fail "pytest collected no tests (exit 5): the suite did not run, which is a failure, not a pass." ;;
  *) fail "pytest failed (exit $status)." ;;
esac
