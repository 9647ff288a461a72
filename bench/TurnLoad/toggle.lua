-- (c) A full InterviewBot turn: each user taps Done/Undo on the first step of their checklist – the
-- interview, its checklist entries, the session and the sent card's id are loaded, the step is
-- ticked (or unticked), the nudge plan is re-checked, everything is saved and the checklist card is
-- updated in place (PUT …/activities/{id}). Needs BENCH_SEED: the file TurnSeed wrote.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

local function seeded()
  local path = os.getenv("BENCH_SEED") or error("set BENCH_SEED to the file TurnSeed wrote")
  local rows = {}
  for line in io.lines(path) do
    local user, conversation, interview, step, card, activity = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if user then rows[#rows + 1] = { interview = interview, step = step, card = card, activity = activity } end
  end
  return rows
end

bench.install(function(thread_i, count)
  local rows = seeded()
  bench.users = #rows
  local list = {}
  for _, i in ipairs(bench.users_of(thread_i, count)) do
    local r = rows[i + 1]
    local value = string.format('{"verb":"step.toggle","interviewId":"%s","step":"%s","cardId":"%s"}', r.interview, r.step, r.card)
    list[#list + 1] = bench.post(bench.activity(i, nil, value, r.activity))
  end
  return list
end)
