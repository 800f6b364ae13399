import Testing

@testable import CairnHTTP

struct HTMLRenderingTests {
    @Test func textAndAttributesAreEscaped() {
        let node = p(.class("x\" onclick=\"alert(1)"), .flag("hidden")) {
            "<script>alert('北京')</script> & more"
            br()
        }
        #expect(
            node.render()
                == "<p class=\"x&quot; onclick=&quot;alert(1)\" hidden>&lt;script&gt;alert('北京')&lt;/script&gt; &amp; more<br></p>"
        )
    }

    @Test func nilAttributesAndEmptyBranchesLeaveNothingBehind() {
        let isChosen = false
        let node = select(.name("tier")) {
            option(.value("A"), isChosen ? .flag("selected") : nil) { "A" }
            if isChosen { "never" }
        }
        #expect(node.render() == "<select name=\"tier\"><option value=\"A\">A</option></select>")
    }

    @Test func formFieldsReadTheWayBrowsersSendThem() {
        let form = FormFields(urlEncoded: "q=tech+co&name=%E5%8C%97%E4%BA%AC&empty=&flag&q=second")
        #expect(form["q"] == "tech co")
        #expect(form["name"] == "北京")
        #expect(form.text("empty") == nil)
        #expect(form["flag"] == "")
        #expect(form.pairs.count == 5)
    }
}
