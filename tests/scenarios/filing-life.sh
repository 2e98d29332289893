#!/usr/bin/env bash
# Plays one filing's whole life over HTTP against a server started with the manual clock, and prints each
# notice as it is sent: application, one-time correction, acceptance, completion within 5 working days,
# an assessment plan with its supervision report and result publicity, the yearly reports, the renewal window,
# expiry, the 60-day grace period and deemed abandonment.
#
#   bash tests/scenarios/filing-life.sh            # starts its own server on a free port, fresh database
#   BASE=http://localhost:5000 bash tests/scenarios/filing-life.sh   # against a running rehearsal server
#
# Needs curl and jq. Exits non-zero on the first unexpected answer.
set -euo pipefail
cd "$(dirname "$0")/../.."

PASSWORD=${PASSWORD:-Demo-Passw0rd!}
START=${START:-2025-09-24T09:00:00+08:00}
work=$(mktemp -d)
trap 'kill ${server_pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

if [ -z "${BASE:-}" ]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$port"
  echo "== starting a server at $BASE (manual clock at $START, database and mail in $work)"
  dotnet build src/EvalWorkflows.Server -v q -nologo >/dev/null
  dotnet run --no-build --project src/EvalWorkflows.Server -- --urls "$BASE" \
    --ConnectionStrings:Default="Data Source=$work/scenario.db" --Mail:PickupDirectory="$work/mail" \
    --Seed:Demo=true --Seed:Password="$PASSWORD" --Clock:Mode=Manual --Clock:Start="$START" \
    --Jobs:Server=false --Logging:LogLevel:Default=Warning > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do curl -sf "$BASE/health" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -s "$BASE/health" >/dev/null || { cat "$work/server.log"; exit 1; }
fi

declare -A jar
call() { # call USER METHOD PATH [JSON] -> body on stdout; fails on 4xx/5xx
  local user=$1 method=$2 path=$3 body=${4:-}
  local out status
  out=$(curl -s -w '\n%{http_code}' -b "$work/$user.cookies" -c "$work/$user.cookies" -X "$method" \
    -H 'Content-Type: application/json' ${body:+--data "$body"} "$BASE$path")
  status=${out##*$'\n'}; out=${out%$'\n'*}
  if [ "$status" -ge 400 ]; then echo "!! $method $path as $user -> $status: $out" >&2; return 1; fi
  printf '%s' "$out"
}
login() { call "$1" POST /api/auth/login "{\"userName\":\"$1\",\"password\":\"$2\"}" >/dev/null; }

seen=0
notices() { # prints the notices queued or sent since the last call
  local all count
  all=$(call admin GET /api/notices)
  count=$(jq length <<<"$all")
  jq -r --argjson from "$seen" 'sort_by(.queuedAt) | .[$from:] | .[] |
    "   ✉ \(.queuedAt[0:10]) [\(.status)] \(.template) → \(.to)\n     \(.subject)\n     依据：\(.basis // "—")"' <<<"$all"
  seen=$count
}
now() { call admin GET /api/clock | jq -r .now; }
advance_to() { echo "== clock → $1"; call admin POST /api/clock/advance "{\"to\":\"$1\"}" >/dev/null; notices; }
task_of() { # task_of INSTANCE_ID USER -> first open task id visible to USER
  call "$2" GET "/api/tasks?instanceId=$1" | jq -r '.[0].id // empty'
}
complete() { # complete USER TASK OUTCOME DATA
  call "$1" POST "/api/tasks/$2/complete" "{\"outcome\":\"$3\",\"data\":${4:-{\}}}" >/dev/null
}

login admin "$PASSWORD"; login clerk "$PASSWORD"; login supervisor "$PASSWORD"; login evaluator "$PASSWORD"
echo "== $(now): the clerk registers the institution"
inst=$(call clerk POST /api/institutions '{"name":"济南市精工职业培训学校","creditCode":"52370100MJD600145P","kind":"PrivateTrainingInstitution","legalRepresentative":"王强","address":"济南市历下区经十路 100 号","contactName":"李敏","contactPhone":"0531-88886666","email":"liming@jinggong.example","authority":"province"}')
inst_user=$(jq -r .userName <<<"$inst"); inst_password=$(jq -r .password <<<"$inst")
login "$inst_user" "$inst_password"
echo "   institution login: $inst_user"

echo "== $(now): the institution applies for filing"
filing=$(call "$inst_user" POST /api/filings @FILING@)
filing_id=$(jq -r .id <<<"$filing"); filing_instance=$(jq -r .instanceId <<<"$filing")
notices
