// `npm run geo`: reads geo/sources, runs the build scripts in order, writes static/data (what the site ships) and
// geo/output (what only the app's build, the tests and the bench read). Pure `buildAll` for tests.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import { bbox, simplify as simplifyLine } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryProperties } from '../src/lib/data/basemap';
import { parseArticle, type Paragraph } from '../src/lib/data/article';
import type { BuiltFiles } from '../src/lib/data/built';
import type { StoryCountrySource } from '../src/lib/data/catalog';
import { sourceProblems, type SourceTable } from './lib/sources';
import { DETAIL_REGION, containsPoint } from '../src/lib/data/extent';
import { BASEMAP_ARCHIVE, DATA_FILES, RELIEF_DIR, projectPath, type DataFileKey } from '../src/lib/data/files';
import { withTranslations } from '../src/lib/data/translations';
import type {
  NaturalEarthBoundary,
  NaturalEarthCountry,
  NaturalEarthRegion,
  Places,
  WaterLayer
} from './lib/natural-earth';
import { linesOf } from './lib/geometry';
import { TrackNetwork, trackLines } from './lib/track';
import { printLengthTable } from './lib/length-table';
import {
  assignCountryCodes,
  buildCountryLevel,
  type CountryNames,
  type LevelOfDetail
} from './scripts/build-countries';
import { buildWater, type WaterConfig } from './scripts/build-water';
import {
  buildNetwork,
  resolvePoints,
  type NetworkFeatureSource,
  type PointSource,
  type Segment
} from './scripts/build-network';
import { buildCatalog } from './scripts/build-catalog';
import { buildPhysical, type PhysicalFeatureSource } from './scripts/build-physical';
import { buildStory, type StorySources } from './scripts/build-story';
import { buildChapters, type ChaptersSource } from './scripts/build-chapters';
import { buildStaticMap } from './scripts/build-static-map';
import { parseAuthoredFile, type AuthoredContent, type AuthoredFile } from './schemas';
import { buildBasemapArchive } from './scripts/build-basemap-tiles';
import { buildRelief, readElevationGrid, reliefPicture, type ElevationGrid } from './scripts/build-relief';
import {
  buildCityLabels,
  buildCountryLabels,
  buildLabels,
  buildPhysicalLabels,
  buildSeaLabels,
  type PlacesConfig,
  type SeaLabel
} from './scripts/build-labels';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(PROJECT_ROOT, 'geo', 'sources');
/** The article itself: the app shows it, the build checks every quote against it. */
const ARTICLE_FILE = join(PROJECT_ROOT, 'src', 'lib', 'data', 'article', 'article.zh.txt');

/** The surveyed track the rail routes are routed over, pruned to what they use by `npm run geo:prepare`. */
export const RAIL_FILES = {
  naturalEarth: join(SOURCES, 'rail', 'ne_10m_railroads_routes.json'),
  osm: join(SOURCES, 'rail', 'osm_railways_angren_pap.json')
};

/**
 * The first view: the whole extent, light. Weights are triangle areas in square degrees: outside Central Asia a
 * point must matter four times more to stay (the overview is drawn below zoom 5, where Europe and the Middle
 * East are far from the story), inside it the old threshold holds, so the six countries keep their shapes.
 */
const OVERVIEW: LevelOfDetail = {
  simplify: { minWeight: 0.04, minRingArea: 0.05, detail: { region: DETAIL_REGION, factor: 4 } },
  decimals: 2
};

/** From zoom 5: the same light lines outside Central Asia, near-full 1:10m detail inside it (enclaves kept). */
const DETAILED: LevelOfDetail = {
  simplify: { minWeight: 0.01, minRingArea: 0.05, detail: { region: DETAIL_REGION, factor: 2000 } },
  decimals: ([lon, lat]) => (containsPoint(DETAIL_REGION, [lon, lat]) ? 4 : 2)
};

/** Natural Earth land-boundary classes drawn dashed: not a settled international boundary. */
const UNSETTLED_BOUNDARY_CLASSES = [
  'Disputed (please verify)',
  'Line of control (please verify)',
  'Indefinite (please verify)',
  'Indeterminant frontier'
];
/** Natural Earth claim-line classes drawn; the 1991 Soviet reference lines are left out. */
const CLAIM_CLASSES = ['Claim boundary', 'Breakaway', 'Elusive frontier'];

