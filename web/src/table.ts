// The event table: one row per merged event, paged and sortable by date, mentions and
// Goldstein score. Rows open the evidence panel.
import type { EventRow, Listing } from "./api";
import { goldsteinColor, QUAD_LABEL, type Quad } from "./colors";
import { el, formatNumber } from "./dom";
import type { Sort } from "./state";

export const PAGE_SIZE = 25;

export interface TableHandlers {
  onSort(sort: Sort): void;
  onPage(offset: number): void;
  onSelect(eventId: string): void;
}

type SortKey = "date" | "mentions" | "goldstein";

function sortButton(key: SortKey, label: string, current: Sort, handlers: TableHandlers): HTMLElement {
  const active = current.replace("-", "") === key;
  const descending = current.startsWith("-");
  // Clicking the active column flips its direction; a new column starts newest/biggest first.
  const next: Sort = active ? ((descending ? key : `-${key}`) as Sort) : (`-${key}` as Sort);
  const arrow = active ? (descending ? " ▼" : " ▲") : "";
  const button = el(
    "button",
    { type: "button", class: "sort", "aria-label": `Sort by ${label}` },
    label,
    el("span", { "aria-hidden": "true" }, arrow),
  );
  button.addEventListener("click", () => handlers.onSort(next));
  const th = el("th", { scope: "col", "aria-sort": active ? (descending ? "descending" : "ascending") : "none" }, button);
  return th;
}

function actorCell(code: string): HTMLElement {
  return el("td", { class: "actor" }, el("code", {}, code === "---" ? "(none)" : code));
}

export function renderTable(
  container: HTMLElement,
  listing: Listing<EventRow>,
  sort: Sort,
  selected: string,
  handlers: TableHandlers,
): void {
  const head = el(
    "tr",
    {},
    sortButton("date", "Date", sort, handlers),
    el("th", { scope: "col" }, "Source"),
    el("th", { scope: "col" }, "Target"),
    el("th", { scope: "col" }, "Event"),
    el("th", { scope: "col" }, "Place"),
    sortButton("mentions", "Mentions", sort, handlers),
    el("th", { scope: "col", class: "num" }, "Sources"),
    el("th", { scope: "col", class: "num" }, "Articles"),
    sortButton("goldstein", "Goldstein", sort, handlers),
  );
  const body = el("tbody");
  for (const row of listing.rows) {
    const id = String(row.id);
    const quad = (row.quad ?? 0) as Quad;
    const tr = el(
      "tr",
      {
        "data-testid": "event-row",
        "data-id": id,
        "data-source": row.source,
        "data-target": row.target,
        "data-code": row.code,
        class: `event-row${id === selected ? " selected" : ""}`,
        tabindex: 0,
        "aria-selected": id === selected ? "true" : "false",
      },
      el("td", { class: "date" }, row.date),
      actorCell(row.source),
      actorCell(row.target),
      el(
        "td",
        { class: "event" },
        el("span", { class: `quad-badge quad-${quad}`, title: QUAD_LABEL[quad] ?? "no quad class" }, row.code),
        " ",
        row.label ?? "",
      ),
      el("td", { class: "place" }, row.place ? `${row.place}${row.country ? ` (${row.country})` : ""}` : row.country ?? ""),
      el("td", { class: "num" }, formatNumber(row.num_mentions)),
      el("td", { class: "num" }, formatNumber(row.num_sources)),
      el("td", { class: "num" }, formatNumber(row.num_articles)),
      el(
        "td",
        { class: "num" },
        el("span", { class: "goldstein-dot", style: `background:${goldsteinColor(row.goldstein)}`, "aria-hidden": "true" }),
        formatNumber(row.goldstein),
      ),
    );
    tr.addEventListener("click", () => handlers.onSelect(id));
    tr.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        handlers.onSelect(id);
      }
    });
    body.append(tr);
  }

  const first = listing.total === 0 ? 0 : listing.offset + 1;
  const last = listing.offset + listing.rows.length;
  const prev = el("button", { type: "button", disabled: listing.offset <= 0 }, "← Previous");
  const next = el("button", { type: "button", disabled: last >= listing.total }, "Next →");
  prev.addEventListener("click", () => handlers.onPage(Math.max(0, listing.offset - PAGE_SIZE)));
  next.addEventListener("click", () => handlers.onPage(listing.offset + PAGE_SIZE));

  const table = el(
    "table",
    { class: "events", "data-testid": "event-table" },
    el("caption", { class: "sr-only" }, "Coded events; select a row to see its evidence"),
    el("thead", {}, head),
    body,
  );
  const pager = el(
    "nav",
    { class: "pager", "aria-label": "Pages of events" },
    prev,
    el("span", { class: "range" }, `${first}–${last} of ${listing.total}`),
    next,
  );
  container.replaceChildren(
    listing.rows.length ? el("div", { class: "table-scroll" }, table) : el("p", { class: "empty" }, "No events match the filters."),
    pager,
  );
}
