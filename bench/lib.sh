# Helpers shared by the bench scripts (sourced). Every process a script starts is recorded by pid
# and stopped by that pid when the script exits; nothing is stopped by name.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

BENCH_PIDS=()
bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap bench_cleanup EXIT

# bench_start NAME LOGFILE COMMAND... : starts a process in the background and records its pid.
bench_start() {
  local name=$1 log=$2; shift 2
  "$@" >"$log" 2>&1 &
  BENCH_PIDS+=($!)
  eval "PID_$name=$!"
}

# bench_wait_http URL SECONDS [PID] [POLL] : waits for a 200 from URL, asking every POLL seconds
# (0.05 by default); gives up early when PID has exited.
bench_wait_http() {
  local url=$1 limit=${2:-60} pid=${3:-} poll=${4:-0.05} start=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "200" ]; do
    if (( SECONDS - start > limit )); then echo "No 200 from $url after ${limit}s" >&2; return 1; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then echo "The process serving $url has exited" >&2; return 1; fi
    sleep "$poll"
  done
}

bench_need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "Needs $tool (Debian: apt-get install -y $tool)" >&2; exit 1; }
  done
}

# Outside Development the host needs a certificate for its Data Protection keys: one self-signed .pfx
# (password "bench"), made once. Prints its path.
bench_dataprotection_pfx() {
  local pfx="${TMPDIR:-/tmp}/interviewbot-bench-dataprotection.pfx"
  if [ ! -f "$pfx" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=InterviewBot bench" \
      -keyout "$pfx.key" -out "$pfx.crt" 2>/dev/null
    openssl pkcs12 -export -inkey "$pfx.key" -in "$pfx.crt" -out "$pfx" -passout pass:bench
    rm -f "$pfx.key" "$pfx.crt"
  fi
  echo "$pfx"
}

# The InterviewBot host as run for the benchmarks: Release build, local mode (no MicrosoftAppId, so
# Bot Framework auth is off), SQLite on a file in the scratch folder, warnings-only logging.
# bench_interviewbot_env DBFILE : sets the array BOT_ENV (use as: env "${BOT_ENV[@]}" dotnet …).
bench_interviewbot_env() {
  BOT_ENV=(ASPNETCORE_ENVIRONMENT=Production BotFramework__AllowUnauthenticated=true
    "DataProtection__CertificatePath=$(bench_dataprotection_pfx)" DataProtection__CertificatePassword=bench
    "ConnectionStrings__InterviewBot=Data Source=$1"
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning
    Logging__LogLevel__Microsoft.EntityFrameworkCore=${EFLOG:-Warning} Logging__LogLevel__Quartz=Warning)
}
