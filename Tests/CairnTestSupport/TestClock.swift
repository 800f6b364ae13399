import CairnCore

/// The clock tests set and advance by hand: the same one `cairn serve --test-clock` runs on.
public typealias TestClock = ManualClock
