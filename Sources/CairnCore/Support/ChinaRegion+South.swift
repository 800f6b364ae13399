extension Province {
    /// South Central China (中南): codes 41 to 46.
    static let southCentral: [Province] = [
        Province(
            code: "41", nameZh: "河南省", shortZh: "河南", nameEn: "Henan",
            cities: [
                City("410100", "郑州市", "Zhengzhou"),
                City("410200", "开封市", "Kaifeng"),
                City("410300", "洛阳市", "Luoyang"),
                City("410700", "新乡市", "Xinxiang"),
                City("411000", "许昌市", "Xuchang"),
                City("411300", "南阳市", "Nanyang"),
            ]
        ),
        Province(
            code: "42", nameZh: "湖北省", shortZh: "湖北", nameEn: "Hubei",
            cities: [
                City("420100", "武汉市", "Wuhan"),
                City("420200", "黄石市", "Huangshi"),
                City("420300", "十堰市", "Shiyan"),
                City("420500", "宜昌市", "Yichang"),
                City("420600", "襄阳市", "Xiangyang"),
                City("421000", "荆州市", "Jingzhou"),
            ]
        ),
        Province(
            code: "43", nameZh: "湖南省", shortZh: "湖南", nameEn: "Hunan",
            cities: [
                City("430100", "长沙市", "Changsha"),
                City("430200", "株洲市", "Zhuzhou"),
                City("430300", "湘潭市", "Xiangtan"),
                City("430400", "衡阳市", "Hengyang"),
                City("430600", "岳阳市", "Yueyang"),
                City("430700", "常德市", "Changde"),
            ]
        ),
        Province(
            code: "44", nameZh: "广东省", shortZh: "广东", nameEn: "Guangdong",
            cities: [
                City("440100", "广州市", "Guangzhou"),
                City("440300", "深圳市", "Shenzhen"),
                City("440400", "珠海市", "Zhuhai"),
                City("440500", "汕头市", "Shantou"),
                City("440600", "佛山市", "Foshan"),
                City("441900", "东莞市", "Dongguan"),
            ]
        ),
        Province(
            code: "45", nameZh: "广西壮族自治区", shortZh: "广西", nameEn: "Guangxi",
            cities: [
                City("450100", "南宁市", "Nanning"),
                City("450200", "柳州市", "Liuzhou"),
                City("450300", "桂林市", "Guilin"),
                City("450400", "梧州市", "Wuzhou"),
                City("450500", "北海市", "Beihai"),
                City("450900", "玉林市", "Yulin"),
            ]
        ),
        Province(
            code: "46", nameZh: "海南省", shortZh: "海南", nameEn: "Hainan",
            cities: [
                City("460100", "海口市", "Haikou"),
                City("460200", "三亚市", "Sanya"),
                City("460300", "三沙市", "Sansha"),
                City("460400", "儋州市", "Danzhou"),
            ]
        ),
    ]

    /// Taiwan and the two special administrative regions: codes 71, 81 and 82.
    static let taiwanHongKongMacao: [Province] = [
        Province(
            code: "71", nameZh: "台湾省", shortZh: "台湾", nameEn: "Taiwan",
            cities: [City("710000", "台湾省", "Taiwan")]
        ),
        Province(
            code: "81", nameZh: "香港特别行政区", shortZh: "香港", nameEn: "Hong Kong",
            cities: [City("810000", "香港特别行政区", "Hong Kong")]
        ),
        Province(
            code: "82", nameZh: "澳门特别行政区", shortZh: "澳门", nameEn: "Macao",
            cities: [City("820000", "澳门特别行政区", "Macao")]
        ),
    ]
}
