import CairnCore

/// The pipelines opportunities can follow. Configurable pipelines arrive with the admin settings; until then the
/// standard one.
public enum PipelineCatalog {
    /// Every pipeline.
    public static let all: [Pipeline] = [.standard]

    /// The pipeline with an id.
    public static func pipeline(id: String) -> Pipeline? { all.first { $0.id == id } }
}
