// World map: Natural Earth countries (bundled world-atlas TopoJSON) shaded by the number of
// conflict events (quad 3-4) located in them, and one circle per place with events.
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { max } from "d3-array";
import { scaleSqrt } from "d3-scale";
import { interpolateOrRd } from "d3-scale-chromatic";
import { select } from "d3-selection";
import { zoom, type D3ZoomEvent } from "d3-zoom";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { numericToAlpha2 } from "i18n-iso-countries";
import worldData from "world-atlas/countries-110m.json";
import type { AggregateRow } from "./api";
import { goldsteinColor } from "./colors";

const WIDTH = 960;
const HEIGHT = 490;

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

export interface MapHandlers {
  onCountry(iso2: string): void;
  onPlace(place: string): void;
}

export interface MapPoint {
  place: string;
  country: string;
  lat: number;
  lon: number;
  count: number;
  goldstein: number | null;
}

function countryFeatures(): CountryFeature[] {
  const topology = worldData as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features as CountryFeature[];
}

// world-atlas ids are ISO 3166-1 numeric ("466"); the API speaks alpha-2 ("ML").
function iso2Of(f: CountryFeature): string {
  if (f.id === undefined || f.id === null) return "";
  const numeric = String(f.id).padStart(3, "0");
  return numericToAlpha2(numeric) ?? "";
}

function numberOr(value: unknown, fallback: number | null): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export function placePoints(rows: AggregateRow[]): MapPoint[] {
  const points: MapPoint[] = [];
  for (const row of rows) {
    const lat = numberOr(row["lat"], null);
    const lon = numberOr(row["lon"], null);
    if (lat === null || lon === null) continue;
    points.push({
      place: String(row["place"] ?? ""),
      country: String(row["country"] ?? ""),
      lat,
      lon,
      count: Number(row.count) || 0,
      goldstein: numberOr(row.goldstein_mean, null),
    });
  }
  return points.sort((a, b) => b.count - a.count); // small circles drawn last, on top
}

// Conflict events per location country: the sum of quad 3 and 4 counts.
export function conflictByCountry(rows: AggregateRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const quad = Number(row["quad"]);
    const country = String(row["country"] ?? "");
    if (!country || (quad !== 3 && quad !== 4)) continue;
    counts.set(country, (counts.get(country) ?? 0) + (Number(row.count) || 0));
  }
  return counts;
}

export class WorldMap {
  private readonly features = countryFeatures();
  private readonly projection = geoNaturalEarth1().fitExtent(
    [
      [6, 6],
      [WIDTH - 6, HEIGHT - 6],
    ],
    { type: "Sphere" },
  );
  private readonly path = geoPath(this.projection);
  private readonly svg;
  private readonly countriesLayer;
  private readonly pointsLayer;
  private scale = 1;

