-- (a) "echo" to the stock echo bot (bench/StockEchoBot): one reply per turn, nothing stored.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

bench.install(function(thread_i, count)
  local list = {}
  for _, i in ipairs(bench.users_of(thread_i, count)) do
    list[#list + 1] = bench.post(bench.activity(i, "echo", nil, nil))
  end
  return list
end)
