// Timeline: events per period stacked by quad class, with the mean Goldstein score as a line
// on its own axis (-10 .. +10).
import { axisBottom, axisLeft, axisRight } from "d3-axis";
import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { line, stack } from "d3-shape";
import type { AggregateRow } from "./api";
import { QUAD_COLOR, QUAD_LABEL, QUADS, type Quad } from "./colors";
import { periodsBetween, periodStart, type Grain } from "./periods";

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 14, right: 40, bottom: 46, left: 40 };

interface PeriodBin {
  period: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  total: number;
  goldstein: number | null;
}

export interface TimelineHandlers {
  onPeriod(from: string, to: string): void;
}

export function binRows(rows: AggregateRow[], grain: Grain): PeriodBin[] {
  const byPeriod = new Map<string, PeriodBin & { gSum: number; gN: number }>();
  for (const row of rows) {
    const period = String(row[grain] ?? "");
    if (!period) continue;
    let bin = byPeriod.get(period);
    if (!bin) {
      bin = { period, q1: 0, q2: 0, q3: 0, q4: 0, total: 0, goldstein: null, gSum: 0, gN: 0 };
      byPeriod.set(period, bin);
    }
    const count = Number(row.count) || 0;
    const quad = Number(row["quad"]);
    if (quad >= 1 && quad <= 4) bin[`q${quad as Quad}`] += count;
    bin.total += count;
    const mean = row.goldstein_mean;
    if (typeof mean === "number" && Number.isFinite(mean)) {
      bin.gSum += mean * count;
      bin.gN += count;
    }
  }
  const keys = [...byPeriod.keys()].sort();
  if (keys.length === 0) return [];
  const all = periodsBetween(keys[0]!, keys[keys.length - 1]!, grain);
  return all.map((period) => {
    const bin = byPeriod.get(period);
    if (!bin) return { period, q1: 0, q2: 0, q3: 0, q4: 0, total: 0, goldstein: null };
    return { ...bin, goldstein: bin.gN > 0 ? bin.gSum / bin.gN : null };
  });
}

// The last day of a period, for a date_to filter.
function periodEnd(period: string, grain: Grain): string {
  const start = periodStart(period, grain);
  const end = new Date(start.getTime());
  if (grain === "week") end.setUTCDate(end.getUTCDate() + 6);
  else if (grain === "month") end.setUTCMonth(end.getUTCMonth() + 1, 0);
  else if (grain === "year") end.setUTCFullYear(end.getUTCFullYear(), 11, 31);
  return end.toISOString().slice(0, 10);
}

export class Timeline {
  constructor(
    private readonly container: HTMLElement,
    private readonly hint: HTMLElement,
    private readonly handlers: TimelineHandlers,
  ) {}

