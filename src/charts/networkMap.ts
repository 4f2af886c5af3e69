import {
  geoEqualEarth,
  geoPath,
  quadtree,
  select,
  zoom,
  zoomIdentity,
  type GeoProjection,
  type Quadtree,
  type ZoomBehavior,
  type ZoomTransform,
} from "d3";
import type { TwinCityPair } from "../dataset/twinCities.ts";

export interface NetworkLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NetworkMapOptions {
  /** The land to draw under the links (GeoJSON, longitude and latitude). */
  land: GeoJSON.FeatureCollection | GeoJSON.Feature | GeoJSON.Geometry;
  /** Width of the map in CSS pixels; default 960. */
  width?: number;
  /** Height in CSS pixels; default half the width. */
  height?: number;
  /**
   * The pairs already projected for this width and height (`projectLinks`), e.g. in a Web Worker and handed
   * over as a transferable array; default: projected here.
   */
  links?: Float32Array;
  /** The pairs' great circles already projected for this width and height (`projectArcs`); default: projected here. */
  arcs?: Float32Array;
  /** Links drawn on top in a strong colour (e.g. the coded cases): [lng1, lat1, lng2, lat2]. */
  highlight?: Array<[number, number, number, number]>;
  /** Accessible description of the map. */
  ariaLabel?: string;
  /** Device pixels per CSS pixel of the canvas; default the window's. */
  pixelRatio?: number;
  /** Legend texts for the two kinds of line. */
  legend?: { pairs: string; highlight: string };
  /** Accessible names of the zoom buttons, in the page's language; default English. */
  controlLabels?: { zoomIn: string; zoomOut: string; reset: string };
  /** The document to create elements in; default the window's. */
  document?: Document;
}

/**
 * Projects every pair once (Equal Earth) into a flat array of screen
 * coordinates, so that drawing 26,000 links is one pass over numbers.
 */
export function projectLinks(
  pairs: Array<Pick<TwinCityPair, "lat1" | "lng1" | "lat2" | "lng2">>,
  width: number,
  height: number,
): Float32Array {
  const projection = geoEqualEarth().fitSize([width, height], { type: "Sphere" });
  const coordinates = new Float32Array(pairs.length * 4);
  pairs.forEach((pair, index) => {
    const start = projection([pair.lng1, pair.lat1]) ?? [Number.NaN, Number.NaN];
    const end = projection([pair.lng2, pair.lat2]) ?? [Number.NaN, Number.NaN];
    coordinates.set([start[0], start[1], end[0], end[1]], index * 4);
  });
  return coordinates;
}

/**
 * Projects every pair's great circle (the short way round the globe, cut at
 * the map's edge by d3-geo, resampled to about a pixel) into one flat array
 * of screen coordinates: x, y pairs, where NaN, NaN lifts the pen before the
 * next point. Drawing it is one pass over numbers, and it can be computed in
 * a Web Worker and handed over as a transferable array.
 */
export function projectArcs(
  pairs: Array<Pick<TwinCityPair, "lat1" | "lng1" | "lat2" | "lng2">>,
  width: number,
  height: number,
): Float32Array {
  const projection = geoEqualEarth().fitSize([width, height], { type: "Sphere" }).precision(1);
  const points: number[] = [];
  const context = {
    moveTo: (x: number, y: number) => void points.push(Number.NaN, Number.NaN, x, y),
    lineTo: (x: number, y: number) => void points.push(x, y),
    closePath: () => {},
    arc: () => {},
  };
  const path = geoPath(projection, context as unknown as CanvasRenderingContext2D);
  for (const pair of pairs)
    if ([pair.lng1, pair.lat1, pair.lng2, pair.lat2].every(Number.isFinite))
      path({
        type: "LineString",
        coordinates: [
          [pair.lng1, pair.lat1],
          [pair.lng2, pair.lat2],
        ],
      });
  return Float32Array.from(points);
}

/** A city at the end of at least one pair: where it is drawn, its name and country, and how many pairs it is in. */
export interface NetworkCity {
  x: number;
  y: number;
  /** "City, country code" (the code is "?" where the data give none). */
  name: string;
  /** Its number of twin cities. */
  count: number;
}

