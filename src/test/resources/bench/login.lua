-- POST /api/auth/login (or, with "cognito", a bare AdminInitiateAuth to the emulator) for the
-- customers in the file given after "--", in turn.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA_DIR") .. "/?.lua"
require "report"

local customers = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
end

function init(args)
   for line in io.lines(args[1]) do
      local email, password, username = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)")
      customers[#customers + 1] = {email = email, password = password, username = username}
   end
   target = args[2]
   next_index = id * 7919
end

local function body(c)
   if target == "cognito" then
      return string.format('{"UserPoolId":"us-east-1_localpool","ClientId":"localclient0authcognito000",' ..
         '"AuthFlow":"ADMIN_USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"%s","PASSWORD":"%s"}}',
         c.username, c.password)
   end
   return string.format('{"email":"%s","password":"%s"}', c.email, c.password)
end

function request()
   local c = customers[(next_index % #customers) + 1]
   next_index = next_index + 1
   local headers
   if target == "cognito" then
      headers = {["Content-Type"] = "application/x-amz-json-1.1",
                 ["X-Amz-Target"] = "AWSCognitoIdentityProviderService.AdminInitiateAuth"}
   else
      headers = {["Content-Type"] = "application/json"}
   end
   return wrk.format("POST", nil, headers, body(c))
end

done = report