export interface GeoSources {
  worldAtlas: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  countries50m: FeatureCollection<Geometry, NaturalEarthCountry>;
  boundaryLines: FeatureCollection<Geometry, NaturalEarthBoundary>;
  claimLines: FeatureCollection<Geometry, NaturalEarthBoundary>;
  lakes: WaterLayer;
  rivers: WaterLayer;
  regions: FeatureCollection<Geometry, NaturalEarthRegion>;
  populatedPlaces: Places;
  countryNames: CountryNames & { labelPoints: Record<string, [number, number]> };
  places: PlacesConfig;
  physical: { features: PhysicalFeatureSource[] };
  water: WaterConfig & { seas: SeaLabel[] };
  network: { points: PointSource[]; segments: Segment[]; features: NetworkFeatureSource[] };
  /** The gas pipeline's route as OpenStreetMap maps it (Lines A–C), first vertex to last. */
  pipelineRoute: Position[];
  /** ETOPO5 elevations for the shaded relief. */
  relief: ElevationGrid;
  /** The surveyed track (absent only while `npm run geo:prepare` makes it). */
  rail?: Record<keyof typeof RAIL_FILES, FeatureCollection<LineString | MultiLineString>>;
  storyCountries: StoryCountrySource[];
  story: StorySources;
  chapters: ChaptersSource;
  /** The article's paragraphs, which every quote must match verbatim. */
  article: Paragraph[];
  /** Every source, and the publishers they name. */
  citedSources: SourceTable;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Reads every input; `withRail: false` leaves out the pruned track (for the step that writes it). */
export function loadSources({ withRail = true } = {}): GeoSources {
  const ne = <T extends FeatureCollection>(name: string) => readJson<T>(join(SOURCES, 'naturalearth', `${name}.json`));
  const authored = <F extends AuthoredFile>(name: F): AuthoredContent<F> => {
    const file = join(SOURCES, 'authored', `${name}.json`);
    return parseAuthoredFile(name, relative(PROJECT_ROOT, file), readJson(file));
  };
  const require = createRequire(import.meta.url);
  return {
    worldAtlas: readJson(require.resolve('world-atlas/countries-10m.json')),
    countries50m: ne('ne_50m_admin_0_countries'),
    boundaryLines: ne('ne_10m_admin_0_boundary_lines_land'),
    claimLines: ne('ne_10m_admin_0_boundary_lines_disputed_areas'),
    lakes: ne('ne_10m_lakes'),
    rivers: ne('ne_10m_rivers_lake_centerlines'),
    regions: ne('ne_10m_geography_regions_polys'),
    populatedPlaces: ne('ne_10m_populated_places'),
    countryNames: authored('country-names'),
    places: authored('places'),
    physical: authored('physical'),
    water: authored('water'),
    network: {
      points: authored('network/points').points,
      ...authored('network/features')
    },
    storyCountries: authored('story-countries').countries,
    story: {
      events: authored('story/events').events,
      journey: authored('story/journey'),
      headlines: authored('story/headlines').headlines
    },
    chapters: authored('story/chapters'),
    article: parseArticle(readFileSync(ARTICLE_FILE, 'utf8')),
    citedSources: {
      sources: authored('network/sources').sources,
      publishers: authored('publishers').publishers
    },
    pipelineRoute: readJson<FeatureCollection<LineString>>(
      join(SOURCES, 'osm', 'central-asia-china-gas-pipeline-abc.osm.geojson')
    ).features[0].geometry.coordinates,
    relief: readElevationGrid(
      readFileSync(join(SOURCES, 'relief', 'etopo5_box_int16le.bin')),
      readJson(join(SOURCES, 'relief', 'etopo5_box.json'))
    ),
    rail: withRail
      ? {
          naturalEarth: readJson(RAIL_FILES.naturalEarth),
          osm: readJson(RAIL_FILES.osm)
        }
      : undefined
  };
}

function linesWithClass(
  lines: FeatureCollection<Geometry, NaturalEarthBoundary>,
  classes: string[],
  tolerance?: number
): Position[][] {
  return lines.features
    .filter((f) => classes.includes(f.properties.featurecla))
    .flatMap((f) => linesOf(tolerance ? simplifyLine(f, { tolerance }).geometry : f.geometry));
}

/** A country's shape as an area (the point-in-country tests need one; every country is). */
const isArea = (
  feature: Feature<Geometry, CountryProperties>
): feature is Feature<Polygon | MultiPolygon, CountryProperties> =>
  feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';

/** Every output file's content, keyed like DATA_FILES. */
export function buildAll(sources: GeoSources): BuiltFiles {
  const topology = assignCountryCodes(sources.worldAtlas, sources.countries50m, sources.countryNames);
  const englishNames = new Map(sources.countries50m.features.map((f) => [f.properties.ADM0_A3, f.properties.NAME]));
  const disputedBoundaries = linesWithClass(sources.boundaryLines, UNSETTLED_BOUNDARY_CLASSES);
  const borderInputs = (tolerance: number) => ({
    disputedBoundaries,
    claims: linesWithClass(sources.claimLines, CLAIM_CLASSES, tolerance)
  });
  const overview = buildCountryLevel(topology, sources.countryNames, englishNames, borderInputs(0.02), OVERVIEW);
  const detailed = buildCountryLevel(topology, sources.countryNames, englishNames, borderInputs(0.002), DETAILED);

  const places = sources.populatedPlaces;
  const networkPoints = resolvePoints(sources.network.points, places);
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const labels = buildLabels([
    buildCountryLabels(overview.countries, sources.countryNames.labelPoints),
    buildCityLabels(places, sources.places, { zh: toSimplified }, (id) => networkPoints.get(id)),
    buildPhysicalLabels(sources.physical.features),
    buildSeaLabels(sources.water.seas)
  ]);

  if (!sources.rail) throw new Error('buildAll needs the surveyed track (geo/sources/rail)');
  const network = buildNetwork(sources.network, networkPoints, detailed.countries.features.filter(isArea), {
    rail: {
      'natural-earth-rail': new TrackNetwork(trackLines(sources.rail.naturalEarth), 'all'),
      'osm-rail': new TrackNetwork(trackLines(sources.rail.osm), 'all')
    },
    pipeline: sources.pipelineRoute,
    relief: sources.relief
  });

  const water = buildWater(
    sources.lakes,
    sources.rivers,
    sources.water,
    new Map(sources.physical.features.filter((f) => f.kind === 'river').map((f) => [f.name.en, f.id]))
  );
  const physical = buildPhysical(sources.physical.features, {
    regions: sources.regions,
    rivers: sources.rivers,
    relief: sources.relief
  });

  const problems = sourceProblems(sources.citedSources);
  if (problems.length > 0) throw new Error(`The sources are not references yet:\n  ${problems.join('\n  ')}`);
  const catalog = withTranslations(
    buildCatalog(
      network.catalog,
      sources.storyCountries,
      overview.countries.features,
      (feature) => bbox(feature).map((v) => Math.round(v * 1000) / 1000) as [number, number, number, number],
      sources.citedSources,
      { sources: sources.physical.features, drawn: [...physical.features, ...water.features] }
    )
  );

  return {
    staticMap: buildStaticMap({
      countries: overview.countries,
      borders: overview.borders,
      pipeline: network.pipeline,
      rail: network.rail,
      projects: network.projects,
      labels,
      relief: (width, height, unproject) => reliefPicture(sources.relief, width, height, unproject)
    }),
    countries: overview.countries,
    countriesDetail: detailed.countries,
    borders: overview.borders,
    bordersDetail: detailed.borders,
    water,
    physical,
    labels,
    pipeline: network.pipeline,
    rail: network.rail,
    projects: network.projects,
    story: withTranslations({
      chapters: buildChapters(sources.chapters, sources.article, catalog),
      ...buildStory(
        sources.story,
        sources.network.features,
        sources.storyCountries,
        networkPoints,
        sources.physical.features,
        sources.citedSources.sources
      )
    }),
    catalog
  };
}

/** The shaded relief's tiles, keyed by their path under static/. */
export function buildReliefTiles(sources: GeoSources): Map<string, Buffer> {
  return buildRelief(sources.relief);
}

/** The basemap's vector-tile archive, from the same layers the GeoJSON outputs hold. */
export function buildBasemap(outputs: BuiltFiles): Uint8Array {
  const { countries, countriesDetail, borders, bordersDetail, water, physical, labels } = outputs;
  return buildBasemapArchive({ countries, countriesDetail, borders, bordersDetail, water, physical, labels });
}

/** The exact bytes written for an output: text as it is (the SVG), else compact JSON; one trailing newline. */
export function serialize(output: object | string): string {
  return `${typeof output === 'string' ? output : JSON.stringify(output)}\n`;
}

function main() {
  const started = performance.now();
  const sources = loadSources();
  const outputs = buildAll(sources);
  printLengthTable(outputs.catalog.features);
  const relief = buildReliefTiles(sources);
  rmSync(join(PROJECT_ROOT, 'static', RELIEF_DIR), { recursive: true, force: true });
  for (const [path, png] of relief) {
    mkdirSync(dirname(join(PROJECT_ROOT, 'static', path)), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'static', path), png);
  }
  console.log(`${RELIEF_DIR.padEnd(30)} ${String(relief.size).padStart(4)} tiles`);
  const archive = buildBasemap(outputs);
  writeFileSync(join(PROJECT_ROOT, 'static', BASEMAP_ARCHIVE.path), archive);
  console.log(`${BASEMAP_ARCHIVE.path.padEnd(30)} ${(archive.length / 1024).toFixed(1).padStart(12)} KB`);
  for (const [key, output] of Object.entries(outputs) as [DataFileKey, object | string][]) {
    const path = join(PROJECT_ROOT, projectPath(DATA_FILES[key]));
    mkdirSync(dirname(path), { recursive: true });
    const text = serialize(output);
    writeFileSync(path, text);
    const count =
      typeof output === 'string'
        ? 1
        : 'features' in output && Array.isArray(output.features)
          ? output.features.length
          : Object.keys(output).length;
    console.log(
      `${projectPath(DATA_FILES[key]).padEnd(36)} ${String(count).padStart(4)} items ${(text.length / 1024).toFixed(1).padStart(7)} KB`
    );
  }
  console.log(`geo build done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