/**
 * Every city of the network once, placed where its projected links start or
 * end (`links` from `projectLinks`), with its number of twin cities. Cities
 * that could not be projected are left out.
 * @example
 * const links = Float32Array.of(10, 20, 30, 40); // one pair: Bandung at (10, 20), Liuzhou at (30, 40)
 * twinCityDegrees([{city1: "Bandung", country1: "ID", city2: "Liuzhou", country2: "CN"}], links)
 * // [{x: 10, y: 20, name: "Bandung, ID", count: 1}, {x: 30, y: 40, name: "Liuzhou, CN", count: 1}]
 */
export function twinCityDegrees(
  pairs: Array<Pick<TwinCityPair, "city1" | "country1" | "city2" | "country2">>,
  links: Float32Array,
): NetworkCity[] {
  const degree = new Map<string, NetworkCity>();
  pairs.forEach((pair, index) => {
    for (const [name, country, offset] of [
      [pair.city1, pair.country1, 0],
      [pair.city2, pair.country2, 2],
    ] as const) {
      const key = `${name}, ${country ?? "?"}`;
      const entry = degree.get(key);
      if (entry) entry.count++;
      else if (!Number.isNaN(links[index * 4 + offset]!))
        degree.set(key, { x: links[index * 4 + offset]!, y: links[index * 4 + offset + 1]!, name: key, count: 1 });
    }
  });
  return [...degree.values()];
}

/** What the map's drawing functions need: the projection, what to draw, and the canvas's size. */
interface Painting {
  projection: GeoProjection;
  land: NetworkMapOptions["land"];
  arcs: Float32Array;
  highlight: Array<[number, number, number, number]>;
  width: number;
  height: number;
  pixelRatio: number;
}

/** Sets a canvas context to draw at a zoom transform, in device pixels. */
function place(target: CanvasRenderingContext2D, transform: ZoomTransform, pixelRatio: number): void {
  target.setTransform(
    pixelRatio * transform.k,
    0,
    0,
    pixelRatio * transform.k,
    pixelRatio * transform.x,
    pixelRatio * transform.y,
  );
}

/** The background, the sphere and the land. */
function drawBase(target: CanvasRenderingContext2D, transform: ZoomTransform, painting: Painting): void {
  const { projection, land, width, height, pixelRatio } = painting;
  place(target, transform, pixelRatio);
  target.fillStyle = "#fbfbfa";
  target.fillRect(-transform.x / transform.k, -transform.y / transform.k, width / transform.k, height / transform.k);
  const path = geoPath(projection, target);
  target.beginPath();
  path({ type: "Sphere" });
  target.fillStyle = "#f4f6f8";
  target.fill();
  target.beginPath();
  path(land as GeoJSON.GeoJSON as never);
  target.fillStyle = "#dcdcd6";
  target.fill();
}

/**
 * Every pair the short way round the globe: its great circle, cut at the edge of the map. `from` and `to` index
 * `arcs` and fall on a lifted pen (NaN), so that a part of the array draws on its own.
 */
function drawArcs(
  target: CanvasRenderingContext2D,
  transform: ZoomTransform,
  { arcs, pixelRatio }: Painting,
  from = 0,
  to = arcs.length,
): void {
  place(target, transform, pixelRatio);
  target.lineWidth = 0.5 / transform.k;
  target.strokeStyle = "rgba(0, 114, 178, 0.12)";
  target.beginPath();
  for (let index = from; index < to; index += 2) {
    if (Number.isNaN(arcs[index]!)) {
      index += 2;
      target.moveTo(arcs[index]!, arcs[index + 1]!);
    } else target.lineTo(arcs[index]!, arcs[index + 1]!);
  }
  target.stroke();
}

/** The coded cases on top, the same way round (d3-geo). */
function drawHighlight(target: CanvasRenderingContext2D, transform: ZoomTransform, painting: Painting): void {
  const { projection, highlight, pixelRatio } = painting;
  place(target, transform, pixelRatio);
  const path = geoPath(projection, target);
  target.lineWidth = 2 / transform.k;
  target.strokeStyle = "#D55E00";
  target.beginPath();
  for (const [lng1, lat1, lng2, lat2] of highlight)
    path({
      type: "LineString",
      coordinates: [
        [lng1, lat1],
        [lng2, lat2],
      ],
    });
  target.stroke();
}

