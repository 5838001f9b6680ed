// Sentences with their source, target, verb and date spans highlighted. The server cuts
// stored sentences into segments; for freshly coded text we cut them here from the event's
// UTF-8 byte offsets into the article.
import type { CodedEvent, Segment } from "./api";

const ROLE_NAME: Record<string, string> = {
  source: "source actor",
  target: "target actor",
  verb: "verb",
  date: "date",
};

// Builds DOM nodes (never innerHTML: the text comes from articles).
export function renderSegments(segments: Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    if (!segment.role) {
      fragment.append(segment.text);
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = `hl hl-${segment.role}`;
    mark.dataset["role"] = segment.role;
    mark.title = ROLE_NAME[segment.role] ?? segment.role;
    mark.textContent = segment.text;
    fragment.append(mark);
  }
  return fragment;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Segments of an event's sentence from the byte spans in its evidence (offsets into the whole
// article text). Falls back to the plain sentence when the sentence cannot be located.
export function segmentsOfCodedEvent(articleText: string, event: CodedEvent): Segment[] {
  const sentence = event.text ?? "";
  const at = articleText.indexOf(sentence);
  if (!sentence || at < 0) return [{ text: sentence, role: "" }];
  const bytes = encoder.encode(sentence);
  const base = encoder.encode(articleText.slice(0, at)).length;
  const spans: { begin: number; end: number; role: string }[] = [];
  const add = (span: { begin: number; end: number } | null | undefined, role: string) => {
    if (!span || typeof span.begin !== "number" || typeof span.end !== "number") return;
    const begin = span.begin - base;
    const end = span.end - base;
    if (begin >= 0 && end <= bytes.length && begin < end) spans.push({ begin, end, role });
  };
  add(event.evidence?.source, "source");
  add(event.evidence?.target, "target");
  add(event.evidence?.verb, "verb");
  spans.sort((a, b) => a.begin - b.begin);

  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.begin < cursor) continue; // overlapping spans: keep the first
    if (span.begin > cursor) segments.push({ text: decoder.decode(bytes.slice(cursor, span.begin)), role: "" });
    segments.push({ text: decoder.decode(bytes.slice(span.begin, span.end)), role: span.role });
    cursor = span.end;
  }
  if (cursor < bytes.length) segments.push({ text: decoder.decode(bytes.slice(cursor)), role: "" });
  return segments;
}
