// The dashboard: reads the view from the URL, loads what each panel needs from the API, and
// turns clicks (map, timeline, network, table, filter form) into new URLs.
import "./style.css";
import {
  actors,
  aggregate,
  ApiError,
  eventById,
  FILTER_KEYS,
  health,
  listEvents,
  mentionsOf,
  type Aggregate,
  type EventRow,
  type Filters,
  type Listing,
} from "./api";
import { renderEvidence, renderEvidenceEmpty, renderEvidenceLoading } from "./evidence";
import { WorldMap } from "./map";
import { Network } from "./network";
import { setupPaste } from "./paste";
import { grainFor, parseDay, periodStart, type Grain } from "./periods";
import { readState, sameFilters, toSearch, type ViewState } from "./state";
import { PAGE_SIZE, renderTable } from "./table";
import { Timeline } from "./timeline";

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id} in index.html`);
  return node as T;
}

const form = byId<HTMLFormElement>("filters");
const errorBox = byId<HTMLParagraphElement>("error");
const tableBox = byId<HTMLDivElement>("table");
const evidenceBox = byId<HTMLDivElement>("evidence");

let state: ViewState = readState();
let shown: ViewState | null = null; // what the panels currently show
let listing: Listing<EventRow> | null = null;
let generation = 0; // responses from an older navigation are dropped

function showError(err: unknown): void {
  const message = err instanceof ApiError ? err.message : err instanceof Error ? err.message : String(err);
  errorBox.textContent = `Error: ${message}`;
  errorBox.hidden = false;
}

function clearError(): void {
  errorBox.hidden = true;
  errorBox.textContent = "";
}

function navigate(next: ViewState): void {
  const search = toSearch(next);
  if (search !== window.location.search) window.history.pushState(null, "", `${window.location.pathname}${search}`);
  state = next;
  void render();
}

function withFilters(filters: Filters): void {
  navigate({ filters, sort: state.sort, offset: 0, show: "" });
}

function setFilter(key: (typeof FILTER_KEYS)[number], value: string): void {
  withFilters({ ...state.filters, [key]: value });
}

const worldMap = new WorldMap(byId("map"), byId("map-legend"), byId("top-places"), {
  onCountry: (iso2) => setFilter("country", iso2),
  onPlace: (place) => setFilter("place", place),
});
const timeline = new Timeline(byId("timeline"), byId("timeline-hint"), {
  onPeriod: (from, to) => withFilters({ ...state.filters, date_from: from, date_to: to }),
});
const network = new Network(byId("network"), byId("network-list"), {
  onActor: (code) => setFilter("actor", code),
});

function fillForm(filters: Filters): void {
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (input) input.value = filters[key] ?? "";
  }
}

function readForm(): Filters {
  const filters: Filters = {};
  const data = new FormData(form);
  for (const key of FILTER_KEYS) {
    const value = String(data.get(key) ?? "").trim();
    if (value) filters[key] = value;
  }
  return filters;
}

// The timeline's grain follows the date range: the filter's when both ends are set, else
// the range of the data (found with a cheap by=month query).
async function loadTimeline(filters: Filters): Promise<{ rows: Aggregate["rows"]; grain: Grain }> {
  if (filters.date_from && filters.date_to) {
    const grain = grainFor(parseDay(filters.date_from), parseDay(filters.date_to));
    return { rows: (await aggregate(filters, `${grain},quad`)).rows, grain };
  }
  const months = await aggregate(filters, "month,quad");
  const keys = months.rows.map((r) => String(r["month"] ?? "")).filter(Boolean).sort();
  if (keys.length === 0) return { rows: [], grain: "month" };
  const first = filters.date_from ? parseDay(filters.date_from) : periodStart(keys[0]!, "month");
  const lastMonth = periodStart(keys[keys.length - 1]!, "month");
  const last = filters.date_to
    ? parseDay(filters.date_to)
    : new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1, 0));
  const grain = grainFor(first, last);
  if (grain === "month") return { rows: months.rows, grain };
  return { rows: (await aggregate(filters, `${grain},quad`)).rows, grain };
}

async function renderOverview(filters: Filters, gen: number): Promise<void> {
  const [places, countries, dyads, time] = await Promise.all([
    aggregate(filters, "place"),
    aggregate(filters, "country,quad"),
    aggregate(filters, "dyad"),
    loadTimeline(filters),
  ]);
  if (gen !== generation) return;
  worldMap.update(places.rows, countries.rows);
  timeline.update(time.rows, time.grain);
  network.update(dyads.rows);
}

async function renderTableView(view: ViewState, gen: number): Promise<void> {
  const result = await listEvents(view.filters, { limit: PAGE_SIZE, offset: view.offset, sort: view.sort });
  if (gen !== generation) return;
  listing = result;
  renderTable(tableBox, result, view.sort, view.show, {
    onSort: (sort) => navigate({ ...state, sort, offset: 0 }),
    onPage: (offset) => navigate({ ...state, offset }),
    onSelect: (id) => navigate({ ...state, show: id }),
  });
}

async function renderEvidenceView(view: ViewState, gen: number): Promise<void> {
  if (!view.show) {
    renderEvidenceEmpty(evidenceBox);
    return;
  }
  renderEvidenceLoading(evidenceBox);
  const known = listing?.rows.find((r) => String(r.id) === view.show);
  const [event, mentions] = await Promise.all([known ? Promise.resolve(known) : eventById(view.show), mentionsOf(view.show)]);
  if (gen !== generation) return;
  renderEvidence(evidenceBox, event, mentions, () => navigate({ ...state, show: "" }));
  if (window.matchMedia("(max-width: 1100px)").matches) evidenceBox.scrollIntoView({ behavior: "smooth", block: "start" });
}

async function render(): Promise<void> {
  const gen = ++generation;
  const view = state;
  const before = shown;
  shown = view;
  fillForm(view.filters);
  document.body.dataset["loading"] = "true";
  clearError();
  const filtersChanged = !before || !sameFilters(before.filters, view.filters);
  const tableChanged = filtersChanged || !before || before.sort !== view.sort || before.offset !== view.offset;
  try {
    await Promise.all([
      filtersChanged ? renderOverview(view.filters, gen) : Promise.resolve(),
      tableChanged ? renderTableView(view, gen) : Promise.resolve(),
    ]);
    if (!tableChanged && gen === generation) {
      for (const tr of tableBox.querySelectorAll<HTMLTableRowElement>("tr.event-row")) {
        const selected = tr.dataset["id"] === view.show;
        tr.classList.toggle("selected", selected);
        tr.setAttribute("aria-selected", selected ? "true" : "false");
      }
    }
    if (!before || before.show !== view.show || tableChanged) await renderEvidenceView(view, gen);
  } catch (err) {
    if (gen === generation) {
      shown = null; // retry everything on the next navigation
      showError(err);
    }
  } finally {
    if (gen === generation) document.body.dataset["loading"] = "false";
  }
}

async function renderStats(): Promise<void> {
  try {
    const h = await health();
    byId("stats").textContent = `${h.events.toLocaleString()} events · ${h.mentions.toLocaleString()} mentions · ${h.articles.toLocaleString()} articles · dyad ${h.version}`;
  } catch (err) {
    showError(err);
  }
}

// Actor suggestions for the actor fields, from codes seen in the store.
function setupActorSuggestions(): void {
  const list = byId<HTMLDataListElement>("actor-list");
  let timer = 0;
  for (const name of ["actor", "source", "target"]) {
    const input = form.elements.namedItem(name) as HTMLInputElement | null;
    input?.addEventListener("input", () => {
      window.clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) return;
      timer = window.setTimeout(async () => {
        try {
          const result = await actors(q);
          list.replaceChildren(
            ...result.rows.map((r) => {
              const option = document.createElement("option");
              option.value = r.code;
              option.label = `${r.code} (${r.events} events)`;
              return option;
            }),
          );
        } catch {
          // Suggestions are a convenience; a failure here must not disturb the form.
        }
      }, 200);
    });
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  withFilters(readForm());
});
byId<HTMLButtonElement>("reset-filters").addEventListener("click", () => withFilters({}));
window.addEventListener("popstate", () => {
  state = readState();
  void render();
});

setupActorSuggestions();
setupPaste(byId<HTMLFormElement>("paste"), byId("paste-result"));
void renderStats();
void render();
