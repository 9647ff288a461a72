#!/usr/bin/env bash
# Slack's ack path under load: signed slash commands at RATE per second for DURATION seconds against
# InterviewBot with Slack configured (HTTP mode), whose Web API calls go to a stand-in that takes
# API_DELAY_MS (1 s) per call. Prints acks/s and p50/p90/p99 latency of the acknowledgements, how
# many were queued ("ok") or answered with the ephemeral "busy" text, and the Web API calls the
# background work made by the end.
#
#   bash bench/run-slack-ack.sh          # RATE=1000 DURATION=20 USERS=500 API_DELAY_MS=1000
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_need curl dotnet

RATE=${RATE:-1000}
DURATION=${DURATION:-20}
USERS=${USERS:-500}
API_DELAY_MS=${API_DELAY_MS:-1000}
WARMUP=${WARMUP:-3}
STUB_PORT=${STUB_PORT:-3991}
BOT_PORT=${BOT_PORT:-3982}
SECRET=bench-signing-secret

SCRATCH=$(mktemp -d /tmp/interviewbot-slack-bench.XXXXXX)
echo "Scratch folder: $SCRATCH"
echo "Building (Release)..."
dotnet build "$REPO_DIR/src/InterviewBot.Host" -c Release -p:SkipLocalChatNpm=true -v q -nologo >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
for project in SlackStub SlackAck; do
  dotnet build "$BENCH_DIR/$project" -c Release -v q -nologo >>"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; exit 1; }
done

bench_start stub "$SCRATCH/slack-stub.log" dotnet "$BENCH_DIR/SlackStub/bin/Release/net10.0/SlackStub.dll" "$STUB_PORT" "$API_DELAY_MS"
bench_wait_http "http://127.0.0.1:$STUB_PORT/calls" 30 "$PID_stub" || { cat "$SCRATCH/slack-stub.log"; exit 1; }

mkdir -p "$SCRATCH/host"
bench_interviewbot_env "$SCRATCH/host/bench.db"
bench_start bot "$SCRATCH/interviewbot.log" env -C "$SCRATCH/host" "${BOT_ENV[@]}" \
  Slack__BotToken=xoxb-bench Slack__SigningSecret=$SECRET "Slack__ApiBaseUrl=http://127.0.0.1:$STUB_PORT/api/" \
  dotnet "$REPO_DIR/src/InterviewBot.Host/bin/Release/net10.0/InterviewBot.Host.dll" --urls "http://127.0.0.1:$BOT_PORT"
bench_wait_http "http://127.0.0.1:$BOT_PORT/healthz" 60 "$PID_bot" || { tail -40 "$SCRATCH/interviewbot.log"; exit 1; }

dotnet "$BENCH_DIR/SlackAck/bin/Release/net10.0/SlackAck.dll" --url "http://127.0.0.1:$BOT_PORT/" --secret "$SECRET" \
  --rate "$RATE" --seconds "$DURATION" --users "$USERS" --warmup "$WARMUP" --hooks "http://127.0.0.1:$STUB_PORT/hooks/" | tee "$SCRATCH/slack-ack.txt"
echo "Web API calls made so far: $(curl -s "http://127.0.0.1:$STUB_PORT/calls")"
echo "(logs: $SCRATCH)"
