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
START=${START:-2023-02-27T09:00:00+08:00}
work=$(mktemp -d)
trap '[ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

if [ -z "${BASE:-}" ]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$port"
  echo "== starting a server at $BASE (manual clock at $START, database and mail in $work)"
  dotnet build src/EvalWorkflows.Server -v q -nologo >/dev/null
  dotnet run --no-build --project src/EvalWorkflows.Server -- --urls "$BASE" \
    --ConnectionStrings:Default="Data Source=$work/scenario.db" --Mail:PickupDirectory="$work/mail" \
    --Seed:Demo=true --Seed:Province=false --Seed:Password="$PASSWORD" --Clock:Mode=Manual --Clock:Start="$START" \
    --Logging:LogLevel:Default=Warning > "$work/server.log" 2>&1 &
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

touch "$work/printed"
all_notices() { # every notice, oldest first, one line each, reading the list page by page
  local page=1 body
  while :; do
    body=$(call admin GET "/api/notices?pageSize=100&page=$page") || return 1
    jq -c '.items[]' <<<"$body"
    [ $((page * 100)) -lt "$(jq .total <<<"$body")" ] || break
    page=$((page + 1))
  done
}
notices() { # prints the notices queued since the last call, oldest first, each once
  all_notices | while read -r n; do
    id=$(jq -r .id <<<"$n")
    grep -qx "$id" "$work/printed" && continue
    echo "$id" >> "$work/printed"
    jq -r '"   ✉ \(.queuedAt[0:16]) [\(.status)] \(.template) → \(.to)\n     \(.subject)\n     依据：\(.basis // "—")"' <<<"$n"
  done
}
now() { call admin GET /api/clock | jq -r .now; }
advance_to() { echo "== clock → $1"; call admin POST /api/clock/advance "{\"to\":\"$1\"}" >/dev/null; notices; }
task_of() { # task_of INSTANCE_ID USER -> first open task id visible to USER
  call "$2" GET "/api/tasks?instanceId=$1" | jq -r '.items[0].id // empty'
}
complete() { # complete USER TASK OUTCOME DATA
  call "$1" POST "/api/tasks/$2/complete" "{\"outcome\":\"$3\",\"data\":${4:-{\}}}" >/dev/null
}

login admin "$PASSWORD"; login clerk "$PASSWORD"; login supervisor "$PASSWORD"
open_task() { # open_task USER INSTANCE ELEMENT -> task id
  call "$1" GET "/api/tasks?instanceId=$2" | jq -r --arg e "$3" '[.items[] | select(.elementId == $e)][0].id // empty'
}
register() { echo "   public register: $(curl -s -G "$BASE/api/register" --data-urlencode "q=精工" | jq -c '[.items[] | {name, institutionCode, statusName}]')"; }
show_filing() {
  call clerk GET "/api/filings/$filing_id" | jq -r '"   备案状态 \(.status)，机构代码 \(.institutionCode // "—")，有效期 \(.validFrom // "—") 至 \(.validUntil // "—")，存续期至 \(.graceUntil // "—")"'
}

echo "== $(now): the clerk registers the institution"
inst=$(call clerk POST /api/institutions "$(jq -n '{name:"济南市精工职业培训学校", creditCode:"52370100MJD600145P",
  kind:"PrivateTrainingInstitution", legalRepresentative:"王强", address:"济南市历下区经十路100号",
  contactName:"李敏", contactPhone:"0531-88886666", email:"liming@jinggong.example.cn", authority:"province"}')")
inst_user=$(jq -r .userName <<<"$inst"); inst_password=$(jq -r .password <<<"$inst")
login "$inst_user" "$inst_password"
echo "   institution login: $inst_user"

echo "== $(now): the institution applies for filing (000 §二; 001 art. 6)"
application=$(jq -n '{
  scope: [{occupationCode:"6-18-02-04", occupationName:"焊工", workType:"电焊工", levels:[5,4,3], theoryAreaM2:80, theorySeats:40, practiceStations:12}],
  premises: {officeAreaM2:60, tenureYears:5, address:"济南市历下区经十路100号"},
  assessors: [range(1;6) | {name:"考评员\(.)", occupationCode:"6-18-02-04", qualificationLevel:2, ownStaff:true, certificateNo:"KP-00\(.)"}],
  materials: [{kind:"filing-form", fileName:"备案表.pdf", digest:"a1"}, {kind:"legal-status", fileName:"法人证书.pdf", digest:"b1"},
              {kind:"management-rules", fileName:"管理制度.pdf", digest:"c1"}, {kind:"premises-proof", fileName:"租赁合同.pdf", digest:"d1"}]}')
