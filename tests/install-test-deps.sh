#!/usr/bin/env bash
# Installs what the test suites use on a fresh machine (idempotent). Called by .ci/run; run it once by hand
# before the first `dotnet test` on a new machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Notice delivery tests talk SMTP to a real server: Debian's aiosmtpd, run by /usr/bin/python3.
# The scenario script (tests/scenarios/filing-life.sh) drives the server over HTTP with curl and jq.
missing=()
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
command -v jq >/dev/null || missing+=(jq)
command -v curl >/dev/null || missing+=(curl)
# Browser tests drive Debian's Chromium through Playwright; pages and emails are Chinese, so CJK fonts too.
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
# The pages' scripts are installed from npm and bundled by esbuild during dotnet build.
command -v node >/dev/null || missing+=(nodejs npm)
# The server suite runs a second time on PostgreSQL (Debian's postgresql; tests/postgres-cluster.sh starts it).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
postgres=$(bash tests/postgres-cluster.sh start)
echo "test dependencies: postgresql $(ls /usr/lib/postgresql | sort -V | tail -1) at $postgres, python3-aiosmtpd $(/usr/bin/python3 -c 'import aiosmtpd; print(aiosmtpd.__version__)'), $(/usr/bin/chromium --version 2>/dev/null), node $(node --version)"
