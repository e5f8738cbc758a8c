// The hostile corpus's docs sites in the system's headless Chromium (playwright-core,
// executablePath): one launch visits every page it is given and reports, as one JSON object on
// stdout, what spec text managed to do there. tests/hostile/test_browser.py builds the sites,
// serves them on loopback and asserts; this script only looks.
//
// The corpus's HTML payloads all set `window.PWNED` (or name an element PWNED, which defines it
// too); a page is clean when it stays undefined after the page loaded, the try-it panel was
// built, <details> had time to toggle and a search had shown its results.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const job = JSON.parse(readFileSync(0, "utf-8"));
const out = { pages: [], blocked: [], dialogs: [] };

const browser = await chromium.launch({
  executablePath: job.chromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(job.origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    out.blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("dialog", async (dialog) => {
    out.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const look = () =>
    page.evaluate(() => ({
      pwned: typeof window.PWNED === "undefined" ? null : String(window.PWNED),
      // links a reader could follow into script or data
      links: Array.from(document.querySelectorAll("a[href], area[href], iframe[src], embed[src], object[data]"))
        .map((el) => el.href || el.src || el.data || "")
        .filter((href) => /^(javascript|data|vbscript):/i.test(href.replace(/[\u0000-\u0020]/g, ""))),
      handlers: Array.from(document.querySelectorAll("*")).flatMap((el) =>
        el.getAttributeNames()
          .filter((name) => name.startsWith("on") && /PWNED/.test(el.getAttribute(name)))
          .map((name) => `${el.tagName.toLowerCase()} ${name}`),
      ),
      tryit: document.querySelectorAll("div.tryit[data-ready] .tryit-form").length,
    }));
  for (const url of job.pages) {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(50); // <details open ontoggle> fires after the load event
    out.pages.push({ url, ...(await look()) });
  }
  for (const url of job.searches) {
    await page.goto(url, { waitUntil: "load" });
    await page.locator("input.md-search__input").click();
    await page.locator("input.md-search__input").pressSequentially(job.query, { delay: 20 });
    await page.waitForSelector(".md-search-result__item", { timeout: 15000 }).catch(() => {});
    const results = await page.locator(".md-search-result__item").count();
    out.pages.push({ url: `${url} (search ${job.query})`, results, ...(await look()) });
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
