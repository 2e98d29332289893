#!/usr/bin/env bash
# Installs what the test suites use on a fresh machine (idempotent). Called by .ci/run; run it once by hand
# before the first `dotnet test` on a new machine.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "test dependencies: nothing to install yet"
