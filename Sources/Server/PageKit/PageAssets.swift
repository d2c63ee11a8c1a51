/// The pages' stylesheet and their one script, served by the node itself: nothing is
/// fetched from elsewhere, so the pages work offline in a town hall.
enum PageAssets {
    static let stylesheet: StaticString = """
        :root { color-scheme: light dark; --ink: #1b2430; --paper: #fdfcf8; --accent: #0b6e4f; --muted: #5b6470; }
        @media (prefers-color-scheme: dark) { :root { --ink: #e8eaed; --paper: #14181d; --accent: #5fd3a6; --muted: #a0a8b3; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
        header, main, footer { max-width: 64rem; margin: 0 auto; padding: 1rem; }
        header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; }
        header a.home { font-weight: 700; color: var(--ink); text-decoration: none; font-size: 1.2rem; }
        header a.waiting { font-weight: 700; }
        header a.waiting.none { font-weight: 400; }
        a { color: var(--accent); }
        .muted { color: var(--muted); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
        .cards li { border: 1px solid color-mix(in srgb, var(--ink) 20%, transparent); border-radius: .5rem; padding: 1rem; }
        .chart { width: 100%; max-width: 24rem; height: auto; color: var(--accent); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid color-mix(in srgb, var(--ink) 15%, transparent); }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        label { display: block; margin-top: .6rem; font-weight: 600; }
        input, select, button, textarea { font: inherit; padding: .35rem .5rem; max-width: 100%; }
        textarea { width: 100%; min-height: 6rem; }
        .breadcrumbs { font-size: .95rem; }
        .field-error { font-weight: 600; }
        button.copy { display: none; font-size: .8rem; padding: .1rem .4rem; margin-left: .3rem; }
        html.js button.copy { display: inline; } button.copy.copied { opacity: .6; }
        p.choice { margin: .2rem 0; } label.inline { display: inline; font-weight: 400; margin-left: .3rem; }
        fieldset { border: 1px solid color-mix(in srgb, var(--ink) 20%, transparent); border-radius: .4rem; margin: .6rem 0; }
        figure.chart-figure { margin: .5rem 0 1rem; }
        details > table { margin-top: .5rem; }
        @media (max-width: 40rem) {
            body { font-size: 16px; }
            header { gap: .6rem; }
            /* A wide table scrolls within itself, never the page. */
            table { display: block; overflow-x: auto; }
            th, td { padding: .35rem .45rem; }
            form.inline { display: flex; margin-left: 0; }
        }
        @media print { header, form, button { display: none; } body { background: #fff; color: #000; } a { color: inherit; } }
        .error { color: #b3261e; margin: .2rem 0; }
        form.inline { display: inline-flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; margin-left: .5rem; }
        form.inline label { display: inline; margin: 0; }
        .notice, .verdict { padding: .5rem .8rem; border-left: .3rem solid var(--accent); }
        .verdict.bad { border-color: #b3261e; color: #b3261e; font-weight: 600; }
        code, pre { overflow-wrap: anywhere; white-space: pre-wrap; }
        h1, h2, h3 { overflow-wrap: break-word; }
        .board { font-size: clamp(1.2rem, 2.6vw, 2.4rem); }
        .board h1 { font-size: 1.4em; }
        svg.timeline { width: 100%; height: auto; }
        .timeline-frame { overflow-x: auto; }
        .timeline-frame svg.timeline { min-width: 36rem; }
        .legend svg.timeline { width: 12px; vertical-align: -1px; }
        .timeline .done { fill: var(--accent); }
        .timeline .underway { fill: #c98a00; }
        .timeline .planned { fill: none; stroke: var(--muted); stroke-width: 1; }
        .timeline .late { fill: #b3261e; }
        .timeline .label { fill: var(--ink); }
        .timeline .axis { stroke: var(--muted); }
        .timeline .today { stroke: var(--ink); stroke-dasharray: 3 3; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; font-size: .9rem; }
        ol.road-map > li { margin-bottom: 1.2rem; }
        ol.road-map h2 { font-size: 1.15rem; margin-bottom: .2rem; }
        p.state.late { color: #b3261e; font-weight: 600; }
        ul.sources { list-style: none; padding: 0; margin: .4rem 0 0; }
        ul.hits { list-style: none; padding: 0; } ul.hits > li { margin: 0 0 .9rem; } p.fragment { margin: .2rem 0 0; }
        mark { background: #fde68a; color: #1b2430; border-radius: .15rem; padding: 0 .1rem; }
        .cards ul.sources li { border: 0; border-radius: 0; padding: .1rem 0; }
        """

