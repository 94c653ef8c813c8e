-- wrk script for bench/cluster.sh: staff reads by signed-in staff. Each request carries the session cookie of the
-- next of the sessions in $LEO_SESSIONS (one "LEO_SESSION=..." cookie a line, signed in beforehand), reads the path in
-- $LEO_STAFF_PATH, and waits $LEO_THINK_MS (random 0..2x) before the connection's next request, as a person would.
local sessions = {}
local threads = {}
local bad = 0

function setup(thread)
  table.insert(threads, thread)
end
local next_session = 0
local think = tonumber(os.getenv("LEO_THINK_MS") or "0")
local path = os.getenv("LEO_STAFF_PATH") or "/staff"

function init(args)
  for line in io.lines(os.getenv("LEO_SESSIONS")) do
    table.insert(sessions, line)
  end
  math.randomseed(os.time() + #sessions)
  next_session = math.random(1, #sessions)
end

function delay()
  return math.random(0, 2 * think)
end

function request()
  next_session = next_session % #sessions + 1
  return wrk.format("GET", path, { ["Cookie"] = sessions[next_session] })
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
end

-- Not 200 counts as failed (a lost session answers a redirect to the sign-in page, which wrk counts as success).
function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + (t:get("bad") or 0)
  end
  io.write(string.format("requests %d, errors %d (not 200: %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.timeout, failed,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
