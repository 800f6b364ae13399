import CairnCore

extension DemoDataGenerator {
    /// A Chinese full name (surname and one or two given-name characters) and the surname's pinyin.
    func personName(_ random: inout SeededGenerator) -> (name: String, surnamePinyin: String) {
        let surnames = DemoVocabulary.surnames
        // Surnames are listed most common first; a falling weight keeps 王, 李, 张 frequent and 汤 rare.
        let surname = random.pick(weighted: surnames.enumerated().map { (value: $0.element, weight: 120 - $0.offset) })
        var given = random.pick(DemoVocabulary.givenNameParts)
        if random.chance(0.7) { given += random.pick(DemoVocabulary.givenNameParts) }
        return (surname + given, Self.surnamePinyin[surname] ?? "user")
    }

    /// A mainland mobile number, E.164: "+861", a second digit 3–9 and nine more digits.
    func mobile(_ random: inout SeededGenerator) -> String {
        "+861" + random.digits(10, firstDigits: 3...9)
    }

    /// A personal mailbox at a common mainland provider: numeric at qq.com, pinyin and digits elsewhere.
    func personalEmail(surnamePinyin: String, _ random: inout SeededGenerator) -> String {
        let domain = random.pick(DemoVocabulary.emailDomains)
        if domain == "qq.com" {
            let length = random.int(in: 8...10)
            return random.digits(length, firstDigits: 1...9) + "@" + domain
        }
        let local: String
        switch random.int(in: 0...2) {
        case 0: local = surnamePinyin + String(random.int(in: 1970...1999))
        case 1: local = surnamePinyin + "_" + random.digits(3)
        default: local = surnamePinyin + "." + random.digits(4)
        }
        return local + "@" + domain
    }

    /// A WeChat ID: often the mobile number without "+86", otherwise pinyin and digits.
    func wechatID(mobile: String?, surnamePinyin: String, _ random: inout SeededGenerator) -> String {
        if let mobile, random.chance(0.5) { return String(mobile.dropFirst(3)) }
        return "wx_" + surnamePinyin + random.digits(4)
    }

    /// The pinyin of every surname in `DemoVocabulary.surnames`, for e-mail addresses and WeChat IDs.
    static let surnamePinyin: [String: String] = [
        "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
        "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu",
        "郭": "guo", "何": "he", "林": "lin", "高": "gao", "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie",
        "宋": "song", "唐": "tang", "许": "xu", "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao", "彭": "peng",
        "曾": "zeng", "肖": "xiao", "田": "tian", "董": "dong", "袁": "yuan", "潘": "pan", "于": "yu",
        "蒋": "jiang", "蔡": "cai", "余": "yu", "杜": "du", "叶": "ye", "程": "cheng", "苏": "su", "魏": "wei",
        "吕": "lv", "丁": "ding", "任": "ren", "沈": "shen", "姚": "yao", "卢": "lu", "姜": "jiang", "崔": "cui",
        "钟": "zhong", "谭": "tan", "陆": "lu", "汪": "wang", "范": "fan", "金": "jin", "石": "shi", "廖": "liao",
        "贾": "jia", "夏": "xia", "韦": "wei", "付": "fu", "方": "fang", "白": "bai", "邹": "zou", "孟": "meng",
        "熊": "xiong", "秦": "qin", "邱": "qiu", "江": "jiang", "尹": "yin", "薛": "xue", "闫": "yan",
        "段": "duan", "雷": "lei", "侯": "hou", "龙": "long", "史": "shi", "陶": "tao", "黎": "li", "贺": "he",
        "顾": "gu", "毛": "mao", "郝": "hao", "龚": "gong", "邵": "shao", "万": "wan", "钱": "qian", "严": "yan",
        "覃": "qin", "武": "wu", "戴": "dai", "莫": "mo", "孔": "kong", "向": "xiang", "汤": "tang",
    ]
}
