-- GET with one of many sessions: each request takes the next session id of the file given after "--".
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require "report"

local sessions = {}
local next_session = 1

function init(args)
   for line in io.lines(args[1]) do
      sessions[#sessions + 1] = line
   end
   next_session = math.random(#sessions)
end

function request()
   local session = sessions[next_session]
   next_session = next_session % #sessions + 1
   return wrk.format("GET", nil, { ["Cookie"] = "JSESSIONID=" .. session })
end

done = report
