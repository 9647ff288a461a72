-- Shared by echo.lua, help.lua and toggle.lua: Bot Framework message activities as Teams sends them,
-- posted to /api/messages, rotating BENCH_USERS users (from.id) split between wrk's threads so that
-- one user's turns never overlap. The bot replies to BENCH_SERVICE_URL (the connector stand-in).
--
-- Environment: BENCH_SERVICE_URL (default http://127.0.0.1:3990/), BENCH_USERS (default 200),
-- BENCH_TENANT (default tenant-bench). Users and conversations are named as TurnSeed names them.

local M = {}

M.service_url = os.getenv("BENCH_SERVICE_URL") or "http://127.0.0.1:3990/"
M.users = tonumber(os.getenv("BENCH_USERS") or "200")
M.tenant = os.getenv("BENCH_TENANT") or "tenant-bench"

local headers = { ["Content-Type"] = "application/json" }

-- A JSON string literal (the values used here need only quotes and backslashes escaped).
local function str(s)
  return '"' .. tostring(s):gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

-- One message activity; value_json is a JSON object text (a card submit) or nil. Its "id" is left
-- as ACTIVITY_ID: every request gets a new one, as every activity from Teams has its own id.
local ACTIVITY_ID = "@ACTIVITY_ID@"

function M.activity(i, text, value_json, reply_to)
  local parts = {
    '"type":"message"',
    '"id":"' .. ACTIVITY_ID .. '"',
    '"serviceUrl":' .. str(M.service_url),
    '"channelId":"msteams"',
    '"from":{"id":' .. str("29:bench-user-" .. i) .. ',"name":' .. str("Bench Recruiter " .. i) .. '}',
    '"conversation":{"id":' .. str("a:bench-" .. i) .. ',"conversationType":"personal","tenantId":' .. str(M.tenant) .. '}',
    '"recipient":{"id":"28:bench-bot","name":"InterviewBot"}',
    '"localTimezone":"Europe/Berlin"',
    '"channelData":{"tenant":{"id":' .. str(M.tenant) .. '}}',
  }
  if text then parts[#parts + 1] = '"text":' .. str(text) end
  if value_json then parts[#parts + 1] = '"value":' .. value_json end
  if reply_to then parts[#parts + 1] = '"replyToId":' .. str(reply_to) end
  return "{" .. table.concat(parts, ",") .. "}"
end

-- A prepared request: the body split around its activity id.
function M.post(body)
  local at = body:find(ACTIVITY_ID, 1, true)
  return { before = body:sub(1, at - 1), after = body:sub(at + #ACTIVITY_ID) }
end

-- wrk hooks. make_requests(thread_index, thread_count) returns this thread's prepared requests.
local threads = {}
local next_thread = 0

function M.install(make_requests)
  function setup(thread)
    thread:set("thread_index", next_thread)
    next_thread = next_thread + 1
    threads[#threads + 1] = thread
  end

  local requests, n, count
  function init(args)
    count = tonumber(os.getenv("BENCH_THREADS") or "2")
    requests = make_requests(thread_index, count)
    n = 0
    if #requests == 0 then error("no requests for thread " .. thread_index) end
  end

  function request()
    n = n + 1
    local r = requests[(n - 1) % #requests + 1]
    return wrk.format("POST", "/api/messages", headers, r.before .. "bench-" .. thread_index .. "-" .. n .. r.after)
  end

  -- One line the run script reads: requests/s, latency percentiles in ms, failures.
  function done(summary, latency, requests_)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d non2xx=%d socket_errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
  end
end

-- The user indexes of one thread: every count-th user starting at the thread's index.
function M.users_of(thread_i, count)
  local list = {}
  for i = thread_i, M.users - 1, count do list[#list + 1] = i end
  return list
end

return M
