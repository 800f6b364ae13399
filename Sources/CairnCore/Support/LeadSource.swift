/// Where a lead or customer first came from; the raw value is the stable stored and API form.
public enum LeadSource: String, Choice {
    /// The company website.
    case website
    /// A form submitted on a web page.
    case webForm = "web_form"
    /// An introduction by an existing customer.
    case referral
    /// A trade show or exhibition.
    case exhibition
    /// Outbound cold calling.
    case coldCall = "cold_call"
    /// WeChat, including official accounts and personal contacts.
    case wechat
    /// Douyin (抖音) short video or live streaming.
    case douyin
    /// Baidu search advertising.
    case baiduAds = "baidu_ads"
    /// A channel or business partner.
    case partner
    /// A marketing event such as a seminar or salon.
    case event
    /// A call placed by the prospect.
    case inboundCall = "inbound_call"
    /// Records imported in bulk from a file or another system.
    case `import`
    /// Anything else.
    case other

    /// The Chinese display name.
    public var nameZh: String {
        switch self {
        case .website: "官网"
        case .webForm: "网页表单"
        case .referral: "客户转介绍"
        case .exhibition: "展会"
        case .coldCall: "电话陌拜"
        case .wechat: "微信"
        case .douyin: "抖音"
        case .baiduAds: "百度推广"
        case .partner: "合作伙伴"
        case .event: "市场活动"
        case .inboundCall: "来电咨询"
        case .import: "导入"
        case .other: "其他"
        }
    }

    /// The English display name.
    public var nameEn: String {
        switch self {
        case .website: "Website"
        case .webForm: "Web form"
        case .referral: "Customer referral"
        case .exhibition: "Exhibition"
        case .coldCall: "Cold call"
        case .wechat: "WeChat"
        case .douyin: "Douyin"
        case .baiduAds: "Baidu Ads"
        case .partner: "Partner"
        case .event: "Marketing event"
        case .inboundCall: "Inbound call"
        case .import: "Import"
        case .other: "Other"
        }
    }
}
