// The page a newsroom would build without our engineering, for the bench to measure ours against: the same
// first-view data files of our build, each a GeoJSON source, one plain layer per kind (the six countries
// filled by a `match`, borders, lakes, rivers, landforms, the pipeline, rail lines and stations, project lines
// and points, label symbols drawn with local fonts), the same MapLibre files, the same opening frame. No
// relief, no highlight or story layers: what the storytelling templates do. It marks its first idle as ours
// does (`atlas:map-idle`).
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { REGION_FRAME } from '../../src/lib/data/extent.ts';
import { FONT_REGULAR } from '../../src/lib/map/style/fonts.ts';

/** Our opening frame on a wide screen. */
const OPENING_FRAME = [REGION_FRAME.slice(0, 2), REGION_FRAME.slice(2)];

/** The CJK-first system font stack our labels use. */
const FONTS = FONT_REGULAR;

const LINES = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POLYGONS = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

const source = (file) => ({ type: 'geojson', data: `./data/${file}` });

/** The style written the obvious way over `files` (name → file under data/). */
export function plainStyle(files) {
  const sources = Object.fromEntries(Object.entries(files).map(([id, file]) => [id, source(file)]));
  return {
    version: 8,
    sources,
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe1e8' } },
      {
        id: 'countries',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': [
            'match',
            ['get', 'iso3'],
            'CHN',
            '#f3d2c1',
            'KAZ',
            '#d3e3c4',
            'KGZ',
            '#f2e0a4',
            'TJK',
            '#ddd0ea',
            'TKM',
            '#c4e1dc',
            'UZB',
            '#f5c99c',
            '#f1eee7'
          ]
        }
      },
      { id: 'landforms', type: 'line', source: 'physical', paint: { 'line-color': '#8a6b47', 'line-width': 1 } },
      { id: 'lakes', type: 'fill', source: 'water', filter: POLYGONS, paint: { 'fill-color': '#cfe1e8' } },
      { id: 'rivers', type: 'line', source: 'water', filter: LINES, paint: { 'line-color': '#86b3c8' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#9c968a', 'line-width': 1 } },
      { id: 'pipeline', type: 'line', source: 'pipeline', paint: { 'line-color': '#d0661e', 'line-width': 2.5 } },
      {
        id: 'rail',
        type: 'line',
        source: 'rail',
        filter: LINES,
        paint: { 'line-color': ['match', ['get', 'group'], 'changan', '#8c2f1b', '#6b5b95'], 'line-width': 2 }
      },
      {
        id: 'stations',
        type: 'circle',
        source: 'rail',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 3,
          'circle-color': '#fff',
          'circle-stroke-color': '#8c2f1b',
          'circle-stroke-width': 1
        }
      },
      {
        id: 'project-lines',
        type: 'line',
        source: 'projects',
        filter: LINES,
        paint: { 'line-color': '#3d6e3a', 'line-width': 2.5 }
      },
      {
        id: 'project-points',
        type: 'circle',
        source: 'projects',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': 5,
          'circle-color': '#8c2f1b',
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5
        }
      },
      {
        id: 'labels',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': ['get', 'name_zh'],
          'text-font': FONTS,
          'text-size': ['match', ['get', 'kind'], 'country', 14, 12],
          'symbol-sort-key': ['get', 'rank']
        },
        paint: { 'text-color': '#2f2a25', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
      },
      {
        id: 'project-labels',
        type: 'symbol',
        source: 'projects',
        filter: ['==', ['geometry-type'], 'Point'],
        layout: { 'text-field': ['get', 'name_zh'], 'text-font': FONTS, 'text-size': 11, 'text-offset': [0, 1.1] },
        paint: { 'text-color': '#8c2f1b', 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
      }
    ]
  };
}

/**
 * The plain page with the same content as ours (the peer of issue 25's budgets): the plain style plus our shaded
 * relief's tiles as a raster source over the land, and the labels in both languages (Chinese over English), as a
 * newsroom would add them the obvious way. `relief` is the tile source's settings (files.ts's RELIEF_TILES).
 */
