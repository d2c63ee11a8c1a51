#!/usr/bin/env python3
"""Acts each role's scenario on a running Glocal demo in headless Chromium.

Drives Chromium through the DevTools protocol over `--remote-debugging-pipe` (JSON
messages ending in NUL on fds 3 and 4: no websocket, standard library only). For each
page it saves a PNG screenshot at desktop width and one at 390 px (a phone), collects
console errors, uncaught exceptions and failed loads, checks that every same-origin
`<a href>` answers below 400, that the page does not scroll sideways at 390 px, that
axe-core (bundled by `axe-selenium-python` from PyPI) finds no WCAG 2 A/AA violation,
and that no raw id (`mem_…`) or untranslated code (`funded`, `union_staff`) shows on a
Russian page outside the ledger explorer and receipts. The roles sign in through the
login form, each in its own browser context, and act: fill and send the forms of their
scenario, and the page they come back to must say what was done.

Usage: e2e.py --base http://127.0.0.1:PORT --chromium /usr/bin/chromium --axe axe.min.js --mail DATA/mail --out .build/e2e
Exits 1 naming each page and what failed on it; prints one line per page and step.
"""

import argparse
import base64
import email
import email.policy
import fcntl
import glob
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "glocal-demo-2026"
TIMEOUT = 30.0
PHONE_WIDTH = 390

# Registry ids and codes a person must never read on a Russian page (outside <code>).
RAW_ID = re.compile(r"(?<![A-Za-z0-9_])(?:mem|prj|cty|ipa|ctr|evt|ev|acc|plg|ipc|tok)_[0-9a-f]{8,}")
RAW_CODES = re.compile(r"(?<![A-Za-z0-9_.])(?:idea|selected|accelerating|accelerated|pitched|funded|operating|scaled|union_staff|resident|"
                       r"committee|lead|planned|in_progress|dropped|pledged|withdrawn|proposed|terminated|"
                       r"cap\.grant|ip\.deposit|project\.create)(?![A-Za-z0-9_])")
# Three English words in a row on a Russian page are an untranslated phrase, unless they are
# a name the interface keeps in English.
ENGLISH_RUN = re.compile(r"[A-Za-z]{3,}(?:[ ,.:;-]+[A-Za-z]{3,}){2,}")
ENGLISH_NAMES = ("Glocal City Challenge", "Glocal City Game")
DOMAIN_NAME = re.compile(r"(?<![A-Za-z0-9_.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}(?:/[a-z0-9/._-]*)?")
# Pages where ids and codes are the point: the ledger explorer and receipts.
IDS_ARE_THE_POINT = re.compile(r"^/(?:ledger|verify)")


class DevToolsError(Exception):
    pass


