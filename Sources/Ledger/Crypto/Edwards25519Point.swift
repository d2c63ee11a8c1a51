import COpenSSL

/// Just enough edwards25519 arithmetic (over OpenSSL's BIGNUM) to classify a public
/// key before it is registered: decoding, canonicity, and the order of the point.
///
/// libcrypto verifies signatures but does not expose the curve, and the checks below
/// are what make every verifier, strict or lenient, agree on every signature by a
/// registered key. Speed is irrelevant here: it runs once per key registration.
struct Edwards25519Point {
    private let x: FieldElement, y: FieldElement, z: FieldElement, t: FieldElement

    /// Classifies `encoding` (32 bytes, RFC 8032 §5.1.3) or throws why it is unfit.
    static func checkPrimeOrder(encoding: [UInt8]) throws(CryptoError) {
        let field = try Field()
        let point = try decode(encoding, in: field)
        let eightfold = point.multiplied(by: field.eight, in: field)
        if eightfold.isIdentity(in: field) { throw .smallOrderPublicKey }
        let byOrder = point.multiplied(by: field.groupOrder, in: field)
        if !byOrder.isIdentity(in: field) { throw .mixedOrderPublicKey }
    }

    private static func decode(_ encoding: [UInt8], in field: Field) throws(CryptoError) -> Edwards25519Point {
        guard encoding.count == 32 else { throw .wrongLength(what: "Ed25519 public key", expected: 32, actual: encoding.count) }
        var yBytes = encoding
        let sign = yBytes[31] >> 7
        yBytes[31] &= 0x7f
        let y = try FieldElement(littleEndian: yBytes)
        guard BN_cmp(y.pointer, field.p.pointer) < 0 else { throw .nonCanonicalPublicKey }
        let ySquared = field.mul(y, y)
        let u = field.sub(ySquared, field.one)
        let v = field.add(field.mul(field.d, ySquared), field.one)
        let xSquared = field.mul(u, field.inverse(v))
        guard let root = field.squareRoot(xSquared) else { throw .notACurvePoint }
        var x = root
        if BN_is_zero(x.pointer) == 1 && sign == 1 { throw .nonCanonicalPublicKey }
        if UInt8(BN_is_odd(x.pointer)) != sign { x = field.sub(field.zero, x) }
        return Edwards25519Point(x: x, y: y, z: field.one, t: field.mul(x, y))
    }

    private func isIdentity(in field: Field) -> Bool {
        BN_is_zero(x.pointer) == 1 && BN_cmp(y.pointer, z.pointer) == 0
    }

    /// Unified addition in extended coordinates for a = -1 (complete on this curve).
    private func adding(_ other: Edwards25519Point, in field: Field) -> Edwards25519Point {
        let a = field.mul(field.sub(y, x), field.sub(other.y, other.x))
        let b = field.mul(field.add(y, x), field.add(other.y, other.x))
        let c = field.mul(field.mul(t, field.twoD), other.t)
        let d = field.mul(field.add(z, z), other.z)
        let e = field.sub(b, a), f = field.sub(d, c), g = field.add(d, c), h = field.add(b, a)
        return Edwards25519Point(x: field.mul(e, f), y: field.mul(g, h), z: field.mul(f, g), t: field.mul(e, h))
    }

    private func multiplied(by scalar: FieldElement, in field: Field) -> Edwards25519Point {
        var result = Edwards25519Point(x: field.zero, y: field.one, z: field.one, t: field.zero)
        let bits = BN_num_bits(scalar.pointer)
        var bit = bits - 1
        while bit >= 0 {
            result = result.adding(result, in: field)
            if BN_is_bit_set(scalar.pointer, bit) == 1 { result = result.adding(self, in: field) }
            bit -= 1
        }
        return result
    }
}

/// An integer owned through a BIGNUM, freed with the value.
private final class FieldElement {
    let pointer: OpaquePointer

    init() throws(CryptoError) {
        guard let pointer = BN_new() else { throw CryptoError.fromOpenSSL("BIGNUM allocation") }
        self.pointer = pointer
    }

    convenience init(littleEndian bytes: [UInt8]) throws(CryptoError) {
        try self.init()
        guard BN_lebin2bn(bytes, Int32(bytes.count), pointer) != nil else { throw CryptoError.fromOpenSSL("BIGNUM decoding") }
    }

    convenience init(decimal: String) throws(CryptoError) {
        try self.init()
        var target: OpaquePointer? = pointer
        guard BN_dec2bn(&target, decimal) > 0 else { throw CryptoError.fromOpenSSL("BIGNUM constant") }
    }

    deinit { BN_free(pointer) }
}

/// Arithmetic modulo p = 2^255 - 19 with the curve's constants. Allocation failures
/// inside the operations leave a zero result, which can only make a check refuse.
private final class Field {
    let context: OpaquePointer
    let p: FieldElement, d: FieldElement, twoD: FieldElement
    let zero: FieldElement, one: FieldElement, eight: FieldElement, groupOrder: FieldElement

    init() throws(CryptoError) {
        guard let context = BN_CTX_new() else { throw CryptoError.fromOpenSSL("BIGNUM context allocation") }
        self.context = context
        p = try FieldElement(decimal: "57896044618658097711785492504343953926634992332820282019728792003956564819949")
        d = try FieldElement(decimal: "37095705934669439343138083508754565189542113879843219016388785533085940283555")
        twoD = try FieldElement(decimal: "16295367250680780974490674513165176452449235426866156013048779062215315747161")
        groupOrder = try FieldElement(decimal: "7237005577332262213973186563042994240857116359379907606001950938285454250989")
        zero = try FieldElement(decimal: "0")
        one = try FieldElement(decimal: "1")
        eight = try FieldElement(decimal: "8")
    }

    deinit { BN_CTX_free(context) }

    func add(_ a: FieldElement, _ b: FieldElement) -> FieldElement {
        apply { BN_mod_add($0, a.pointer, b.pointer, p.pointer, context) }
    }

    func sub(_ a: FieldElement, _ b: FieldElement) -> FieldElement {
        apply { BN_mod_sub($0, a.pointer, b.pointer, p.pointer, context) }
    }

    func mul(_ a: FieldElement, _ b: FieldElement) -> FieldElement {
        apply { BN_mod_mul($0, a.pointer, b.pointer, p.pointer, context) }
    }

    func inverse(_ a: FieldElement) -> FieldElement {
        apply { BN_mod_inverse($0, a.pointer, p.pointer, context) != nil ? 1 : 0 }
    }

    func squareRoot(_ a: FieldElement) -> FieldElement? {
        guard let out = try? FieldElement() else { return nil }
        guard BN_mod_sqrt(out.pointer, a.pointer, p.pointer, context) != nil else {
            ERR_clear_error()
            return nil
        }
        return out
    }

    private func apply(_ operation: (OpaquePointer) -> Int32) -> FieldElement {
        guard let out = try? FieldElement() else { return zero }
        if operation(out.pointer) != 1 { ERR_clear_error() }
        return out
    }
}
