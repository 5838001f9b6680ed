#!/usr/bin/env node
// End-to-end browser test of the dashboard: ingests the seed article into a fresh store,
// starts `dyad serve` on it with the built dashboard, drives Debian's chromium through
// playwright-core, and checks the map, the table, the evidence panel, URL state and the
// paste box. Saves a full-page screenshot. Exits 0 when every check passes, 1 otherwise.
//
//   node web/test/browser.mjs --dyad build/dyad --out /tmp/web-test
//     [--seed ../shared/acceptance/seed-article.jsonl] [--static web/dist]
//     [--chromium /usr/bin/chromium] [--db STORE]  (--db: serve an existing store, no ingest)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(here, "..");
const repo = resolve(webDir, "..");

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    if (key === "help" || key === "h") out.help = true;
    else out[key] = argv[++i];
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.help || !args.dyad || !args.out) {
  console.error("usage: node web/test/browser.mjs --dyad PATH_TO_dyad --out DIR [--seed FILE] [--static DIR] [--chromium PATH] [--db STORE]");
  process.exit(args.help ? 0 : 2);
}
const dyad = resolve(args.dyad);
const outDir = resolve(args.out);
const seed = resolve(args.seed ?? join(repo, "..", "shared", "acceptance", "seed-article.jsonl"));
const staticDir = resolve(args.static ?? join(webDir, "dist"));
const chromiumPath = args.chromium ?? "/usr/bin/chromium";

