import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, quantize, transform } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Country } from '../../schemas/records.ts';

/** ISO 3166-1 numeric codes, the feature ids of Natural Earth's countries in world-atlas. */
export const ISO_NUMERIC: Readonly<Record<Country, string>> = {
  KZ: '398',
  KG: '417',
  TJ: '762',
  UZ: '860',
  TM: '795',
  RU: '643',
  MN: '496',
  CN: '156',
  PK: '586',
  AF: '004',
};

/** The part of the globe the map shows (degrees): Central Asia, western China, Mongolia, Russia's south. */
export interface GeoBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface ProjectedCountry {
  code: Country;
  /** SVG path data, clipped to the frame. */
  d: string;
  /** Where its label goes: the centroid of the part inside the frame. */
  anchor: [number, number];
  /** Projected bounds of the part inside the frame: [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
}

export interface ProjectedMap {
  width: number;
  height: number;
  countries: ProjectedCountry[];
  /** Every other country inside the frame, as one path (context, not data). */
  context: string;
}

/**
 * The atlas re-quantised to a coarser grid: topojson's quantisation snaps points to a
 * `grid` × `grid` lattice over the world and drops the points that collapse, so the path data
 * (and the page weight) shrink while shared borders stay shared.
 */
export function coarsen(topology: Topology, grid: number): Topology {
  const t = topology.transform;
  const arcs = t
    ? topology.arcs.map((arc) => {
        const toAbsolute = transform(t);
        // The transform decodes one arc's delta-encoded points, starting afresh at its first point.
        return arc.map((p, i) => toAbsolute(p, i > 0) as [number, number]);
      })
    : topology.arcs;
  const { transform: _dropped, ...rest } = topology;
  // quantize's typing wants objects without null properties; the atlas's have none that matter here.
  return quantize({ ...rest, arcs } as unknown as Topology<Objects>, grid) as unknown as Topology;
}

/** Points along the box's edges, so a conic projection fits the curved outline, not the corners. */
function boxOutline(box: GeoBox): GeoPermissibleObjects {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 16; i += 1) {
    const lon = box.west + ((box.east - box.west) * i) / 16;
    coordinates.push([lon, box.south], [lon, box.north]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * Projects the countries of `codes` onto a `width`-wide frame showing `box` (equal-area conic,
 * so shaded areas compare fairly), clipped to the frame. Countries absent from the atlas throw.
 */
export function projectCountries(
  topology: Topology,
  objectName: string,
  codes: readonly Country[],
  box: GeoBox,
  width: number,
): ProjectedMap {
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`platforms-map: the atlas has no object “${objectName}”`);
  const features = feature(topology, object).features;
  const centre = (box.west + box.east) / 2;
  const projection = geoConicEqualArea()
    .parallels([box.south + (box.north - box.south) / 6, box.north - (box.north - box.south) / 6])
    .rotate([-centre, 0])
    .fitWidth(width, boxOutline(box));
  const [[, y0], [, y1]] = geoPath(projection).bounds(boxOutline(box));
  const height = Math.ceil(y1 - y0);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const wanted = new Set(codes.map((c) => ISO_NUMERIC[c]));
  const countries = codes.map((code) => {
    const f = features.find((x) => x.id === ISO_NUMERIC[code]);
    if (!f) throw new Error(`platforms-map: the atlas has no country ${code} (${ISO_NUMERIC[code]})`);
    const [x, y] = path.centroid(f);
    const bounds = path.bounds(f) as ProjectedCountry['bounds'];
    return { code, d: path(f) ?? '', anchor: [x, y] as [number, number], bounds };
  });
  const context = features
    .filter((f) => !wanted.has(String(f.id)))
    .map((f) => path(f) ?? '')
    .join('');
  return { width, height, countries, context };
}
