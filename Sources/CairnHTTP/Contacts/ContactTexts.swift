/// Adding and showing contacts: each text in Chinese and English side by side.
enum ContactTexts {
    static let all: [String: PageText] = [
        "web.contact.new": PageText(
            "添加联系人",
            "Add a contact"),
        "web.contact.add": PageText(
            "+ 添加联系人",
            "+ Add a contact"),
        "web.contact.added": PageText(
            "联系人已添加。",
            "Contact added."),
    ]
}