class Browser:
    """One headless Chromium and the DevTools pipe to it."""

    def __init__(self, executable, width, height, log):
        self.profile = tempfile.mkdtemp(prefix="glocal-e2e-chromium-")
        to_chrome_read, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_write = os.pipe()

        def pipes_on_3_and_4():
            # Copy both ends above 4 first, so neither is overwritten by the other's dup2.
            read_end = fcntl.fcntl(to_chrome_read, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_chrome_write, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        arguments = [executable, "--headless=new", "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
                     "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
                     "--lang=ru", "--accept-lang=ru-RU,ru,en",
                     f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"]
        if os.geteuid() == 0:
            arguments.insert(1, "--no-sandbox")
        self.process = subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=open(log, "wb"),
                                        preexec_fn=pipes_on_3_and_4, close_fds=False)
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self.next_id = 0
        self.buffer = b""
        self.events = []

    def close(self):
        try:
            self.send("Browser.close", wait=False)
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.to_chrome, self.from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        subprocess.run(["rm", "-rf", self.profile], check=False)

    def send(self, method, params=None, session=None, wait=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            written = os.write(self.to_chrome, data)
            data = data[written:]
        if not wait:
            return None
        wanted = self.next_id
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self.read(deadline)
            if message is None:
                raise DevToolsError(f"{method}: no answer within {TIMEOUT:.0f} s")
            if message.get("id") == wanted:
                if "error" in message:
                    raise DevToolsError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def read(self, deadline):
        """The next message, or None once `deadline` passes."""
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.from_chrome], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise DevToolsError("Chromium closed the DevTools pipe (see chromium.log beside the screenshots)")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, session, method, seconds=TIMEOUT):
        """Waits for the session's event `method`, keeping every other event."""
        deadline = time.monotonic() + seconds
        for index, event in enumerate(self.events):
            if event.get("sessionId") == session and event["method"] == method:
                del self.events[index]
                return event
        while True:
            message = self.read(deadline)
            if message is None:
                return None
            if "method" not in message:
                continue
            if message.get("sessionId") == session and message["method"] == method:
                return message
            self.events.append(message)

    def drain(self, seconds):
        """Reads every event arriving within `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            message = self.read(deadline)
            if message is None:
                return
            if "method" in message:
                self.events.append(message)

    def take_events(self, session):
        mine = [event for event in self.events if event.get("sessionId") == session]
        self.events = [event for event in self.events if event.get("sessionId") != session]
        return mine


class Tab:
    """A page in its own browser context, with console, log and network watched."""

    def __init__(self, browser, width, height):
        self.browser = browser
        self.context = browser.send("Target.createBrowserContext", {"disposeOnDetach": True})["browserContextId"]
        target = browser.send("Target.createTarget", {"url": "about:blank", "browserContextId": self.context})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def call(self, method, params=None):
        return self.browser.send(method, params, session=self.session)

    def open(self, url):
        """Navigates and waits for the load event; the navigation's error, if any."""
        self.browser.take_events(self.session)
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            return result["errorText"]
        return self.wait_loaded()

    def wait_loaded(self):
        if self.browser.wait_for(self.session, "Page.loadEventFired") is None:
            return "the page did not finish loading"
        return None

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise DevToolsError(f"script failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def problems(self, url):
        """Console errors, uncaught exceptions, failed loads and the document's status since the last navigation."""
        self.browser.drain(0.4)
        found = []
        documents = {}
        for event in self.browser.take_events(self.session):
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                text = " ".join(str(argument.get("value", argument.get("description", ""))) for argument in params.get("args", []))
                found.append(f"console error: {text}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                text = details.get("exception", {}).get("description") or details.get("text", "")
                found.append(f"uncaught exception: {text}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                found.append(f"log error: {entry.get('text')} {entry.get('url', '')}".rstrip())
            elif method == "Network.responseReceived":
                response = params.get("response", {})
                if params.get("type") == "Document":
                    documents[response.get("url")] = response.get("status")
                elif response.get("status", 0) >= 400:
                    found.append(f"{response.get('url')} answered {response.get('status')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                if params.get("type") != "EventSource":
                    found.append(f"a {params.get('type')} failed to load: {params.get('errorText')}")
        status = documents.get(url)
        if status is not None and status >= 400:
            found.append(f"the page answered {status}")
        return found

    def visible_text(self):
        """The page's text as a reader sees it, without <code>, <pre>, scripts and styles."""
        return self.evaluate("""(() => {
            const copy = document.body.cloneNode(true);
            copy.querySelectorAll('code, pre, script, style, template').forEach(e => e.remove());
            const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
            const parts = [];
            while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
            return parts.join(' ');
        })()""") or ""

    def phone(self, path, width, height):
        """Looks at the page 390 px wide: a screenshot, and how far it scrolls sideways."""
        self.call("Emulation.setDeviceMetricsOverride", {"width": PHONE_WIDTH, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        self.browser.drain(0.2)
        scroll = self.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
        self.screenshot(path)
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return scroll

    def axe(self, source):
        """axe-core's WCAG 2 A and AA violations on the page, one line each."""
        if not self.evaluate("typeof axe !== 'undefined'"):
            self.evaluate(source + ";true")
        violations = self.evaluate("""axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
            .then(r => r.violations.map(v => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes[0].target.join(' ')}`))""")
        return violations or []

    def links(self):
        return self.evaluate("Array.from(document.querySelectorAll('a[href]'), a => a.href)") or []

    def cookies(self):
        return self.call("Network.getCookies").get("cookies", [])

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))


class LinkChecker:
    """GETs same-origin links once per cookie set, without keeping any cookie they set."""

    def __init__(self, base):
        self.origin = urllib.parse.urlsplit(base)[:2]
        self.answers = {}

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *arguments):
            return None

    def check(self, links, cookies):
        header = "; ".join(f"{cookie['name']}={cookie['value']}" for cookie in cookies if cookie["name"] != "lang")
        failures, checked = [], 0
        for link in sorted(set(links)):
            parts = urllib.parse.urlsplit(link)
            if parts[:2] != self.origin:
                continue
            url = urllib.parse.urlunsplit(parts._replace(fragment=""))
            key = (header, url)
            if key not in self.answers:
                self.answers[key] = self.status(url, header)
            checked += 1
            if not 0 < self.answers[key] < 400:
                failures.append(f"broken link {url} ({self.answers[key] or 'no answer'})")
        return checked, failures

    def status(self, url, cookie_header):
        opener = urllib.request.build_opener(self.NoRedirect)
        request = urllib.request.Request(url, headers={"Cookie": cookie_header} if cookie_header else {})
        try:
            with opener.open(request, timeout=15) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            # A redirect is an answer below 400; anything else is what it says.
            return error.code
        except OSError:
            return 0


def first(links, pattern):
    """The first link whose path and query match `pattern`, as a local address."""
    for link in links:
        parts = urllib.parse.urlsplit(link)
        local = parts.path + ("?" + parts.query if parts.query else "")
        if re.search(pattern, local):
            return local
    return None


def mailed_link(folder, recipient, marker, wait=10.0):
    """The first line holding `marker` in a mail to `recipient` in the node's mail folder,
    waiting up to `wait` seconds for the sender (which runs every two seconds)."""
    deadline = time.monotonic() + wait
    while True:
        for path in sorted(glob.glob(os.path.join(folder, "*.eml"))):
            message = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
            if recipient not in str(message["To"]):
                continue
            for line in message.get_content().splitlines():
                if marker in line:
                    return line.strip()
        if time.monotonic() > deadline:
            return None
        time.sleep(0.5)


def main():
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--base", required=True)
    options.add_argument("--chromium", required=True)
    options.add_argument("--axe", required=True, help="axe-core's axe.min.js")
    options.add_argument("--out", default=".build/e2e")
    options.add_argument("--width", type=int, default=1280)
    options.add_argument("--height", type=int, default=800)
    options.add_argument("--mail", required=True, help="the node's mail folder, where `glocal serve` writes what it sends")
    options.add_argument("--other", help="another town's node that follows this one and takes part in its Challenges")
    options.add_argument("--other-admin", help="the email of that node's administrator")
    options.add_argument("--other-password", help="and their password")
    arguments = options.parse_args()
    base = arguments.base.rstrip("/")
    os.makedirs(arguments.out, exist_ok=True)
    for old in os.listdir(arguments.out):  # screenshots of an earlier run
        if old.endswith(".png"):
            os.remove(os.path.join(arguments.out, old))

    with open(arguments.axe, encoding="utf-8") as file:
        axe_source = file.read()
    browser = Browser(arguments.chromium, arguments.width, arguments.height, os.path.join(arguments.out, "chromium.log"))
    checkers = {base: LinkChecker(base)}
    failures = []
    totals = {"pages": 0, "links": 0, "steps": 0}

    def visit(tab, name, path, expect=None, at=None):
        """Loads `path` (of this node, or of the node at `at`), screenshots it as `name`,
        checks it; returns its links."""
        at = at or base
        url = at + path
        started = time.monotonic()
        error = tab.open(url)
        problems = [error] if error else []
        problems += tab.problems(url)
        links = []
        if not error:
            problems += look(tab, name, path)
            links = tab.links()
            if expect and not tab.evaluate(f"document.querySelector({json.dumps(expect)}) !== null"):
                problems.append(f"has no {expect}")
            checked, broken = checkers.setdefault(at, LinkChecker(at)).check(links, tab.cookies())
            problems += broken
        else:
            checked = 0
        totals["pages"] += 1
        totals["links"] += checked
        mark = "ok  " if not problems else "FAIL"
        print(f"{mark} {name:<28} {path:<60} {checked:>4} links  {time.monotonic() - started:5.2f} s", flush=True)
        for problem in problems:
            print(f"       {problem}", flush=True)
            failures.append(f"{name} ({path}): {problem}")
        return links

    def look(tab, name, path):
        """The checks every page passes: screenshots, width at 390 px, axe-core, words not codes."""
        found = []
        tab.screenshot(os.path.join(arguments.out, f"{name}.png"))
        scroll = tab.phone(os.path.join(arguments.out, f"{name}-phone.png"), arguments.width, arguments.height)
        if scroll and scroll > PHONE_WIDTH:
            found.append(f"scrolls sideways on a phone: {scroll} px wide at {PHONE_WIDTH} px")
        found += [f"axe: {violation}" for violation in tab.axe(axe_source)]
        if tab.evaluate("document.documentElement.lang") == "ru" and not IDS_ARE_THE_POINT.match(urllib.parse.urlsplit(path).path):
            text = re.sub(r"\S+@\S+", "", tab.visible_text())  # an email address is written as it is
            found += [f"shows the raw id {match}" for match in sorted(set(RAW_ID.findall(text)))[:5]]
            found += [f"shows the untranslated code “{match}”" for match in sorted(set(RAW_CODES.findall(text)))[:5]]
            words = DOMAIN_NAME.sub(" · ", text)  # a node's name (its log origin) is written as it is
            for name in ENGLISH_NAMES:
                words = words.replace(name, " · ")
            english = set(ENGLISH_RUN.findall(words))
            found += [f"shows the English phrase “{run}”" for run in sorted(english)[:5]]
        return found

    def act(tab, name, form, fields, expect="p.notice"):
        """Fills the form `form` (a CSS selector) on the current page with `fields` (name → value;
        a select takes its option's value, "*" for its first non-empty option, "$" for its last, or
        "~words" for the option whose text holds the words), sends it as a
        person would, and checks the page it leads to: it must hold `expect` (by default the
        sentence saying what was done; for a refusal, the words beside the field)."""
        started = time.monotonic()
        filled = tab.evaluate(f"""(() => {{
            const form = document.querySelector({json.dumps(form)});
            if (!form) return "no form " + {json.dumps(form)};
            for (const [name, value] of Object.entries({json.dumps(fields)})) {{
                if (name === "#min") {{
                    form.querySelectorAll("input[type=number]").forEach(f => {{ f.value = f.min || "0"; }});
                    continue;
                }}
                if (name === "#check" || name === "#check-first") {{
                    const boxes = name === "#check" ? form : form.querySelector("fieldset");
                    boxes.querySelectorAll("input[type=checkbox]").forEach(f => {{ f.checked = true; }});
                    continue;
                }}
                const field = form.elements[name];
                if (!field) return "no field " + name;
                if (field.type === "checkbox") {{
                    field.checked = Boolean(value);
                }} else if (field.tagName === "SELECT" && value.startsWith("~")) {{
                    const option = Array.from(field.options).find(o => o.textContent.includes(value.slice(1)));
                    if (!option) return "no option " + value.slice(1) + " in " + name;
                    field.value = option.value;
                }} else if (field.tagName === "SELECT" && (value === "*" || value === "$")) {{
                    const options = Array.from(field.options).filter(o => o.value !== "");
                    const option = value === "*" ? options[0] : options[options.length - 1];
                    if (!option) return "nothing to choose in " + name;
                    field.value = option.value;
                }} else {{
                    field.value = value;
                }}
            }}
            form.requestSubmit();
            return "";
        }})()""")
        problems = [filled] if filled else []
        if not filled:
            if tab.wait_loaded() is not None:
                problems.append("the form's answer did not load")
            elif not tab.evaluate(f"document.querySelector({json.dumps(expect)}) !== null"):
                refusal = tab.evaluate("(document.querySelector('.error') || {}).textContent || document.title")
                problems.append(f"the page has no {expect} (it says: {refusal})")
        path = tab.evaluate("location.pathname + location.search") or ""
        if not problems:
            problems += look(tab, name, path)
        totals["steps"] += 1
        mark = "ok  " if not problems else "FAIL"
        print(f"{mark} {name:<28} {'→ ' + path:<60}  step  {time.monotonic() - started:5.2f} s", flush=True)
        for problem in problems:
            print(f"       {problem}", flush=True)
            failures.append(f"{name} (step): {problem}")

    def sign_from_inbox(tab, who):
        """Opens what waits for `who` and signs the first contract there with a key the node
        keeps, making the key first if there is none, as a party would. Whether it signed."""
        waiting = visit(tab, f"{who}-inbox", "/my/inbox", expect="h1")
        contract = first(waiting, r"^/my/contracts/[^/?]+$")
        if not contract:
            return False
        visit(tab, f"{who}-contract", contract, expect="pre.legal-text")
        if not tab.evaluate("document.querySelector(\"input[name=with][value=node-key]\") !== null"):
            # No signing key yet: the page says so and links to where one is made.
            visit(tab, f"{who}-account-keys", "/account#keys", expect="form[action='/account/keys']")
            act(tab, f"{who}-creates-key", "form[action='/account/keys']", {}, "p.notice")
            visit(tab, f"{who}-contract-again", contract, expect="input[name=with][value=node-key]")
        act(tab, f"{who}-signs-contract", "form[action$='/signatures']:has(input[name=with][value=node-key])", {}, "p.notice")
        return True

    def sign_in(tab, email, at=None, password=PASSWORD):
        """Fills and submits the login form in the page, as a person would."""
        visit(tab, f"login-{email.split('@')[0]}", "/login", expect="form[action='/login']", at=at)
        tab.evaluate(f"""(() => {{
            document.getElementById('email').value = {json.dumps(email)};
            document.getElementById('password').value = {json.dumps(password)};
            document.querySelector("form[action='/login']").submit();
        }})()""")
        if tab.wait_loaded() is not None or not tab.evaluate("location.pathname === '/account'"):
            failures.append(f"login as {email}: the form did not lead to /account")
            print(f"FAIL sign in as {email}", flush=True)
            return False
        return True

    def wait_for(url, words, seconds=60):
        """Whether the page at `url`, read anonymously every second, comes to hold `words`."""
        for _ in range(seconds):
            with urllib.request.urlopen(url, timeout=5) as response:
                if words in response.read().decode("utf-8"):
                    return True
            time.sleep(1)
        return False

    def other_town_node(other, desk):
        """Another town's node takes part in the Challenge staff announced here with its town:
        its administrator makes themself Union staff, sees the Challenge mirrored from this
        node and nominates a team on their own node; this node takes the team from that
        node's log, and its desk shows where the team comes from. A figure they record for
        their town shows here beside this node's towns."""
        if not desk:
            failures.append("the Challenge across towns: staff never reached the new Challenge's desk")
            return
        title, team = "Challenge малых городов 2027", "Команда Шадринска"
        tab = Tab(browser, arguments.width, arguments.height)
        if sign_in(tab, arguments.other_admin, at=other, password=arguments.other_password):
            visit(tab, "other-node-accounts", "/admin/accounts", expect="table", at=other)
            act(tab, "other-admin-becomes-staff", "form[action$='/roles']", {"role": "union_staff"}, "p.notice")
            if not wait_for(other + "/federation/challenges", title):
                failures.append(f"{other}/federation/challenges: the Challenge announced here was not mirrored there")
            visit(tab, "other-node-challenges", "/federation/challenges", expect="form[action='/federation/challenges/nominations']", at=other)
            act(tab, "other-node-nominates-team", "form[action='/federation/challenges/nominations']", {"name": team}, "p.notice")
            visit(tab, "other-node-towns", "/staff/towns", expect="form[action$='/indicators']", at=other)
            act(tab, "other-node-records-figure", "form[action$='/indicators']:not([action='/staff/towns/indicators'])",
                {"indicator": "young_returning", "value": "12", "measured_on": time.strftime("%Y-%m-%d")}, "p.notice")
        browser.send("Target.disposeBrowserContext", {"browserContextId": tab.context})
        if not wait_for(base + "/atlas/compare?indicator=young_returning", "Шадринск"):
            failures.append("/atlas/compare: the figure recorded on the other town's node is not drawn here")
        tab = Tab(browser, arguments.width, arguments.height)
        visit(tab, "compare-with-other-towns", "/atlas/compare?indicator=young_returning#other-towns", expect="ul.cards svg")
        browser.send("Target.disposeBrowserContext", {"browserContextId": tab.context})
        if not wait_for(base + "/challenges/" + desk.rstrip("/").split("/")[-1] + "/board", team):
            failures.append("the Challenge's board: the team nominated on the other town's node was not taken")
        tab = Tab(browser, arguments.width, arguments.height)
        if sign_in(tab, "union_staff@demo.glocal"):
            visit(tab, "challenge-desk-other-towns", desk + "#teams-elsewhere", expect="h3#teams-elsewhere")
            if "включена в Challenge" not in tab.visible_text():
                failures.append(f"{desk}: the team from the other town's node is not shown as taken")
        browser.send("Target.disposeBrowserContext", {"browserContextId": tab.context})

    try:
        visitor = Tab(browser, arguments.width, arguments.height)
        home = visit(visitor, "home", "/", expect="ul.cards a")
        # This node's towns; the towns mirrored from another town's node link to that node.
        towns = sorted({path for path in (urllib.parse.urlsplit(link).path for link in home if link.startswith(base + "/"))
                        if re.fullmatch(r"/towns/[^/]+", path)})
        project = None
        for index, town in enumerate(towns, 1):
            links = visit(visitor, f"town-{index}", town)
            project = project or first(links, r"^/projects/[^/]+$")
        if towns:
            visit(visitor, "town-card", towns[0].replace("/towns/", "/embed/towns/"))
        events = {kind: first(home, pattern) for kind, pattern in [
            ("game", r"^/games/[^/]+$"), ("accelerator", r"^/accelerators/[^/]+$"),
            ("investment", r"^/investment-sessions/[^/]+$"), ("challenge", r"^/challenges/[^/]+/board$")]}
        for what, path in [("a town", towns[0] if towns else None), ("a project", project)] + list(events.items()):
            if path is None:
                failures.append(f"home: no link to {what}")
        if project:
            receipt = first(visit(visitor, "project", project), r"^/verify\?receipt=")
            visit(visitor, "verify", receipt or "/verify", expect="form[action='/verify']")
        visit(visitor, "search", "/search?q=" + urllib.parse.quote("гид"))
        visit(visitor, "open-data", "/open-data", expect="a[href='/open-data/projects.csv']")
        visit(visitor, "federation", "/federation", expect="dl.facts")
        if "shadrinsk.glocal.example/log" not in visitor.visible_text() or "Города: 1" not in visitor.visible_text():
            failures.append("/federation: Shadrinsk's node is not shown as followed, with its town mirrored")
        visit(visitor, "federation-practices", "/federation/practices", expect="h2#adoptions")
        visit(visitor, "home-with-other-towns", "/", expect="h2")
        if "Шадринск" not in visitor.visible_text():
            failures.append("/: the town mirrored from Shadrinsk's node is not listed")
        visit(visitor, "road-maps", "/road-maps", expect="svg.timeline")
        visit(visitor, "compare-towns", "/atlas/compare?indicator=local_investment", expect="ul.cards svg")
        if towns:
            visit(visitor, "town-road-map", towns[0] + "/road-map", expect="ol.road-map")
        people = visit(visitor, "people", "/people", expect="form[action='/people']")
        if not first(people, r"^/members/[^/]+$"):
            failures.append("people: no mentor, investor or facilitator is listed")
        ledger = visit(visitor, "ledger", "/ledger")
        visit(visitor, "ledger-entry", first(ledger, r"^/ledger/\d+$") or "/ledger/1")
        for kind in ("game", "accelerator", "investment", "challenge"):
            if events[kind]:
                visit(visitor, kind, events[kind])
        if events["challenge"]:
            visit(visitor, "challenge-card", "/embed" + events["challenge"])
        visit(visitor, "login", "/login", expect="form[action='/login']")
        visit(visitor, "home-english", "/?lang=en")

        # Each role's pages: (screenshot name, path, element the page must have, and
        # optionally a pattern of a link on it to follow, with the followed page's name).
        roles = [
            ("resident", [("resident-game", events["game"], None),
                          ("resident-ideas", "/my/ideas", "form[action='/my/ideas']", (r"^/my/projects/[^/]+$", "resident-workspace"))]),
            ("committee", [("judge", events["challenge"] and events["challenge"].replace("/board", "/judge"), "form")]),
            ("admin", [("admin-mail", "/admin/mail", "table"), ("admin-accounts", "/admin/accounts", "table"),
                       ("admin-node", "/admin/node", "form[action='/admin/node/backups']")]),
            ("union_staff", [("staff-admissions", "/staff/admissions", "form[action='/staff/admissions']"),
                             ("staff-towns", "/staff/towns", "form[action$='/audits']"),
                             ("staff-road-map", towns[0] + "/road-map" if towns else None, "form[action$='/steps/10']"),
                             ("staff-projects", "/staff/projects", "a[href^='/staff/projects/']",
                              (r"^/staff/projects/[^/?]+$", "staff-project-desk")),
                             ("staff-contracts", "/staff/contracts", "form[action='/staff/contracts']",
                              (r"^/staff/contracts/[^/?]+$", "staff-contract")),
                             ("staff-csv", "/staff/csv", "textarea"),
                             ("staff-events", "/staff/events", "table"),
                             ("staff-events-cohort", "/staff/events", "table",
                              (r"^/staff/accelerators/[^/?]+$", "staff-accelerator-desk")),
                             ("staff-session", events["investment"], "table")]),
            ("investor", [("investor-session", events["investment"], "form[action$='/pledges']")]),
            ("facilitator", [("facilitator-sessions", "/my/sessions", "table a[href^='/games/']")]),
            ("mentor", [("mentor-accelerator", events["accelerator"], "form[action$='/consultations']"),
                        ("mentor-profile", "/my/profile", "form[action='/my/profile/mentor']")]),
        ]
        # What each role does, in the roles' order (the judge marks before staff seal the
        # Challenge), on a page it has just loaded (by the page's name): the form to
        # send and what to type in it ("*" chooses a list's first option, "#min" every
        # number field's lowest value, "#check" every box, "#check-first" the boxes of the
        # first group, this node's towns).
        today = time.strftime("%Y-%m-%d")
        challenge_id = (events["challenge"] or "").split("/")[2] if events["challenge"] else ""
        steps = {
            "resident": [
                ("resident-adds-milestone", "resident-workspace", "form[action$='/milestones']",
                 {"title": "Пилот в школе № 3", "owner_role": "lead", "due_on": "2027-03-01"}, "p.notice"),
                ("resident-adds-team-member", "resident-workspace", "form[action$='/team']:has(select[name=member_id])",
                 {"member_id": "*", "role": "member"}, "p.notice"),
                ("resident-submits-idea", "resident-ideas", "form[action='/my/ideas']",
                 {"title": "Велодорожка вдоль набережной", "summary": "Безопасный путь в школу",
                  "direction": "*", "city_id": "*", "text": "Описание идеи велодорожки"}, "p.notice"),
                ("resident-checks-receipt", "@a[href^='/verify?receipt=ipa_']", "form[action='/verify']",
                 {"text": "Описание идеи велодорожки"}, "p.verdict:not(.bad)"),
            ],
            "union_staff": [
                ("staff-admits", "staff-admissions", "form[action='/staff/admissions']", {}, "p.notice"),
                ("staff-records-audit", "staff-towns", "form[action$='/audits']",
                 {"area": "Открытые данные", "score": "57", "audited_on": today}, "p.notice"),
                ("staff-defines-indicator", "staff-towns", "form[action='/staff/towns/indicators']",
                 {"code": "cafe_visits", "name": "Посещения городских кафе", "unit": "count", "direction": "higher_is_better",
                  "minimum": "0", "maximum": "1 000 000"}, "p.notice"),
                ("staff-moves-road-map-step", "staff-road-map", "form[action$='/steps/10']", {"status": "underway"}, "p.notice"),
                ("staff-deposits-road-map-evidence", "staff-road-map", "form[action$='/steps/10/evidence']",
                 {"title": "План подготовки к Challenge", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
                 "p.notice"),
                ("staff-moves-stage", "staff-project-desk", "form[action$='/stage']", {"stage": "*"}, "p.notice"),
                ("staff-reports-revenue", "staff-contract", "form[action$='/revenue']", {"amount": "120 000"}, "p.notice"),
                ("staff-accepts-pledge", "staff-session", "form[action$='/acceptances']", {}, "p.notice"),
                ("staff-closes-challenge", "staff-events",
                 f"form[action$='/status']:has(input[name=event_id][value='{challenge_id}']):has(input[name=status][value=closed])",
                 {}, "p.notice"),
                ("staff-seals-challenge", "staff-events",
                 f"form[action$='/challenge/seal']:has(input[name=event_id][value='{challenge_id}'])", {}, "p.notice"),
                # A new Challenge from nothing: announced, its rules, opened, a team, judges, assignments.
                ("staff-announces-challenge", "staff-events", "form[action='/staff/events']",
                 {"kind": "challenge", "title": "Challenge малых городов 2027", "starts_on": "2027-03-01", "ends_on": "2027-03-31",
                  "#check": ""}, "p.notice"),
                ("staff-sets-challenge-rules", "staff-announces-challenge", "form[action$='/rules']",
                 {"criterion_1": "Польза для города", "weight_1": "3", "scale_1": "10", "criterion_2": "Проработка",
                  "weight_2": "1", "scale_2": "10", "judges_per_team": "1", "chair": "*"}, "p.notice"),
                ("staff-opens-challenge", "staff-events",
                 "form[action$='/status']:has(input[name=event_id][value='{id:staff-announces-challenge}']):has(input[name=status][value=open])",
                 {}, "p.notice"),
                ("staff-registers-team", "staff-announces-challenge", "form[action$='/teams']",
                 {"name": "Команда набережной", "city_id": "*"}, "p.notice"),
                ("staff-adds-judge", "staff-announces-challenge", "form[action$='/judges']", {"member_id": "*"}, "p.notice"),
                ("staff-adds-another-judge", "staff-announces-challenge", "form[action$='/judges']", {"member_id": "$"}, "p.notice"),
                ("staff-assigns-judges", "staff-announces-challenge", "form[action$='/assignments']", {}, "p.notice"),
                # A new Game: announced, then its directions, team size, rule, commission and facilitator.
                ("staff-announces-game", "staff-events", "form[action='/staff/events']",
                 {"kind": "game", "title": "Glocal City Game — осень 2027", "starts_on": "2027-09-10", "ends_on": "2027-09-12",
                  "#check-first": ""}, "p.notice"),
                ("staff-sets-up-game", "staff-announces-game", "form[action$='/settings']",
                 {"directions": "Туризм, Агротех", "team_size_limit": "4", "selection_rule": "top", "selection_count": "2",
                  "commission_1": "*", "facilitator_1": "*"}, "p.notice"),
                # The running cohort: its rule, and a facilitation training entered in the registry.
                ("staff-sets-cohort-rule", "staff-accelerator-desk", "form[action$='/settings']",
                 {"required_hours": "20", "required_milestones": "1"}, "p.notice"),
                ("staff-records-training", "staff-accelerator-desk", "form[action$='/trainings']",
                 {"member_id": "*", "completed_on": today}, "p.notice"),
            ],
            "admin": [("admin-backs-up", "admin-node", "form[action='/admin/node/backups']", {}, "p.notice")],
            "committee": [("judge-saves-marks", "judge", "form[action$='/judge']", {"#min": ""}, "p.notice")],
            "investor": [
                ("investor-pledge-refused", "investor-session", "form[action$='/pledges']",
                 {"amount": "10 000 000", "pre_money": "10 000 000"}, "input[aria-invalid=true] + p.field-error"),
                ("investor-pledges", "investor-session", "form[action$='/pledges']",
                 {"amount": "1 000 000", "pre_money": "10 000 000"}, "p.notice"),
                ("investor-withdraws", "investor-session", "form[action$='/withdrawals']", {}, "p.notice"),
            ],
            "mentor": [
                ("mentor-confirms-consultation", "mentor-accelerator", "form[action$='/confirmations']", {}, "p.notice"),
                ("mentor-logs-consultation", "mentor-accelerator", "form[action$='/consultations']",
                 {"held_on": today, "hours": "2", "topic": "Финансовая модель"}, "p.notice"),
                ("mentor-edits-profile", "mentor-profile", "form[action='/my/profile/mentor']",
                 {"competencies": "финансовая модель, маркетинг", "weekly_hours": "6"}, "p.notice"),
            ],
        }
        contracts_signed = 0
        reached = {}
        for role, pages in roles:
            tab = Tab(browser, arguments.width, arguments.height)
            visited = {}
            if sign_in(tab, f"{role}@demo.glocal"):
                visit(tab, f"{role}-account", "/account", expect="form[action='/logout']")
                for name, path, expect, *follow in pages:
                    if not path:
                        continue
                    visited[name] = path
                    links = visit(tab, name, path, expect=expect)
                    for pattern, followed in follow:
                        target = first(links, pattern)
                        if target:
                            visited[followed] = target
                            visit(tab, followed, target)
                        else:
                            failures.append(f"{name} ({path}): no link matching {pattern}")
                for name, page, form, fields, expect in steps.get(role, []):
                    if page.startswith("@"):
                        # A link on the page the last step led to (the receipt of a deposit).
                        target = tab.evaluate(f"(document.querySelector({json.dumps(page[1:])}) || {{}}).href || ''")
                        if not target:
                            failures.append(f"{name}: no link {page[1:]} on the page before")
                            continue
                        tab.open(target)
                    elif page not in visited:
                        failures.append(f"{name}: the page {page} was never reached")
                        continue
                    else:
                        tab.open(base + visited[page])
                    # "{id:step}" in a selector is the id the page a step led to ends with.
                    form = re.sub(r"\{id:([^}]+)\}", lambda match: visited.get(match.group(1), "").rstrip("/").split("/")[-1], form)
                    act(tab, name, form, fields, expect)
                    # A later step may act again on the page this one led to, by this step's name.
                    visited[name] = tab.evaluate("location.pathname") or ""
                # What waits for this role, and a contract to sign from there, as a party would.
                if sign_from_inbox(tab, role):
                    contracts_signed += 1
                reached.update(visited)
            browser.send("Target.disposeBrowserContext", {"browserContextId": tab.context})
        if contracts_signed == 0:
            failures.append("no role found a contract to sign in its inbox")
        if arguments.other:
            other_town_node(arguments.other.rstrip("/"), reached.get("staff-announces-challenge"))
        # A newcomer joins: signs up with the consent, signs in, applies for membership.
        tab = Tab(browser, arguments.width, arguments.height)
        visit(tab, "signup", "/signup", expect="form[action='/signup']")
        newcomer = f"newcomer-{int(time.time())}@example.org"
        act(tab, "newcomer-signs-up", "form[action='/signup']",
            {"email": newcomer, "display_name": "Вера", "password": PASSWORD, "consent": True}, "p.notice")
        # The mail the node sent (written to its mail folder by `glocal serve`) holds the link that confirms the address.
        link = mailed_link(arguments.mail, newcomer, "/confirm-email?token=")
        if link:
            visit(tab, "newcomer-confirm-link", urllib.parse.urlsplit(link).path + "?" + urllib.parse.urlsplit(link).query,
                  expect="form[action='/confirm-email']")
            act(tab, "newcomer-confirms-email", "form[action='/confirm-email']", {}, "form[action='/login']")
        else:
            failures.append(f"no confirmation link was mailed to {newcomer}")
        act(tab, "newcomer-signs-in", "form[action='/login']", {"email": newcomer, "password": PASSWORD},
            "form[action='/logout']")
        visit(tab, "newcomer-membership", "/my/membership", expect="form[action='/my/membership']")
        newcomer_name = f"Полина Ветлугина {int(time.time()) % 10_000}"
        act(tab, "newcomer-applies", "form[action='/my/membership']", {"name": newcomer_name, "city_id": "*"}, "p.notice")
        # Staff admit the newest application; the newcomer is told by mail and puts an idea forward.
        staff = Tab(browser, arguments.width, arguments.height)
        staff_signed_in = sign_in(staff, "union_staff@demo.glocal")
        if staff_signed_in:
            visit(staff, "staff-admissions-newcomer", "/staff/admissions", expect="form[action='/staff/admissions']")
            act(staff, "staff-admits-newcomer", "ul > li:last-child form[action='/staff/admissions']", {}, "p.notice")
        if not mailed_link(arguments.mail, newcomer, "/my/ideas"):
            failures.append(f"{newcomer} was not told by mail of the admission")
        visit(tab, "newcomer-ideas", "/my/ideas", expect="form[action='/my/ideas']")
        act(tab, "newcomer-submits-idea", "form[action='/my/ideas']",
            {"title": "Мастерская ремонта велосипедов", "summary": "Ремонт и прокат для горожан",
             "direction": "*", "city_id": "*", "text": "Описание мастерской ремонта велосипедов"}, "p.notice")
        # Staff propose a revenue share to the newcomer, choosing the parties by name; the
        # newcomer is told by mail, finds it waiting and signs it.
        if staff_signed_in:
            visit(staff, "staff-contracts-newcomer", "/staff/contracts", expect="form[action='/staff/contracts']")
            act(staff, "staff-proposes-to-newcomer", "form[action='/staff/contracts']",
                {"project_id": "~Мастерская ремонта велосипедов",
                 "legal_text": "Договор о разделении выручки мастерской ремонта велосипедов",
                 "party_1": "union", "role_1": "union", "party_2": "~" + newcomer_name, "role_2": "founder", "weight_2": "1",
                 "town_fund": "*", "town_fund_bp": "1500"}, "p.notice")
        browser.send("Target.disposeBrowserContext", {"browserContextId": staff.context})
        if not mailed_link(arguments.mail, newcomer, "/my/contracts/"):
            failures.append(f"{newcomer} was not told by mail of the contract to sign")
        if not sign_from_inbox(tab, "newcomer"):
            failures.append("the newcomer found no contract to sign in the inbox")
        browser.send("Target.disposeBrowserContext", {"browserContextId": tab.context})
        # Signed out on another device, the newcomer forgets the password and sets a new one
        # through the link the node mails.
        tab = Tab(browser, arguments.width, arguments.height)
        visit(tab, "forgot-password", "/forgot-password", expect="form[action='/forgot-password']")
        act(tab, "newcomer-asks-reset", "form[action='/forgot-password']", {"email": newcomer}, "p.notice")
        link = mailed_link(arguments.mail, newcomer, "/reset-password?token=")
        if link:
            visit(tab, "newcomer-reset-link", urllib.parse.urlsplit(link).path + "?" + urllib.parse.urlsplit(link).query,
                  expect="form[action='/reset-password']")
            act(tab, "newcomer-sets-password", "form[action='/reset-password']", {"password": PASSWORD + " новый"}, "form[action='/login']")
            act(tab, "newcomer-signs-in-anew", "form[action='/login']", {"email": newcomer, "password": PASSWORD + " новый"},
                "form[action='/logout']")
        else:
            failures.append(f"no password reset link was mailed to {newcomer}")
        browser.send("Target.disposeBrowserContext", {"browserContextId": tab.context})
    except DevToolsError as error:
        failures.append(f"DevTools: {error}")
    finally:
        browser.close()

    print(f"{totals['pages']} pages loaded, {totals['steps']} steps acted, {totals['links']} links checked, "
          f"screenshots in {arguments.out}/, "
          f"{len(failures)} failure{'s' if len(failures) != 1 else ''}")
    if failures:
        print("FAILED:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
