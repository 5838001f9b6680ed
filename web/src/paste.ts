// "Try an article": POST /api/code with store:false and list the events the coder finds,
// each with its sentence highlighted. Nothing is written to the store.
import { ApiError, codeText, labelOf, type CodedEvent } from "./api";
import { goldsteinColor } from "./colors";
import { el, formatNumber } from "./dom";
import { renderSegments, segmentsOfCodedEvent } from "./highlight";

function eventItem(text: string, e: CodedEvent): HTMLElement {
  const sentence = el("blockquote", { class: "sentence" });
  sentence.append(renderSegments(segmentsOfCodedEvent(text, e)));
  const place = e.location?.name ? ` · ${e.location.name}${e.location.country ? ` (${e.location.country})` : ""}` : "";
  return el(
    "li",
    {
      class: "coded-event",
      "data-testid": "pasted-event",
      "data-source": e.source,
      "data-target": e.target,
      "data-code": e.code,
    },
    el(
      "p",
      { class: "coded-head" },
      el("code", {}, e.source),
      " → ",
      el("code", {}, e.target),
      ": ",
      el("span", { class: `quad-badge quad-${e.quad ?? 0}` }, e.code),
      ` ${e.label ?? labelOf(e.code) ?? ""}`,
      el("span", { class: "goldstein-dot", style: `background:${goldsteinColor(e.goldstein)}`, "aria-hidden": "true" }),
      ` Goldstein ${formatNumber(e.goldstein)} · ${e.date ?? ""}${place}${e.status ? ` · ${e.status}` : ""}`,
    ),
    sentence,
  );
}

export function setupPaste(form: HTMLFormElement, result: HTMLElement): void {
  const textArea = form.querySelector<HTMLTextAreaElement>("#paste-text")!;
  const dateInput = form.querySelector<HTMLInputElement>("#paste-date")!;
  if (!dateInput.value) dateInput.value = new Date().toISOString().slice(0, 10);
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]")!;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = textArea.value.trim();
    if (!text) return;
    button.disabled = true;
    result.replaceChildren(el("p", { class: "empty" }, "Coding…"));
    try {
      const response = await codeText(text, dateInput.value);
      const events = response.events ?? [];
      const summary = el(
        "p",
        { class: "paste-summary", "data-testid": "paste-summary", "data-events": events.length },
        `${events.length} event${events.length === 1 ? "" : "s"} in ${response.sentences} sentence${response.sentences === 1 ? "" : "s"} (not stored).`,
      );
      result.replaceChildren(summary, el("ol", { class: "coded-events" }, ...events.map((e) => eventItem(text, e))));
    } catch (err) {
      const message = err instanceof ApiError ? err.message : String(err);
      result.replaceChildren(el("p", { class: "error", role: "alert" }, `Could not code the text: ${message}`));
    } finally {
      button.disabled = false;
    }
  });
}