let server = null;
let context = null;
let serverLog = "";
let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) {
    passed++;
    console.log(`PASS ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ""}`);
  }
  return ok;
}
function fatal(message) {
  console.error(`browser test: ${message}`);
  if (server && (server.exitCode !== null || server.signalCode !== null)) console.error(`server died; its output:\n${serverLog}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
}

for (const [what, path] of [
  ["dyad binary", dyad],
  ["seed article", seed],
  ["built dashboard (run: npm ci --prefix web && npm run build --prefix web)", join(staticDir, "index.html")],
  ["chromium", chromiumPath],
]) {
  if (!existsSync(path)) {
    fatal(`missing ${what}: ${path}`);
    process.exit(1);
  }
}
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "dyad-web-test-"));
const db = args.db ? resolve(args.db) : join(work, "events.db");


function startServer() {
  const argv = ["serve", "--db", db, "--port", "0", "--static", staticDir];
  server = spawn(dyad, argv, { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print "listening on" within 30 s; its output:\n${serverLog}`)), 30_000);
    const onData = (chunk) => {
      serverLog += chunk.toString();
      const match = serverLog.match(/listening on (http:\/\/[^\s]+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1].replace(/\/$/, ""));
      }
    };
    server.stderr.on("data", onData);
    server.stdout.on("data", onData);
    server.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening; its output:\n${serverLog}`));
    });
  });
}

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => server.kill("SIGKILL"), 3000);
    server.once("exit", () => {
      clearTimeout(force);
      done();
    });
    server.kill("SIGTERM");
  });
}

async function run() {
  if (!args.db) {
    const ingest = spawnSync(dyad, ["ingest", seed, "--db", db], { encoding: "utf8", timeout: 120_000 });
    const ingestOutput = `${ingest.stdout ?? ""}${ingest.stderr ?? ""}`.trim();
    if (ingest.status !== 0) {
      fatal(`dyad ingest failed (exit ${ingest.status ?? ingest.signal}): ${ingestOutput || ingest.error}`);
      return;
    }
    console.log(`ingested ${seed}${ingestOutput ? `: ${ingestOutput.split("\n").pop()}` : ""}`);
  }
  const base = await startServer();
  console.log(`server at ${base}`);

  context = await chromium.launchPersistentContext(join(work, "chromium-profile"), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  const foreignRequests = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
  page.on("request", (req) => {
    if (!req.url().startsWith(base) && !req.url().startsWith("data:")) foreignRequests.push(req.url());
  });

  await page.goto(`${base}/`, { waitUntil: "load" });
  const map = page.locator('[data-testid="map"]');
  await map.waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="event-row"]').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.body.dataset["loading"] === "false", null, { timeout: 20_000 });

  // Map: a point in Mali.
  const mali = page.locator('[data-testid="map-point"][data-country="ML"], [data-testid="map-point"][data-place="Mali"]');
  const points = await page.locator('[data-testid="map-point"]').count();
  check("map shows a point in Mali", (await mali.count()) > 0, `${points} points, none with data-country=ML or data-place=Mali`);
  const conflictCountries = await page.locator("path.country:not([data-conflict='0'])").count();
  console.log(`  map: ${points} points, ${conflictCountries} countries with conflict events`);

  // Timeline and network drawn.
  check("timeline is drawn", (await page.locator('[data-testid="timeline"] .bars rect').count()) > 0);
  const edges = Number(await page.locator('[data-testid="network"]').getAttribute("data-edges"));
  check("network has dyads", edges > 0 && (await page.locator('[data-testid="network"] canvas').count()) > 0, `data-edges=${edges}`);

  // Table: the FRA -> MLI 0874 withdrawal.
  const withdrawal = page.locator('[data-testid="event-row"][data-source^="FRA"][data-target^="MLI"][data-code="0874"]');
  const rows = await page.locator('[data-testid="event-row"]').count();
  if (check("table lists FRA -> MLI 0874", (await withdrawal.count()) > 0, `${rows} rows, none FRA* -> MLI* 0874`)) {
    await withdrawal.first().click();
    const evidence = page.locator('[data-testid="evidence"]');
    const sentence = evidence.locator('[data-testid="evidence-sentence"]').first();
    try {
      await sentence.waitFor({ timeout: 10_000 });
    } catch {
      /* reported below */
    }
    const text = (await sentence.count()) ? await sentence.innerText() : "";
    check("evidence shows the sentence", /withdraw/i.test(text) && /Mali/.test(text), `sentence: "${text}"`);
    for (const role of ["source", "target", "verb"]) {
      const spans = await evidence.locator(`[data-testid="evidence-sentence"] mark.hl-${role}`).allInnerTexts();
      check(`evidence highlights the ${role}`, spans.length > 0 && spans.every((s) => s.trim()), `spans: ${JSON.stringify(spans)}`);
    }
    check("URL keeps the open event", new URL(page.url()).searchParams.has("show"), page.url());
  }

  // URL state: a filter lands in the query string, survives reload, and back undoes it.
  const before = page.url();
  await page.fill("#f-actor", "FRA");
  await page.click('#filters button[type="submit"]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get("actor") === "FRA");
  await page.waitForFunction(() => document.body.dataset["loading"] === "false");
  const filteredRows = await page.locator('[data-testid="event-row"]').evaluateAll((trs) =>
    trs.every((tr) => tr.dataset.source.startsWith("FRA") || tr.dataset.target.startsWith("FRA")),
  );
  check("actor filter applies to the table", filteredRows);
  await page.reload({ waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset["loading"] === "false");
  check("filters survive a reload", (await page.inputValue("#f-actor")) === "FRA");
  await page.goBack();
  await page.waitForFunction((url) => location.href === url, before);
  await page.waitForFunction(() => document.body.dataset["loading"] === "false");
  check("back restores the previous view", (await page.inputValue("#f-actor")) === "", `actor field: "${await page.inputValue("#f-actor")}"`);

  // Paste box: code a sentence without storing it.
  await page.fill("#paste-text", "President Emmanuel Macron says France will withdraw its troops from Mali.");
  await page.fill("#paste-date", "2022-02-17");
  await page.click('#paste button[type="submit"]');
  try {
    await page.locator('[data-testid="paste-summary"], [data-testid="paste-result"] .error').first().waitFor({ timeout: 15_000 });
  } catch {
    /* reported below */
  }
  const pasted = await page.locator('[data-testid="pasted-event"]').count();
  const pasteText = await page.locator('[data-testid="paste-result"]').innerText();
  check("paste box codes the text", pasted > 0, `result: "${pasteText.trim()}"`);
  check(
    "pasted events include a withdrawal from Mali",
    (await page.locator('[data-testid="pasted-event"][data-target^="MLI"][data-code^="087"]').count()) > 0,
    pasteText.trim(),
  );

  // Screenshot with the evidence panel open.
  if ((await withdrawal.count()) > 0) {
    await withdrawal.first().click();
    await page.locator('[data-testid="evidence-sentence"]').first().waitFor({ timeout: 10_000 }).catch(() => {});
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = join(outDir, "dashboard.png");
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);

  check("no console errors", consoleErrors.length === 0, consoleErrors.join(" | "));
  check("no requests leave the server", foreignRequests.length === 0, foreignRequests.join(" "));
}

try {
  await run();
} catch (err) {
  fatal(err instanceof Error ? err.message : String(err));
} finally {
  await context?.close().catch(() => {});
  await stopServer();
  rmSync(work, { recursive: true, force: true });
}
if (process.exitCode !== 1) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