    /// Shows the copy buttons beside ids and copies the whole id when one is pressed.
    static let copyScript: StaticString = """
        "use strict";
        document.documentElement.classList.add("js");
        document.addEventListener("click", function (event) {
          var button = event.target.closest && event.target.closest("button.copy");
          if (!button || !navigator.clipboard) { return; }
          navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
            button.classList.add("copied");
          });
        });
        """

    /// Fills a form's SHA-256 field from the file chosen beside it (`data-hash-into`), so a
    /// document is deposited by its hash without leaving the reader's computer; the title,
    /// when empty, takes the file's name.
    static let fileHashScript: StaticString = """
        "use strict";
        document.addEventListener("change", function (event) {
          var input = event.target;
          if (!input.matches || !input.matches("input[type=file][data-hash-into]") || !window.crypto || !crypto.subtle) { return; }
          var target = document.getElementById(input.getAttribute("data-hash-into"));
          var file = input.files && input.files[0];
          if (!target || !file) { return; }
          var title = input.form && input.form.elements.namedItem("title");
          if (title && !title.value) { title.value = file.name; }
          file.arrayBuffer().then(function (bytes) { return crypto.subtle.digest("SHA-256", bytes); }).then(function (digest) {
            target.value = Array.from(new Uint8Array(digest)).map(function (byte) { return byte.toString(16).padStart(2, "0"); }).join("");
          });
        });
        """

    /// Keeps an investment session's totals live: each `summary` event rewrites the money
    /// pledged and accepted, in the page's language.
    static let sessionScript: StaticString = """
        "use strict";
        (function () {
          var totals = document.querySelector("[data-stream]");
          if (!totals || !window.EventSource) { return; }
          var russian = totals.getAttribute("data-lang") === "ru";
          function money(kopecks) {
            var roubles = Math.floor(Math.abs(kopecks) / 100).toString().replace(/\\B(?=(\\d{3})+(?!\\d))/g, russian ? "\\u00a0" : ",");
            var rest = String(Math.abs(kopecks) % 100).padStart(2, "0");
            return (kopecks < 0 ? "\\u2212" : "") + roubles + (russian ? "," : ".") + rest + "\\u00a0\\u20bd";
          }
          function set(element, kopecks) { if (element) { element.textContent = money(kopecks); } }
          var source = new EventSource(totals.getAttribute("data-stream"));
          source.addEventListener("summary", function (event) {
            var summary = JSON.parse(event.data);
            set(totals.querySelector("[data-total=pledged]"), summary.pledged_kopecks);
            set(totals.querySelector("[data-total=accepted]"), summary.accepted_kopecks);
            summary.projects.forEach(function (line) {
              set(document.querySelector("[data-project-pledged=" + line.project_id + "]"), line.pledged_kopecks);
            });
          });
        })();
        """

    static let boardScript: StaticString = """
        "use strict";
        (function () {
          var board = document.querySelector("[data-stream]");
          if (!board || !window.EventSource) { return; }
          var names = JSON.parse(board.getAttribute("data-names") || "{}");
          var towns = JSON.parse(board.getAttribute("data-towns") || "{}");
          var decimal = board.getAttribute("data-decimal") || ".";
          function number(value) { return value === null ? "—" : value.toFixed(2).replace(".", decimal); }
          function fill(body, rows) {
            while (body.firstChild) { body.removeChild(body.firstChild); }
            rows.forEach(function (cells) {
              var row = document.createElement("tr");
              cells.forEach(function (cell, index) {
                var td = document.createElement("td");
                td.textContent = cell;
                if (index !== 1) { td.className = "number"; }
                row.appendChild(td);
              });
              body.appendChild(row);
            });
          }
          var source = new EventSource(board.getAttribute("data-stream"));
          source.addEventListener("leaderboard", function (event) {
            var data = JSON.parse(event.data);
            fill(document.getElementById("team-rows"), data.teams.map(function (team) {
              return [String(team.rank), names[team.team_id] || team.team_id, number(team.total)];
            }));
            fill(document.getElementById("town-rows"), data.towns.map(function (town) {
              return [String(town.rank), towns[town.city_id] || town.city_id, number(town.score)];
            }));
          });
        })();
        """

    /// The site's icon, named in every page's head so browsers do not ask for a missing
    /// `/favicon.ico` (the CSP allows only same-origin images).
    static let icon: StaticString = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5f8b"/>\
        <text x="16" y="23" font-family="sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">G</text></svg>
        """
}
