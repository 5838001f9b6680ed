// Shared colour scales: Goldstein from red (conflict, -10) through grey to blue (cooperation,
// +10), and one colour per CAMEO quad class. The middle is a mid grey, not white, so that
// neutral events stay visible on the white panels.
import { scaleLinear } from "d3-scale";

export const GOLDSTEIN_STOPS = ["#b2182b", "#e08268", "#a3a3a3", "#6aa7cf", "#2166ac"];
const goldsteinScale = scaleLinear<string>().domain([-10, -5, 0, 5, 10]).range(GOLDSTEIN_STOPS).clamp(true);

export function goldsteinColor(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "#9aa0a6";
  return goldsteinScale(value);
}

export const QUADS = [1, 2, 3, 4] as const;
export type Quad = (typeof QUADS)[number];

export const QUAD_LABEL: Record<Quad, string> = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

export const QUAD_COLOR: Record<Quad, string> = {
  1: "#92c5de",
  2: "#2166ac",
  3: "#f4a582",
  4: "#b2182b",
};
