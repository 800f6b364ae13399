import CairnCore

/// The document every page shares: head, navigation, quick add, language switch, sign-out, then the content.
enum PageLayout {
    static func document(title: String, chrome: PageChrome, @HTMLBuilder content: () -> [HTMLNode]) -> HTMLNode {
        let pageContent = content()
        return html(HTMLAttribute("lang", chrome.web.language.rawValue)) {
            head {
                meta(HTMLAttribute("charset", "utf-8"))
                meta(.name("viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1"))
                HTMLNode.element("title", [], [.text("\(title) · Cairn")])
                link(HTMLAttribute("rel", "stylesheet"), .href(WebPaths.stylesheet))
                link(HTMLAttribute("rel", "icon"), .href(WebPaths.favicon))
                script(HTMLAttribute("src", WebPaths.script), .flag("defer"))
            }
            body(.class("page")) {
                a(.class("skip-link"), .href("#main")) { chrome.text("web.skip_to_content") }
                topBar(chrome)
                main(.id("main"), HTMLAttribute("tabindex", "-1")) {
                    h1 { title }
                    pageContent
                }
            }
        }
    }

    private static func topBar(_ chrome: PageChrome) -> HTMLNode {
        header(.class("top-bar")) {
            a(.class("brand"), .href(chrome.user == nil ? WebPaths.login : WebPaths.today)) { "Cairn" }
            if let user = chrome.user, let role = Role.named(user.role) {
                nav(.aria("label", chrome.text("web.nav.label"))) {
                    ul {
                        for section in PageChrome.Section.allCases where section.isOffered(to: role) {
                            li {
                                a(.href(section.path), section == chrome.section ? .aria("current", "page") : nil) {
                                    chrome.text("web.nav.\(section.rawValue)")
                                }
                            }
                        }
                    }
                }
            }
            div(.class("tools")) {
                if chrome.user != nil {
                    a(.class("button primary"), .href(WebPaths.quickAdd), .id("quick-add-link")) {
                        chrome.text("web.quick_add.link")
                    }
                }
                languageSwitch(chrome)
                if let user = chrome.user {
                    a(
                        .class("user-name"), .href(WebPaths.settings), .id("settings-link"),
                        .aria("label", chrome.text("web.settings.open", ["name": user.name]))
                    ) { user.name }
                    form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.logout), .class("inline")) {
                        FormControls.tokenField(chrome.web)
                        button(.type("submit"), .class("link-button")) { chrome.text("web.logout") }
                    }
                }
            }
        }
    }

    /// A button that switches to the other language and returns to the same page.
    private static func languageSwitch(_ chrome: PageChrome) -> HTMLNode {
        let other: Language = chrome.web.language == .zhCN ? .en : .zhCN
        return form(
            HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.language), .class("inline language-switch")
        ) {
            FormControls.tokenField(chrome.web)
            input(.type("hidden"), .name("back"), .value(chrome.path))
            button(
                .type("submit"), .name("language"), .value(other.rawValue), HTMLAttribute("lang", other.rawValue),
                .class("link-button"), .id("language-switch")
            ) {
                other == .en ? "English" : "中文"
            }
        }
    }
}
