#!/usr/bin/env bash
# Scheduler at scale: N waiting nudges in the store (Nudges rows + their Quartz timers in the same
# SQLite file, as the product keeps them), then the real QuartzNudgeScheduler measured on top.
#
#   bash bench/run-scheduler.sh                 # SIZES="10000 1000000" OPS=2000 FIRE=1000 SEED_MODE=sql HOST_RUN=1 ANALYZE=1 DELIVERY=write
#   SIZES=10000 OPS=500 FIRE=200 bash bench/run-scheduler.sh    # a quick look
#
# For each size, in a scratch folder (bench/Scheduler, see its Program.cs):
#   seed     a new database: N waiting nudges due over the next four weeks, written by EF through the
#            app's model; their timers as batched INSERTs copying the rows Quartz wrote for a template
#            nudge (SEED_MODE=sql), or left to the measuring process's start-up recovery, the product's
#            own bulk path (SEED_MODE=recovery). Seeding time is reported on its own.
#   measure  a fresh process with AddInterviewBotPersistence + AddNudgeScheduling on that file, Quartz
#            started as in the host and a recording INudgeDelivery (the host's real delivery needs a
#            chat; this one records the hand-over time, then marks the nudge sent in the database as the
#            real one does after a send; DELIVERY=record leaves that write out, for the scheduler alone):
#            the start-up NudgeRecovery pass (waited for), 200 timers checked with GetTrigger, then OPS
#            sequential ScheduleAsync (new nudge), ScheduleAsync (existing nudge moved) and CancelAsync
#            (existing nudge) with mean/p50/p99/max, FIRE nudges due 10–40 s ahead fired through the real
#            DeliverNudgeJob (lateness = handed over − due), and VmRSS/VmHWM from /proc/self/status.
#   host     (HOST_RUN=1) the Release host, as bench/run-turns.sh runs it, on the same database:
#            seconds to /healthz, seconds until NudgeRecovery logs "Nudge timers checked" (its pass over
#            every waiting nudge), RSS at /healthz, during (peak, VmHWM) and 5 s after that pass.
#   probe    the statement Quartz uses to read the triggers it acquires, with 1, 2 and 8 keys: its plan
#            and time on this file (without planner statistics SQLite scans every trigger for 8 keys).
#   +analyze (ANALYZE=1) the same seeded file, copied, after "PRAGMA analysis_limit=400; ANALYZE;"
#            (planner statistics, as a start-up step in the product could give it): probe and measure again.
# Prints one table (a column per size, and per size+analyze; ratio = last size / first size); the raw
# figures are in $SCRATCH/results.tsv (label, metric, value).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_need curl dotnet

SIZES=${SIZES:-"10000 1000000"}
OPS=${OPS:-2000}
FIRE=${FIRE:-1000}
SEED_MODE=${SEED_MODE:-sql}
HOST_RUN=${HOST_RUN:-1}
ANALYZE=${ANALYZE:-1}
DELIVERY=${DELIVERY:-write}      # write: the recording delivery also marks the nudge sent (EF), as the real one does; record: only records
HOST_LIMIT=${HOST_LIMIT:-1800}   # seconds to wait for the host's recovery pass
# A free loopback port for the host (the machine may be running other benches).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${BOT_PORT:-}" ]; then
  BOT_PORT=$((20000 + RANDOM % 20000))
  until port_free "$BOT_PORT"; do BOT_PORT=$((20000 + RANDOM % 20000)); done
fi

SCRATCH=$(mktemp -d /tmp/interviewbot-scheduler.XXXXXX)
RESULTS="$SCRATCH/results.tsv"
: >"$RESULTS"
echo "Scratch folder: $SCRATCH"

echo "Building (Release)..."
dotnet build "$BENCH_DIR/Scheduler" -c Release -v q -nologo >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
SCALE_DLL="$BENCH_DIR/Scheduler/bin/Release/net10.0/SchedulerScale.dll"
if [ "$HOST_RUN" = 1 ]; then
  dotnet build "$REPO_DIR/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
fi
HOST_DLL="$REPO_DIR/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"

result() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RESULTS"; echo "  $2 $3"; }
scale() { dotnet "$SCALE_DLL" "$@" --results "$RESULTS"; }
status_mb() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

