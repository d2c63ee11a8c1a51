/// Keeps exported text from running as a formula when a spreadsheet opens the file
/// (CSV injection): members write their own names, and a name such as
/// `=HYPERLINK("http://…")` must reach staff as text. A cell starting with one of
/// `= + - @`, a tab or a carriage return gets a leading apostrophe on export (as does
/// one whose apostrophes already precede such a character), and the importer removes
/// exactly that apostrophe, so an export imports unchanged.
public enum SpreadsheetFormula {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    public static func neutralised(_ text: String) -> String {
        needsMark(text[...]) ? "'" + text : text
    }

    /// The inverse of `neutralised`.
    public static func restored(_ text: String) -> String {
        guard text.first == "'", needsMark(text.dropFirst()) else { return text }
        return String(text.dropFirst())
    }

    private static func needsMark(_ text: Substring) -> Bool {
        guard let first = text.first else { return false }
        return triggers.contains(first) || (first == "'" && needsMark(text.dropFirst()))
    }
}
