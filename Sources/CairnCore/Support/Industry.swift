import Foundation

/// A top-level section (门类) of the national industry classification GB/T 4754-2017.
public struct Industry: Sendable, Hashable {
    /// The section letter, `A` through `T`.
    public let code: String
    /// The official Chinese section name, such as `制造业`.
    public let nameZh: String
    /// The English section name, such as `Manufacturing`.
    public let nameEn: String

    /// Creates an industry section.
    public init(code: String, nameZh: String, nameEn: String) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
    }

    /// All twenty sections of GB/T 4754-2017, in code order A to T.
    public static let all: [Industry] = [
        Industry(code: "A", nameZh: "农、林、牧、渔业", nameEn: "Agriculture, forestry, animal husbandry and fishery"),
        Industry(code: "B", nameZh: "采矿业", nameEn: "Mining"),
        Industry(code: "C", nameZh: "制造业", nameEn: "Manufacturing"),
        Industry(
            code: "D",
            nameZh: "电力、热力、燃气及水生产和供应业",
            nameEn: "Production and supply of electricity, heat, gas and water"
        ),
        Industry(code: "E", nameZh: "建筑业", nameEn: "Construction"),
        Industry(code: "F", nameZh: "批发和零售业", nameEn: "Wholesale and retail trade"),
        Industry(code: "G", nameZh: "交通运输、仓储和邮政业", nameEn: "Transport, storage and postal services"),
        Industry(code: "H", nameZh: "住宿和餐饮业", nameEn: "Accommodation and catering"),
        Industry(
            code: "I",
            nameZh: "信息传输、软件和信息技术服务业",
            nameEn: "Information transmission, software and IT services"
        ),
        Industry(code: "J", nameZh: "金融业", nameEn: "Finance"),
        Industry(code: "K", nameZh: "房地产业", nameEn: "Real estate"),
        Industry(code: "L", nameZh: "租赁和商务服务业", nameEn: "Leasing and business services"),
        Industry(code: "M", nameZh: "科学研究和技术服务业", nameEn: "Scientific research and technical services"),
        Industry(
            code: "N",
            nameZh: "水利、环境和公共设施管理业",
            nameEn: "Water conservancy, environment and public facilities management"
        ),
        Industry(code: "O", nameZh: "居民服务、修理和其他服务业", nameEn: "Resident services, repair and other services"),
        Industry(code: "P", nameZh: "教育", nameEn: "Education"),
        Industry(code: "Q", nameZh: "卫生和社会工作", nameEn: "Health and social work"),
        Industry(code: "R", nameZh: "文化、体育和娱乐业", nameEn: "Culture, sports and entertainment"),
        Industry(
            code: "S",
            nameZh: "公共管理、社会保障和社会组织",
            nameEn: "Public administration, social security and social organizations"
        ),
        Industry(code: "T", nameZh: "国际组织", nameEn: "International organizations"),
    ]

    /// Looks up a section by its letter, ignoring case and surrounding whitespace.
    public static func code(_ code: String) -> Industry? {
        let wanted = code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        return all.first { $0.code == wanted }
    }
}
