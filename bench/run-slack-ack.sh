#!/usr/bin/env bash
# Slack's ack path under load: signed slash commands at RATE per second for DURATION seconds against
# InterviewBot with Slack configured (HTTP mode), whose Web API calls go to a stand-in that takes
# API_DELAY_MS (1 s) per call. Prints acks/s and p50/p90/p99 latency of the acknowledgements, how
# many were queued ("ok") or answered with the ephemeral "busy" text, then waits (up to DRAIN
# seconds) until the answers stop coming and prints the Web API calls the background work made: the
# chat.postMessage count is how many commands were answered (warm-up included).
#
#   bash bench/run-slack-ack.sh          # RATE=1000 DURATION=20 USERS=500 API_DELAY_MS=1000
#
# Before and after in one run: BASELINE_REF=<commit or branch> builds that commit in a git worktree in
# the scratch folder (removed at the end) and runs it first, then the current build, one after the
# other with the same settings and a fresh stand-in and database each. Or name two builds directly:
# HOST_DLL=… BASE_DLL=… (InterviewBot.Host.dll of each, built in Release), and EXTRA_DLLS="name=path …"
# for more builds run between the two; the load average is printed beside each run, since the
# machine's other work moves every figure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_need curl dotnet jq

RATE=${RATE:-1000}
DURATION=${DURATION:-20}
USERS=${USERS:-500}
API_DELAY_MS=${API_DELAY_MS:-1000}
WARMUP=${WARMUP:-3}
DRAIN=${DRAIN:-180}
STUB_PORT=${STUB_PORT:-3991}
BOT_PORT=${BOT_PORT:-3982}
BASELINE_REF=${BASELINE_REF:-}
SECRET=bench-signing-secret

SCRATCH=$(mktemp -d /tmp/interviewbot-slack-bench.XXXXXX)
echo "Scratch folder: $SCRATCH"
echo "Building (Release)..."
if [ -z "${HOST_DLL:-}" ]; then
  dotnet build "$REPO_DIR/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
  HOST_DLL="$REPO_DIR/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"
fi
for project in SlackStub SlackAck; do
  dotnet build "$BENCH_DIR/$project" -c Release -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
done
if [ -n "$BASELINE_REF" ] && [ -z "${BASE_DLL:-}" ]; then
  echo "Building the baseline $BASELINE_REF (Release)..."
  git -C "$REPO_DIR" worktree add --detach "$SCRATCH/baseline" "$BASELINE_REF" >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
  trap 'bench_cleanup; git -C "$REPO_DIR" worktree remove --force "$SCRATCH/baseline" >/dev/null 2>&1' EXIT
  dotnet build "$SCRATCH/baseline/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
  BASE_DLL="$SCRATCH/baseline/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll"
fi

postmessages() { curl -s "http://127.0.0.1:$STUB_PORT/calls" | jq '."chat.postMessage" // 0'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# run_one NAME DLL : one run against the build DLL, with its own stand-in and database.
run_one() {
  local name=$1 dll=$2 dir="$SCRATCH/$1"
  mkdir -p "$dir"
  echo "== $name ($dll), load average $(loadavg)"
  bench_start stub "$dir/slack-stub.log" dotnet "$BENCH_DIR/SlackStub/bin/Release/net10.0/SlackStub.dll" "$STUB_PORT" "$API_DELAY_MS"
  bench_wait_http "http://127.0.0.1:$STUB_PORT/calls" 30 "$PID_stub" || { cat "$dir/slack-stub.log"; exit 1; }
  bench_interviewbot_env "$dir/bench.db"
  bench_start bot "$dir/interviewbot.log" env -C "$dir" "${BOT_ENV[@]}" \
    Slack__BotToken=xoxb-bench Slack__SigningSecret=$SECRET "Slack__ApiBaseUrl=http://127.0.0.1:$STUB_PORT/api/" \
    dotnet "$dll" --urls "http://127.0.0.1:$BOT_PORT"
  bench_wait_http "http://127.0.0.1:$BOT_PORT/healthz" 60 "$PID_bot" || { tail -40 "$dir/interviewbot.log"; exit 1; }

  dotnet "$BENCH_DIR/SlackAck/bin/Release/net10.0/SlackAck.dll" --url "http://127.0.0.1:$BOT_PORT/" --secret "$SECRET" \
    --rate "$RATE" --seconds "$DURATION" --users "$USERS" --warmup "$WARMUP" --hooks "http://127.0.0.1:$STUB_PORT/hooks/" | tee "$dir/slack-ack.txt"
  local load_end; load_end=$(loadavg)
  echo "Load average at the end of the load: $load_end; Web API calls so far: $(curl -s "http://127.0.0.1:$STUB_PORT/calls")"

  # The answers still on their way: wait until the count stops moving for 15 s (or DRAIN runs out).
  local last=-1 now still=0 start=$SECONDS
  while (( SECONDS - start < DRAIN )); do
    now=$(postmessages)
    if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; last=$now; fi
    (( still >= 15 )) && break
    sleep 1
  done
  echo "After $((SECONDS - start)) s more: Web API calls $(curl -s "http://127.0.0.1:$STUB_PORT/calls")"
  echo "$name $(grep '^RESULT' "$dir/slack-ack.txt" | cut -d' ' -f2-) answers=$(postmessages) load_end=\"$load_end\"" >>"$SCRATCH/summary.txt"
  kill "$PID_bot" "$PID_stub" 2>/dev/null || true
  wait "$PID_bot" "$PID_stub" 2>/dev/null || true
}

if [ -n "${BASE_DLL:-}" ]; then run_one before "$BASE_DLL"; fi
for extra in ${EXTRA_DLLS:-}; do run_one "${extra%%=*}" "${extra#*=}"; done
run_one after "$HOST_DLL"
echo
echo "Summary:"
cat "$SCRATCH/summary.txt"
echo "(logs: $SCRATCH)"
