#!/usr/bin/env node
// A stand-in for `dyad serve` for working on the dashboard alone: it codes articles with
// `dyad code` (no store needed), keeps the events in memory and answers the part of the HTTP
// API the dashboard uses (docs: ../../docs and /api/openapi.json of the real server). It
// prints "listening on http://HOST:PORT" on stderr like `dyad serve`.
//
//   node test/mock-api.mjs --dyad ../build/dyad [--articles FILE.jsonl ...] [--limit N]
//        [--port 0] [--static dist] [--labels ../../shared/data/tables/CAMEO.eventcodes.txt]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = { articles: [], port: "0", static: join(here, "..", "dist"), limit: "200" };
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, "");
  const value = process.argv[i + 1];
  if (key === "articles") args.articles.push(value);
  else args[key] = value;
}
const shared = resolve(here, "..", "..", "..", "shared");
if (args.articles.length === 0) args.articles.push(join(shared, "acceptance", "seed-article.jsonl"));
args.labels ??= join(shared, "data", "tables", "CAMEO.eventcodes.txt");
if (!args.dyad) {
  console.error("mock-api: --dyad PATH is required (it codes the articles)");
  process.exit(2);
}

const labels = new Map();
if (existsSync(args.labels)) {
  for (const line of readFileSync(args.labels, "utf8").split("\n").slice(1)) {
    const [code, label] = line.split("\t");
    if (code && label) labels.set(code, label.trim());
  }
}

function code(jsonl) {
  const run = spawnSync(args.dyad, ["code", "-q", "-"], { input: jsonl, maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`dyad code failed: ${run.stderr}`);
  return run.stdout
    .toString()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((e) => e.type === "event");
}

// Articles and their mentions.
const articles = new Map();
let input = "";
for (const file of args.articles) {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, Number(args.limit));
  for (const line of lines) {
    const a = JSON.parse(line);
    articles.set(a.id, a);
    input += line + "\n";
  }
}
const mentions = code(input);

// Merge one-a-day, as the store does.
const events = [];
const eventOf = new WeakMap();
const eventKey = new Map();
for (const m of mentions) {
  const key = `${m.date}|${m.source}|${m.target}|${m.code}`;
  let e = eventKey.get(key);
  const article = articles.get(m.article) ?? {};
  if (!e) {
    e = {
      id: events.length + 1,
      date: m.date,
      source: m.source,
      target: m.target,
      code: m.code,
      label: labels.get(m.code) ?? null,
      root: m.root,
      quad: m.quad,
      goldstein: m.goldstein,
      place: m.location?.name ?? "",
      country: m.location?.country ?? "",
      lat: m.location?.lat ?? null,
      lon: m.location?.lon ?? null,
      precision: m.location?.precision ?? "",
      _mentions: [],
      _outlets: new Set(),
      _articles: new Set(),
      source_url: article.url ?? "",
      story_id: null,
    };
    eventKey.set(key, e);
    events.push(e);
  }
  e._mentions.push(m);
  e._outlets.add(article.source ?? "");
  e._articles.add(m.article);
  eventOf.set(m, e);
}
for (const e of events) {
  e.num_mentions = e._mentions.length;
  e.num_sources = e._outlets.size;
  e.num_articles = e._articles.size;
}

