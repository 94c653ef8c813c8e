-- wrk script: files public complaints through POST /api/v1/public/complaints, each with its own
-- Idempotency-Key, and appends every acknowledged "trackingCode accessKey" pair to acknowledged-<thread>.txt
-- so that verify.lua can check afterwards that each acknowledged complaint can be retrieved.
local counter = 0
local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("id", created)
  table.insert(threads, thread)
end

function init(args)
  out = io.open((os.getenv("LEO_LOAD_DIR") or ".") .. "/acknowledged-" .. id .. ".txt", "w")
  out:setvbuf("line")
  math.randomseed(os.time() + id * 7919)
end

local body = [[{"kind":"COMPLAINT","filedFor":"SELF","anonymous":true,"occurredOn":"yesterday, 3 pm",
"location":"Fountain, central square","narrative":"Load test complaint: the officer ignored a crying child.",
"officers":[{"badgeNumber":"734"}]}]]

function request()
  counter = counter + 1
  local key = string.format("load-%d-%d-%08x%08x", id, counter, math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
  return wrk.format("POST", "/api/v1/public/complaints",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }, body)
end

function response(status, headers, body)
  if status == 201 then
    local code = body:match('"trackingCode":"([^"]+)"')
    local key = body:match('"accessKey":"([^"]+)"')
    out:write(code, " ", key, "\n")
  else
    out:write("FAILED ", status, "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%g %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
