/// Snowball's English stemmer (Porter2, the algorithm of snowballstem.org), so that a
/// search for «cafés» in English text finds "cafe", "communities" finds "community" and
/// "adopted" finds "adopting". Written here from the algorithm's definition; a test checks
/// it against the reference implementation's output for its whole vocabulary of 42 649
/// words.
///
/// It works on a lowercase word of Latin letters and apostrophes. R1 and R2 are the
/// regions after the first non-vowel that follows a vowel (after a known prefix such as
/// "gener" or "inter", for R1) and after the same again within R1; suffixes are removed
/// in the algorithm's five steps, each only from the region it names.
public enum EnglishStemmer {
    /// The stem of `word` (lowercased first).
    public static func stem(_ word: String) -> String {
        let lowered = Array(word.lowercased().unicodeScalars)
        if let exception = exceptions[String(String.UnicodeScalarView(lowered))] { return exception }
        guard lowered.count > 2 else { return String(String.UnicodeScalarView(lowered)) }
        var stemmer = Word(letters: lowered)
        stemmer.prelude()
        stemmer.markRegions()
        stemmer.step1a()
        stemmer.step1b()
        stemmer.step1c()
        stemmer.step2()
        stemmer.step3()
        stemmer.step4()
        stemmer.step5()
        return String(String.UnicodeScalarView(stemmer.letters.map { $0 == "Y" ? "y" : $0 }))
    }

    /// Whole words with a stem of their own, or none.
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
        "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    /// Words whose R1 starts after these letters rather than after the first vowel and non-vowel.
    private static let regionPrefixes: [[Unicode.Scalar]] = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"]
        .map { Array($0.unicodeScalars) }

    private struct Word {
        var letters: [Unicode.Scalar]
        var r1 = 0
        var r2 = 0

        static func isVowel(_ letter: Unicode.Scalar) -> Bool { "aeiouy".unicodeScalars.contains(letter) }

        var count: Int { letters.count }

        func ends(with suffix: String) -> Bool {
            let tail = Array(suffix.unicodeScalars)
            return letters.count >= tail.count && Array(letters.suffix(tail.count)) == tail
        }

        /// The longest of `suffixes` the word ends with.
        func longest(_ suffixes: [String]) -> String? {
            suffixes.filter(ends).max { $0.unicodeScalars.count < $1.unicodeScalars.count }
        }

        mutating func replace(_ suffix: String, with replacement: String) {
            letters.removeLast(suffix.unicodeScalars.count)
            letters += replacement.unicodeScalars
        }

        /// Whether a vowel lies before `end`.
        func hasVowel(before end: Int) -> Bool {
            letters[..<max(0, min(end, letters.count))].contains(where: Self.isVowel)
        }

        /// Whether the letters before `end` end in a short syllable: a non-vowel, a vowel and
        /// a non-vowel other than w, x and Y; or a vowel and a non-vowel that begin the word;
        /// or "past".
        func endsInShortSyllable(before end: Int) -> Bool {
            let part = Array(letters[..<end])
            if part.count >= 3, !Self.isVowel(part[part.count - 3]), Self.isVowel(part[part.count - 2]),
               !Self.isVowel(part[part.count - 1]), !"wxY".unicodeScalars.contains(part[part.count - 1]) {
                return true
            }
            if part.count == 2, Self.isVowel(part[0]), !Self.isVowel(part[1]) { return true }
            return part.count >= 4 && Array(part.suffix(4)) == Array("past".unicodeScalars)
        }

        /// Drops a leading apostrophe and marks as Y each y that begins the word or follows a vowel.
        mutating func prelude() {
            if letters.first == "'" { letters.removeFirst() }
            if letters.first == "y" { letters[0] = "Y" }
            var index = 1
            while index < letters.count {
                if letters[index] == "y", Self.isVowel(letters[index - 1]) { letters[index] = "Y" }
                index += 1
            }
        }

        mutating func markRegions() {
            func pastVowelAndNonVowel(from start: Int) -> Int? {
                guard let vowel = letters[start...].firstIndex(where: Self.isVowel),
                      let consonant = letters[(vowel + 1)...].firstIndex(where: { !Self.isVowel($0) }) else { return nil }
                return consonant + 1
            }
            r1 = count
            r2 = count
            if let prefix = regionPrefixes.filter({ letters.starts(with: $0) }).max(by: { $0.count < $1.count }) {
                r1 = prefix.count
            } else if let end = pastVowelAndNonVowel(from: 0) {
                r1 = end
            } else {
                return
            }
            r2 = pastVowelAndNonVowel(from: r1) ?? count
        }

