#!/usr/bin/env bash
# Installs what the test suites use on a fresh machine (idempotent). Called by .ci/run; run it once by hand
# before the first `dotnet test` on a new machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Notice delivery tests talk SMTP to a real server: Debian's aiosmtpd, run by /usr/bin/python3.
if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq python3-aiosmtpd >/dev/null
fi
echo "test dependencies: python3-aiosmtpd $(/usr/bin/python3 -c 'import aiosmtpd; print(aiosmtpd.__version__)')"
