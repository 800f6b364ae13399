extension Province {
    /// East China (华东): codes 31 to 37.
    static let east: [Province] = [
        Province(
            code: "31", nameZh: "上海市", shortZh: "上海", nameEn: "Shanghai",
            cities: [City("310100", "上海市", "Shanghai")]
        ),
        Province(
            code: "32", nameZh: "江苏省", shortZh: "江苏", nameEn: "Jiangsu",
            cities: [
                City("320100", "南京市", "Nanjing"),
                City("320200", "无锡市", "Wuxi"),
                City("320300", "徐州市", "Xuzhou"),
                City("320400", "常州市", "Changzhou"),
                City("320500", "苏州市", "Suzhou"),
                City("320600", "南通市", "Nantong"),
            ]
        ),
        Province(
            code: "33", nameZh: "浙江省", shortZh: "浙江", nameEn: "Zhejiang",
            cities: [
                City("330100", "杭州市", "Hangzhou"),
                City("330200", "宁波市", "Ningbo"),
                City("330300", "温州市", "Wenzhou"),
                City("330400", "嘉兴市", "Jiaxing"),
                City("330600", "绍兴市", "Shaoxing"),
                City("330700", "金华市", "Jinhua"),
            ]
        ),
        Province(
            code: "34", nameZh: "安徽省", shortZh: "安徽", nameEn: "Anhui",
            cities: [
                City("340100", "合肥市", "Hefei"),
                City("340200", "芜湖市", "Wuhu"),
                City("340300", "蚌埠市", "Bengbu"),
                City("340500", "马鞍山市", "Ma'anshan"),
                City("340800", "安庆市", "Anqing"),
                City("341200", "阜阳市", "Fuyang"),
            ]
        ),
        Province(
            code: "35", nameZh: "福建省", shortZh: "福建", nameEn: "Fujian",
            cities: [
                City("350100", "福州市", "Fuzhou"),
                City("350200", "厦门市", "Xiamen"),
                City("350300", "莆田市", "Putian"),
                City("350500", "泉州市", "Quanzhou"),
                City("350600", "漳州市", "Zhangzhou"),
                City("350800", "龙岩市", "Longyan"),
            ]
        ),
        Province(
            code: "36", nameZh: "江西省", shortZh: "江西", nameEn: "Jiangxi",
            cities: [
                City("360100", "南昌市", "Nanchang"),
                City("360200", "景德镇市", "Jingdezhen"),
                City("360400", "九江市", "Jiujiang"),
                City("360700", "赣州市", "Ganzhou"),
                City("360900", "宜春市", "Yichun"),
                City("361100", "上饶市", "Shangrao"),
            ]
        ),
        Province(
            code: "37", nameZh: "山东省", shortZh: "山东", nameEn: "Shandong",
            cities: [
                City("370100", "济南市", "Jinan"),
                City("370200", "青岛市", "Qingdao"),
                City("370300", "淄博市", "Zibo"),
                City("370600", "烟台市", "Yantai"),
                City("370700", "潍坊市", "Weifang"),
                City("371300", "临沂市", "Linyi"),
            ]
        ),
    ]
}
