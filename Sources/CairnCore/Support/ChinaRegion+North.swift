extension Province {
    /// North China (华北) and the Northeast (东北): codes 11 to 23.
    static let north: [Province] = [
        Province(
            code: "11", nameZh: "北京市", shortZh: "北京", nameEn: "Beijing",
            cities: [City("110100", "北京市", "Beijing")]
        ),
        Province(
            code: "12", nameZh: "天津市", shortZh: "天津", nameEn: "Tianjin",
            cities: [City("120100", "天津市", "Tianjin")]
        ),
        Province(
            code: "13", nameZh: "河北省", shortZh: "河北", nameEn: "Hebei",
            cities: [
                City("130100", "石家庄市", "Shijiazhuang"),
                City("130200", "唐山市", "Tangshan"),
                City("130300", "秦皇岛市", "Qinhuangdao"),
                City("130400", "邯郸市", "Handan"),
                City("130600", "保定市", "Baoding"),
                City("131000", "廊坊市", "Langfang"),
            ]
        ),
        Province(
            code: "14", nameZh: "山西省", shortZh: "山西", nameEn: "Shanxi",
            cities: [
                City("140100", "太原市", "Taiyuan"),
                City("140200", "大同市", "Datong"),
                City("140400", "长治市", "Changzhi"),
                City("140500", "晋城市", "Jincheng"),
                City("140800", "运城市", "Yuncheng"),
                City("141000", "临汾市", "Linfen"),
            ]
        ),
        Province(
            code: "15", nameZh: "内蒙古自治区", shortZh: "内蒙古", nameEn: "Inner Mongolia",
            cities: [
                City("150100", "呼和浩特市", "Hohhot"),
                City("150200", "包头市", "Baotou"),
                City("150300", "乌海市", "Wuhai"),
                City("150400", "赤峰市", "Chifeng"),
                City("150500", "通辽市", "Tongliao"),
                City("150600", "鄂尔多斯市", "Ordos"),
            ]
        ),
        Province(
            code: "21", nameZh: "辽宁省", shortZh: "辽宁", nameEn: "Liaoning",
            cities: [
                City("210100", "沈阳市", "Shenyang"),
                City("210200", "大连市", "Dalian"),
                City("210300", "鞍山市", "Anshan"),
                City("210400", "抚顺市", "Fushun"),
                City("210700", "锦州市", "Jinzhou"),
                City("210800", "营口市", "Yingkou"),
            ]
        ),
        Province(
            code: "22", nameZh: "吉林省", shortZh: "吉林", nameEn: "Jilin",
            cities: [
                City("220100", "长春市", "Changchun"),
                City("220200", "吉林市", "Jilin"),
                City("220300", "四平市", "Siping"),
                City("220500", "通化市", "Tonghua"),
                City("220600", "白山市", "Baishan"),
                City("220700", "松原市", "Songyuan"),
            ]
        ),
        Province(
            code: "23", nameZh: "黑龙江省", shortZh: "黑龙江", nameEn: "Heilongjiang",
            cities: [
                City("230100", "哈尔滨市", "Harbin"),
                City("230200", "齐齐哈尔市", "Qiqihar"),
                City("230600", "大庆市", "Daqing"),
                City("230800", "佳木斯市", "Jiamusi"),
                City("231000", "牡丹江市", "Mudanjiang"),
            ]
        ),
    ]
}
