import Testing
import TestSupport

@testable import Registry

/// Largest-remainder splits: exact sums, documented tie-breaks, 128-bit quotas, and
/// cumulative payouts that never drift from one allocation of the total.
@Suite struct LargestRemainderTests {
    private func party(_ name: String) -> PartyID {
        PartyID(rawValue: name)!
    }

    /// Names the element type, which an array literal alone leaves open to the generic `allocate`.
    private func weighted(_ weights: [(party: PartyID, weight: Int64)]) -> [(party: PartyID, weight: Int64)] {
        weights
    }

    @Test func leftoverUnitsGoToTheLargestRemainders() throws {
        let parts = try LargestRemainder.allocate(100, among: weighted([(party("mem_a"), 1), (party("mem_b"), 1), (party("mem_c"), 1)]))
        #expect(parts.map(\.amount) == [34, 33, 33], "equal remainders and weights: lowest id first")
        let weighted = try LargestRemainder.allocate(10, among: weighted([(party("mem_a"), 15), (party("mem_b"), 35), (party("mem_c"), 50)]))
        #expect(weighted.map(\.amount) == [1, 4, 5], "1.5, 3.5, 5.0: a tie on remainders goes to the larger weight")
    }

    @Test func resultDoesNotDependOnTheOrderOfWeights() throws {
        let weights: [(party: PartyID, weight: Int64)] = [(party("mem_b"), 1), (party("mem_a"), 1), (party("mem_c"), 1)]
        let parts = try LargestRemainder.allocate(2, among: weights)
        #expect(parts.map(\.party.rawValue) == ["mem_b", "mem_a", "mem_c"])
        #expect(parts.map(\.amount) == [1, 1, 0])
    }

    @Test func hugeWeightsAndTotalsDoNotOverflow() throws {
        let parts = try LargestRemainder.allocate(Int64.max, among: weighted([(party("mem_a"), Int64.max), (party("mem_b"), Int64.max - 1)]))
        #expect(parts.reduce(0) { $0 &+ $1.amount } == Int64.max)
        #expect(parts[0].amount - parts[1].amount <= 1)
    }

    @Test func multipliesAndDividesInOneHundredTwentyEightBits() {
        #expect(LargestRemainder.multiplyDivide(Int64.max, 2, 4) == Int64.max / 2)
        #expect(LargestRemainder.multiplyDivide(Int64.max, 2, 1) == nil, "a quotient beyond 64 bits")
        #expect(LargestRemainder.multiplyDivide(1, 1, 0) == nil)
    }

