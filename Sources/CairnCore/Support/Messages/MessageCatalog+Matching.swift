extension MessageCatalog {
    /// Why two records look like one (duplicate checks and scans), in Simplified Chinese.
    public static let matchZhCN: [String: String] = [
        "match.same_credit_code": "统一社会信用代码相同（{value}）",
        "match.credit_code_typo": "统一社会信用代码只差一个字符（{a} / {b}）",
        "match.same_mobile": "手机号相同（{value}）",
        "match.same_phone": "电话相同（{value}）",
        "match.same_email": "邮箱相同（{value}）",
        "match.same_company_name": "公司名称相同（{value}）",
        "match.company_core": "公司名称去掉{removed}后相同（{core}）",
        "match.company_similar": "公司名称相近（{a} / {b}）",
        "match.company_elsewhere": "但名称指向另一地区或分支机构（{a} / {b}）",
        "match.same_person": "联系人相同（{a}）",
        "match.same_person_spelled": "联系人是同一人：{a} = {b}",
        "match.person_similar": "联系人姓名相近（{a} / {b}）",
        "match.same_account": "在同一客户下",
    ]

    /// Why two records look like one, in English.
    public static let matchEn: [String: String] = [
        "match.same_credit_code": "same unified social credit code ({value})",
        "match.credit_code_typo": "credit codes differ by one character ({a} / {b})",
        "match.same_mobile": "same mobile ({value})",
        "match.same_phone": "same phone ({value})",
        "match.same_email": "same email ({value})",
        "match.same_company_name": "same company name ({value})",
        "match.company_core": "company name matches after removing {removed} ({core})",
        "match.company_similar": "similar company names ({a} / {b})",
        "match.company_elsewhere": "but the names point to another place or branch ({a} / {b})",
        "match.same_person": "same contact ({a})",
        "match.same_person_spelled": "same contact: {a} = {b}",
        "match.person_similar": "similar contact names ({a} / {b})",
        "match.same_account": "at the same account",
    ]
}
