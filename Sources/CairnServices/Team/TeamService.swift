import CairnCore
import CairnStore
import Foundation

/// The manager's weekly view: per person in the actor's scope, what happened this week.
public struct TeamService: Sendable {
    let environment: ServiceEnvironment

    /// Creates the service.
    public init(environment: ServiceEnvironment) {
        self.environment = environment
    }

    /// Figures per user id for the week containing now (Monday 00:00 China time until now), with the week start.
    public func thisWeek(by actor: Actor) async throws -> (start: Date, figures: [String: WeeklyFigures]) {
        let now = environment.clock.now()
        let start = WeeklyFigures.weekStart(containing: now)
        let wonStages = Pipeline.standard.stages.filter { $0.outcome == .won }.map(\.key)
        let figures = try await environment.storage.read { session in
            try await WeeklyFiguresStore().figures(
                since: start, now: now, wonStages: wonStages, visibility: actor.visibility, in: session)
        }
        return (start, figures)
    }
}
