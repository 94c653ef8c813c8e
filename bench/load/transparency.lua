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
dofile("bench/load/p95.lua")
