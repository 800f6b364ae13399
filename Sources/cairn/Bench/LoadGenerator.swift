import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A closed-loop HTTP load generator: N connections, each sending its next request when the last one answered.
struct LoadGenerator {
    let client: HTTPClient
    let connections: Int
    let duration: TimeInterval

    /// Throughput and latency of one run.
    struct Result {
        var requests: Int
        var failures: Int
        var seconds: Double
        var latenciesMs: [Double]
        var cpuSeconds: Double

        var perSecond: Double { Double(requests) / seconds }
        func percentile(_ p: Double) -> Double {
            guard !latenciesMs.isEmpty else { return 0 }
            let sorted = latenciesMs.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
        /// Process CPU (server and load generator together) per request, in ms.
        var cpuMsPerRequest: Double { requests == 0 ? 0 : cpuSeconds * 1000 / Double(requests) }
    }

    /// Runs `makeRequest(worker, sequence)` in a loop on every connection until the time is up.
    func run(
        _ makeRequest: @escaping @Sendable (Int, Int) -> HTTPClientRequest, expect status: HTTPResponseStatus
    ) async -> Result {
        let start = Date()
        let cpuStart = ProcessCPU.seconds()
        let deadline = start.addingTimeInterval(duration)
        let outcomes = await withTaskGroup(of: ([Double], Int).self) { group in
            for worker in 0..<connections {
                group.addTask {
                    var latencies: [Double] = []
                    var failures = 0
                    var sequence = 0
                    while Date() < deadline {
                        let began = DispatchTime.now().uptimeNanoseconds
                        do {
                            let response = try await client.execute(makeRequest(worker, sequence), timeout: .seconds(30))
                            _ = try await response.body.collect(upTo: 1 << 20)
                            if response.status != status { failures += 1 }
                        } catch {
                            failures += 1
                        }
                        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000)
                        sequence += 1
                    }
                    return (latencies, failures)
                }
            }
            var all: [([Double], Int)] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let latencies = outcomes.flatMap(\.0)
        return Result(
            requests: latencies.count, failures: outcomes.map(\.1).reduce(0, +), seconds: Date().timeIntervalSince(start),
            latenciesMs: latencies, cpuSeconds: ProcessCPU.seconds() - cpuStart)
    }
}

/// CPU time this process has used (user + system).
enum ProcessCPU {
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return value(usage.ru_utime) + value(usage.ru_stime)
    }

    /// Peak resident memory in MiB.
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
