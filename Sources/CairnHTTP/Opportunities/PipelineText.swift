import CairnCore

/// Stage names of the pipeline in the reader's language.
enum PipelineText {
    static func stageName(_ key: StageKey, _ language: Language) -> String {
        guard let stage = Pipeline.standard.stage(key) else { return key.rawValue }
        return language == .zhCN ? stage.nameZh : stage.nameEn
    }
}
