import CairnCore
import Foundation

/// What a rep means to do next after an activity: it becomes an open task of theirs on the same customer.
public struct NextStep: Sendable, Equatable {
    /// What to do ("send the revised quote").
    public var title: String
    /// When it is due; nil for no date.
    public var dueAt: Date?

    /// Creates a next step.
    public init(title: String, dueAt: Date? = nil) {
        self.title = title
        self.dueAt = dueAt
    }
}

/// Logging what happened with a customer, and what comes next, in one step: the activity and the follow-up task
/// are kept together or not at all, both through the one writer (so both are audited and scoped as any record).
public struct FollowUpService: Sendable {
    let activities: RecordService<ActivityFields>
    let tasks: RecordService<TaskFields>

    /// Logs the activity and, when given, the next step as a task owned by the actor about the same account,
    /// contact, lead and deal. Problems with the next step are named `nextStep` and `nextStepDueAt`.
    public func log(
        _ activity: ActivityFields, nextStep: NextStep?, by actor: Actor
    ) async throws -> (activity: Stored<ActivityFields>, task: Stored<TaskFields>?) {
        let prepared = prepare(activity, nextStep: nextStep)
        guard prepared.problems.isEmpty, let activity = prepared.activity else {
            throw ServiceError.validation(prepared.problems)
        }
        let (activities, tasks, task) = (self.activities, self.tasks, prepared.task)
        return try await activities.environment.writing(as: actor) { unit in
            let logged = try await activities.create(activity, in: unit)
            return (logged, try await task.asyncMap { try await tasks.create($0, in: unit) })
        }
    }

    /// Every problem the activity and its next step have, without writing anything (a form adds its own).
    public func problems(_ activity: ActivityFields, nextStep: NextStep?) -> [FieldError] {
        prepare(activity, nextStep: nextStep).problems
    }

    private func prepare(
        _ activity: ActivityFields, nextStep: NextStep?
    ) -> (activity: ActivityFields?, task: TaskFields?, problems: [FieldError]) {
        let now = activities.environment.clock.now()
        var problems: [FieldError] = []
        var preparedActivity: ActivityFields?
        do { preparedActivity = try activities.validate(activity, previous: nil, now: now) } catch {
            if case .validation(let errors) = error as? ServiceError { problems += errors }
        }
        var preparedTask: TaskFields?
        if let nextStep {
            let task = TaskFields(
                title: nextStep.title, dueAt: nextStep.dueAt, accountId: activity.accountId,
                contactId: activity.contactId, leadId: activity.leadId, opportunityId: activity.opportunityId)
            do { preparedTask = try tasks.validate(task, previous: nil, now: now) } catch {
                if case .validation(let errors) = error as? ServiceError { problems += errors.map(Self.asNextStep) }
            }
        }
        return (preparedActivity, preparedTask, problems)
    }

    /// A task's field error, named for the next-step fields of the form.
    private static func asNextStep(_ error: FieldError) -> FieldError {
        var renamed = error
        renamed.field = error.field == "dueAt" ? "nextStepDueAt" : "nextStep"
        return renamed
    }
}
