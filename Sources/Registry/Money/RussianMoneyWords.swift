/// An amount of money written out in Russian words, as contracts state sums («сумма
/// прописью»): the roubles in words with the right form of «рубль», the kopecks in two
/// digits with the right form of «копейка» — «один миллион двести тысяч рублей 00 копеек».
public enum RussianMoneyWords {
    /// `kopecks` (not negative) in words.
    public static func words(kopecks: Int64) -> String {
        let amount = kopecks.magnitude
        let roubles = amount / 100, cents = amount % 100
        let number = roubles == 0 ? "ноль" : spelled(roubles)
        let rouble = form(roubles, "рубль", "рубля", "рублей")
        let kopeck = form(cents, "копейка", "копейки", "копеек")
        return "\(number) \(rouble) \(cents < 10 ? "0" : "")\(cents) \(kopeck)"
    }

    /// The amount in figures and then in words: «300 000 руб. 00 коп. (триста тысяч рублей 00 копеек)».
    public static func figuresAndWords(kopecks: Int64) -> String {
        let amount = kopecks.magnitude
        let cents = amount % 100
        return "\(grouped(amount / 100)) руб. \(cents < 10 ? "0" : "")\(cents) коп. (\(words(kopecks: kopecks)))"
    }

    /// The noun's form for counting `number`: one (1, 21, 101), few (2–4, 22–24) or many.
    static func form(_ number: UInt64, _ one: String, _ few: String, _ many: String) -> String {
        if (11...14).contains(number % 100) { return many }
        switch number % 10 {
        case 1: return one
        case 2, 3, 4: return few
        default: return many
        }
    }

    /// Digits in groups of three with a non-breaking space between.
    static func grouped(_ number: UInt64) -> String {
        var digits = String(number)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: "\u{00A0}")
    }

    /// Thousands are feminine («одна тысяча», «две тысячи»); roubles and the larger
    /// scales masculine.
    private static let scales: [(one: String, few: String, many: String, feminine: Bool)] = [
        ("", "", "", false), ("тысяча", "тысячи", "тысяч", true), ("миллион", "миллиона", "миллионов", false),
        ("миллиард", "миллиарда", "миллиардов", false), ("триллион", "триллиона", "триллионов", false),
        ("квадриллион", "квадриллиона", "квадриллионов", false), ("квинтиллион", "квинтиллиона", "квинтиллионов", false),
    ]
    private static let hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]
    private static let tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
    private static let teens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                                "семнадцать", "восемнадцать", "девятнадцать"]
    private static let ones = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]

    /// A positive whole number in words.
    static func spelled(_ number: UInt64) -> String {
        var words: [String] = []
        var groups: [UInt64] = []
        var rest = number
        while rest > 0 {
            groups.append(rest % 1000)
            rest /= 1000
        }
        for (scale, group) in groups.enumerated().reversed() where group > 0 {
            words += triad(group, feminine: scales[scale].feminine)
            if scale > 0 { words.append(form(group, scales[scale].one, scales[scale].few, scales[scale].many)) }
        }
        return words.joined(separator: " ")
    }

    private static func triad(_ number: UInt64, feminine: Bool) -> [String] {
        var words: [String] = []
        if number >= 100 { words.append(hundreds[Int(number / 100)]) }
        let last = Int(number % 100)
        if last >= 10 && last < 20 {
            words.append(teens[last - 10])
        } else {
            if last >= 20 { words.append(tens[last / 10]) }
            let unit = last % 10
            if unit > 0 { words.append(feminine && unit == 1 ? "одна" : feminine && unit == 2 ? "две" : ones[unit]) }
        }
        return words
    }
}
