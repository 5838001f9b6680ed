// The view's state lives in the URL query string, so a view can be shared, reloaded, and
// walked with back/forward. Filters use the API's own parameter names.
import { FILTER_KEYS, type Filters } from "./api";

export const SORTS = ["-date", "date", "-mentions", "mentions", "-goldstein", "goldstein"] as const;
export type Sort = (typeof SORTS)[number];

export interface ViewState {
  filters: Filters;
  sort: Sort;
  offset: number;
  show: string; // event id whose evidence is open ("" = none)
}

export function readState(search: string = window.location.search): ViewState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sortParam = params.get("sort") ?? "-date";
  const sort = (SORTS as readonly string[]).includes(sortParam) ? (sortParam as Sort) : "-date";
  const offset = Math.max(0, Number.parseInt(params.get("offset") ?? "0", 10) || 0);
  return { filters, sort, offset, show: params.get("show") ?? "" };
}

export function toSearch(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== "-date") params.set("sort", state.sort);
  if (state.offset > 0) params.set("offset", String(state.offset));
  if (state.show) params.set("show", state.show);
  const text = params.toString();
  return text ? `?${text}` : "";
}

// Only the filters decide what the map, timeline and network show; sorting, paging and the
// open evidence panel change the table alone.
export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => (a[key] ?? "") === (b[key] ?? ""));
}
