#!/usr/bin/env bash
# Turns per second, side by side in one run: the stock Bot Framework echo bot (the baseline) and
# InterviewBot, each replying to an nginx stand-in for the Bot Connector on loopback.
#
#   bash bench/run-turns.sh            # DURATION=20 CONNECTIONS=16 THREADS=2 USERS=200 ROUNDS=1
#
# Scenarios (bench/TurnLoad/*.lua), each run with wrk --latency for DURATION seconds:
#   echo      "echo" to the stock echo bot: one reply per turn              (baseline)
#   noreply   "noreply" to the stock echo bot: no reply (the inbound ceiling, for context)
#   help      "help" to InterviewBot: person loaded, help card sent as a reply
#   toggle    a checklist step ticked on a booked interview: interview, session and sent card loaded,
#             step saved, nudges re-planned, card updated in place (the full InterviewBot turn)
#
# BASELINE_REF=<commit or branch> also builds InterviewBot at that commit (in a git worktree in the
# scratch folder) and runs it beside the current one, seeded the same way: the scenarios help-before
# and toggle-before run against it, so a change is measured before and after in one run.
# Prints requests/s, p50/p99, the bot process's CPU milliseconds per turn (user + system, from
# /proc: steadier than turns/s on a shared machine), failures (non-2xx + socket errors, summed over
# rounds) and each scenario's turns/s as a ratio to the echo baseline.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_need wrk nginx curl dotnet

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
USERS=${USERS:-200}
ROUNDS=${ROUNDS:-1}
STUB_PORT=${STUB_PORT:-3990}
ECHO_PORT=${ECHO_PORT:-3981}
BOT_PORT=${BOT_PORT:-3982}
BASE_PORT=${BASE_PORT:-3983}
BASELINE_REF=${BASELINE_REF:-}
if [ -n "$BASELINE_REF" ]; then DEFAULT_SCENARIOS="echo noreply help-before help toggle-before toggle"; else DEFAULT_SCENARIOS="echo noreply help toggle"; fi
SCENARIOS=${SCENARIOS:-$DEFAULT_SCENARIOS}

SCRATCH=$(mktemp -d /tmp/interviewbot-bench.XXXXXX)
echo "Scratch folder: $SCRATCH"

echo "Building (Release)..."
dotnet build "$REPO_DIR/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
for project in StockEchoBot TurnLoad/TurnSeed; do
  dotnet build "$BENCH_DIR/$project" -c Release -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
done
HOST_DLL="$REPO_DIR/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"
if [ -n "$BASELINE_REF" ]; then
  echo "Building the baseline $BASELINE_REF (Release)..."
  git -C "$REPO_DIR" worktree add --detach "$SCRATCH/baseline" "$BASELINE_REF" >>"$SCRATCH/build.log" 2>&1
  trap 'bench_cleanup; git -C "$REPO_DIR" worktree remove --force "$SCRATCH/baseline" >/dev/null 2>&1' EXIT
  dotnet build "$SCRATCH/baseline/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
  BASE_DLL="$SCRATCH/baseline/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"
fi
ECHO_DLL="$BENCH_DIR/StockEchoBot/bin/Release/net10.0/StockEchoBot.dll"
SEED_DLL="$BENCH_DIR/TurnLoad/TurnSeed/bin/Release/net10.0/TurnSeed.dll"

# The connector stand-in.
sed "s/127.0.0.1:3990/127.0.0.1:$STUB_PORT/" "$BENCH_DIR/nginx/connector.conf" >"$SCRATCH/connector.conf"
bench_start nginx "$SCRATCH/nginx.log" nginx -p "$SCRATCH" -c "$SCRATCH/connector.conf"
export BENCH_SERVICE_URL="http://127.0.0.1:$STUB_PORT/" BENCH_USERS=$USERS BENCH_THREADS=$THREADS

# The two bots, one after the other in the same run.
bench_start echo "$SCRATCH/echo.log" dotnet "$ECHO_DLL" "$ECHO_PORT"
mkdir -p "$SCRATCH/host"
bench_interviewbot_env "$SCRATCH/host/bench.db"
bench_start bot "$SCRATCH/interviewbot.log" env -C "$SCRATCH/host" "${BOT_ENV[@]}" dotnet "$HOST_DLL" --urls "http://127.0.0.1:$BOT_PORT"
if [ -n "$BASELINE_REF" ]; then
  mkdir -p "$SCRATCH/base"
  bench_interviewbot_env "$SCRATCH/base/bench.db"
  bench_start base "$SCRATCH/baseline.log" env -C "$SCRATCH/base" "${BOT_ENV[@]}" dotnet "$BASE_DLL" --urls "http://127.0.0.1:$BASE_PORT"