  constructor(
    container: HTMLElement,
    private readonly legend: HTMLElement,
    private readonly topList: HTMLElement,
    private readonly handlers: MapHandlers,
  ) {
    this.svg = select(container)
      .append("svg")
      .attr("data-testid", "map")
      .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
      .attr("role", "img")
      .attr("aria-label", "World map of events");
    const layer = this.svg.append("g").attr("class", "zoom-layer");
    layer.append("path").attr("class", "sphere").attr("d", this.path({ type: "Sphere" }) ?? "");
    layer.append("path").attr("class", "graticule").attr("d", this.path(geoGraticule10()) ?? "");
    this.countriesLayer = layer.append("g").attr("class", "countries");
    this.pointsLayer = layer.append("g").attr("class", "points");

    this.countriesLayer
      .selectAll<SVGPathElement, CountryFeature>("path")
      .data(this.features)
      .join("path")
      .attr("class", "country")
      .attr("d", (f) => this.path(f) ?? "")
      .attr("data-iso2", (f) => iso2Of(f))
      .on("click", (_event, f) => {
        const iso2 = iso2Of(f);
        if (iso2) this.handlers.onCountry(iso2);
      })
      .append("title")
      .text((f) => f.properties.name);

    const zoomBehaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 12])
      .translateExtent([
        [0, 0],
        [WIDTH, HEIGHT],
      ])
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.scale = event.transform.k;
        layer.attr("transform", event.transform.toString());
        this.pointsLayer
          .selectAll<SVGCircleElement, MapPoint & { r: number }>("circle")
          .attr("r", (d) => d.r / this.scale)
          .attr("stroke-width", 1 / this.scale);
        this.countriesLayer.selectAll("path").attr("stroke-width", 0.5 / this.scale);
      });
    this.svg.call(zoomBehaviour);
  }

  update(placeRows: AggregateRow[], countryQuadRows: AggregateRow[]): void {
    const conflict = conflictByCountry(countryQuadRows);
    const maxConflict = max(conflict.values()) ?? 0;
    // Any conflict at all must stand out from "none": start the ramp at 20%.
    const shade = (n: number) => interpolateOrRd(0.2 + 0.8 * Math.sqrt(n / Math.max(1, maxConflict)));
    this.countriesLayer
      .selectAll<SVGPathElement, CountryFeature>("path.country")
      .style("fill", (f) => {
        const n = conflict.get(iso2Of(f)) ?? 0;
        return n > 0 ? shade(n) : "#e4e7eb";
      })
      .attr("data-conflict", (f) => conflict.get(iso2Of(f)) ?? 0)
      .select("title")
      .text((f) => {
        const n = conflict.get(iso2Of(f)) ?? 0;
        return `${f.properties.name}: ${n} conflict event${n === 1 ? "" : "s"}`;
      });

    const points = placePoints(placeRows);
    const radius = scaleSqrt()
      .domain([0, Math.max(1, max(points, (p) => p.count) ?? 1)])
      .range([0, 18]);
    const data = points
      .map((p) => ({ ...p, r: Math.max(3.5, radius(p.count)), xy: this.projection([p.lon, p.lat]) }))
      .filter((p): p is typeof p & { xy: [number, number] } => p.xy !== null);
    this.pointsLayer
      .selectAll<SVGCircleElement, (typeof data)[number]>("circle")
      .data(data, (d) => `${d.place}|${d.country}|${d.lat}|${d.lon}`)
      .join("circle")
      .attr("data-testid", "map-point")
      .attr("data-country", (d) => d.country)
      .attr("data-place", (d) => d.place)
      .attr("data-count", (d) => d.count)
      .attr("cx", (d) => d.xy[0])
      .attr("cy", (d) => d.xy[1])
      .attr("r", (d) => d.r / this.scale)
      .attr("stroke-width", 1 / this.scale)
      .attr("fill", (d) => goldsteinColor(d.goldstein))
      .attr("tabindex", 0)
      .attr("role", "button")
      .attr("aria-label", (d) => `${d.place || d.country}: ${d.count} events`)
      .on("click", (_event, d) => this.handlers.onPlace(d.place || d.country))
      .on("keydown", (event: KeyboardEvent, d) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          this.handlers.onPlace(d.place || d.country);
        }
      })
      .selectAll("title")
      .data((d) => [d])
      .join("title")
      .text((d) => {
        const g = d.goldstein === null ? "n/a" : d.goldstein.toFixed(1);
        return `${d.place}${d.country ? ` (${d.country})` : ""}: ${d.count} event${d.count === 1 ? "" : "s"}, mean Goldstein ${g}`;
      });

    this.renderTopPlaces(points);
    this.legend.innerHTML = `
      <span class="legend-item"><span class="swatch-gradient goldstein"></span>Goldstein −10 … +10 (points)</span>
      <span class="legend-item"><span class="swatch-gradient conflict"></span>Conflict events 0 … ${maxConflict} (countries)</span>
      <span class="legend-item">${points.length} place${points.length === 1 ? "" : "s"} on the map</span>`;
  }

  // The busiest places as a list: readable without the map, and a quick way to filter.
  private renderTopPlaces(points: MapPoint[]): void {
    const top = points.slice(0, 8);
    const most = Math.max(1, top[0]?.count ?? 1);
    this.topList.replaceChildren(
      ...top.map((p) => {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "place-button";
        button.title = `Show events in ${p.place || p.country}`;
        const name = document.createElement("span");
        name.className = "place-name";
        name.textContent = `${p.place || p.country}${p.country && p.place !== p.country ? ` (${p.country})` : ""}`;
        const bar = document.createElement("span");
        bar.className = "place-bar";
        bar.style.width = `${Math.round((70 * p.count) / most)}px`;
        bar.style.background = goldsteinColor(p.goldstein);
        const count = document.createElement("span");
        count.className = "place-count";
        count.textContent = String(p.count);
        button.append(name, bar, count);
        button.addEventListener("click", () => this.handlers.onPlace(p.place || p.country));
        li.append(button);
        return li;
      }),
    );
  }
}
