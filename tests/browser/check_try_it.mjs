// Drives the system's headless Chromium (playwright-core) through the Try it panels of the
// built docs site against a local emulator, and prints what it saw as one JSON object: for each
// case of the job, the status line and body the panel showed and the request the browser sent
// (method, URL, headers). tests/docs/test_try_it_auth.py starts the servers and asserts.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const job = JSON.parse(readFileSync(0, "utf-8"));
const site = job.siteUrl.replace(/\/$/, "");
const out = { blocked: [], cases: {} };
const sent = [];

function isLocal(url) {
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "[::1]" || /^127\./.test(host);
  } catch (e) {
    return url.startsWith("data:") || url.startsWith("blob:");
  }
}

const browser = await chromium.launch({
  executablePath: job.chromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    out.blocked.push(url);
    return route.abort();
  });
  context.on("request", (request) => {
    if (request.url().startsWith(job.emulatorUrl) && request.method() !== "OPTIONS") {
      sent.push({ method: request.method(), url: request.url(), headers: request.headers() });
    }
  });
  const page = await context.newPage();
  const answered = () => /^\d{3}\b|^No answer|^Fill in|^The /.test(document.querySelector(".tryit-status")?.textContent || "");
  for (const [name, c] of Object.entries(job.cases)) {
    await page.goto(`${site}/${c.page}`, { waitUntil: "load" });
    const panel = page.locator("div.tryit").first();
    await panel.locator("input.tryit-base").fill(job.emulatorUrl);
    const missing = [];
    for (const [id, value] of Object.entries(c.inputs || {})) {
      if ((await panel.locator(`#${id}`).count()) === 0) missing.push(id);
      else await panel.locator(`#${id}`).fill(value);
    }
    if (missing.length) {
      out.cases[name] = { missingInputs: missing, requests: [] };
      continue;
    }
    for (const [param, value] of Object.entries(c.params || {})) {
      await panel.locator(`input[data-name="${param}"]`).fill(value);
    }
    if (c.body !== undefined) await panel.locator("textarea.tryit-json").fill(c.body);
    const before = sent.length;
    await panel.locator("button.tryit-send").click();
    await page.waitForFunction(answered, null, { timeout: 20000 }).catch(() => {});
    out.cases[name] = {
      status: await panel.locator(".tryit-status").textContent(),
      body: await panel.locator(".tryit-body").textContent(),
      requests: sent.slice(before),
    };
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
