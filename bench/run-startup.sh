#!/usr/bin/env bash
# Start-up time: from launching the host (Release build, SQLite, local mode) to the first 200 from
# /healthz, RUNS times on a fresh database (the first start creates the file and applies the
# migrations) and RUNS times on that database again (an ordinary restart). Prints each time and the
# median and worst of each kind. The stock echo bot's start-up is timed alongside, as a yardstick
# for what an ASP.NET Core process on this machine needs anyway.
#
#   bash bench/run-startup.sh            # RUNS=5
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_need curl dotnet

RUNS=${RUNS:-5}
PORT=${PORT:-3984}
SCRATCH=$(mktemp -d /tmp/interviewbot-startup.XXXXXX)
echo "Scratch folder: $SCRATCH"
echo "Building (Release)..."
dotnet build "$REPO_DIR/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
dotnet build "$BENCH_DIR/StockEchoBot" -c Release -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
HOST_DLL="$REPO_DIR/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"
ECHO_DLL="$BENCH_DIR/StockEchoBot/bin/Release/net10.0/StockEchoBot.dll"

now_ms() { date +%s%3N; }

# time_start NAME COMMAND... : prints the milliseconds from launch to the first 200 from /healthz.
time_start() {
  local name=$1 start pid; shift
  start=$(now_ms)
  "$@" >"$SCRATCH/$name.log" 2>&1 &
  pid=$!
  bench_wait_http "http://127.0.0.1:$PORT/healthz" 60 "$pid" 0.01 >&2 || { tail -20 "$SCRATCH/$name.log" >&2; exit 1; }
  echo $(( $(now_ms) - start ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
worst() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | tail -n 1; }

declare -A T
for run in $(seq 1 "$RUNS"); do
  mkdir -p "$SCRATCH/host-$run"
  bench_interviewbot_env "$SCRATCH/host-$run/interviewbot.db"
  T[fresh]="${T[fresh]:-} $(time_start "fresh-$run" env -C "$SCRATCH/host-$run" "${BOT_ENV[@]}" dotnet "$HOST_DLL" --urls "http://127.0.0.1:$PORT")"
  T[restart]="${T[restart]:-} $(time_start "restart-$run" env -C "$SCRATCH/host-$run" "${BOT_ENV[@]}" dotnet "$HOST_DLL" --urls "http://127.0.0.1:$PORT")"
  T[echo]="${T[echo]:-} $(time_start "echo-$run" dotnet "$ECHO_DLL" "$PORT")"
  echo "Run $run: fresh database ${T[fresh]##* } ms, restart ${T[restart]##* } ms, stock echo bot ${T[echo]##* } ms"
done

echo
echo "== Start-up to a healthy /healthz ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $RUNS runs each) =="
printf '%-34s %10s %10s %10s\n' start median_ms worst_ms "× echo"
base=$(median "${T[echo]}")
for kind in fresh restart echo; do
  case $kind in fresh) label="InterviewBot, new SQLite file";; restart) label="InterviewBot, existing file";; echo) label="stock echo bot (yardstick)";; esac
  m=$(median "${T[$kind]}")
  printf '%-34s %10s %10s %10s\n' "$label" "$m" "$(worst "${T[$kind]}")" "$(awk -v m="$m" -v b="$base" 'BEGIN { printf "%.1f", m / b }')"
done
echo "(logs: $SCRATCH)"
