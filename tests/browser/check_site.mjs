// Drives the system's headless Chromium (playwright-core, executablePath: no browser download)
// through the built docs site and prints what it observed as one JSON object on stdout.
// tests/browser/test_site.py starts the servers, derives every expectation from the spec and
// the cookbook, and asserts; this script only looks and reports.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import path from "node:path";

const job = JSON.parse(readFileSync(0, "utf-8"));
const site = job.siteUrl.replace(/\/$/, "");
const out = { requests: [], blocked: [], httpErrors: [], consoleErrors: [] };

function isLocal(url) {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "[::1]" || /^127\./.test(host);
  } catch (e) {
    return false;
  }
}

async function guard(context) {
  // Loopback goes through; anything else is recorded and aborted.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    out.blocked.push(url);
    return route.abort();
  });
  context.on("request", (request) => out.requests.push(request.url()));
  context.on("response", (response) => {
    if (response.status() >= 400 && response.url().startsWith(site)) {
      out.httpErrors.push(`${response.status()} ${response.url()}`);
    }
  });
}

// A whole page as a person sees it: the viewport grown to the page's height (a full-page
// capture would paint the sticky header and sidebar only once, mid-page).
async function shoot(page, name) {
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(height, 6000) });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(job.shots, name) });
  await page.setViewportSize(size);
}

