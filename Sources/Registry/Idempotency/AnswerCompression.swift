/// A small LZ77 codec for stored answers: JSON answers repeat their keys, ids and links,
/// so they shrink by a quarter (a short one) to two thirds (a list), and the table of
/// kept answers with them. Tokens:
/// - `0lllllll` then `l + 1` bytes copied as they are;
/// - `1lllllll` then two bytes `d` (big-endian): `l + minimumMatch` bytes copied from `d`
///   bytes back in the output, which may overlap what they produce.
///
/// Greedy matching against the last position of each 4-byte sequence: a few microseconds
/// per answer, and no dependency beyond the standard library.
enum AnswerCompression {
    static let minimumMatch = 4
    static let maximumMatch = 127 + minimumMatch
    static let maximumLiterals = 128
    static let maximumDistance = 65_535
    private static let tableBits = 12

    /// Stored bytes that do not decode: a row damaged on disk.
    struct Corrupted: Error {}

    static func compress(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 2 + 16)
        var table = [Int](repeating: -1, count: 1 << tableBits)
        var literalStart = 0
        var position = 0
        func flushLiterals(upTo end: Int) {
            var start = literalStart
            while start < end {
                let count = min(maximumLiterals, end - start)
                output.append(UInt8(count - 1))
                output.append(contentsOf: input[start..<(start + count)])
                start += count
            }
        }
        while position + minimumMatch <= input.count {
            let word = UInt32(input[position]) | UInt32(input[position + 1]) << 8 | UInt32(input[position + 2]) << 16
                | UInt32(input[position + 3]) << 24
            let slot = Int((word &* 2_654_435_761) >> UInt32(32 - tableBits))
            let candidate = table[slot]
            table[slot] = position
            guard candidate >= 0, position - candidate <= maximumDistance,
                  input[candidate..<(candidate + minimumMatch)] == input[position..<(position + minimumMatch)] else {
                position += 1
                continue
            }
            var length = minimumMatch
            while length < maximumMatch, position + length < input.count, input[candidate + length] == input[position + length] {
                length += 1
            }
            flushLiterals(upTo: position)
            let distance = position - candidate
            output.append(0x80 | UInt8(length - minimumMatch))
            output.append(UInt8(distance >> 8))
            output.append(UInt8(distance & 0xff))
            position += length
            literalStart = position
        }
        flushLiterals(upTo: input.count)
        return output
    }

    static func decompress(_ input: [UInt8]) throws(Corrupted) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 3)
        var index = 0
        while index < input.count {
            let token = Int(input[index])
            index += 1
            if token & 0x80 == 0 {
                let count = token + 1
                guard index + count <= input.count else { throw Corrupted() }
                output.append(contentsOf: input[index..<(index + count)])
                index += count
            } else {
                guard index + 2 <= input.count else { throw Corrupted() }
                let distance = Int(input[index]) << 8 | Int(input[index + 1])
                index += 2
                guard distance > 0, distance <= output.count else { throw Corrupted() }
                let start = output.count - distance
                for offset in 0..<((token & 0x7f) + minimumMatch) { output.append(output[start + offset]) }
            }
        }
        return output
    }
}
