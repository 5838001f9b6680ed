// Dyad network: actors as nodes, one arrow per source -> target pair, width by event count and
// colour by mean Goldstein. Drawn with cytoscape; a hidden list repeats it for screen readers.
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { AggregateRow } from "./api";
import { goldsteinColor } from "./colors";

const MAX_EDGES = 60;

export interface NetworkHandlers {
  onActor(code: string): void;
}

export interface Dyad {
  source: string;
  target: string;
  count: number;
  goldstein: number | null;
}

export function topDyads(rows: AggregateRow[], limit = MAX_EDGES): Dyad[] {
  return rows
    .map((row) => ({
      source: String(row["source"] ?? ""),
      target: String(row["target"] ?? ""),
      count: Number(row.count) || 0,
      goldstein: typeof row.goldstein_mean === "number" ? row.goldstein_mean : null,
    }))
    .filter((d) => d.source && d.target)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

function actorLabel(code: string): string {
  return code === "---" ? "(none)" : code;
}

export class Network {
  private cy: Core | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly list: HTMLElement,
    private readonly handlers: NetworkHandlers,
  ) {}

  update(rows: AggregateRow[]): void {
    const dyads = topDyads(rows);
    const weight = new Map<string, number>();
    for (const d of dyads) {
      weight.set(d.source, (weight.get(d.source) ?? 0) + d.count);
      weight.set(d.target, (weight.get(d.target) ?? 0) + d.count);
    }
    const maxCount = Math.max(1, ...dyads.map((d) => d.count));
    const maxWeight = Math.max(1, ...weight.values());
    const elements: ElementDefinition[] = [];
    for (const [code, w] of weight) {
      elements.push({
        group: "nodes",
        data: { id: code, label: actorLabel(code), size: 18 + 30 * Math.sqrt(w / maxWeight) },
      });
    }
    for (const d of dyads) {
      elements.push({
        group: "edges",
        data: {
          id: `${d.source}->${d.target}`,
          source: d.source,
          target: d.target,
          width: 1.5 + 7 * Math.sqrt(d.count / maxCount),
          color: goldsteinColor(d.goldstein),
          count: d.count,
        },
      });
    }

    this.container.dataset["nodes"] = String(weight.size);
    this.container.dataset["edges"] = String(dyads.length);
    this.list.replaceChildren(
      ...dyads.map((d) => {
        const li = document.createElement("li");
        const g = d.goldstein === null ? "n/a" : d.goldstein.toFixed(1);
        li.textContent = `${actorLabel(d.source)} to ${actorLabel(d.target)}: ${d.count} events, mean Goldstein ${g}`;
        return li;
      }),
    );

    this.cy?.destroy();
    this.cy = null;
    this.container.querySelector(".empty")?.remove();
    if (dyads.length === 0) {
      const p = document.createElement("p");
      p.className = "empty";
      p.textContent = "No dyads match the filters.";
      this.container.append(p);
      return;
    }
    this.cy = cytoscape({
      container: this.container,
      elements,
      minZoom: 0.3,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "#37474f",
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            color: "#1f2933",
            "font-size": 12,
            "min-zoomed-font-size": 6,
            "font-family": "system-ui, sans-serif",
            "text-valign": "bottom",
            "text-margin-y": 3,
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.8,
            "text-background-padding": "1px",
          },
        },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "data(color)",
            "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            "arrow-scale": 0.9,
            opacity: 0.85,
          },
        },
        { selector: "node:active, node:selected", style: { "background-color": "#1565c0" } },
      ],
      layout:
        weight.size > 2
          ? { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 80, nodeOverlap: 20, componentSpacing: 60, padding: 24 }
          : { name: "circle", padding: 40 },
    });
    // A big graph is fitted at a small zoom; keep labels and arrows readable anyway.
    const zoomLevel = this.cy.zoom();
    if (zoomLevel < 1) {
      const k = 1 / zoomLevel;
      this.cy.style().selector("node").style({ "font-size": Math.min(22, 12 * k ** 0.75) }).update();
      this.cy.edges().forEach((e) => {
        e.data("width", Math.min(20, Number(e.data("width")) * Math.sqrt(k)));
      });
    }
    this.cy.on("tap", "node", (event) => this.handlers.onActor(String(event.target.id())));
  }
}
