-- (b) "help" to InterviewBot: the person is loaded (workspace, person, conversation address), the
-- help card is rendered and sent as a reply.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

bench.install(function(thread_i, count)
  local list = {}
  for _, i in ipairs(bench.users_of(thread_i, count)) do
    list[#list + 1] = bench.post(bench.activity(i, "help", nil, nil))
  end
  return list
end)
