-- wrk script: cycles through portal pages with and without filters, and reports p95 (wrk prints only 50/75/90/99).
local paths = {
  "/transparency",
  "/transparency?year=2021",
  "/transparency?year=2020&unit=UNIT-07",
  "/transparency?year=2019&unit=UNIT-23&category=FORCE",
  "/transparency?category=NEGLECT_OF_DUTY&lang=es",
  "/transparency/data",
  "/api/public/v1/statistics?year=2024&unit=UNIT-11&category=DISCOURTESY",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
