/// Lua scripts for wrk: unique valid accounts to create, random ids to read.
enum WrkScripts {
    /// Posts a new account per request: a company name as people write them (a trade name of four characters drawn
    /// from the number, a line of business), a unique mobile and a credit code with a correct check digit. Names
    /// are not numbered: numbers one digit apart would make every customer a typo of thousands of others.
    static func createAccounts(token: String) -> String {
        """
        local charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        local weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
        -- Each run starts its numbers elsewhere (by the clock): a run must create new customers, not the previous
        -- run's again, which the duplicate check would rightly refuse.
        local counter = (os.time() % 10000) * 10000
        local thread_number = 0
        function setup(thread)
          thread:set("tid", thread_number)
          thread_number = thread_number + 1
        end
        local function credit_code(body)
          local sum = 0
          for i = 1, 17 do
            local position = string.find(charset, string.sub(body, i, i), 1, true) - 1
            sum = sum + position * weights[i]
          end
          local check = (31 - sum % 31) % 31
          return body .. string.sub(charset, check + 1, check + 1)
        end
        local trade = {"华","瑞","祥","达","盛","恒","通","泰","鑫","源","博","安","宏","远","联","兴","信","诚","德",
          "创","新","海","天","中","正","和","康","丰","裕","隆","辉","星","明","佳","汇","金","锦","益","晟","峰","嘉",
          "润","鼎","航","宇","腾","昌","荣","凯","骏","智","云","蓝","绿","百","万","东","南","西","北","九","龙"}
        local words = {"科技","信息技术","贸易","机械","电子","建筑工程","物流","软件","医疗器械","食品","环保","供应链"}
        local function pick(list, seed) return list[math.floor(seed) % #list + 1] end
        local function company(n)
          local s = (n * 2654435761) % 4294967296
          return "上海" .. pick(trade, s) .. pick(trade, s / 61) .. pick(trade, s / 3721) .. pick(trade, s / 226981)
            .. pick(words, s / 13845841) .. "有限公司"
        end
        function request()
          counter = counter + 1
          local n = (tid or 0) * 100000000 + counter
          local body = string.format(
            '{"name":"%s","creditCode":"%s","phone":"+8613%09d","industry":"I","province":"上海","source":"website","tier":"B"}',
            company(n), credit_code(string.format("91310000%09d", n % 1000000000)), n % 1000000000)
          return wrk.format("POST", "/api/v1/accounts",
            {["Content-Type"] = "application/json", ["Authorization"] = "Bearer \(token)"}, body)
        end
        """
    }

    /// Reads a random account from the ids in `idFile` (one per line) per request.
    static func readAccounts(token: String, idFile: String) -> String {
        """
        local ids = {}
        for line in io.lines("\(idFile)") do ids[#ids + 1] = line end
        math.randomseed(42)
        function request()
          return wrk.format("GET", "/api/v1/accounts/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer \(token)"})
        end
        """
    }
}
