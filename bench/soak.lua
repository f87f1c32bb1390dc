-- wrk script of bench/soak.sh: a fixed cycle of requests over all three APIs and the control API —
-- reads, writes, SMS sends and bad requests — counted by status.
--   wrk ... -s bench/soak.lua URL -- SMSEND_USER_KEY SMSEND_ACCESS_TOKEN
-- Every thread walks the same cycle from its own offset; recipients and names vary with a counter, so
-- sends spread over 100,000 phone numbers and stored data grows as it would in a long shared run.

local basic = "Basic aXAxLTEyMzQ1OnRlc3Qta2V5" -- ip1-12345:test-key
local bearer = "Bearer test-token"
local json = "application/json"
local user_key, access_token
local counter = 0
statuses = {} -- global: done() reads it from each thread

local function phone(n)
  return string.format("4670%07d", 1000000 + n % 100000)
end

local function ip1(method, path, body)
  return wrk.format(method, path, { ["Authorization"] = basic, ["Content-Type"] = json }, body)
end

local function v2(method, path, body)
  return wrk.format(method, path, { ["Authorization"] = bearer, ["Content-Type"] = json }, body)
end

local function smsend(method, path, body)
  return wrk.format(method, "/API/v1.0/REST" .. path,
    { ["user_key"] = user_key, ["Access_token"] = access_token, ["Content-Type"] = json }, body)
end

-- one cycle: 18 requests, of which 6 are bad on purpose (expected status in the comment):
-- per cycle 12 × 2xx, 3 × 400, 2 × 401, 1 × 404
local cycle = {
  function(n) return ip1("POST", "/api/groups", '{"Name":"Soak ' .. n .. '"}') end,                        -- 200
  function(n) return ip1("GET", "/api/groups/1") end,                                                        -- 200
  function(n) return ip1("POST", "/api/sms/send",
      '{"Numbers":["+' .. phone(n) .. '"],"From":"soak","Message":"Soak test ' .. n .. '"}') end,          -- 200
  function(n) return ip1("GET", "/api/sms/sent/1") end,                                                      -- 200
  function(n) return ip1("POST", "/api/groups", '{"Name":') end,                                             -- 400 bad JSON
  function(n) return wrk.format("GET", "/api/groups") end,                                                   -- 401 no credentials
  function(n) return v2("POST", "/v2/batches",
      '{"sender":"soak","recipients":["' .. phone(n) .. '"],"body":"Soak test ' .. n .. '"}') end,          -- 201
  function(n) return v2("GET", "/v2/conversations/46701234567?limit=20") end,                                -- 200
  function(n) return v2("GET", "/v2/batches?limit=10&order=DESC") end,                                       -- 200
  function(n) return v2("POST", "/v2/batches", '{"sender":"soak"}') end,                                    -- 400 no recipients
  function(n) return smsend("POST", "/group", '{"name":"Soak ' .. n .. '","description":"soak"}') end,      -- 201
  function(n) return smsend("GET", "/groups?pageNumber=1&pageSize=5") end,                                   -- 200
  function(n) return smsend("POST", "/sms",
      '{"message_type":"N","message":"Soak test","recipient":["+39347' .. phone(n):sub(5) .. '"]}') end,    -- 201
  function(n) return smsend("GET", "/sms/soak-1") end,                                                       -- 200
  function(n) return smsend("POST", "/sms", '{"message_type":"X"}') end,                                    -- 400
  function(n) return wrk.format("GET", "/API/v1.0/REST/groups", { ["user_key"] = "nobody", ["Access_token"] = "none" }) end, -- 401
  function(n) return wrk.format("GET", "/nothing/here") end,                                                 -- 404
  function(n) return wrk.format("GET", "/_stub/messages?account=ip1-54321") end,                            -- 200
}

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  user_key, access_token = args[1], args[2]
  counter = id * 7 -- threads start at different places of the cycle
end

function request()
  counter = counter + 1
  return cycle[counter % #cycle + 1](counter)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d %d\n", status, count))
  end
  local e = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("p50_us %d\n", latency:percentile(50)))
  io.write(string.format("p99_us %d\n", latency:percentile(99)))
end