export function sameContentStyle(files, relief) {
  const style = plainStyle(files);
  style.sources.relief = {
    type: 'raster',
    tiles: ['./data/relief/{z}/{x}/{y}.png'],
    tileSize: relief.tileSize,
    minzoom: relief.minzoom,
    maxzoom: relief.maxzoom,
    bounds: relief.bounds
  };
  const at = style.layers.findIndex((layer) => layer.id === 'countries') + 1;
  style.layers.splice(at, 0, {
    id: 'relief',
    type: 'raster',
    source: 'relief',
    paint: { 'raster-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.9, 8, 0.7] }
  });
  const bilingual = ['format', ['get', 'name_zh'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': 0.8 }];
  for (const layer of style.layers) if (layer.type === 'symbol') layer.layout['text-field'] = bilingual;
  return style;
}

/**
 * What a newsroom adds to that page for a reader to act on, the obvious way: a hover highlight and a selected
 * highlight as layers filtered by id (setFilter on each pointer move over a project, and on a pick), a checkbox
 * that hides the pipeline's Lines A, B and C, as our legend's first pipeline entry does (setFilter), a month slider that filters the network by each feature's `since`
 * month and fills the countries that have signed by then (setFilter, setPaintProperty), and a list of `items`
 * ({ id, bbox }) whose buttons select one and frame it. The bench times these against ours (interactions.js).
 */
export function interactivityScript(items, signings) {
  return `
const byId = (id) => ['==', ['get', 'id'], id];
map.on('load', () => {
  for (const [id, kind, colour] of [['hover', 'circle', '#ffe27a'], ['selected', 'circle', '#ffc21a']]) {
    map.addLayer({ id, type: kind, source: 'projects', filter: byId(''),
      paint: { 'circle-radius': 12, 'circle-color': colour, 'circle-opacity': 0.6 } }, 'project-points');
  }
  map.addLayer({ id: 'selected-line', type: 'line', source: 'projects', filter: byId(''),
    paint: { 'line-color': '#ffc21a', 'line-width': 8, 'line-opacity': 0.85 } }, 'project-lines');
});
map.on('mousemove', 'project-points', (e) => map.setFilter('hover', byId(e.features[0].properties.id)));
map.on('mouseleave', 'project-points', () => map.setFilter('hover', byId('')));
const controls = document.createElement('form');
controls.style.cssText = 'position:absolute;top:8px;left:8px;background:#fff;padding:8px';
controls.innerHTML = '<label><input type="checkbox" id="pipeline-abc" checked> Lines A, B, C</label>' +
  '<input type="range" id="month" min="201301" max="202305" value="202305" aria-label="Month">' +
  ${JSON.stringify(items)}.map((item) => '<button type="button" data-item="' + item.id + '">' + item.id + '</button>').join('');
document.body.append(controls);
const linesInService = ['all', ['==', ['get', 'kind'], 'pipeline-line'], ['!=', ['get', 'status'], 'under-construction']];
controls.querySelector('#pipeline-abc').addEventListener('change', (e) =>
  map.setFilter('pipeline', e.target.checked ? null : ['!', linesInService]));
const signings = ${JSON.stringify(signings)};
let fills;
controls.querySelector('#month').addEventListener('input', (e) => {
  const month = Number(e.target.value);
  fills ??= map.getPaintProperty('countries', 'fill-color');
  const since = ['any', ['!', ['has', 'since']], ['<=', ['get', 'since'], month]];
  for (const id of ['pipeline', 'rail', 'stations', 'project-lines', 'project-points', 'project-labels']) {
    map.setFilter(id, since);
  }
  const unsigned = signings.filter((s) => s.month > month).map((s) => s.iso3);
  map.setPaintProperty('countries', 'fill-color',
    unsigned.length ? ['case', ['in', ['get', 'iso3'], ['literal', unsigned]], '#f1eee7', fills] : fills);
});
for (const item of ${JSON.stringify(items)}) {
  controls.querySelector('[data-item="' + item.id + '"]').addEventListener('click', () => {
    map.setFilter('selected', byId(item.id));
    map.setFilter('selected-line', byId(item.id));
    map.fitBounds(item.bbox, { maxZoom: 6, animate: false, padding: 40 });
  });
}
window.__map = map;`;
}

/** MapLibre's own files, as a page outside our build loads them. */
export const MAPLIBRE_FILES = [
  'maplibre-gl.mjs',
  'maplibre-gl-shared.mjs',
  'maplibre-gl-worker.mjs',
  'maplibre-gl.css'
];

/** Copies MapLibre's files into `dir`, beside a page that loads them. */
export function copyMapLibre(dir) {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
  mkdirSync(dir, { recursive: true });
  for (const file of MAPLIBRE_FILES) copyFileSync(join(dist, file), join(dir, file));
}

/** The page around a map: MapLibre's stylesheet, a full-window map, `script` as a module. */
export const mapPage = (
  script
) => `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
${script}
map.once('idle', () => performance.mark('atlas:map-idle'));
</script></body></html>`;

/**
 * Writes the plain page into `dir`: MapLibre's files, the data files (`files`, source name → file name) copied
 * from the geo build's outputs (`paths`, file name → path; the site ships some, geo/output holds the others), the
 * relief's tiles from `reliefDir` when `relief` is given, and an index.html that fits the opening frame (with
 * `interactivity`, a script from interactivityScript, for the bench's interactions).
 */
export function writePlainPage(dir, paths, files, relief = null, reliefDir = null, interactivity = '') {
  copyMapLibre(dir);
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (const file of Object.values(files)) {
    if (!paths[file]) throw new Error(`The plain page needs ${file}, which the geo build does not write.`);
    copyFileSync(paths[file], join(dir, 'data', file));
  }
  if (relief) cpSync(reliefDir, join(dir, 'data', 'relief'), { recursive: true });
  const style = relief ? sameContentStyle(files, relief) : plainStyle(files);
  writeFileSync(
    join(dir, 'index.html'),
    mapPage(`const map = new maplibregl.Map({ container: 'map', bounds: ${JSON.stringify(OPENING_FRAME)},
  style: ${JSON.stringify(style)} });${interactivity}`)
  );
}
