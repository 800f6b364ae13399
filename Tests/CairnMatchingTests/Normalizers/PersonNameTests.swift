import Testing

@testable import CairnMatching

struct PersonNameTests {
    @Test(arguments: ["Zhang Wei", "Wei Zhang", "zhangwei", "ZHANG Wei", "wei-zhang", "張偉", "Zhāng Wěi"])
    func everySpellingOfZhangWeiIsZhangWei(spelling: String) throws {
        let reference = try #require(PersonName("张伟"))
        let other = try #require(PersonName(spelling))
        #expect(reference.isSameName(as: other), "\(spelling)")
    }

    @Test(arguments: [("单", "shan"), ("曾", "zeng"), ("仇", "qiu"), ("解", "xie"), ("朴", "piao"), ("区", "ou")])
    func surnamesReadAsSurnames(surname: Character, reading: String) throws {
        let name = try #require(PersonName("\(surname)明"))
        #expect(name.words.first == reading)
        #expect(name.isSameName(as: try #require(PersonName("\(reading) ming"))))
    }

    @Test func differentPeopleDiffer() throws {
        let zhangWei = try #require(PersonName("张伟"))
        #expect(!zhangWei.isSameName(as: try #require(PersonName("张维维"))))
        #expect(!zhangWei.isSameName(as: try #require(PersonName("Wang Wei"))))
        #expect(try #require(PersonName("Rhonda Clark")).similarity(to: try #require(PersonName("Rhonda Clrak"))) > 0.9)
        #expect(PersonName("  ") == nil)
    }
}
