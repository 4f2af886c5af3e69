import { geoEqualEarth, geoPath, quadtree, select, zoom, zoomIdentity, type ZoomTransform } from "d3";
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

  const place = (target: CanvasRenderingContext2D, transform: ZoomTransform) =>
    target.setTransform(
      pixelRatio * transform.k,
      0,
      0,
      pixelRatio * transform.k,
      pixelRatio * transform.x,
      pixelRatio * transform.y,
    );
  const drawBase = (target: CanvasRenderingContext2D, transform: ZoomTransform) => {
    place(target, transform);
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
  };
  // Every pair the short way round the globe: its great circle, cut at the edge of the map. `from` and `to` index
  // `arcs` and fall on a lifted pen (NaN), so that a part of the array draws on its own.
  const drawArcs = (target: CanvasRenderingContext2D, transform: ZoomTransform, from = 0, to = arcs.length) => {
    place(target, transform);
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
  };
  // The coded cases on top, the same way round (d3-geo).
  const drawHighlight = (target: CanvasRenderingContext2D, transform: ZoomTransform) => {
    place(target, transform);
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
  };

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
    drawBase(target, transform);
    if (!progressive) drawArcs(target, transform);
    drawHighlight(target, transform);
    show();
    if (!progressive) return;
    const part = 40_000;
    const step = (from: number) => {
      if (generation !== drawing || from >= arcs.length) return;
      let to = Math.min(arcs.length, from + part);
      while (to < arcs.length && !Number.isNaN(arcs[to]!)) to += 2;
      drawArcs(target, transform, from, to);
      // The coded cases back on top once every pair is drawn.
      if (to >= arcs.length) drawHighlight(target, transform);
      show();
      setTimeout(() => step(to), 0);
    };
    setTimeout(() => step(0), 0);
  };
  render(zoomIdentity, { progressive: arcs.length > 40_000 });

  // Tooltip: the city nearest the pointer, with its number of twin cities (a quadtree over the link ends),
  // built when the pointer first comes over the map rather than while the page loads.
  type City = { x: number; y: number; name: string; count: number };
  let cities: ReturnType<typeof quadtree<City>> | undefined;
  const cityIndex = () => {
    if (cities !== undefined) return cities;
    const degree = new Map<string, City>();
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
    return (cities = quadtree(
      [...degree.values()],
      (city) => city.x,
      (city) => city.y,
    ));
  };
  const tooltip = document.createElement("div");
  tooltip.className = "network-tooltip";
  tooltip.setAttribute("role", "status");
  tooltip.hidden = true;
  canvas.addEventListener("pointermove", (event) => {
    const box = canvas.getBoundingClientRect();
    const scale = width / box.width;
    const x = ((event.clientX - box.left) * scale - settled.x) / settled.k;
    const y = ((event.clientY - box.top) * scale - settled.y) / settled.k;
    const city = cityIndex().find(x, y, 12 / settled.k);
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
  const selection = select(canvas).call(behaviour);

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
    button("+", controlLabels.zoomIn, () => behaviour.scaleBy(selection, 2)),
    button("−", controlLabels.zoomOut, () => behaviour.scaleBy(selection, 0.5)),
    button("⟲", controlLabels.reset, () => behaviour.transform(selection, zoomIdentity)),
  );
  // Arrow keys pan, + and − zoom, 0 resets: the map works without a mouse.
  canvas.addEventListener("keydown", (event) => {
    const step = 60;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => behaviour.translateBy(selection, step / settled.k, 0),
      ArrowRight: () => behaviour.translateBy(selection, -step / settled.k, 0),
      ArrowUp: () => behaviour.translateBy(selection, 0, step / settled.k),
      ArrowDown: () => behaviour.translateBy(selection, 0, -step / settled.k),
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
  const wrapper = document.createElement("div");
  wrapper.className = "network-map";
  const bar = document.createElement("div");
  bar.className = "network-bar";
  bar.append(key, controls);
  wrapper.append(bar, canvas, tooltip);
  return wrapper;
}
