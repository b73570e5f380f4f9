-- wrk script for GET /api/v1/places?q= (issue #19: <= 50 ms per query on the full codifier).
--
--   HUBOPS_TOKEN=... wrk -t2 -c8 -d30s --latency -s hub-bench/src/main/wrk/places-search.lua \
--       http://localhost:8080
--
-- Each request takes the next prefix of the list below, as a person typing in the hub form would
-- send them: one to several letters, Cyrillic in either case, apostrophes of every kind (typed ',
-- the codifier's ’, ʼ, `), і/ї and и/й typed either way, in one oblast or in all. The list is walked
-- in order by every connection from its own starting point, so no two connections ask the same
-- thing at once and the service's answers cannot be served from one warm row.

local prefixes = {
  "К", "Ка", "Кам", "Кам'", "Кам'я", "Кам'янець", "кам’янець-под", "Камʼянка", "Кам`ян",
  "Л", "Ль", "Льв", "Львів", "львiв", "С", "Св", "Сві", "Свiт", "Світл",
  "Ї", "Їз", "Ізюм", "Їзюм", "Ів", "Іва", "Івано", "Ivano", "Ір", "Ірпінь", "Ірпiнь",
  "Б", "Бі", "Біл", "Біла Ц", "Бiла", "Бе", "Бер", "Берез", "Березів",
  "П'", "П'я", "П’ятих", "Пʼятиха", "Під", "Підг", "Підгір",
  "Г", "Гу", "Гук", "Гуків", "Гуменці", "Гай", "Гайсин",
  "Д", "Дн", "Дні", "Дніпро", "Днiпро", "Де", "Дер", "Деря",
  "О", "Ол", "Оле", "Олекс", "Олександрів", "Оде", "Одеса",
  "Ч", "Че", "Чер", "Черн", "Чернігів", "Чернівці", "Чорн", "Чорно",
  "З", "За", "Зал", "Залі", "Залісся", "Зо", "Золоч",
  "Я", "Яб", "Ябл", "Яблунів", "Ясі", "Ясіня", "Й", "Йо", "Йосипівка",
  "Х", "Ха", "Хар", "Харків", "Хм", "Хмел", "Хмельницький",
  "Н", "Но", "Нов", "Нова", "Нові", "Новоукр", "Ніж", "Ніжин",
  "В", "Ве", "Вел", "Велика", "Велика О", "Вин", "Вінн", "Вiнниця",
  "у", "ук", "укр", "Укра", "Украї", "Украiнка", "Ж", "Жи", "Жит", "Житомир",
}

-- Some queries limited to one oblast, as the form asks once an oblast is chosen.
local oblasts = { "", "", "", "&oblast=UA-46", "&oblast=UA-68", "&oblast=UA-12" }

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local paths = {}
for i, prefix in ipairs(prefixes) do
  paths[#paths + 1] = "/api/v1/places?q=" .. encode(prefix) .. oblasts[(i % #oblasts) + 1]
end

local counter = 0
local token = os.getenv("HUBOPS_TOKEN")

function setup(thread)
  counter = counter + 1
  thread:set("start", counter * 37)
end

function init(args)
  next_path = (start or 0) % #paths
  if token and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
  wrk.headers["Accept"] = "application/json"
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "places-search: %d requests, %.1f req/s, mean %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms, non-2xx %d, socket errors %d\n",
    summary.requests, summary.requests / seconds, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