filing=$(call "$inst_user" POST /api/filings "$application")
filing_id=$(jq -r .id <<<"$filing"); filing_instance=$(jq -r .instanceId <<<"$filing")
notices

echo "== $(now): formal review finds the lease too short: one notice listing every item (000 §三.2)"
task=$(open_task clerk "$filing_instance" review)
complete clerk "$task" correct '{"correction_items":[{"material":"premises-proof","description":"租赁合同剩余期限不足3年"}]}'
notices; show_filing

echo "== $(now): the institution resubmits the corrected materials"
call "$inst_user" POST "/api/filings/$filing_id/resubmit" '{"materials":[{"kind":"premises-proof","fileName":"租赁合同-续签.pdf","digest":"d2"}]}' >/dev/null
task=$(open_task clerk "$filing_instance" review)
complete clerk "$task" accept '{}'
notices; show_filing

advance_to 2023-03-03T10:00:00+08:00
echo "== $(now): the clerk completes the filing within 5 working days (001 art. 9)"
complete clerk "$(open_task clerk "$filing_instance" complete)" "" '{}'
notices; show_filing
register

echo "== $(now): an assessment plan, at least 5 working days before the exam (002 §四(一))"
plan=$(call "$inst_user" POST /api/plans "$(jq -n --arg f "$filing_id" '{filingId:$f, examStart:"2023-03-20", examEnd:"2023-03-21",
  occupations:[{occupationCode:"6-18-02-04", level:4, candidates:30}],
  assessors:[range(1;4) | {name:"考评员\(.)", occupationCode:"6-18-02-04", qualificationLevel:2}]}')")
plan_id=$(jq -r .id <<<"$plan"); plan_instance=$(jq -r .instanceId <<<"$plan")
complete clerk "$(open_task clerk "$plan_instance" review)" approve '{}'
call clerk POST "/api/plans/$plan_id/supervisor" '{"supervisor":"supervisor"}' >/dev/null
notices
advance_to 2023-03-22T09:00:00+08:00
echo "== $(now): the quality supervisor reports within 3 working days (001 art. 18)"
call supervisor POST "/api/plans/$plan_id/supervision-report" '{"examAdministration":"考务组织规范","candidateEligibility":"考生资格符合要求","questionsAndAssessors":"使用国家题库，考评员均持证","premisesAndEquipment":"场地设备满足要求","fees":"按规定收费","recommendation":"valid"}' >/dev/null
notices
echo "== $(now): results published for no fewer than 5 working days (002 §四(三))"
call "$inst_user" POST "/api/plans/$plan_id/results" '{"candidates":30,"passed":27,"publishedAt":"济南市精工职业培训学校官网"}' >/dev/null
notices
advance_to 2023-03-31T09:00:00+08:00
call "$inst_user" POST "/api/plans/$plan_id/results/upload" '{}' >/dev/null || true
for review in cityReview provinceReview; do
  t=$(call clerk GET "/api/tasks?pageSize=100" | jq -r --arg p "$plan_id" --arg e "$review" '[.items[] | select(.businessKey == $p and .elementId == $e)][0].id // empty')
  [ -n "$t" ] && complete clerk "$t" approve '{}'
done
notices

advance_to 2024-03-04T09:00:00+08:00
echo "== $(now): the 2023 work summary, 1-10 March (003 §四(二))"
call "$inst_user" POST /api/annual-reports "$(jq -n --arg f "$filing_id" '{filingId:$f, year:2023, overview:"全年规范开展评价工作",
  training:"开展焊工培训", batchesHeld:1, candidatesAssessed:30, candidatesPassed:27, certificatesIssued:27, problems:"无", plans:"扩大评价规模"}')" >/dev/null
t=$(call clerk GET "/api/tasks?pageSize=100" | jq -r '[.items[] | select(.formKey == "annual-report-review")][0].id // empty')
[ -n "$t" ] && complete clerk "$t" accept '{}'
notices

echo "== the 2024 summary is never sent: recorded as overdue"
advance_to 2025-03-12T09:00:00+08:00
echo "== the renewal window opens 90 days before expiry; reminders follow (004 §二)"
advance_to 2026-02-28T09:00:00+08:00
show_filing
echo "== no renewal: reporting stops at expiry and the 60-day grace period runs (004 §五(二))"
advance_to 2026-03-04T09:00:00+08:00
show_filing
echo "== grace ends without an application: renewal deemed abandoned, the register shows the ending (000 §三.4)"
advance_to 2026-05-08T09:00:00+08:00
show_filing
register
echo "== done: $(wc -l < "$work/printed") notices"
