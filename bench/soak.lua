-- wrk script of bench/soak.sh: a fixed cycle of requests over all three APIs and the control API —
-- reads, writes, SMS sends and bad requests — counted by status.
--   wrk ... -s bench/soak.lua URL -- SMSEND_USER_KEY SMSEND_ACCESS_TOKEN
-- Every thread walks the same cycle from its own offset; recipients and names vary with a counter, so
-- sends spread over 100,000 phone numbers and recorded messages grow as they would in a long shared run.

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

-- what the cycle reads and deletes is what it created itself: the latest message and order it sent, the
-- groups it created. So the address books stay small (a create is followed by a delete a cycle later)
-- and only recorded messages, orders and batches grow, until retention drops the oldest.
local ip1_groups, ip1_deleting, smsend_groups = {}, {}, {}
local ip1_sms, smsend_order, v2_peer = 1, "soak-1", "46701234567"

local function delete_ip1_group()
  local id = table.remove(ip1_groups, 1)
  if id then
    ip1_deleting[id] = true -- its answer carries the group again: not one to delete twice
    return ip1("DELETE", "/api/groups/" .. id)
  end
  return ip1("GET", "/api/groups/1")
end

local function delete_smsend_group()
  local id = table.remove(smsend_groups, 1)
  if id then return smsend("DELETE", "/group/" .. id) end
  return smsend("GET", "/groups?pageNumber=1&pageSize=5")
end

-- one cycle: 20 requests, of which 6 are bad on purpose (expected status in the comment):
-- per cycle 14 × 2xx, 3 × 400, 2 × 401, 1 × 404
local cycle = {
  function(n) return ip1("POST", "/api/groups", '{"Name":"Soak ' .. n .. '"}') end,                        -- 200
  function(n) return ip1("GET", "/api/groups/1") end,                                                        -- 200
  function(n) return ip1("POST", "/api/sms/send",
      '{"Numbers":["+' .. phone(n) .. '"],"From":"soak","Message":"Soak test ' .. n .. '"}') end,          -- 200
  function(n) return ip1("GET", "/api/sms/sent/" .. ip1_sms) end,                                            -- 200
  function(n) return delete_ip1_group() end,                                                                 -- 200
  function(n) return ip1("POST", "/api/groups", '{"Name":') end,                                             -- 400 bad JSON
  function(n) return wrk.format("GET", "/api/groups") end,                                                   -- 401 no credentials
  function(n) v2_peer = phone(n); return v2("POST", "/v2/batches",
      '{"sender":"soak","recipients":["' .. v2_peer .. '"],"body":"Soak test ' .. n .. '"}') end,           -- 201
  function(n) return v2("GET", "/v2/conversations/" .. v2_peer .. "?limit=20") end,                         -- 200
  function(n) return v2("GET", "/v2/batches?limit=10&order=DESC") end,                                       -- 200
  function(n) return v2("POST", "/v2/batches", '{"sender":"soak"}') end,                                    -- 400 no recipients
  function(n) return smsend("POST", "/group", '{"name":"Soak ' .. n .. '","description":"soak"}') end,      -- 201
  function(n) return smsend("GET", "/groups?pageNumber=1&pageSize=5") end,                                   -- 200
  function(n) return smsend("POST", "/sms",
      '{"message_type":"N","message":"Soak test","recipient":["+39347' .. phone(n):sub(5) .. '"]}') end,    -- 201
  function(n) return smsend("GET", "/sms/" .. smsend_order) end,                                             -- 200
  function(n) return delete_smsend_group() end,                                                              -- 200
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
  -- remember what was created, from the answers' own ids (each API names them its way)
  if status == 200 and body:find('"Name":"Soak ', 1, true) then
    local id = body:match('"ID":(%d+)')
    if ip1_deleting[id] then ip1_deleting[id] = nil else table.insert(ip1_groups, id) end
  elseif status == 200 and body:find('"Message":"Soak test', 1, true) then
    ip1_sms = body:match('"ID":(%d+)') or ip1_sms
  elseif status == 201 and headers["Location"] and headers["Location"]:find("/group/", 1, true) then
    table.insert(smsend_groups, headers["Location"]:match("/group/(%d+)$"))
  elseif status == 201 and body:find('"order_id"', 1, true) then
    smsend_order = body:match('"order_id":"([%w_.-]+)"') or smsend_order
  end
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