const browser = await chromium.launch({
  executablePath: job.chromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await guard(context);
  const page = await context.newPage();
  page.on("pageerror", (err) => out.consoleErrors.push(String(err)));

  // 1. Every page loads, with every other host blocked.
  for (const rel of job.allPages) {
    await page.goto(`${site}/${rel}`, { waitUntil: "load" });
  }

  // 2. The nav: the links of the "Flows" section.
  await page.goto(`${site}/index.html`, { waitUntil: "load" });
  out.navFlows = await page.evaluate(() => {
    const sections = Array.from(document.querySelectorAll("nav.md-nav--primary > ul > li.md-nav__item--section"));
    const flows = sections.find((li) => (li.querySelector(":scope > label")?.textContent || "").trim() === "Flows");
    if (!flows) return null;
    return Array.from(flows.querySelectorAll(":scope > nav a.md-nav__link")).map((a) => ({
      text: a.textContent.trim(),
      path: new URL(a.getAttribute("href"), location.href).pathname,
    }));
  });

  // 3. Search: lunr in a web worker, from the site's own folder.
  await page.locator("input.md-search__input").click();
  // Typed key by key: the search box listens to keyboard events.
  await page.locator("input.md-search__input").pressSequentially(job.search.query, { delay: 30 });
  await page.waitForSelector(".md-search-result__item", { timeout: 15000 }).catch(() => {});
  out.search = await page.evaluate(() =>
    Array.from(document.querySelectorAll(".md-search-result__item > a.md-search-result__link")).map(
      (a) => new URL(a.getAttribute("href"), location.href).pathname,
    ),
  );

  // 4. Linked language tabs that persist: choose one on a flow page, then open another.
  const checkedTabs = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll(".tabbed-set")).map((set) => {
        const input = set.querySelector(":scope > input:checked");
        const label = input && set.querySelector(`label[for="${input.id}"]`);
        return label ? label.textContent.trim() : null;
      }),
    );
  await page.goto(`${site}/${job.tabs.first}`, { waitUntil: "load" });
  out.tabsBefore = await checkedTabs();
  await page.locator(".tabbed-set").first().locator(".tabbed-labels > label", { hasText: job.tabs.label }).click();
  out.tabsAfterClick = await checkedTabs();
  await page.goto(`${site}/${job.tabs.second}`, { waitUntil: "load" });
  out.tabsNextPage = await checkedTabs();

  // 5. The copy button of the set-up block, in the chosen tab.
  await page.goto(`${site}/${job.copy.page}`, { waitUntil: "load" });
  const block = page.locator(".tabbed-set").first().locator(".tabbed-block").filter({ visible: true }).first();
  await page.evaluate(() => navigator.clipboard.writeText("(nothing copied)"));
  await block.hover();
  const buttons = block.locator("button.md-clipboard, button[data-clipboard-target], button.md-code__button");
  out.copyButtons = await buttons.count();
  if (out.copyButtons) {
    await buttons.first().click();
    await page.waitForTimeout(300);
  }
  out.clipboard = await page.evaluate(() => navigator.clipboard.readText());

  out.codeBlocks = await page.locator("pre > code").count();
  out.copyButtonsOnPage = await page.locator("button.md-clipboard, button.md-code__button").count();

  // 6. Anchors on every heading of the flow page.
  out.headings = await page.evaluate(() =>
    Array.from(document.querySelectorAll("article h2")).map((h) => ({
      text: h.textContent.replace("¶", "").trim(),
      id: h.id,
      permalink: h.querySelector("a.headerlink")?.getAttribute("href") || null,
    })),
  );
  await shoot(page, "flow-page.png");

  // 7. Try it against the emulator.
  await page.goto(`${site}/${job.tryit.page}`, { waitUntil: "load" });
  const panel = page.locator("div.tryit").first();
  await panel.locator("input.tryit-base").fill(job.emulatorUrl);
  for (const [name, value] of Object.entries(job.tryit.values)) {
    await panel.locator(`input[data-name="${name}"]`).fill(value);
  }
  await panel.locator("button.tryit-send").click();
  const answered = () => /^\d{3}\b|^No answer|^Fill in|^The /.test(document.querySelector(".tryit-status")?.textContent || "");
  await page.waitForFunction(answered, null, { timeout: 15000 }).catch(() => {});
  out.tryit = await panel.evaluate((el) => ({
    status: el.querySelector(".tryit-status").textContent,
    body: el.querySelector(".tryit-body").textContent,
  }));
  await shoot(page, "reference-page.png");

  // 8. A token typed into try-it stays in the page's memory.
  await page.goto(`${site}/${job.token.page}`, { waitUntil: "load" });
  const tokenPanel = page.locator("div.tryit").first();
  await tokenPanel.locator("input.tryit-base").fill(job.emulatorUrl);
  await tokenPanel.locator("input.tryit-token").fill(job.token.value);
  await tokenPanel.locator("button.tryit-send").click();
  await page.waitForFunction(answered, null, { timeout: 15000 }).catch(() => {});
  out.tokenStatus = await tokenPanel.locator(".tryit-status").textContent();
  out.tokenTraces = await page.evaluate(() => ({
    url: location.href,
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
    cookies: document.cookie,
    inputType: document.querySelector("input.tryit-token").type,
  }));
  await page.reload({ waitUntil: "load" });
  out.tokenAfterReload = await page.locator("input.tryit-token").first().inputValue();

  // 9. Bad input in try-it: a clear message, and nothing sent.
  await page.goto(`${site}/${job.badJson.page}`, { waitUntil: "load" });
  const bodyPanel = page.locator("div.tryit").first();
  await bodyPanel.locator("input.tryit-base").fill(job.emulatorUrl);
  await bodyPanel.locator("textarea.tryit-json").fill("{\"unterminated\": ");
  const before = out.requests.length;
  await bodyPanel.locator("button.tryit-send").click();
  out.badJson = { status: await bodyPanel.locator(".tryit-status").textContent(), sent: out.requests.length - before };
  await bodyPanel.locator("input.tryit-base").fill(job.deadUrl);
  await bodyPanel.locator("textarea.tryit-json").fill("{}");
  await bodyPanel.locator("button.tryit-send").click();
  await page.waitForFunction(answered, null, { timeout: 15000 }).catch(() => {});
  out.deadEmulator = await bodyPanel.locator(".tryit-status").textContent();

  // 10. Dark and light palettes; a phone-sized viewport.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${site}/${job.tabs.first}`, { waitUntil: "load" });
  out.darkScheme = await page.evaluate(() => document.body.getAttribute("data-md-color-scheme"));
  await page.screenshot({ path: path.join(job.shots, "flow-page-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload({ waitUntil: "load" });
  out.lightScheme = await page.evaluate(() => document.body.getAttribute("data-md-color-scheme"));
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await guard(phone);
  const small = await phone.newPage();
  out.phone = {};
  for (const rel of [job.tabs.first, job.tryit.page]) {
    await small.goto(`${site}/${rel}`, { waitUntil: "load" });
    out.phone[rel] = await small.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
  }
  await small.goto(`${site}/${job.tabs.first}`, { waitUntil: "load" });
  await small.screenshot({ path: path.join(job.shots, "flow-page-phone.png") });
  await phone.close();
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