host_run() { # size folder
  local size=$1 folder=$2 log="$2/host.log" start now healthz="" recovery="" line
  bench_interviewbot_env "$folder/interviewbot.db"
  BOT_ENV+=(Logging__LogLevel__InterviewBot.Scheduling.NudgeRecovery=Information)
  start=$(date +%s.%N)
  bench_start host "$log" env -C "$folder" "${BOT_ENV[@]}" dotnet "$HOST_DLL" --urls "http://127.0.0.1:$BOT_PORT"
  while :; do
    now=$(date +%s.%N)
    if ! kill -0 "$PID_host" 2>/dev/null; then echo "The host exited:"; tail -40 "$log"; return 1; fi
    if [ -z "$healthz" ] && [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$BOT_PORT/healthz")" = 200 ]; then
      healthz=$(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f", b - a }')
      result "$size" host_healthz_s "$healthz"
      result "$size" host_rss_mb_at_healthz "$(status_mb "$PID_host" VmRSS)"
    fi
    if [ -z "$recovery" ] && line=$(grep -m1 -A1 'Nudge timers checked' "$log"); then
      recovery=$(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f", b - a }')
      result "$size" host_recovery_s "$recovery"
      echo "  ($(tr -s ' \n' ' ' <<<"$line"))"
      result "$size" host_recovery_waiting "$(grep -o '[0-9]* waiting' <<<"$line" | cut -d' ' -f1)"
      result "$size" host_recovery_restored "$(grep -o '[0-9]* timer(s)' <<<"$line" | cut -d' ' -f1)"
    fi
    [ -n "$healthz" ] && [ -n "$recovery" ] && break
    if awk -v a="$start" -v b="$now" -v l="$HOST_LIMIT" 'BEGIN { exit !(b - a > l) }'; then
      echo "  the host's recovery pass had not finished after ${HOST_LIMIT}s"
      result "$size" host_recovery_s "unfinished>$HOST_LIMIT"
      break
    fi
    sleep 0.25
  done
  sleep 5
  result "$size" host_rss_mb_after_recovery "$(status_mb "$PID_host" VmRSS)"
  result "$size" host_hwm_mb "$(status_mb "$PID_host" VmHWM)"
  kill "$PID_host"; wait "$PID_host" 2>/dev/null || true
  # Stopped and reaped: off the list lib.sh's exit trap stops (a second kill would fail the script's exit status).
  local kept=() pid
  for pid in "${BENCH_PIDS[@]}"; do [ "$pid" = "$PID_host" ] || kept+=("$pid"); done
  BENCH_PIDS=("${kept[@]}")
}

LABELS=""
for size in $SIZES; do
  folder="$SCRATCH/db-$size"
  mkdir -p "$folder"
  LABELS="$LABELS $size"
  echo
  scale seed --folder "$folder" --size "$size" --mode "$SEED_MODE" | tee "$folder/seed.log"
  scale probe --folder "$folder" --size "$size" | tee "$folder/probe.log"
  if [ "$ANALYZE" = 1 ]; then cp -r "$folder" "$folder-analyze"; fi
  scale measure --folder "$folder" --size "$size" --ops "$OPS" --fire "$FIRE" --delivery "$DELIVERY" | tee "$folder/measure.log"
  if [ "$HOST_RUN" = 1 ]; then
    echo "== the host on $size nudges"
    host_run "$size" "$folder"
  fi
  if [ "$ANALYZE" = 1 ]; then
    label="$size+analyze"
    LABELS="$LABELS $label"
    echo "== $label"
    scale analyze --folder "$folder-analyze" --size "$size" --label "$label"
    scale probe --folder "$folder-analyze" --size "$size" --label "$label" | tee "$folder-analyze/probe.log"
    scale measure --folder "$folder-analyze" --size "$size" --label "$label" --ops "$OPS" --fire "$FIRE" --delivery "$DELIVERY" | tee "$folder-analyze/measure.log"
  fi
done

# The table: one row per metric, one column per size, and the ratio of the last size to the first.
echo
FIRST=$(awk '{ print $1 }' <<<"$SIZES"); LAST=$(awk '{ print $NF }' <<<"$SIZES")
echo "== Scheduler at scale ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, OPS=$OPS FIRE=$FIRE SEED_MODE=$SEED_MODE DELIVERY=$DELIVERY; ratio = $LAST / $FIRST) =="
awk -F'\t' -v labels="$LABELS" -v first="$FIRST" -v last="$LAST" '
  BEGIN { n = split(labels, s, " ") }
  { if (!($2 in seen)) { seen[$2] = 1; order[++m] = $2 } v[$1, $2] = $3 }
  END {
    printf "%-30s", "metric"; for (i = 1; i <= n; i++) printf " %15s", s[i]; if (first != last) printf " %9s", "ratio"; printf "\n"
    for (j = 1; j <= m; j++) {
      k = order[j]; printf "%-30s", k
      for (i = 1; i <= n; i++) printf " %15s", ((s[i], k) in v ? v[s[i], k] : "-")
      a = v[first, k]; b = v[last, k]
      if (first != last && a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && a + 0 > 0) printf " %9.2f", b / a
      printf "\n"
    }
  }' "$RESULTS" | tee "$SCRATCH/table.txt"
echo "(logs and databases: $SCRATCH)"
