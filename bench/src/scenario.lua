-- wrk script used by Bench.java for the closed-loop max-throughput run of one scenario.
--
--   wrk -t2 -c32 -d20s -s bench/src/scenario.lua http://localhost:8080 -- \
--       METHOD PATH BODY DATA_DIR ['Header: value' ...]
--
-- BODY is "" for no body. "{name}" in PATH, BODY or a header value is replaced per request by a
-- random line of DATA_DIR/name.txt, "{name:seq}" by the lines in order (each wrk thread starts at
-- a different offset). Same template rules as FixedRate.java.
-- done() prints one "RESULT key=value ..." line that Bench.java parses.

local method, path_t, body_t, data_dir = "GET", "/", nil, "."
local headers_t = {}
local values = {}
local seq = 0
local fixed = nil

local VAR = "{([%w_]+)(:?%a*)}"

function setup(thread)
  thread_count = (thread_count or 0) + 1
  thread:set("tid", thread_count)
end

local function load_values(name)
  if values[name] then return end
  local f = io.open(data_dir .. "/" .. name .. ".txt", "r")
  if not f then error("template variable {" .. name .. "} needs " .. data_dir .. "/" .. name .. ".txt") end
  local list = {}
  for line in f:lines() do
    local v = line:match("^%s*(.-)%s*$")
    if v ~= "" then list[#list + 1] = v end
  end
  f:close()
  if #list == 0 then error(data_dir .. "/" .. name .. ".txt is empty") end
  values[name] = list
end

local function render(s)
  if s == nil then return nil end
  return (s:gsub(VAR, function(name, suffix)
    local list = values[name]
    if not list then return nil end
    if suffix == ":seq" then
      seq = seq + 1
      return list[(seq % #list) + 1]
    end
    return list[math.random(#list)]
  end))
end

function init(args)
  method = args[1] or "GET"
  path_t = args[2] or "/"
  body_t = (args[3] ~= nil and args[3] ~= "") and args[3] or nil
  data_dir = args[4] or "."
  local has_vars = false
  local function scan(s)
    if s == nil then return end
    for name in s:gmatch(VAR) do load_values(name); has_vars = true end
  end
  scan(path_t)
  scan(body_t)
  local has_type = false
  for i = 5, #args do
    local k, v = args[i]:match("^([^:]+):%s*(.*)$")
    if k then
      headers_t[k] = v
      scan(v)
      if k:lower() == "content-type" then has_type = true end
    end
  end
  if body_t and not has_type then headers_t["Content-Type"] = "application/json" end
  headers_t["User-Agent"] = "rounds-bench"
  math.randomseed(os.time() * 1000 + (tid or 0))
  seq = (tid or 0) * 7919
  if not has_vars then fixed = wrk.format(method, path_t, headers_t, body_t) end
end

function request()
  if fixed then return fixed end
  local h = {}
  for k, v in pairs(headers_t) do h[k] = render(v) end
  return wrk.format(method, render(path_t), h, render(body_t))
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    "RESULT mode=closed-loop requests=%d rps=%.1f errors=%d status_errors=%d socket_errors=%d " ..
    "p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
    summary.requests, summary.requests / secs, errors, e.status,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
