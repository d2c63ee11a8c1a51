/// Deterministic text for loading the registry: words drawn from a vocabulary of real
/// Russian and English words of the domain plus generated ones, with Zipf-like
/// frequencies (a few words common, most rare), as in real titles and summaries.
struct BenchText {
    private var state: UInt64
    let vocabulary: [String]
    private let cumulative: [Double]

    static let domainWords = """
        цифровой сервис платформа туризм ремесло ремёсла сельский молодёжь образование экология транспорт рынок фермер \
        музей доставка приложение карта здоровье спорт культура история город деревня район школа университет \
        кафе гостиница маршрут экскурсия гид аудиогид ярмарка фестиваль праздник мастерская сувенир керамика лён \
        мёд молоко сыр хлеб ягода грибы лес река озеро набережная парк двор подъезд остановка автобус велосипед \
        прокат аренда кооператив артель бизнес стартап инвестиции грант субсидия налог бухгалтерия юрист \
        консультация наставник команда проект идея прототип продукт клиент заказ подписка оплата касса \
        магазин склад логистика производство станок древесина мебель одежда обувь ткань вышивка игрушка \
        пенсионер волонтёр сообщество соседи клуб библиотека кино театр концерт выставка галерея фотография \
        видео блог новости газета радио реклама маркетинг дизайн сайт бот чат уведомление запись очередь \
        поликлиника аптека лекарство врач уход няня детский сад кружок секция тренер бассейн каток лыжи \
        snow tourism guide craft farm market delivery app map health school museum festival bike rental
        """.split(separator: " ").map(String.init)

    init(seed: UInt64, generatedWords: Int = 4_000) {
        state = seed
        var words = Self.domainWords
        let syllables = ["ка", "ло", "ми", "ра", "то", "ве", "ну", "зо", "ли", "де", "ст", "пр", "бо", "ша", "ю", "ён"]
        var generator = seed ^ 0x9E37_79B9_7F4A_7C15
        while words.count < Self.domainWords.count + generatedWords {
            var word = ""
            for _ in 0..<(2 + Int(Self.next(&generator) % 3)) { word += syllables[Int(Self.next(&generator) % UInt64(syllables.count))] }
            words.append(word)
        }
        vocabulary = words
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    mutating func integer(below bound: Int) -> Int {
        Int(Self.next(&state) % UInt64(bound))
    }

    /// A word drawn by Zipf's law: the rank-r word with weight 1/r.
    mutating func word() -> String {
        let target = Double(Self.next(&state) >> 11) / Double(1 << 53) * (cumulative.last ?? 1)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return vocabulary[low]
    }

    mutating func sentence(words count: Int) -> String {
        (0..<count).map { _ in word() }.joined(separator: " ")
    }

    /// SplitMix64.
    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
