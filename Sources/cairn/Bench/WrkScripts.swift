/// Lua scripts for wrk: unique valid accounts to create, random ids to read.
enum WrkScripts {
    /// Posts a new account per request: unique name, mobile and a credit code with a correct check digit.
    static func createAccounts(token: String) -> String {
        """
        local charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        local weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
        local counter = 0
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
        function request()
          counter = counter + 1
          local n = (tid or 0) * 100000000 + counter
          local body = string.format(
            '{"name":"压测客户%d科技有限公司","creditCode":"%s","phone":"+8613%09d","industry":"I","province":"上海","source":"website","tier":"B"}',
            n, credit_code(string.format("91310000%09d", n % 1000000000)), n % 1000000000)
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