        mutating func step1a() {
            if let apostrophe = longest(["'", "'s", "'s'"]) { letters.removeLast(apostrophe.unicodeScalars.count) }
            guard let suffix = longest(["sses", "ied", "ies", "s", "us", "ss"]) else { return }
            switch suffix {
            case "sses": replace(suffix, with: "ss")
            case "ied", "ies": replace(suffix, with: count - 3 >= 2 ? "i" : "ie")
            case "s": if hasVowel(before: count - 2) { letters.removeLast() }
            default: break
            }
        }

        mutating func step1b() {
            guard let suffix = longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
            let start = count - suffix.unicodeScalars.count
            switch suffix {
            case "eed", "eedly":
                guard start >= r1 else { return }
                let before = String(String.UnicodeScalarView(letters[..<start]))
                if !["proc", "exc", "succ"].contains(before) { replace(suffix, with: "ee") }
                return
            case "ing":
                let before = Array(letters[..<start])
                if before.last == "y" {
                    // dying → die, lying → lie: a single non-vowel and y before "ing".
                    if before.count == 2, !Self.isVowel(before[0]) {
                        letters = before.dropLast() + Array("ie".unicodeScalars)
                        return
                    }
                } else if let exception = ["inn", "out", "cann", "herr", "earr", "even"]
                    .filter({ before.count >= $0.unicodeScalars.count && Array(before.suffix($0.unicodeScalars.count)) == Array($0.unicodeScalars) })
                    .max(by: { $0.count < $1.count }) {
                    if before.count == exception.unicodeScalars.count { return }
                }
            default:
                break
            }
            guard hasVowel(before: start) else { return }
            letters.removeLast(suffix.unicodeScalars.count)
            if let ending = longest(["at", "bl", "iz"]) {
                _ = ending
                letters.append("e")
                return
            }
            let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]
            if let double = longest(doubles) {
                // "add", "egg", "off" keep their double letter.
                let before = count - double.unicodeScalars.count
                if !(before == 1 && "aeo".unicodeScalars.contains(letters[0])) { letters.removeLast() }
                return
            }
            if count == r1 && endsInShortSyllable(before: count) { letters.append("e") }
        }

        mutating func step1c() {
            guard let last = letters.last, last == "y" || last == "Y", count >= 3, !Self.isVowel(letters[count - 2]) else { return }
            letters[count - 1] = "i"
        }

        mutating func step2() {
            let rules: [String: String] = [
                "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent", "izer": "ize", "ization": "ize",
                "ational": "ate", "ation": "ate", "ator": "ate", "alism": "al", "aliti": "al", "alli": "al", "fulness": "ful",
                "ousli": "ous", "ousness": "ous", "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble", "ogist": "og",
                "ogi": "og", "fulli": "ful", "lessli": "less", "li": "",
            ]
            guard let suffix = longest(Array(rules.keys)), count - suffix.unicodeScalars.count >= r1 else { return }
            let start = count - suffix.unicodeScalars.count
            switch suffix {
            case "ogi": if start > 0, letters[start - 1] == "l" { replace(suffix, with: "og") }
            case "li": if start > 0, "cdeghkmnrt".unicodeScalars.contains(letters[start - 1]) { letters.removeLast(2) }
            default: replace(suffix, with: rules[suffix] ?? "")
            }
        }

        mutating func step3() {
            let rules: [String: String] = [
                "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
                "ative": "",
            ]
            guard let suffix = longest(Array(rules.keys)), count - suffix.unicodeScalars.count >= r1 else { return }
            if suffix == "ative" && count - 5 < r2 { return }
            replace(suffix, with: rules[suffix] ?? "")
        }

        mutating func step4() {
            let suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive",
                            "ize", "ion"]
            guard let suffix = longest(suffixes), count - suffix.unicodeScalars.count >= r2 else { return }
            let start = count - suffix.unicodeScalars.count
            if suffix == "ion" {
                guard start > 0, letters[start - 1] == "s" || letters[start - 1] == "t" else { return }
            }
            letters.removeLast(suffix.unicodeScalars.count)
        }

        mutating func step5() {
            guard let last = letters.last else { return }
            let start = count - 1
            if last == "e", start >= r2 || (start >= r1 && !endsInShortSyllable(before: start)) {
                letters.removeLast()
            } else if last == "l", start >= r2, start > 0, letters[start - 1] == "l" {
                letters.removeLast()
            }
        }
    }
}
