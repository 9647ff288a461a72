-- "noreply" to the stock echo bot, which then sends nothing: the inbound ceiling of the stock
-- adapter on this machine (for context next to echo.lua, which replies).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

bench.install(function(thread_i, count)
  local list = {}
  for _, i in ipairs(bench.users_of(thread_i, count)) do
    list[#list + 1] = bench.post(bench.activity(i, "noreply", nil, nil))
  end
  return list
end)