  update(rows: AggregateRow[], grain: Grain): void {
    const bins = binRows(rows, grain);
    const root = select(this.container);
    root.selectAll("*").remove();
    this.hint.textContent = `Events per ${grain} by quad class (bars) and mean Goldstein score (line, right axis). Click a bar to zoom to that ${grain}.`;
    if (bins.length === 0) {
      root.append("p").attr("class", "empty").text("No events match the filters.");
      return;
    }
    const svg = root
      .append("svg")
      .attr("data-testid", "timeline")
      .attr("data-grain", grain)
      .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
      .attr("role", "img")
      .attr("aria-label", `Events per ${grain}, ${bins[0]!.period} to ${bins[bins.length - 1]!.period}`);

    const x = scaleBand<string>()
      .domain(bins.map((b) => b.period))
      .range([MARGIN.left, WIDTH - MARGIN.right])
      .paddingInner(bins.length > 60 ? 0.05 : 0.2)
      .paddingOuter(0.1);
    const y = scaleLinear()
      .domain([0, Math.max(1, max(bins, (b) => b.total) ?? 1)])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const yG = scaleLinear().domain([-10, 10]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);

    // Label every n-th period so that labels never collide.
    const every = Math.max(1, Math.ceil(bins.length / 10));
    const xAxis = axisBottom(x).tickValues(bins.filter((_, i) => i % every === 0).map((b) => b.period));
    svg
      .append("g")
      .attr("class", "axis x-axis")
      .attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(xAxis)
      .selectAll("text")
      .attr("transform", "rotate(-30)")
      .style("text-anchor", "end");
    svg
      .append("g")
      .attr("class", "axis y-axis")
      .attr("transform", `translate(${MARGIN.left},0)`)
      .call(axisLeft(y).ticks(5).tickFormat((v) => (Number.isInteger(Number(v)) ? String(v) : "")));
    svg
      .append("g")
      .attr("class", "axis g-axis")
      .attr("transform", `translate(${WIDTH - MARGIN.right},0)`)
      .call(axisRight(yG).tickValues([-10, -5, 0, 5, 10]));
    svg
      .append("line")
      .attr("class", "zero-line")
      .attr("x1", MARGIN.left)
      .attr("x2", WIDTH - MARGIN.right)
      .attr("y1", yG(0))
      .attr("y2", yG(0));

    const keys = QUADS.map((q) => `q${q}` as const);
    const series = stack<PeriodBin, (typeof keys)[number]>().keys(keys)(bins);
    svg
      .append("g")
      .attr("class", "bars")
      .selectAll("g")
      .data(series)
      .join("g")
      .attr("fill", (s) => QUAD_COLOR[Number(s.key.slice(1)) as Quad])
      .attr("data-quad", (s) => s.key.slice(1))
      .selectAll("rect")
      .data((s) => s.map((point) => ({ point, quad: Number(s.key.slice(1)) as Quad })))
      .join("rect")
      .attr("x", (d) => x(d.point.data.period) ?? 0)
      .attr("width", x.bandwidth())
      .attr("y", (d) => y(d.point[1]))
      .attr("height", (d) => Math.max(0, y(d.point[0]) - y(d.point[1])))
      .append("title")
      .text((d) => `${d.point.data.period}: ${d.point.data[`q${d.quad}`]} ${QUAD_LABEL[d.quad].toLowerCase()}`);

    // Transparent full-height targets make whole periods clickable, including empty ones.
    svg
      .append("g")
      .attr("class", "hit")
      .selectAll("rect")
      .data(bins)
      .join("rect")
      .attr("x", (b) => x(b.period) ?? 0)
      .attr("width", x.bandwidth())
      .attr("y", MARGIN.top)
      .attr("height", HEIGHT - MARGIN.top - MARGIN.bottom)
      .attr("fill", "transparent")
      .on("click", (_event, b) => this.handlers.onPeriod(periodStart(b.period, grain).toISOString().slice(0, 10), periodEnd(b.period, grain)))
      .append("title")
      .text((b) => {
        const g = b.goldstein === null ? "n/a" : b.goldstein.toFixed(1);
        return `${b.period}: ${b.total} events (${b.q1} / ${b.q2} / ${b.q3} / ${b.q4} by quad), mean Goldstein ${g}`;
      });

    const withGoldstein = bins.filter((b) => b.goldstein !== null);
    const center = (b: PeriodBin) => (x(b.period) ?? 0) + x.bandwidth() / 2;
    svg
      .append("path")
      .attr("class", "goldstein-line")
      .attr("d", line<PeriodBin>().defined((b) => b.goldstein !== null).x(center).y((b) => yG(b.goldstein ?? 0))(bins) ?? "");
    svg
      .append("g")
      .attr("class", "goldstein-dots")
      .selectAll("circle")
      .data(withGoldstein)
      .join("circle")
      .attr("cx", center)
      .attr("cy", (b) => yG(b.goldstein ?? 0))
      .attr("r", 2.5);

    const legend = root.append("ul").attr("class", "legend timeline-legend").attr("aria-label", "Quad classes");
    for (const q of QUADS) {
      const item = legend.append("li").attr("class", "legend-item");
      item.append("span").attr("class", "swatch").style("background", QUAD_COLOR[q]);
      item.append("span").text(`${q} ${QUAD_LABEL[q]}`);
    }
    const item = legend.append("li").attr("class", "legend-item");
    item.append("span").attr("class", "swatch line");
    item.append("span").text("Mean Goldstein");
  }
}
