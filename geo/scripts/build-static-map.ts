// The map for browsers that cannot draw the live one (no WebGL 2): one SVG of the region, built from the same
// data files and the same palette as the live map (Web Mercator, REGION_FRAME), with the six countries, the
// shaded relief, the pipeline, the Chang'an and other China–Europe trains, the projects and the capitals named in
// both languages.
// The exported image uses it in place of the live map's picture when there is none.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { BordersFile, CountriesFile, LabelProperties, LabelsFile } from '../../src/lib/data/basemap';
import { FOCUS_COUNTRIES, REGION_FRAME, type Bounds, type FocusCountry } from '../../src/lib/data/extent';
import type { NetworkFile, NetworkPointProperties, PipelineFile } from '../../src/lib/data/network';
import { FOCUS_FILLS, PALETTE } from '../../src/lib/data/palette';
import { escapeXml, meets, mercatorY, num, pathOf } from '../../src/lib/data/mercator-svg';

export const STATIC_MAP_WIDTH = 1200;

export interface StaticMapInputs {
  countries: CountriesFile;
  borders: BordersFile;
  pipeline: PipelineFile;
  rail: NetworkFile;
  projects: NetworkFile;
  labels: LabelsFile;
  /** The shaded relief as a PNG of the picture's size divided by RELIEF_SCALE, or null to leave it out. */
  relief: ((width: number, height: number, unproject: (x: number, y: number) => [number, number]) => Buffer) | null;
}

/** The relief is drawn at a quarter of the picture's size and enlarged: ETOPO5's 9 km grid has little more to show. */
const RELIEF_SCALE = 4;

/** Web Mercator onto a `width` px wide picture of `bounds`; returns the projection and the picture's height. */
export function projection(bounds: Bounds, width: number) {
  const [west, south, east, north] = bounds;
  const scale = width / (((east - west) * Math.PI) / 180);
  const top = mercatorY(north);
  const height = Math.round((top - mercatorY(south)) * scale);
  const project = ([lon, lat]: Position): [number, number] => [
    (((lon - west) * Math.PI) / 180) * scale,
    (top - mercatorY(Math.max(-85, Math.min(85, lat)))) * scale
  ];
  const unproject = (x: number, y: number): [number, number] => [
    west + ((x / scale) * 180) / Math.PI,
    ((2 * Math.atan(Math.exp(top - y / scale)) - Math.PI / 2) * 180) / Math.PI
  ];
  return { project, unproject, width, height };
}

function paths<P>(
  features: Feature<Geometry, P>[],
  project: (p: Position) => [number, number],
  attrs: (p: P) => string
) {
  return features.map((f) => `<path d="${pathOf(f.geometry, project)}" ${attrs(f.properties)}/>`).join('\n');
}

const isFocus = (iso3: string | null | undefined): iso3 is FocusCountry =>
  FOCUS_COUNTRIES.includes(iso3 as FocusCountry);

/** The static map as SVG text. */
export function buildStaticMap(inputs: StaticMapInputs, bounds: Bounds = REGION_FRAME): string {
  const { project, unproject, width, height } = projection(bounds, STATIC_MAP_WIDTH);
  const [reliefWidth, reliefHeight] = [Math.round(width / RELIEF_SCALE), Math.round(height / RELIEF_SCALE)];
  const relief = inputs.relief?.(reliefWidth, reliefHeight, (x, y) => unproject(x * RELIEF_SCALE, y * RELIEF_SCALE));
  const inView = <G extends Geometry, P>(c: FeatureCollection<G, P>) =>
    c.features.filter((f) => f.geometry && meets(f.geometry, bounds));
  const countries = inView(inputs.countries);
  const lines = <P extends { kind: string }>(c: FeatureCollection<Geometry, P>, kind: string) =>
    inView(c).filter((f) => f.properties.kind === kind);
  const routeColour = (p: { layer: string }) => (p.layer === 'other-trains' ? PALETTE.otherRail : PALETTE.rail);

  const labels = inView(inputs.labels).filter(
    (f) => (f.properties.kind === 'city' && f.properties.rank === 1) || f.properties.kind === 'country'
  );
  const label = (f: Feature<Point, LabelProperties>) => {
    const [x, y] = project(f.geometry.coordinates);
    const p = f.properties;
    const country = p.kind === 'country';
    if (country && !isFocus(p.iso3)) return '';
    const zh = escapeXml(p.name_zh);
    const en = escapeXml(p.name_en);
    const size = country ? 17 : 12;
    const dot = country ? '' : `<circle cx="${num(x)}" cy="${num(y)}" r="3" fill="${PALETTE.labelCity}"/>`;
    const dx = country ? 0 : 6;
    const anchor = country ? 'middle' : 'start';
    return `${dot}<text x="${num(x + dx)}" y="${num(y)}" font-size="${size}" text-anchor="${anchor}" fill="${country ? PALETTE.labelCountry : PALETTE.labelCity}">${zh}<tspan x="${num(x + dx)}" dy="${size}" font-size="${size * 0.72}">${en}</tspan></text>`;
  };

  const projects = inView(inputs.projects).filter(
    (f): f is Feature<Point, NetworkPointProperties> => f.properties.kind === 'project' && f.geometry.type === 'Point'
  );
  const marker = (f: Feature<Point, NetworkPointProperties>) => {
    const [x, y] = project(f.geometry.coordinates);
    return `<circle cx="${num(x)}" cy="${num(y)}" r="6" fill="${PALETTE.place}" stroke="#fff" stroke-width="2"><title>${escapeXml(f.properties.name_zh)} ${escapeXml(f.properties.name_en)}</title></circle>`;
  };

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif">`,
    `<rect width="${width}" height="${height}" fill="${PALETTE.sea}"/>`,
    `<g stroke="${PALETTE.landOutline}" stroke-width="0.6" stroke-linejoin="round">`,
    paths(countries, project, (p) => `fill="${isFocus(p.iso3) ? FOCUS_FILLS[p.iso3] : PALETTE.land}"`),
    '</g>',
    relief
      ? `<image href="data:image/png;base64,${relief.toString('base64')}" width="${width}" height="${height}" preserveAspectRatio="none"/>`
      : '',
    `<g fill="none" stroke="${PALETTE.border}" stroke-width="0.8">`,
    paths(
      inView(inputs.borders).filter((f) => f.properties.kind === 'international'),
      project,
      () => ''
    ),
    paths(
      inView(inputs.borders).filter((f) => f.properties.kind === 'focus-outline'),
      project,
      () => `stroke="${PALETTE.focusOutline}" stroke-width="1.2"`
    ),
    '</g>',
    `<g fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">`,
    paths(lines(inputs.rail, 'rail-route'), project, (p) => `stroke="${routeColour(p)}"`),
    paths(lines(inputs.pipeline, 'pipeline-line'), project, (p) =>
      p.status === 'under-construction'
        ? `stroke="${PALETTE.pipeline}" stroke-dasharray="6 4"`
        : `stroke="${PALETTE.pipeline}" stroke-width="3"`
    ),
    '</g>',
    projects.map(marker).join('\n'),
    labels.map(label).join('\n'),
    '</svg>'
  ].join('\n');
}
