// `npm run geo:prepare` (only where the team's shared folder is beside the project): routes every railway segment
// over the whole of shared/rail, then keeps in geo/sources/rail only the track pieces those routes run on, so the
// project builds without the 22 MB of source track and `npm run geo` finds the very same routes over what is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { PROJECT_ROOT, RAIL_FILES, loadSources } from '../build';
import { drawSegments } from '../lib/segment-geometry';
import { TrackNetwork, trackLines } from '../lib/track';
import { resolvePoints } from '../scripts/build-network';

const SHARED_RAIL = join(PROJECT_ROOT, '..', 'shared', 'rail');
const key = ([lon, lat]: Position) => `${lon.toFixed(5)},${lat.toFixed(5)}`;

type Lines = FeatureCollection<LineString | MultiLineString>;
const readLines = (name: string) => JSON.parse(readFileSync(join(SHARED_RAIL, name), 'utf8')) as Lines;

/** The pieces of `lines` that the drawn routes run along (two consecutive vertices on a route), whole. */
function piecesUsed(lines: Feature<LineString, { id: unknown }>[], used: Set<string>) {
  return lines.filter((line) =>
    line.geometry.coordinates.some((p, i, all) => i > 0 && used.has(key(all[i - 1])) && used.has(key(p)))
  );
}

function main() {
  const sources = loadSources({ withRail: false });
  const naturalEarth = readLines('ne_10m_railroads_clip.geojson');
  const osm = readLines('osm_railways_uzb_aze_tkm.geojson');
  const neLines = trackLines(naturalEarth);
  const osmLines = trackLines({ ...osm, features: osm.features.filter((f) => f.properties?.src === 'uzb') });
  console.log(`routing over ${neLines.length} Natural Earth and ${osmLines.length} OpenStreetMap track pieces…`);
  const points = resolvePoints(sources.network.points, sources.populatedPlaces);
  const drawn = drawSegments(
    sources.network.segments,
    {
      rail: {
        'natural-earth-rail': new TrackNetwork(neLines, 'largest'),
        'osm-rail': new TrackNetwork(osmLines, 'largest')
      },
      pipeline: sources.pipelineRoute,
      relief: sources.relief
    },
    (id) => points.get(id)!.coord
  );
  const used = new Set([...drawn.values()].flatMap((d) => d.coordinates.map(key)));
  const write = (file: string, header: object, pieces: Feature<LineString, { id: unknown }>[]) => {
    writeFileSync(file, `${JSON.stringify({ type: 'FeatureCollection', ...header, features: pieces })}\n`);
    console.log(`${file}: ${pieces.length} pieces`);
  };
  write(
    RAIL_FILES.naturalEarth,
    {
      source:
        'Natural Earth 1:10m railroads (public domain), from shared/rail/ne_10m_railroads_clip.geojson: only the pieces the routes run on (geo/prepare/prune-rail.ts); id = rwdb_rr_id'
    },
    piecesUsed(neLines, used)
  );
  write(
    RAIL_FILES.osm,
    {
      attribution: '© OpenStreetMap contributors, ODbL 1.0',
      source:
        'OpenStreetMap railway ways of Uzbekistan, from shared/rail/osm_railways_uzb_aze_tkm.geojson (src=uzb): only the ways the Angren–Pap line runs on (geo/prepare/prune-rail.ts); id = OSM way id'
    },
    piecesUsed(osmLines, used)
  );
}

main();
