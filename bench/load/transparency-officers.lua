-- wrk script: officer pages (HTML in both languages and JSON) of the officers whose keys transparency.sh passes in
-- LEO_OFFICER_KEYS (comma-separated); with LEO_OFFICER_INDEX=1 the officer index instead, searched, sorted and paged:
-- the first page, a search sorted by update, the page after row 25,000 by name descending (LEO_OFFICER_AFTER, the
-- position a "next page" link carries), a page by number as old links have it, and the API searched.
-- Reports p95 like transparency.lua.
local keys = {}
for key in string.gmatch(os.getenv("LEO_OFFICER_KEYS") or "", "[^,]+") do keys[#keys + 1] = key end
local index = {
  "/transparency/officers",
  "/transparency/officers?q=bench+officer+c&sort=updated",
  "/transparency/officers?sort=-name&after=" .. (os.getenv("LEO_OFFICER_AFTER") or ""),
  "/transparency/officers?page=3",
  "/api/public/v1/officers?q=officer+7",
}
local i = 0
request = function()
  i = i + 1
  if os.getenv("LEO_OFFICER_INDEX") == "1" then return wrk.format("GET", index[(i % #index) + 1]) end
  local key = keys[(i % #keys) + 1]
  local kind = i % 3
  if kind == 0 then return wrk.format("GET", "/transparency/officers/" .. key) end
  if kind == 1 then return wrk.format("GET", "/api/public/v1/officers/" .. key) end
  return wrk.format("GET", "/transparency/officers/" .. key .. "?lang=es")
end
dofile("bench/load/p95.lua")