function prefix(value, filter) {
  return !filter || value.startsWith(filter.replace(/\*$/, ""));
}
function matches(e, f) {
  if (!prefix(e.source, f.get("source")) || !prefix(e.target, f.get("target"))) return false;
  const actor = f.get("actor");
  if (actor && !prefix(e.source, actor) && !prefix(e.target, actor)) return false;
  const codeF = f.get("code");
  if (codeF && (codeF.endsWith("*") ? !e.code.startsWith(codeF.slice(0, -1)) : e.code !== codeF)) return false;
  if (f.get("root") && e.root !== f.get("root")) return false;
  if (f.get("quad") && String(e.quad) !== f.get("quad")) return false;
  if (f.get("date_from") && e.date < f.get("date_from")) return false;
  if (f.get("date_to") && e.date > f.get("date_to")) return false;
  const place = f.get("place")?.toLowerCase();
  if (place && e.place.toLowerCase() !== place && e.country.toLowerCase() !== place) return false;
  const country = f.get("country");
  if (country && e.country !== country && !e.source.startsWith(country) && !e.target.startsWith(country)) return false;
  const q = f.get("q")?.toLowerCase().replace(/[*"]/g, "");
  if (q && !e._mentions.some((m) => m.text.toLowerCase().includes(q))) return false;
  if (f.get("event") && String(e.id) !== f.get("event")) return false;
  return true;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
function segments(m) {
  const article = articles.get(m.article)?.text ?? "";
  const at = article.indexOf(m.text);
  const bytes = enc.encode(m.text);
  if (at < 0) return [{ text: m.text, role: "" }];
  const base = enc.encode(article.slice(0, at)).length;
  const role = new Array(bytes.length).fill("");
  for (const name of ["verb", "target", "source"]) {
    const s = m.evidence?.[name];
    if (!s) continue;
    for (let i = Math.max(0, s.begin - base); i < Math.min(bytes.length, s.end - base); i++) role[i] = name;
  }
  const out = [];
  let start = 0;
  for (let i = 1; i <= bytes.length; i++) {
    if (i < bytes.length && (role[i] === role[start] || (bytes[i] & 0xc0) === 0x80)) continue;
    out.push({ text: dec.decode(bytes.slice(start, i)), role: role[start] });
    start = i;
  }
  return out;
}

function mentionRow(m) {
  const a = articles.get(m.article) ?? {};
  return {
    id: m.id,
    event_id: eventOf.get(m).id,
    article_id: m.article,
    sentence_idx: m.sentence,
    date: m.date,
    source: m.source,
    target: m.target,
    code: m.code,
    root: m.root,
    quad: m.quad,
    goldstein: m.goldstein,
    status: m.status,
    attributed_to: m.attribution?.actor ?? "",
    place: m.location?.name ?? "",
    country: m.location?.country ?? "",
    lat: m.location?.lat ?? null,
    lon: m.location?.lon ?? null,
    confidence: m.location?.confidence ?? 0.5,
    outlet: a.source ?? "",
    url: a.url ?? "",
    title: a.title ?? "",
    sentence: m.text,
    segments: segments(m),
    evidence: {
      source_entries: m.evidence?.source?.entries ?? [],
      target_entries: m.evidence?.target?.entries ?? [],
      verb_entry: m.evidence?.verb?.entry ?? null,
      pattern: m.evidence?.pattern ?? null,
      date_reason: `the article's date, ${m.date}`,
      place_reason: m.location ? `"${m.location.name}" (${m.location.precision}) named in the ${m.location.basis}` : "no place found",
    },
    event: m,
  };
}

function isoWeek(day) {
  const d = new Date(`${day}T00:00:00Z`);
  const t = new Date(d);
  t.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.floor((t - Date.UTC(t.getUTCFullYear(), 0, 1)) / 864e5 / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
const KEY = {
  day: (e) => ({ day: e.date }),
  week: (e) => ({ week: isoWeek(e.date) }),
  month: (e) => ({ month: e.date.slice(0, 7) }),
  year: (e) => ({ year: e.date.slice(0, 4) }),
  dyad: (e) => ({ source: e.source, target: e.target }),
  source: (e) => ({ source: e.source }),
  target: (e) => ({ target: e.target }),
  country: (e) => ({ country: e.country }),
  code: (e) => ({ code: e.code }),
  root: (e) => ({ root: e.root }),
  quad: (e) => ({ quad: e.quad }),
  place: (e) => ({ place: e.place, country: e.country, lat: e.lat, lon: e.lon }),
};

function aggregate(rows, by) {
  const groups = new Map();
  for (const e of rows) {
    const keys = Object.assign({}, ...by.map((b) => KEY[b](e)));
    const id = JSON.stringify(keys);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { ...keys, count: 0, mentions: 0, goldstein_sum: 0, n: 0 }));
    g.count++;
    g.mentions += e.num_mentions;
    if (typeof e.goldstein === "number") {
      g.goldstein_sum += e.goldstein;
      g.n++;
    }
  }
  return [...groups.values()].map(({ n, ...g }) => ({ ...g, goldstein_mean: n ? g.goldstein_sum / n : null }));
}

function send(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };

const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const f = url.searchParams;
  if (url.pathname === "/api/health") {
    return send(res, 200, { status: "ok", version: "mock", articles: articles.size, mentions: mentions.length, events: events.length });
  }
  if (url.pathname === "/api/events") {
    const level = f.get("level") ?? "events";
    const limit = Number(f.get("limit") ?? 100);
    const offset = Number(f.get("offset") ?? 0);
    let rows = events.filter((e) => matches(e, f));
    if (level === "mentions") {
      const ms = rows.flatMap((e) => e._mentions).map(mentionRow);
      return send(res, 200, { level, total: ms.length, limit, offset, rows: ms.slice(offset, offset + limit) });
    }
    const sort = f.get("sort") ?? "-date";
    const field = { date: "date", mentions: "num_mentions", goldstein: "goldstein" }[sort.replace("-", "")];
    if (!field) return send(res, 400, { error: "sort: unknown" });
    const dir = sort.startsWith("-") ? -1 : 1;
    rows = [...rows].sort((a, b) => (a[field] < b[field] ? -dir : a[field] > b[field] ? dir : a.id - b.id));
    const out = rows.slice(offset, offset + limit).map(({ _mentions, _outlets, _articles, ...e }) => e);
    return send(res, 200, { level, total: rows.length, limit, offset, rows: out });
  }
  if (url.pathname === "/api/aggregate") {
    const by = (f.get("by") ?? "month").split(",");
    if (by.some((b) => !KEY[b])) return send(res, 400, { error: "by: unknown key" });
    return send(res, 200, { by, rows: aggregate(events.filter((e) => matches(e, f)), by) });
  }
  if (url.pathname === "/api/actors") {
    const q = f.get("q") ?? "";
    const counts = new Map();
    for (const e of events) for (const a of [e.source, e.target]) if (a.startsWith(q)) counts.set(a, (counts.get(a) ?? 0) + 1);
    return send(res, 200, { rows: [...counts].map(([code, n]) => ({ code, events: n })) });
  }
  if (url.pathname === "/api/code" && req.method === "POST") {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      try {
        const r = JSON.parse(body);
        const evs = code(JSON.stringify({ id: r.id || "x", date: r.date, text: r.text }) + "\n");
        for (const e of evs) e.label = labels.get(e.code);
        send(res, 200, { events: evs, stored: false, sentences: r.text.split(/[.!?]\s/).length });
      } catch (err) {
        send(res, 400, { error: String(err) });
      }
    });
    return;
  }
  if (url.pathname.startsWith("/api/")) return send(res, 404, { error: "not found" });
  const rel = normalize(url.pathname === "/" ? "/index.html" : decodeURIComponent(url.pathname));
  const file = join(args.static, rel);
  if (!file.startsWith(resolve(args.static)) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, { error: "not found" });
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});

server.listen(Number(args.port), "127.0.0.1", () => {
  const { address, port } = server.address();
  console.error(`mock-api: ${articles.size} articles, ${mentions.length} mentions, ${events.length} events`);
  console.error(`listening on http://${address}:${port}`);
});
