extension HTTPRequest {
    /// Whether the browser says this request was sent by a page of another site: its
    /// `Origin` names another host than the one asked (`Host`), or is `null`, or
    /// `Sec-Fetch-Site` says `cross-site`. A form that signs a browser in must not be
    /// posted from elsewhere (login CSRF), and it has no session token to check yet.
    var comesFromAnotherSite: Bool {
        if headers["Sec-Fetch-Site"]?.lowercased() == "cross-site" { return true }
        guard let origin = headers["Origin"] else { return false }
        guard let schemeEnd = origin.range(of: "://"), let host = headers["Host"] else { return true }
        return origin[schemeEnd.upperBound...].lowercased() != host.lowercased()
    }
}