fi
bench_wait_http "http://127.0.0.1:$STUB_PORT/v3/conversations/ready/activities" 10 "$PID_nginx" || { cat "$SCRATCH/nginx.log"; exit 1; }
bench_wait_http "http://127.0.0.1:$ECHO_PORT/healthz" 60 "$PID_echo" || { cat "$SCRATCH/echo.log"; exit 1; }
bench_wait_http "http://127.0.0.1:$BOT_PORT/healthz" 60 "$PID_bot" || { tail -40 "$SCRATCH/interviewbot.log"; exit 1; }

echo "Seeding $USERS users with a booked phone screen each..."
dotnet "$SEED_DLL" --bot "http://127.0.0.1:$BOT_PORT/" --users "$USERS" --out "$SCRATCH/seed.tsv"
if [ -n "$BASELINE_REF" ]; then
  bench_wait_http "http://127.0.0.1:$BASE_PORT/healthz" 60 "$PID_base" || { tail -40 "$SCRATCH/baseline.log"; exit 1; }
  dotnet "$SEED_DLL" --bot "http://127.0.0.1:$BASE_PORT/" --users "$USERS" --out "$SCRATCH/seed-base.tsv"
fi

target_of() { case $1 in echo|noreply) echo "http://127.0.0.1:$ECHO_PORT";; *-before) echo "http://127.0.0.1:$BASE_PORT";; *) echo "http://127.0.0.1:$BOT_PORT";; esac; }
script_of() { echo "$BENCH_DIR/TurnLoad/${1%-before}.lua"; }
seed_of() { case $1 in *-before) echo "$SCRATCH/seed-base.tsv";; *) echo "$SCRATCH/seed.tsv";; esac; }

pid_of() { case $1 in echo|noreply) echo "$PID_echo";; *-before) echo "$PID_base";; *) echo "$PID_bot";; esac; }

# CPU seconds (user + system) the process has used so far, from /proc.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"; }

run_wrk() { # scenario seconds outfile ; appends "cpu_ms_per_turn=…" to the RESULT line
  local pid before after
  pid=$(pid_of "$1")
  before=$(cpu_seconds "$pid")
  BENCH_SEED=$(seed_of "$1") wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --latency -s "$(script_of "$1")" "$(target_of "$1")/api/messages" >"$3" 2>&1
  after=$(cpu_seconds "$pid")
  awk -v b="$before" -v a="$after" '/^RESULT/ { match($0, /requests=[0-9]+/); n = substr($0, RSTART + 9, RLENGTH - 9);
    printf "%s cpu_ms_per_turn=%.3f\n", $0, (n > 0 ? (a - b) * 1000 / n : 0); next } { print }' "$3" >"$3.tmp" && mv "$3.tmp" "$3"
}

echo "Warming up (${WARMUP}s each)..."
for s in $SCENARIOS; do run_wrk "$s" "$WARMUP" "$SCRATCH/warmup-$s.txt"; done

declare -A RPS P50 P99 FAIL CPU
for round in $(seq 1 "$ROUNDS"); do
  for s in $SCENARIOS; do
    echo "Round $round: $s (${DURATION}s, $CONNECTIONS connections, $THREADS threads)..."
    out="$SCRATCH/wrk-$s-$round.txt"
    run_wrk "$s" "$DURATION" "$out"
    line=$(grep '^RESULT' "$out") || { cat "$out"; exit 1; }
    rps=$(sed 's/.* rps=\([0-9.]*\).*/\1/' <<<"$line")
    RPS[$s]="${RPS[$s]:-} $rps"
    P50[$s]="${P50[$s]:-} $(sed 's/.* p50_ms=\([0-9.]*\).*/\1/' <<<"$line")"
    P99[$s]="${P99[$s]:-} $(sed 's/.* p99_ms=\([0-9.]*\).*/\1/' <<<"$line")"
    FAIL[$s]=$(( ${FAIL[$s]:-0} + $(sed 's/.* non2xx=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 + \2/' <<<"$line") ))
    CPU[$s]="${CPU[$s]:-} $(sed 's/.* cpu_ms_per_turn=\([0-9.]*\).*/\1/' <<<"$line")"
    echo "  $line"
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo
echo "== Turns per second, side by side ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $USERS users, median of $ROUNDS round(s)) =="
printf '%-14s %10s %9s %9s %12s %9s %14s\n' scenario turns/s p50_ms p99_ms cpu_ms/turn failures "× echo (rps)"
base=$(median "${RPS[echo]:-0}")
for s in $SCENARIOS; do
  r=$(median "${RPS[$s]}")
  ratio=$(awk -v r="$r" -v b="$base" 'BEGIN { if (b > 0) printf "%.1f", r / b; else print "-" }')
  printf '%-14s %10s %9s %9s %12s %9s %14s\n' "$s" "$r" "$(median "${P50[$s]}")" "$(median "${P99[$s]}")" "$(median "${CPU[$s]}")" "${FAIL[$s]}" "$ratio"
done
echo "(wrk output and logs: $SCRATCH)"
