// The evidence panel: every mention (coded sentence) behind one event, with the spans that
// made the coding highlighted, the dictionary entries and pattern that fired, how the date and
// place were chosen, and a link to the article.
import type { DictEntry, EventRow, Listing, MentionRow } from "./api";
import { QUAD_LABEL, type Quad } from "./colors";
import { el, formatNumber } from "./dom";
import { renderSegments } from "./highlight";

function entryList(entries: DictEntry[] | undefined | null): HTMLElement | string {
  if (!entries || entries.length === 0) return "–";
  return el(
    "ul",
    { class: "entries" },
    ...entries.map((e) =>
      el(
        "li",
        {},
        el("q", {}, e.phrase ?? ""),
        " → ",
        el("code", {}, e.code ?? ""),
        e.origin ? el("span", { class: "origin" }, ` ${e.origin}`) : null,
      ),
    ),
  );
}

function row(term: string, ...value: (Node | string)[]): HTMLElement[] {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}

function mentionCard(m: MentionRow): HTMLElement {
  const sentence = el("blockquote", { class: "sentence", "data-testid": "evidence-sentence" });
  if (m.segments && m.segments.length > 0) sentence.append(renderSegments(m.segments));
  else sentence.textContent = m.sentence ?? m.event?.text ?? "";

  const ev = m.evidence ?? {};
  const verb = ev.verb_entry ? [ev.verb_entry] : [];
  const details = el(
    "dl",
    { class: "details" },
    ...row("Source", el("code", {}, m.source), " ", entryList(ev.source_entries)),
    ...row("Target", el("code", {}, m.target), " ", entryList(ev.target_entries)),
    ...row("Verb", entryList(verb)),
    ...row("Pattern", entryList(ev.pattern ? [ev.pattern] : [])),
    ...(m.attributed_to ? row("Said by", el("code", {}, m.attributed_to)) : []),
    ...row("Date", `${m.date}${ev.date_reason ? ` — ${ev.date_reason}` : ""}`),
    ...row(
      "Place",
      `${m.place || "unknown"}${m.country ? ` (${m.country})` : ""}${ev.place_reason ? ` — ${ev.place_reason}` : ""}`,
    ),
  );

  const articleLabel = m.title || m.article_id;
  const link = m.url
    ? el("a", { href: m.url, target: "_blank", rel: "noopener noreferrer" }, articleLabel)
    : el("span", {}, `article ${m.article_id}`);
  const meta = el(
    "p",
    { class: "mention-meta" },
    el("strong", {}, m.outlet || "unknown outlet"),
    " · ",
    link,
    m.sentence_idx !== undefined ? ` · sentence ${m.sentence_idx + 1}` : "",
    m.status ? el("span", { class: `status status-${m.status}` }, m.status) : null,
    m.confidence !== undefined ? el("span", { class: "confidence" }, `confidence ${formatNumber(m.confidence, 2)}`) : null,
  );
  return el("article", { class: "mention", "data-testid": "mention", "data-mention": m.id }, meta, sentence, details);
}

export function renderEvidenceLoading(container: HTMLElement): void {
  container.replaceChildren(el("p", { class: "empty" }, "Loading evidence…"));
}

export function renderEvidence(
  container: HTMLElement,
  event: EventRow | undefined,
  mentions: Listing<MentionRow>,
  onClose: () => void,
): void {
  const first = mentions.rows[0];
  const source = event?.source ?? first?.source ?? "";
  const target = event?.target ?? first?.target ?? "";
  const code = event?.code ?? first?.code ?? "";
  const label = event?.label ?? first?.label ?? "";
  const quad = (event?.quad ?? first?.quad ?? 0) as Quad;
  const close = el("button", { type: "button", class: "close", "aria-label": "Close the evidence panel" }, "×");
  close.addEventListener("click", onClose);
  const title = el(
    "div",
    { class: "evidence-head" },
    el(
      "h3",
      {},
      el("code", {}, source),
      " → ",
      el("code", {}, target),
      ": ",
      el("span", { class: `quad-badge quad-${quad}` }, code),
      " ",
      label ?? "",
    ),
    close,
  );
  const summary = el(
    "p",
    { class: "evidence-summary" },
    `${event?.date ?? first?.date ?? ""} · ${QUAD_LABEL[quad] ?? "no quad class"} · Goldstein ${formatNumber(event?.goldstein ?? first?.goldstein)} · ${mentions.total} mention${mentions.total === 1 ? "" : "s"}`,
  );
  const legend = el(
    "p",
    { class: "hl-legend" },
    el("mark", { class: "hl hl-source" }, "source"),
    " ",
    el("mark", { class: "hl hl-target" }, "target"),
    " ",
    el("mark", { class: "hl hl-verb" }, "verb"),
    " ",
    el("mark", { class: "hl hl-date" }, "date"),
  );
  container.replaceChildren(title, summary, legend, ...mentions.rows.map(mentionCard));
  if (mentions.rows.length === 0) container.append(el("p", { class: "empty" }, "No mentions stored for this event."));
}

export function renderEvidenceEmpty(container: HTMLElement): void {
  container.replaceChildren(el("p", { class: "empty" }, "Select an event in the table to see the sentences it was coded from."));
}
