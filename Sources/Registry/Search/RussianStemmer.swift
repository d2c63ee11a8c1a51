/// Snowball's Russian stemmer (the algorithm of snowballstem.org), so that a search finds
/// a word in every case and number: «городов», «городах» and «городам» all come to
/// «город». Written here from the algorithm's description; a test checks it against the
/// reference implementation's output for its whole vocabulary of 49 785 words.
///
/// It works on a lowercase word, with ё read as е. Only the part after the first vowel
/// (RV) is ever removed; the endings are tried longest first, in the algorithm's order:
/// a perfective gerund, or else a reflexive ending and then an adjectival, verb or noun
/// ending; then a final «и», the derivational «ост(ь)» where it lies in R2, and the
/// tidying of superlatives, double «н» and a soft sign.
public enum RussianStemmer {
    /// The stem of `word`; a word with no Cyrillic vowel comes back as it is (lowercased).
    public static func stem(_ word: String) -> String {
        var letters = Array(word.lowercased().unicodeScalars.map { $0 == "ё" ? "е" : $0 })
        let (rv, r2) = regions(letters)
        guard rv < letters.count else { return String(String.UnicodeScalarView(letters)) }
        var word = Word(letters: letters, limit: rv)
        if !word.removePerfectiveGerund() {
            _ = word.remove(reflexive)
            if !word.removeAdjectival() && !word.removeVerb() {
                _ = word.remove(noun)
            }
        }
        _ = word.remove(["и"])
        if let ending = word.longestEnding(["ост", "ость"]), word.letters.count - ending.count >= r2 {
            word.letters.removeLast(ending.count)
        }
        word.tidyUp()
        letters = word.letters
        return String(String.UnicodeScalarView(letters))
    }

    /// RV starts after the first vowel; R2 after the first non-vowel that follows a vowel
    /// that follows the non-vowel after the first vowel (R1's own R1).
    private static func regions(_ letters: [Unicode.Scalar]) -> (rv: Int, r2: Int) {
        func pastVowel(from start: Int) -> Int? {
            letters[start...].firstIndex(where: vowels.contains).map { $0 + 1 }
        }
        func pastConsonant(from start: Int) -> Int? {
            letters[start...].firstIndex { !vowels.contains($0) }.map { $0 + 1 }
        }
        guard let rv = pastVowel(from: 0) else { return (letters.count, letters.count) }
        guard let r1 = pastConsonant(from: rv), let vowel = pastVowel(from: r1), let r2 = pastConsonant(from: vowel) else {
            return (rv, letters.count)
        }
        return (rv, r2)
    }

    private static let vowels: Set<Unicode.Scalar> = ["а", "е", "и", "о", "у", "ы", "э", "ю", "я"]

    private static let perfectiveGerundAfterA: [String] = ["в", "вши", "вшись"]
    private static let perfectiveGerund: [String] = ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]
    private static let adjective: [String] = [
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому",
        "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
    ]
    private static let participleAfterA: [String] = ["ем", "нн", "вш", "ющ", "щ"]
    private static let participle: [String] = ["ивш", "ывш", "ующ"]
    private static let reflexive: [String] = ["ся", "сь"]
    private static let verbAfterA: [String] = ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"]
    private static let verb: [String] = [
        "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено",
        "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
    ]
    private static let noun: [String] = [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием",
        "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я",
    ]

    /// A word being stemmed, and the start of RV, before which nothing is removed.
    private struct Word {
        var letters: [Unicode.Scalar]
        let limit: Int

        /// The longest of `endings` the word ends with inside RV.
        func longestEnding(_ endings: [String]) -> [Unicode.Scalar]? {
            endings.map { Array($0.unicodeScalars) }
                .filter { $0.count <= letters.count - limit && letters.suffix($0.count).elementsEqual($0) }
                .max { $0.count < $1.count }
        }

        /// Removes the longest of `endings` found; with `afterAOrYa`, only when the letter
        /// before it, inside RV, is «а» or «я». False when nothing was removed.
        mutating func remove(_ endings: [String], afterAOrYa: Bool = false) -> Bool {
            guard let ending = longestEnding(endings) else { return false }
            let start = letters.count - ending.count
            if afterAOrYa {
                guard start - 1 >= limit, letters[start - 1] == "а" || letters[start - 1] == "я" else { return false }
            }
            letters.removeLast(ending.count)
            return true
        }

        /// The two lists of perfective gerunds compete as one: the longest ending of
        /// either is the one tried.
        mutating func removePerfectiveGerund() -> Bool {
            removeLongestOf(RussianStemmer.perfectiveGerundAfterA, RussianStemmer.perfectiveGerund)
        }

        /// The longest verb ending of both lists.
        mutating func removeVerb() -> Bool {
            removeLongestOf(RussianStemmer.verbAfterA, RussianStemmer.verb)
        }

        /// An adjective ending, then a participle suffix if there is one before it.
        mutating func removeAdjectival() -> Bool {
            guard remove(RussianStemmer.adjective) else { return false }
            _ = removeLongestOf(RussianStemmer.participleAfterA, RussianStemmer.participle)
            return true
        }

        /// Removes the longest ending of `afterA` (only after «а» or «я») and `plain`
        /// taken together; false if that ending cannot be removed.
        private mutating func removeLongestOf(_ afterA: [String], _ plain: [String]) -> Bool {
            let first = longestEnding(afterA)
            let second = longestEnding(plain)
            if let first, (second?.count ?? 0) < first.count { return remove([String(String.UnicodeScalarView(first))], afterAOrYa: true) }
            return second != nil && remove(plain)
        }

        /// Superlative «ейш(е)» and then one «н» of a double «н»; or one «н» of a double
        /// «н»; or a final soft sign.
        mutating func tidyUp() {
            guard let ending = longestEnding(["ейш", "ейше", "н", "ь"]) else { return }
            switch String(String.UnicodeScalarView(ending)) {
            case "ейш", "ейше":
                letters.removeLast(ending.count)
                removeOneOfDoubleN()
            case "н":
                removeOneOfDoubleN()
            default:
                letters.removeLast()
            }
        }

        private mutating func removeOneOfDoubleN() {
            guard letters.count - limit >= 2, letters.suffix(2).elementsEqual(["н", "н"]) else { return }
            letters.removeLast()
        }
    }
}
