extension Province {
    /// Southwest (西南) and Northwest (西北) China: codes 50 to 65.
    static let west: [Province] = [
        Province(
            code: "50", nameZh: "重庆市", shortZh: "重庆", nameEn: "Chongqing",
            cities: [City("500100", "重庆市", "Chongqing")]
        ),
        Province(
            code: "51", nameZh: "四川省", shortZh: "四川", nameEn: "Sichuan",
            cities: [
                City("510100", "成都市", "Chengdu"),
                City("510500", "泸州市", "Luzhou"),
                City("510600", "德阳市", "Deyang"),
                City("510700", "绵阳市", "Mianyang"),
                City("511300", "南充市", "Nanchong"),
                City("511500", "宜宾市", "Yibin"),
            ]
        ),
        Province(
            code: "52", nameZh: "贵州省", shortZh: "贵州", nameEn: "Guizhou",
            cities: [
                City("520100", "贵阳市", "Guiyang"),
                City("520200", "六盘水市", "Liupanshui"),
                City("520300", "遵义市", "Zunyi"),
                City("520400", "安顺市", "Anshun"),
                City("520500", "毕节市", "Bijie"),
                City("520600", "铜仁市", "Tongren"),
            ]
        ),
        Province(
            code: "53", nameZh: "云南省", shortZh: "云南", nameEn: "Yunnan",
            cities: [
                City("530100", "昆明市", "Kunming"),
                City("530300", "曲靖市", "Qujing"),
                City("530400", "玉溪市", "Yuxi"),
                City("530500", "保山市", "Baoshan"),
                City("530600", "昭通市", "Zhaotong"),
                City("530700", "丽江市", "Lijiang"),
            ]
        ),
        Province(
            code: "54", nameZh: "西藏自治区", shortZh: "西藏", nameEn: "Xizang",
            cities: [
                City("540100", "拉萨市", "Lhasa"),
                City("540200", "日喀则市", "Shigatse"),
                City("540300", "昌都市", "Qamdo"),
                City("540400", "林芝市", "Nyingchi"),
                City("540500", "山南市", "Shannan"),
                City("540600", "那曲市", "Nagqu"),
            ]
        ),
        Province(
            code: "61", nameZh: "陕西省", shortZh: "陕西", nameEn: "Shaanxi",
            cities: [
                City("610100", "西安市", "Xi'an"),
                City("610300", "宝鸡市", "Baoji"),
                City("610400", "咸阳市", "Xianyang"),
                City("610500", "渭南市", "Weinan"),
                City("610600", "延安市", "Yan'an"),
                City("610800", "榆林市", "Yulin"),
            ]
        ),
        Province(
            code: "62", nameZh: "甘肃省", shortZh: "甘肃", nameEn: "Gansu",
            cities: [
                City("620100", "兰州市", "Lanzhou"),
                City("620200", "嘉峪关市", "Jiayuguan"),
                City("620300", "金昌市", "Jinchang"),
                City("620400", "白银市", "Baiyin"),
                City("620500", "天水市", "Tianshui"),
                City("620900", "酒泉市", "Jiuquan"),
            ]
        ),
        Province(
            code: "63", nameZh: "青海省", shortZh: "青海", nameEn: "Qinghai",
            cities: [
                City("630100", "西宁市", "Xining"),
                City("630200", "海东市", "Haidong"),
            ]
        ),
        Province(
            code: "64", nameZh: "宁夏回族自治区", shortZh: "宁夏", nameEn: "Ningxia",
            cities: [
                City("640100", "银川市", "Yinchuan"),
                City("640200", "石嘴山市", "Shizuishan"),
                City("640300", "吴忠市", "Wuzhong"),
                City("640400", "固原市", "Guyuan"),
                City("640500", "中卫市", "Zhongwei"),
            ]
        ),
        Province(
            code: "65", nameZh: "新疆维吾尔自治区", shortZh: "新疆", nameEn: "Xinjiang",
            cities: [
                City("650100", "乌鲁木齐市", "Urumqi"),
                City("650200", "克拉玛依市", "Karamay"),
                City("650400", "吐鲁番市", "Turpan"),
                City("650500", "哈密市", "Hami"),
            ]
        ),
    ]
}
