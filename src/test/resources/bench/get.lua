-- GET with the session cookie given after "--" (or none).
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require "report"

function init(args)
   if args[1] then
      wrk.headers["Cookie"] = "JSESSIONID=" .. args[1]
   end
end

done = report
