// Client for the dyad HTTP API (docs: /api/openapi.json). Every call goes to the same origin
// that served the page, so the dashboard needs nothing from the network besides `dyad serve`.

export const FILTER_KEYS = [
  "date_from",
  "date_to",
  "actor",
  "source",
  "target",
  "code",
  "root",
  "quad",
  "place",
  "country",
  "q",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface EventRow {
  id: number;
  date: string;
  source: string;
  target: string;
  code: string;
  label?: string | null;
  root?: string;
  quad?: number | null;
  goldstein?: number | null;
  place?: string;
  country?: string;
  lat?: number | null;
  lon?: number | null;
  precision?: string;
  num_mentions?: number;
  num_sources?: number;
  num_articles?: number;
  story_id?: number | null;
  source_url?: string;
}

export interface Segment {
  text: string;
  role: string; // "", "source", "target", "verb", "date"
}

export interface DictEntry {
  phrase?: string;
  code?: string;
  origin?: string;
}

export interface MentionEvidence {
  source_entries?: DictEntry[];
  target_entries?: DictEntry[];
  verb_entry?: DictEntry | null;
  pattern?: DictEntry | null;
  date_reason?: string;
  place_reason?: string;
}

export interface MentionRow {
  id: string;
  event_id?: number;
  article_id: string;
  sentence_idx?: number;
  date: string;
  source: string;
  target: string;
  code: string;
  label?: string | null;
  quad?: number | null;
  goldstein?: number | null;
  status?: string;
  attributed_to?: string;
  place?: string;
  country?: string;
  confidence?: number;
  outlet?: string;
  url?: string;
  title?: string;
  sentence?: string;
  segments?: Segment[];
  evidence?: MentionEvidence;
  event?: CodedEvent;
}

export interface Listing<T> {
  level: string;
  total: number;
  limit: number;
  offset: number;
  rows: T[];
}

export type AggregateRow = Record<string, string | number | null | undefined> & {
  count: number;
  mentions?: number;
  goldstein_mean?: number | null;
  goldstein_sum?: number | null;
};

export interface Aggregate {
  by: string[];
  rows: AggregateRow[];
}

// An event as `dyad code` writes it (only the fields the dashboard shows).
export interface Span {
  begin: number;
  end: number;
}
export interface CodedEvent {
  id?: string;
  sentence?: number;
  text?: string;
  date?: string;
  status?: string;
  source: string;
  target: string;
  code: string;
  label?: string;
  quad?: number | null;
  goldstein?: number | null;
  location?: { name?: string; country?: string; lat?: number; lon?: number } | null;
  evidence?: {
    source?: (Span & { entries?: DictEntry[] }) | null;
    target?: (Span & { entries?: DictEntry[] }) | null;
    verb?: (Span & { entry?: DictEntry }) | null;
    pattern?: DictEntry | null;
  } | null;
}

export interface CodeResponse {
  events: CodedEvent[];
  stored: boolean;
  sentences: number;
}

export interface Health {
  status: string;
  version: string;
  articles: number;
  mentions: number;
  events: number;
}

export class ApiError extends Error {}

function query(filters: Filters, extra: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(`cannot reach the server (${String(err)})`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`${path.split("?")[0]}: HTTP ${response.status}, not JSON`);
  }
  if (!response.ok) {
    const message = (body as { error?: string } | null)?.error ?? `HTTP ${response.status}`;
    throw new ApiError(message);
  }
  return body as T;
}

export function health(): Promise<Health> {
  return getJson<Health>("api/health");
}

export function aggregate(filters: Filters, by: string, limit?: number): Promise<Aggregate> {
  return getJson<Aggregate>(`api/aggregate${query(filters, { by, limit })}`);
}

// CAMEO labels seen in listings, for events that arrive without one (POST /api/code).
const knownLabels = new Map<string, string>();
function rememberLabels(rows: { code: string; label?: string | null }[]): void {
  for (const row of rows) if (row.label) knownLabels.set(row.code, row.label);
}
export function labelOf(code: string): string | undefined {
  return knownLabels.get(code);
}

export async function listEvents(
  filters: Filters,
  opts: { limit: number; offset: number; sort: string },
): Promise<Listing<EventRow>> {
  const listing = await getJson<Listing<EventRow>>(
    `api/events${query(filters, { level: "events", limit: opts.limit, offset: opts.offset, sort: opts.sort })}`,
  );
  rememberLabels(listing.rows);
  return listing;
}

export function mentionsOf(eventId: number | string): Promise<Listing<MentionRow>> {
  return getJson<Listing<MentionRow>>(
    `api/events${query({}, { level: "mentions", event: String(eventId), limit: 50 })}`,
  );
}

export function codeText(text: string, date: string): Promise<CodeResponse> {
  return getJson<CodeResponse>("api/code", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ id: "pasted", date, text, source: "", url: "", title: "", store: false }),
  });
}

export async function eventById(eventId: number | string): Promise<EventRow | undefined> {
  const listing = await getJson<Listing<EventRow>>(`api/events${query({}, { level: "events", event: String(eventId), limit: 1 })}`);
  return listing.rows[0];
}

export interface ActorRow {
  code: string;
  events: number;
  as_source?: number;
  as_target?: number;
}

export function actors(q: string): Promise<{ rows: ActorRow[] }> {
  return getJson<{ rows: ActorRow[] }>(`api/actors${query({}, { q, limit: 20 })}`);
}
