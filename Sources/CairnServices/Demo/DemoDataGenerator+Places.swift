import CairnCore

extension DemoDataGenerator {
    /// Provinces of the three home regions (East, South-Central, North), weighted by how much business they bring.
    static let regionProvinces: [[(value: Province, weight: Int)]] = regionProvinceCodes.map { group in
        group.compactMap { entry in Province.code(entry.code).map { (value: $0, weight: entry.weight) } }
    }

    private static let regionProvinceCodes: [[(code: String, weight: Int)]] = [
        [("31", 10), ("32", 10), ("33", 10), ("37", 7), ("35", 5), ("34", 4), ("36", 3)],
        [
            ("44", 14), ("51", 6), ("42", 5), ("41", 5), ("43", 4), ("50", 4), ("45", 3), ("53", 3), ("52", 2),
            ("46", 2),
        ],
        [
            ("11", 12), ("12", 5), ("13", 4), ("21", 4), ("61", 4), ("14", 2), ("15", 2), ("22", 2), ("23", 2),
            ("62", 1), ("63", 1), ("64", 1), ("65", 1),
        ],
    ]

    /// A province for a customer of an owner: mostly in the owner's home region, sometimes anywhere.
    func province(near owner: User, _ random: inout SeededGenerator) -> Province {
        let group = random.chance(0.8) ? Self.regionProvinces[homeRegion(of: owner)] : Self.regionProvinces.flatMap { $0 }
        return random.pick(weighted: group)
    }

    /// A province anywhere in the mainland, weighted by business.
    func anyProvince(_ random: inout SeededGenerator) -> Province {
        random.pick(weighted: Self.regionProvinces.flatMap { $0 })
    }

    /// One of a province's cities; the capital (listed first) is the likeliest.
    func city(in province: Province, _ random: inout SeededGenerator) -> City {
        let weighted = province.cities.enumerated()
            .filter { !Self.citiesWithoutBusiness.contains($0.element.code) }
            .map { (value: $0.element, weight: $0.offset == 0 ? 4 : 1) }
        return weighted.isEmpty ? province.cities[0] : random.pick(weighted: weighted)
    }

    // 三沙 is a string of islands with a few thousand residents: no plausible home for a customer company.
    private static let citiesWithoutBusiness: Set<String> = ["460300"]

    /// A landline in the city, E.164: "+86", the area code without the trunk 0, and an eight-digit local number.
    func landline(in city: City, of province: Province, _ random: inout SeededGenerator) -> String {
        let capitalCode = province.cities.first?.code ?? city.code
        let area = Self.areaCodes[city.code] ?? Self.areaCodes[capitalCode] ?? "10"
        return "+86" + area + random.digits(8, firstDigits: 2...8)
    }

    /// A street address in the city, such as 苏州市人民路128号创新中心12楼.
    func streetAddress(in city: City, _ random: inout SeededGenerator) -> String {
        let building = random.pick(Self.buildings)
        let floor = building.isEmpty ? "" : "\(random.int(in: 2...28))楼"
        return "\(city.nameZh)\(random.pick(Self.streets))\(random.int(in: 1...999))号\(building)\(floor)"
    }

    /// Telephone area codes (without the trunk 0) by GB/T 2260 city code; other cities use their capital's code.
    static let areaCodes: [String: String] = [
        "110100": "10", "120100": "22", "310100": "21", "500100": "23",
        "130100": "311", "130200": "315", "130300": "335", "130400": "310", "130600": "312", "131000": "316",
        "140100": "351", "150100": "471", "150200": "472", "210100": "24", "210200": "411", "220100": "431",
        "230100": "451", "230600": "459",
        "320100": "25", "320200": "510", "320300": "516", "320400": "519", "320500": "512", "320600": "513",
        "330100": "571", "330200": "574", "330300": "577", "330400": "573", "330600": "575", "330700": "579",
        "340100": "551", "340200": "553", "350100": "591", "350200": "592", "350500": "595", "360100": "791",
        "370100": "531", "370200": "532", "370600": "535", "370700": "536",
        "410100": "371", "410300": "379", "420100": "27", "420500": "717", "420600": "710",
        "430100": "731", "430200": "731", "430300": "731",
        "440100": "20", "440300": "755", "440400": "756", "440500": "754", "440600": "757", "441900": "769",
        "450100": "771", "450300": "773", "460100": "898", "460200": "898",
        "510100": "28", "510700": "816", "520100": "851", "520300": "851", "530100": "871", "540100": "891",
        "610100": "29", "620100": "931", "630100": "971", "640100": "951", "650100": "991",
        "140200": "352", "150400": "476", "150600": "477", "210300": "412", "220200": "432", "230200": "452",
        "340300": "552", "340500": "555", "350300": "594", "350600": "596", "360200": "798", "360400": "792",
        "370300": "533", "371300": "539", "410700": "373", "420200": "714", "420300": "719", "421000": "716",
        "430400": "734", "430600": "730", "430700": "736", "450200": "772", "450500": "779", "510500": "830",
        "510600": "838", "511300": "817", "511500": "831", "520200": "858", "530300": "874", "530400": "877",
        "530600": "870", "530700": "888", "610300": "917", "610400": "29", "610500": "913", "620500": "938",
        "640200": "952", "650200": "990",
    ]

    private static let streets = [
        "人民路", "中山路", "解放路", "建设路", "新华路", "长江路", "黄河路", "科技路", "高新路", "工业大道",
        "创业路", "学府路", "滨江大道", "世纪大道", "花园路", "文化路", "和平路", "东风路", "青年路", "金融街",
    ]

    private static let buildings = ["", "", "", "科技大厦", "创新中心", "国际广场", "商务中心", "产业园", "大厦"]
}
