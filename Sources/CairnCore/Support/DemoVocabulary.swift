/// Word lists for the seeded demo-data generator: names, companies, titles and activity text in zh-CN.
public enum DemoVocabulary {
    /// Legal-form suffixes that end a company name, such as `有限公司`.
    public static let legalForms: [String] = ["有限公司", "股份有限公司", "有限责任公司", "集团有限公司"]

    /// Common job titles for customer contacts.
    public static let titles: [String] = [
        "总经理", "采购经理", "技术总监", "IT经理", "财务总监", "行政主管",
        "销售总监", "工程师", "董事长", "副总经理", "项目经理", "运营总监",
    ]

    /// One-line activity summaries keyed by activity kind: `call`, `visit`, `wechat`, `email`, `meeting`, `note`.
    /// What customers write in with (WeChat or email) when they expect an answer.
    public static let customerMessages = [
        "客户微信询问报价单什么时候能发过来",
        "客户发来新的需求清单，希望明天前确认能否支持",
        "客户邮件询问合同付款方式能否改为分期",
        "客户微信反馈试用账号登录不了，请尽快处理",
        "客户询问下周能否安排技术人员上门演示",
        "客户邮件要求补充资质证明材料",
    ]

    public static let activitySubjects: [String: [String]] = [
        "call": [
            "电话沟通采购预算，客户计划下季度立项",
            "电话确认需求细节，客户关注交付周期",
            "回访客户试用情况，整体反馈满意",
            "电话跟进报价，客户希望价格再优惠一些",
            "与采购经理电话沟通，约定下周上门拜访",
            "电话了解招标进度，预计月底发布公告",
            "客户来电咨询售后服务条款",
            "电话沟通合同条款，法务意见本周反馈",
        ],
        "visit": [
            "上门拜访，演示产品并了解现有系统痛点",
            "拜访技术负责人，现场调研生产线情况",
            "陪同客户参观样板工程，客户认可方案",
            "上门拜访总经理，确认项目优先级",
            "到客户现场进行方案交流，对方 IT 团队参加",
            "拜访客户采购部，递交公司资质材料",
            "现场勘察实施环境，确认部署条件",
            "节前拜访老客户，了解明年采购计划",
        ],
        "wechat": [
            "微信发送报价单，客户表示需内部讨论",
            "微信发送产品资料和成功案例",
            "微信沟通开票信息，客户已确认抬头",
            "客户微信反馈试用问题，已转技术支持",
            "微信约定下周二上午拜访时间",
            "微信发送合同草稿，等待客户法务审核",
            "客户微信询问交付进度，已同步排期",
        ],
        "email": [
            "邮件发送正式报价及技术方案",
            "邮件确认会议纪要和后续行动项",
            "邮件发送合同终稿，请客户盖章回传",
            "邮件回复客户关于数据安全的问题",
            "邮件发送培训安排及实施计划",
            "邮件提醒客户服务到期，沟通续约事宜",
            "邮件提交投标文件电子版",
        ],
        "meeting": [
            "召开需求调研会，明确一期实施范围",
            "与客户高层开会，汇报项目进展",
            "组织技术交流会，双方工程师参加",
            "参加客户招标答疑会",
            "召开项目启动会，确认双方对接人",
            "商务谈判会议，就付款方式达成初步一致",
            "季度回顾会，讨论续约和扩容需求",
        ],
        "note": [
            "客户决策链：采购经理初筛，总经理拍板",
            "竞争对手已报价，价格低于我方约 10%",
            "客户预算约 50 万元，预计下季度审批",
            "客户偏好本地化部署，对云服务有顾虑",
            "关键联系人近期调岗，需要重新建立关系",
            "客户年底有集中采购计划，需提前准备方案",
            "客户对售后响应时间要求较高",
        ],
    ]

    /// Product and solution names used in opportunity titles.
    public static let opportunityProducts: [String] = [
        "CRM 系统年度订阅", "生产线自动化改造", "ERP 实施服务", "智能仓储解决方案",
        "MES 制造执行系统", "数据中心机房建设", "企业网络安全升级", "视频会议系统采购",
        "办公楼智能化改造", "工业机器人采购", "云服务器年度采购", "财务共享平台建设",
        "员工培训服务包", "设备维保服务合同", "数字化营销平台", "供应链管理系统",
    ]

    /// Follow-up task titles for sales reps.
    public static let taskTitles: [String] = [
        "发送报价单", "安排技术交流会", "跟进合同盖章", "准备投标文件",
        "确认付款进度", "预约上门拜访", "回访试用反馈", "跟进回款",
        "安排样品寄送", "整理需求调研报告", "更新客户组织架构", "邀请客户参加展会",
    ]

    /// Common mainland e-mail domains for generating contact addresses from pinyin or Latin names.
    public static let emailDomains: [String] = ["163.com", "qq.com", "126.com", "sina.com", "aliyun.com", "foxmail.com"]
}
