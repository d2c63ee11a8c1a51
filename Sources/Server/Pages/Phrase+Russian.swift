extension Phrase {
    /// The Russian catalogue: the interface speaks Russian first.
    static let russian: [Phrase: String] = [
        .siteTitle: "Glocal — реестр Союза умных городов",
        .siteSubtitle: "Проекты, интеллектуальная собственность, наставники и инвесторы городов — и реестр, который может проверить каждый.",
        .towns: "Города", .town: "Город", .region: "Регион", .population: "Население", .directions: "Направления",
        .communities: "Сообщества", .projects: "Проекты", .projectsByStage: "Проекты по стадиям",
        .atlasOfHappiness: "Атлас счастья", .indicators: "Показатели", .maturityAudit: "Аудит зрелости",
        .noFigures: "Данных пока нет.", .leaderboard: "Таблица результатов", .teams: "Команды", .rank: "Место",
        .team: "Команда", .total: "Итог", .judges: "Судьи", .firstPlaces: "Первые места", .awards: "Номинации",
        .challenges: "Glocal City Challenge", .frozenBoard: "Таблица заморожена до объявления итогов.",
        .liveBoard: "Таблица обновляется сама.", .language: "Язык", .otherLanguage: "English",
        .notFound: "Такой страницы нет.", .backHome: "На главную", .search: "Поиск", .stage: "Стадия",
        .noProjects: "Проектов пока нет.", .teamLeaderboard: "Команды", .townLeaderboard: "Города", .score: "Баллы",
        .sealed: "Итоги закреплены в реестре.", .events: "События",
        .incomeGrowth: "Рост доходов, ‰", .assetGrowth: "Рост активов, ‰", .leisureSpentInTownShare: "Досуг в своём городе, ‰",
        .residentsLeaving: "Уехавшие жители", .youngReturning: "Вернувшаяся молодёжь", .localInvestment: "Местные инвестиции",
        .familyMicrobusinesses: "Семейные микробизнесы",
        .ledger: "Реестр записей", .ledgerSubtitle: "Каждая запись подписана узлом Союза и связана с предыдущей; проверить может каждый.",
        .entries: "Записи", .entry: "Запись", .kind: "Вид", .time: "Время", .author: "Автор (ключ)", .signatures: "Подписи",
        .checkpoint: "Контрольная точка", .inclusionProof: "Доказательство включения", .previous: "Раньше", .next: "Позже",
        .canonicalBytes: "Каноническая запись (RFC 8785)", .entryHash: "Хеш записи", .treeSize: "Размер дерева",
        .rootHash: "Корень дерева",
        .verifyYourself: "Проверьте сами: SHA-256(0x00 ‖ запись) — лист дерева; с доказательством включения он даёт корень, подписанный в контрольной точке.",
    ]
}