/** The legend: a swatch and a name for each kind of line. */
function networkLegend(document: Document, legend: { pairs: string; highlight: string }): HTMLElement {
  const key = document.createElement("div");
  key.className = "network-legend";
  for (const [color, text] of [
    ["rgba(0, 114, 178, 0.6)", legend.pairs],
    ["#D55E00", legend.highlight],
  ] as const) {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = color;
    item.append(swatch, document.createTextNode(` ${text}`));
    key.append(item);
  }
  return key;
}

/**
 * The map's zoom without a mouse: buttons to zoom in, out and back, and on
 * the focused canvas the arrow keys pan, + and − zoom, 0 resets.
 */
function keyboardZoom(
  document: Document,
  canvas: HTMLCanvasElement,
  behaviour: ZoomBehavior<HTMLCanvasElement, unknown>,
  labels: { zoomIn: string; zoomOut: string; reset: string },
  scale: () => number,
): HTMLElement {
  const selection = select(canvas);
  const button = (text: string, label: string, action: () => void) => {
    const node = document.createElement("button");
    node.type = "button";
    node.textContent = text;
    node.setAttribute("aria-label", label);
    node.addEventListener("click", action);
    return node;
  };
  const controls = document.createElement("div");
  controls.className = "map-controls";
  controls.append(
    button("+", labels.zoomIn, () => behaviour.scaleBy(selection, 2)),
    button("−", labels.zoomOut, () => behaviour.scaleBy(selection, 0.5)),
    button("⟲", labels.reset, () => behaviour.transform(selection, zoomIdentity)),
  );
  canvas.addEventListener("keydown", (event) => {
    const step = 60 / scale();
    const moves: Record<string, () => void> = {
      ArrowLeft: () => behaviour.translateBy(selection, step, 0),
      ArrowRight: () => behaviour.translateBy(selection, -step, 0),
      ArrowUp: () => behaviour.translateBy(selection, 0, step),
      ArrowDown: () => behaviour.translateBy(selection, 0, -step),
      "+": () => behaviour.scaleBy(selection, 2),
      "=": () => behaviour.scaleBy(selection, 2),
      "-": () => behaviour.scaleBy(selection, 0.5),
      "0": () => behaviour.transform(selection, zoomIdentity),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  });
  return controls;
}

/**
 * A canvas map of a large network of twin-city pairs that stays smooth while
 * panning and zooming: the full drawing is cached in an offscreen canvas and
 * only transformed during a gesture, then redrawn sharply when it ends.
 * Buttons zoom and reset for keyboard users.
 */
export function networkMap(
  pairs: TwinCityPair[],
  {
    land,
    width = 960,
    height = Math.round(width * 0.5),
    links = projectLinks(pairs, width, height),
    arcs = projectArcs(pairs, width, height),
    highlight = [],
    ariaLabel = "World network of twin cities",
    pixelRatio = globalThis.devicePixelRatio ?? 1,
    legend = { pairs: "twin-city pair", highlight: "coded case" },
    controlLabels = { zoomIn: "zoom in", zoomOut: "zoom out", reset: "reset" },
    document = globalThis.document,
  }: NetworkMapOptions,
): HTMLElement {
  const projection = geoEqualEarth().fitSize([width, height], { type: "Sphere" });
  if (links.length !== pairs.length * 4)
    throw new Error(`networkMap: ${links.length / 4} projected links for ${pairs.length} pairs`);
  const painting: Painting = { projection, land, arcs, highlight, width, height, pixelRatio };
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  canvas.style.width = "100%";
  canvas.style.maxWidth = `${width}px`;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", ariaLabel);
  canvas.tabIndex = 0;
  const context = canvas.getContext("2d")!;
  const cache = document.createElement("canvas");
  cache.width = canvas.width;
  cache.height = canvas.height;

  let settled = zoomIdentity;
  let drawing = 0;
  const show = () => {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(cache, 0, 0);
  };
  /**
   * Draws the map at a transform into the cache and shows it. The first drawing is progressive: the land and the
   * coded cases at once, then the pairs a part at a time in separate tasks, so that no task holds the page for long
   * as 26,000 arcs arrive; a later drawing (at the end of a gesture) is whole, and stops any drawing under way.
   */
  const render = (transform: ZoomTransform, { progressive = false } = {}) => {
    const generation = ++drawing;
    const target = cache.getContext("2d")!;
    settled = transform;
    drawBase(target, transform, painting);
    if (!progressive) drawArcs(target, transform, painting);
    drawHighlight(target, transform, painting);
    show();
    if (!progressive) return;
    const part = 40_000;
    const step = (from: number) => {
      if (generation !== drawing || from >= arcs.length) return;
      let to = Math.min(arcs.length, from + part);
      while (to < arcs.length && !Number.isNaN(arcs[to]!)) to += 2;
      drawArcs(target, transform, painting, from, to);
      // The coded cases back on top once every pair is drawn.
      if (to >= arcs.length) drawHighlight(target, transform, painting);
      show();
      setTimeout(() => step(to), 0);
    };
    setTimeout(() => step(0), 0);
  };
  render(zoomIdentity, { progressive: arcs.length > 40_000 });

  // Tooltip: the city nearest the pointer, with its number of twin cities (a quadtree over the link ends),
  // built when the pointer first comes over the map rather than while the page loads.
  let cities: Quadtree<NetworkCity> | undefined;
  const tooltip = document.createElement("div");
  tooltip.className = "network-tooltip";
  tooltip.setAttribute("role", "status");
  tooltip.hidden = true;
  canvas.addEventListener("pointermove", (event) => {
    cities ??= quadtree(
      twinCityDegrees(pairs, links),
      (city) => city.x,
      (city) => city.y,
    );
    const box = canvas.getBoundingClientRect();
    const scale = width / box.width;
    const x = ((event.clientX - box.left) * scale - settled.x) / settled.k;
    const y = ((event.clientY - box.top) * scale - settled.y) / settled.k;
    const city = cities.find(x, y, 12 / settled.k);
    tooltip.hidden = city === undefined;
    if (city) {
      tooltip.textContent = `${city.name}: ${city.count}`;
      tooltip.style.left = `${event.clientX - box.left + 12}px`;
      tooltip.style.top = `${event.clientY - box.top + 12}px`;
    }
  });
  canvas.addEventListener("pointerleave", () => (tooltip.hidden = true));

  // The mouse wheel zooms only with Ctrl, ⌘ or Alt held, or once the map has been clicked: otherwise it scrolls the page.
  let engaged = false;
  canvas.addEventListener("pointerdown", () => (engaged = true));
  canvas.addEventListener("pointerleave", () => (engaged = false));
  const behaviour = zoom<HTMLCanvasElement, unknown>()
    .filter((event: Event) => {
      if (event.type === "wheel") {
        const wheel = event as WheelEvent;
        return engaged || wheel.ctrlKey || wheel.metaKey || wheel.altKey;
      }
      return !(event as MouseEvent).button;
    })
    .scaleExtent([1, 12])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .on("zoom", (event: { transform: ZoomTransform }) => {
      // During a gesture: move the cached picture, no redrawing of 26,000 links.
      const relative = event.transform;
      const scale = relative.k / settled.k;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = "#fbfbfa";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.setTransform(
        scale,
        0,
        0,
        scale,
        pixelRatio * (relative.x - settled.x * scale),
        pixelRatio * (relative.y - settled.y * scale),
      );
      context.drawImage(cache, 0, 0);
    })
    .on("end", (event: { transform: ZoomTransform }) => render(event.transform));
  select(canvas).call(behaviour);
  const controls = keyboardZoom(document, canvas, behaviour, controlLabels, () => settled.k);

  const wrapper = document.createElement("div");
  wrapper.className = "network-map";
  const bar = document.createElement("div");
  bar.className = "network-bar";
  bar.append(networkLegend(document, legend), controls);
  wrapper.append(bar, canvas, tooltip);
  return wrapper;
}
