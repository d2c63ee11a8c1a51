/// The DEFLATE encoder of `Gzip`: one final block with the fixed Huffman codes.
enum Deflate {
    static let windowSize = 32_768
    static let minimumMatch = 3
    static let maximumMatch = 258
    /// How many earlier positions of the same three bytes are tried for the longest match.
    static let chainLimit = 32

    static func fixedBlock(_ input: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1) // BFINAL
        bits.write(1, count: 2) // BTYPE = 01, fixed Huffman codes
        var head = [Int](repeating: -1, count: 1 << 15)
        var previous = [Int](repeating: -1, count: windowSize)
        func hash(_ position: Int) -> Int {
            (Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2])) & 0x7FFF
        }
        func insert(_ position: Int) {
            guard position + 2 < input.count else { return }
            let key = hash(position)
            previous[position % windowSize] = head[key]
            head[key] = position
        }
        var position = 0
        while position < input.count {
            var bestLength = 0
            var bestDistance = 0
            if position + 2 < input.count {
                var candidate = head[hash(position)]
                var tries = 0
                let limit = min(maximumMatch, input.count - position)
                while candidate >= 0, position - candidate <= windowSize, tries < chainLimit {
                    var length = 0
                    while length < limit, input[candidate + length] == input[position + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position - candidate
                        if length == limit { break }
                    }
                    let next = previous[candidate % windowSize]
                    guard next < candidate else { break }
                    candidate = next
                    tries += 1
                }
            }
            if bestLength >= minimumMatch {
                writeLength(bestLength, to: &bits)
                writeDistance(bestDistance, to: &bits)
                for covered in position..<(position + bestLength) { insert(covered) }
                position += bestLength
            } else {
                writeLiteral(Int(input[position]), to: &bits)
                insert(position)
                position += 1
            }
        }
        writeLiteral(256, to: &bits) // end of block
        return bits.finish()
    }

    /// A literal byte or the end-of-block code, in the fixed code of RFC 1951 §3.2.6.
    private static func writeLiteral(_ symbol: Int, to bits: inout BitWriter) {
        switch symbol {
        case 0...143: bits.writeCode(0x30 + symbol, count: 8)
        case 144...255: bits.writeCode(0x190 + symbol - 144, count: 9)
        case 256...279: bits.writeCode(symbol - 256, count: 7)
        default: bits.writeCode(0xC0 + symbol - 280, count: 8)
        }
    }

    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                        4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func writeLength(_ length: Int, to bits: inout BitWriter) {
        let index = (lengthBases.lastIndex { $0 <= length }) ?? 0
        writeLiteral(257 + index, to: &bits)
        bits.write(length - lengthBases[index], count: lengthExtraBits[index])
    }

    private static func writeDistance(_ distance: Int, to bits: inout BitWriter) {
        let index = (distanceBases.lastIndex { $0 <= distance }) ?? 0
        bits.writeCode(index, count: 5)
        bits.write(distance - distanceBases[index], count: distanceExtraBits[index])
    }

    /// Bits packed from the least significant bit of each byte up, as DEFLATE packs them.
    struct BitWriter {
        private var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var filled = 0

        /// `count` bits of `value`, least significant first (extra bits, header fields).
        mutating func write(_ value: Int, count: Int) {
            guard count > 0 else { return }
            buffer |= UInt64(value & ((1 << count) - 1)) << UInt64(filled)
            filled += count
            while filled >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                filled -= 8
            }
        }

        /// A Huffman code of `count` bits, most significant first.
        mutating func writeCode(_ code: Int, count: Int) {
            var reversed = 0
            for bit in 0..<count where code & (1 << bit) != 0 { reversed |= 1 << (count - 1 - bit) }
            write(reversed, count: count)
        }

        mutating func finish() -> [UInt8] {
            if filled > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            return bytes
        }
    }
}
