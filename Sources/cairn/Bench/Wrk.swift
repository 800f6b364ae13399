import Foundation

/// Runs the `wrk` load generator (Debian package `wrk`) as a separate process and reads its figures, so the load
/// costs the server no CPU of its own and the numbers compare with the team's anchors, measured the same way.
struct Wrk {
    let connections: Int
    let threads: Int
    let seconds: Int

    /// What one run measured.
    struct Result {
        var requestsPerSecond: Double
        var requests: Int
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var failures: Int
        /// CPU this process (the server) spent per request, in milliseconds.
        var serverCPUMillisecondsPerRequest: Double
    }

    /// Loads `url`, with a Lua script that shapes the requests when given.
    func run(url: String, script: String? = nil) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.executable())
        var arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency"]
        if let script { arguments += ["-s", script] }
        process.arguments = arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        let cpuBefore = ProcessCPU.seconds()
        let text: String = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { _ in
                let data = output.fileHandleForReading.readDataToEndOfFile()
                continuation.resume(returning: String(decoding: data, as: UTF8.self))
            }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let cpu = ProcessCPU.seconds() - cpuBefore
        guard process.terminationStatus == 0, var result = Self.parse(text) else {
            throw WrkError(output: text)
        }
        result.serverCPUMillisecondsPerRequest = result.requests > 0 ? cpu * 1000 / Double(result.requests) : 0
        return result
    }

    static func executable() throws -> String {
        for path in ["/usr/bin/wrk", "/usr/local/bin/wrk"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw WrkError(output: "wrk is not installed: apt-get install -y wrk")
    }

    /// Reads `Requests/sec`, the request count, the 50% and 99% latencies and non-2xx responses from wrk's report.
    static func parse(_ text: String) -> Result? {
        var result = Result(
            requestsPerSecond: 0, requests: 0, p50Milliseconds: 0, p99Milliseconds: 0, failures: 0,
            serverCPUMillisecondsPerRequest: 0)
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = words.first else { continue }
            if first == "Requests/sec:", words.count > 1 { result.requestsPerSecond = Double(words[1]) ?? 0 }
            if first == "50%", words.count > 1 { result.p50Milliseconds = milliseconds(String(words[1])) }
            if first == "99%", words.count > 1 { result.p99Milliseconds = milliseconds(String(words[1])) }
            if words.count > 2, words[1] == "requests", words[2] == "in" { result.requests = Int(first) ?? 0 }
            if line.contains("Non-2xx or 3xx responses:"), let last = words.last { result.failures += Int(last) ?? 0 }
            if line.contains("Socket errors:") { result.failures += Self.socketErrors(String(line)) }
        }
        return result.requests > 0 ? result : nil
    }

    private static func milliseconds(_ text: String) -> Double {
        for (unit, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(unit) {
            return (Double(text.dropLast(unit.count)) ?? 0) * factor
        }
        return Double(text) ?? 0
    }

    private static func socketErrors(_ line: String) -> Int {
        line.split(separator: ",").compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +)
    }
}

/// wrk failed or printed something unexpected.
struct WrkError: Error, CustomStringConvertible {
    let output: String
    var description: String { "wrk failed:\n\(output)" }
}

/// CPU time this process has used (user + system), and its peak memory.
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
