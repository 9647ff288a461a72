#!/usr/bin/env bash
# Nudge dispatch under Teams' rate limits: NUDGES nudges due at once, delivered by the real host process
# (Release, local mode, SQLite in a scratch folder) to a stand-in Bot Connector on 127.0.0.1 that
# enforces Teams' limits (7/s per conversation, 50/s per tenant, …) and answers 429 with Retry-After.
#
#   bash bench/run-nudges.sh                      # NUDGES=10000 TENANTS="1 10" QUIET=5 PATIENCE=0
#   NUDGES=1000 TENANTS=4 bash bench/run-nudges.sh
#
# Each number in TENANTS is one distribution, run one after the other with a fresh database and host:
# NUDGES calls under way spread evenly over that many tenants, each call in a chat of its own, each
# call's "call starting" nudge due now (seeded before the host starts by the app's own code, without
# timers: the host's start-up NudgeRecovery gives them theirs). bench/Nudges counts every request at
# the stand-in, per nudge, until all were accepted and the stand-in has been quiet for QUIET seconds.
#
# The target: done in ≤ 1.1 × the minimum the limits allow, with 0 lost and 0 duplicated. The minimum is
# max(max over tenants n_t / 50, max over conversations n_c / 7) seconds: with one nudge per chat,
# NUDGES / TENANTS / 50 s (10,000 in 1 tenant: 200 s; in 10 tenants: 20 s). The time is measured on the
# stand-in's clock from the first delivery attempt to the last nudge accepted (the ratio that counts),
# and also from the host process's start (which includes start-up and the recovery pass).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_need dotnet

NUDGES=${NUDGES:-10000}
TENANTS=${TENANTS:-"1 10"}
QUIET=${QUIET:-5}
PATIENCE=${PATIENCE:-0}   # seconds from the host's start before giving up; 0: 3 × the minimum + 60 s (at least 120 s)
BOT_PORT=${BOT_PORT:-3983}

SCRATCH=$(mktemp -d /tmp/interviewbot-nudges.XXXXXX)
echo "Scratch folder: $SCRATCH"

echo "Building (Release)..."
dotnet build "$REPO_DIR/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
dotnet build "$BENCH_DIR/Nudges" -c Release -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
HOST_DLL="$REPO_DIR/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"
BENCH_DLL="$BENCH_DIR/Nudges/bin/Release/net10.0/NudgeDispatch.dll"

declare -a RESULTS=()
status=0
for tenants in $TENANTS; do
  dir="$SCRATCH/tenants-$tenants"
  mkdir -p "$dir"
  echo
  echo "== $NUDGES nudges due at once, $tenants tenant(s) =="
  bench_interviewbot_env "$dir/interviewbot.db"
  # The recovery pass's summary line, for when it finished (the bench timestamps the host's output).
  BOT_ENV+=(Logging__LogLevel__InterviewBot.Scheduling.NudgeRecovery=Information)
  # The bench process starts the host itself (after seeding), so it knows the start time on the stand-in's clock.
  dotnet "$BENCH_DLL" --nudges "$NUDGES" --tenants "$tenants" --data "$dir" --quiet "$QUIET" --patience "$PATIENCE" -- \
    env -C "$dir" "${BOT_ENV[@]}" dotnet "$HOST_DLL" --urls "http://127.0.0.1:$BOT_PORT" | tee "$dir/result.txt" || status=1
  RESULTS+=("$(grep '^RESULT' "$dir/result.txt" || echo "RESULT tenants=$tenants stop=\"no result\"")")
done

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" ${1#RESULT }"; }

echo
echo "== Nudge dispatch under Teams' limits ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $NUDGES nudges due at once, 1 per chat) =="
echo "minimum = max(max_t n_t/50, max_c n_c/7) s; measured = first delivery attempt → last nudge accepted (stand-in's clock);"
echo "from start = host process start → last nudge accepted; target: measured ≤ 1.1 × minimum, 0 lost, 0 duplicated."
printf '%-8s %9s %5s %10s %6s %9s %10s %11s %8s %13s %10s %7s %7s\n' \
  tenants delivered lost duplicated 429s minimum_s measured_s ×minimum first_s from_start_s ×min_start hwm_MB rss_MB
for line in "${RESULTS[@]}"; do
  printf '%-8s %9s %5s %10s %6s %9s %10s %11s %8s %13s %10s %7s %7s\n' \
    "$(field "$line" tenants)" "$(field "$line" delivered)" "$(field "$line" lost)" "$(field "$line" duplicated)" "$(field "$line" throttled)" \
    "$(field "$line" minimum_s)" "$(field "$line" measured_s)" "$(field "$line" ratio)" "$(field "$line" first_attempt_s)" \
    "$(field "$line" from_start_s)" "$(field "$line" ratio_from_start)" "$(field "$line" hwm_mb)" "$(field "$line" rss_mb)"
done
for line in "${RESULTS[@]}"; do
  stop=$(sed -n 's/.* stop="\([^"]*\)".*/\1/p' <<<"$line")
  [ "$stop" = "all delivered" ] || echo "tenants=$(field "$line" tenants): stopped early ($stop): 'lost' counts nudges not yet delivered, times marked > are lower bounds."
done
echo "(host logs and per-run output: $SCRATCH/tenants-*/)"
exit $status