    @Test func refusesWhatCannotBeSplit() {
        #expect(throws: AllocationError.zeroTotalWeight) { try LargestRemainder.allocate(5, among: weighted([(party("mem_a"), 0)])) }
        #expect(throws: AllocationError.zeroTotalWeight) { try LargestRemainder.allocate(5, among: weighted([])) }
        #expect(throws: AllocationError.negativeWeight(party: "mem_a", weight: -1)) {
            try LargestRemainder.allocate(5, among: weighted([(party("mem_a"), -1)]))
        }
        #expect(throws: AllocationError.negativeTotal(-5)) { try LargestRemainder.allocate(-5, among: weighted([(party("mem_a"), 1)])) }
        #expect(throws: AllocationError.totalWeightTooLarge) {
            try LargestRemainder.allocate(5, among: weighted([(party("mem_a"), Int64.max), (party("mem_b"), Int64.max), (party("mem_c"), 2)]))
        }
        #expect(throws: AllocationError.paidDoesNotMatchPreviousTotal(previousTotal: 10, paid: 9)) {
            try LargestRemainder.allocateCumulative(previousTotal: 10, newTotal: 20, among: weighted([(party("mem_a"), 1)]),
                                                    alreadyPaid: [party("mem_a"): 9])
        }
    }

    @Test func everyAllocationSumsExactlyToTheTotal() throws {
        for seed: UInt64 in 1...300 {
            var random = SplitMix64(seed: seed)
            let weights = randomWeights(using: &random)
            let total = Int64(random.next() >> UInt64(1 + random.next(below: 62)))
            let parts = try LargestRemainder.allocate(total, among: weights)
            #expect(parts.reduce(0) { $0 + $1.amount } == total, "seed \(seed)")
            let sum = weights.reduce(0.0) { $0 + Double($1.weight) }
            for (part, weight) in zip(parts, weights) {
                let exact = Double(total) * Double(weight.weight) / sum
                #expect(abs(Double(part.amount) - exact) <= 1 + exact * 1e-9, "seed \(seed)")
            }
        }
    }

    @Test func cumulativePayoutsEqualOneAllocationOfTheTotal() throws {
        for seed: UInt64 in 1...100 {
            var random = SplitMix64(seed: seed)
            let weights = randomWeights(using: &random)
            var paid: [PartyID: Int64] = [:]
            var total: Int64 = 0
            for _ in 0..<(1 + random.next(below: 60)) {
                let next = total + Int64(random.next(below: 1_000_000))
                let parts = try LargestRemainder.allocateCumulative(previousTotal: total, newTotal: next, among: weights, alreadyPaid: paid)
                #expect(parts.reduce(0) { $0 + $1.amount } == next - total, "seed \(seed)")
                for part in parts { paid[part.party, default: 0] += part.amount }
                total = next
            }
            let oneShot = try LargestRemainder.allocate(total, among: weights)
            #expect(oneShot.allSatisfy { paid[$0.party, default: 0] == $0.amount }, "seed \(seed)")
        }
    }

    @Test func cappedPayoutsEqualOneCappedAllocationAndSumExactly() throws {
        for seed: UInt64 in 1...100 {
            var random = SplitMix64(seed: seed)
            let weights = randomWeights(using: &random)
            var caps: [PartyID: Int64] = [:]
            for entry in weights where random.next(below: 3) == 0 { caps[entry.party] = Int64(random.next(below: 200_000)) }
            var payout = CumulativePayout(weights: weights, caps: caps)
            var leftover: Int64 = 0
            for _ in 0..<(1 + random.next(below: 30)) {
                let amount = Int64(random.next(below: 100_000))
                let period = try payout.pay(amount)
                #expect(period.parts.reduce(0) { $0 + $1.amount } + period.leftover == amount, "seed \(seed)")
                leftover += period.leftover
            }
            let oneShot = try CappedAllocation(payout.total, among: weights, caps: caps)
            #expect(oneShot.amounts == payout.paid && oneShot.leftover == leftover, "seed \(seed)")
            #expect(caps.allSatisfy { payout.paid[$0.key, default: 0] <= $0.value }, "seed \(seed)")
        }
    }

    @Test func overflowOfACappedPartyPassesToTheOthersAndTheRestIsLeftOver() throws {
        let weights: [(party: PartyID, weight: Int64)] = [(party("mem_a"), 50), (party("mem_b"), 30), (party("mem_c"), 20)]
        let capped = try CappedAllocation(90_000, among: weights, caps: [party("mem_a"): 30_000])
        #expect(capped.amounts == [party("mem_a"): 30_000, party("mem_b"): 36_000, party("mem_c"): 24_000])
        #expect(capped.leftover == 0)
        let allCapped = try CappedAllocation(1_000, among: weights, caps: [party("mem_a"): 100, party("mem_b"): 200, party("mem_c"): 300])
        #expect(allCapped.amounts == [party("mem_a"): 100, party("mem_b"): 200, party("mem_c"): 300])
        #expect(allCapped.leftover == 400)
    }

    private func randomWeights(using random: inout SplitMix64) -> [(party: PartyID, weight: Int64)] {
        let count = 1 + random.next(below: 40)
        let scale = UInt64(7 + random.next(below: 56))
        return (0..<count).map { index in
            (party("mem_\(index)"), Int64(random.next() >> scale) + (index == 0 ? 1 : 0))
        }
    }
}
