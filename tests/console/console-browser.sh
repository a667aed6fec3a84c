#!/usr/bin/env bash
# The agency console in a real browser: starts the real hearth-server on 127.0.0.1 port 0 with a
# fresh store, makes console users with hearth-admin, syncs real signed records into it from a
# real hearthctl vault (the fictional history in docs/examples), then drives Debian's headless
# Chromium through console.test.mjs (puppeteer-core, pinned in package-lock.json, installed here
# with npm ci; it never downloads a browser).
# usage: console-browser.sh SERVER ADMIN HEARTHCTL SOURCE-DIR WORK-DIR [SCREENSHOT-DIR]
# With HEARTH_TEST_BACKEND=postgresql the store is HEARTH_TEST_PG_URL (exit 77, skipped, without
# it). Exits non-zero on any failure.
set -euo pipefail
server=$1 admin=$2 ctl=$3 src=$4 work_root=$5 shots=${6:-$5/screenshots}
here=$src/tests/console

command -v node >/dev/null || { echo "console-browser: node is not installed" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "console-browser: poppler-utils is not installed" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "console-browser: /usr/bin/chromium is not installed" >&2; exit 1; }

store_args=()
if [ "${HEARTH_TEST_BACKEND:-sqlite}" = postgresql ]; then
  [ -n "${HEARTH_TEST_PG_URL:-}" ] || { echo "console-browser: no HEARTH_TEST_PG_URL, skipped"; exit 77; }
fi

# puppeteer-core from the lock file, into the build tree (the source tree stays clean).
npm_dir=$work_root/npm
mkdir -p "$npm_dir"
cp "$here/package.json" "$here/package-lock.json" "$here/console.test.mjs" "$npm_dir/"
if ! cmp -s "$here/package-lock.json" "$npm_dir/.installed-lock"; then
  (cd "$npm_dir" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
  cp "$here/package-lock.json" "$npm_dir/.installed-lock"
fi

work=$(mktemp -d)
server_pid=
pg_name=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$pg_name" ]; then psql "$HEARTH_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $pg_name" >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${HEARTH_TEST_BACKEND:-sqlite}" = postgresql ]; then
  # A database of its own, as the server tests make.
  pg_name=console_$$_$RANDOM
  psql "$HEARTH_TEST_PG_URL" -qc "CREATE DATABASE $pg_name" >/dev/null
  store_args=(--db "${HEARTH_TEST_PG_URL%/*}/$pg_name" --key "$work/server-signing.key")
else
  store_args=(--data "$work/store")
fi
adm() { "$admin" "${store_args[@]}" "$@"; }

adm init >/dev/null
adm add-practitioner hv-a "Alex Example" >/dev/null
# A hostile practitioner name: it must be shown as text, never run.
adm add-practitioner hv-b 'Bea <script>alert("x")</script> Example' >/dev/null
# The history's household and children as the agency's own import (its adults are recorded on
# the tablet, not by the agency, and the console does not need them).
node -e 'const c=require(process.argv[1]).caseload;
  const agency=(list)=>list.map((e)=>({...e, source: "agency"}));
  process.stdout.write(JSON.stringify({households: agency(c.households), children: agency(c.children)}))' \
  "$src/docs/examples/history-maya.json" > "$work/maya-caseload.json"
adm import "$work/maya-caseload.json" --assign-to hv-a >/dev/null
adm import "$src/server/demo/demo-caseload.json" --assign-to hv-b >/dev/null
printf 'supervisor-a-password\n' | adm add-user sup-a --role supervisor >/dev/null
printf 'supervisor-b-password\n' | adm add-user sup-b --role supervisor >/dev/null
printf 'auditor-password-1\n' | adm add-user aud --role auditor >/dev/null
adm grant-user sup-a --practitioner hv-a >/dev/null
adm grant-user sup-b --practitioner hv-b >/dev/null
# What hearth-admin refuses, each changing nothing.
refused() { if "$@" >/dev/null 2>&1; then echo "console-browser: not refused: ${*:2}" >&2; exit 1; fi; }
printf 'short\n' | refused adm add-user shorty --role supervisor
printf 'long-enough-password\n' | refused adm add-user someone --role admin
printf 'long-enough-password\n' | refused adm add-user '<b>x</b>' --role auditor
printf 'long-enough-password\n' | refused adm add-user sup-a --role auditor
refused adm grant-user sup-a --practitioner nobody
refused adm grant-user nobody --practitioner hv-a
refused adm disable-user nobody
users=$(adm list-users)
[ "$(grep -c . <<<"$users")" = 4 ] && grep -q '^sup-a  *supervisor  *active  *hv-a$' <<<"$users" || {
  echo "console-browser: list-users shows: $users" >&2; exit 1; }

: >"$work/server.out"
"$server" "${store_args[@]}" --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on //p' "$work/server.out")
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "console-browser: the server did not start" >&2; exit 1; }

# Real signed records: a tablet vault enrolled for hv-a signs the fictional year and syncs it.
passcode='kettle-orchard-42'
"$ctl" vault keygen --public "$work/agency.pub" --secret "$work/agency.secret" </dev/null >/dev/null
printf '%s\n' "$passcode" | "$ctl" vault init --dir "$work/vault" --kdf interactive \
  --recovery-key "$work/agency.pub" >/dev/null
code=$(adm enrol-code --practitioner hv-a --json | node -e \
  'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>process.stdout.write(JSON.parse(s).code))')
printf '%s\n' "$passcode" | "$ctl" enrol --dir "$work/vault" --server "$url" --code "$code" >/dev/null
# One tablet signs for one practitioner: the history's two practitioners become hv-a.
node -e 'const h=require(process.argv[1]); for (const e of h.entries) e.practitioner="hv-a";
  process.stdout.write(JSON.stringify(h))' "$src/docs/examples/history-maya.json" > "$work/history.json"
printf '%s\n' "$passcode" | "$ctl" demo --dir "$work/vault" --history "$work/history.json" >/dev/null
printf '%s\n' "$passcode" | "$ctl" sync --dir "$work/vault" --timeout 60 >/dev/null
# More than a year's volume about one child, through the same signing and sync: 5,000 visits
# about Maya's brother Tyler, after Maya's last, every five minutes, each one of the history's
# real visit bodies in turn (the browser test times his page and prints the figure).
# HEARTH_CONSOLE_VOLUME makes it fewer where only the paths matter (the sanitizer build, and the
# PostgreSQL run: the figure is taken once).
node -e 'const h=require(process.argv[1]); const start=Date.parse("2026-11-05T00:00:00Z");
  const visits=h.entries.filter(e=>!e.kind); // the history also holds a life event
  const entries=[]; for (let i=0;i<Number(process.argv[3]);i+=1) entries.push({at:new Date(start+i*300000).toISOString(),
    child:process.argv[2], practitioner:"hv-a", body:visits[i%visits.length].body});
  process.stdout.write(JSON.stringify({format:1, entries}))' \
  "$src/docs/examples/history-maya.json" 8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b11 \
  "${HEARTH_CONSOLE_VOLUME:-5000}" > "$work/volume.json"
printf '%s\n' "$passcode" | "$ctl" demo --dir "$work/vault" --history "$work/volume.json" >/dev/null
printf '%s\n' "$passcode" | "$ctl" sync --dir "$work/vault" --timeout 300 >/dev/null
adm export --out "$work/records.jsonl" >/dev/null 2>&1
[ -s "$work/records.jsonl" ] || { echo "console-browser: no records reached the server" >&2; exit 1; }

mkdir -p "$shots"
shots=$(cd "$shots" && pwd)
cd "$npm_dir"
HEARTH_CONSOLE_URL=$url HEARTH_RECORDS=$work/records.jsonl HEARTH_CSS=$src/server/console/console.css \
HEARTH_SHOTS=$shots HEARTH_OWN_CHILD=8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b10 HEARTH_OUT=$work \
HEARTH_BIG_CHILD=8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b11 HEARTH_CONSOLE_VOLUME=${HEARTH_CONSOLE_VOLUME:-5000} \
HEARTH_OTHER_CHILD=3cd7e245-3f14-531f-958d-a841f28079f7 \
  node console.test.mjs

# The review the supervisor signed in the browser reaches the practitioner's tablet through sync
# (issue 14): the same vault syncs again, nothing is refused, and the tablet's chronology of the
# child shows the review, its decision and its action, with its signature checked.
cd "$work"
printf '%s\n' "$passcode" | "$ctl" sync --dir "$work/vault" --timeout 300 >"$work/review-sync.out"
if grep -q '^note:' "$work/review-sync.out"; then
  echo "console-browser: the tablet refused a supervision record:" >&2; cat "$work/review-sync.out" >&2; exit 1
fi
printf '%s\n' "$passcode" | "$ctl" chronology --dir "$work/vault" \
  --child 8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b10 --json >"$work/tablet-chronology.json"
node -e 'const c=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
  const r=c.entries.find((e)=>e.kind==="supervisor-review"
    && e.category==="Strategy discussion with social care this week.");
  if (!r || r.signature!=="verified" || !r.actions.some((a)=>a.owner==="Alex Example" && a.due==="2026-12-10")) {
    console.error("console-browser: the review did not reach the tablet as signed"); process.exit(1); }
  console.log("the review reached the tablet through sync: " + r.record);' "$work/tablet-chronology.json"
