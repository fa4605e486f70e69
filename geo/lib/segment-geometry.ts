// How each segment of the network is drawn: along surveyed geometry where the data has it (a railway routed over
// the track from station to station, the pipeline as OpenStreetMap maps it), else through its points in order.
import { distance, length, lineString } from '@turf/turf';
import type { Position } from 'geojson';
import type { ElevationGrid } from '../scripts/build-relief';
import type { TrackNetwork } from './track';
import { valleyPath } from './valley-path';

/**
 * Where a segment's drawing comes from: surveyed data (the track, the mapped pipeline), or traced between its
 * points along the valley floors of the relief (`valley-floors`). Absent: straight through its points in order.
 */
export type SegmentGeometry = 'natural-earth-rail' | 'osm-rail' | 'osm-pipeline' | 'valley-floors';

/** Whether a drawing follows surveyed data; anything else is traced from named places. */
export const isSurveyed = (geometry: SegmentGeometry | undefined) =>
  geometry !== undefined && geometry !== 'valley-floors';

interface DrawableSegment {
  id: string;
  points: string[];
  geometry?: SegmentGeometry;
}

export interface Surveyed {
  /** The railway networks, each routed over by the segments that name it. */
  rail: Record<'natural-earth-rail' | 'osm-rail', TrackNetwork>;
  /** The pipeline's surveyed line, from its first vertex to its last. */
  pipeline: Position[];
  /** The relief, for segments traced along the valley floors. */
  relief: ElevationGrid;
}

/** A station farther than this from the track is not a routing waypoint (the line passes it at a distance). */
const STATION_SNAP_KM = 12;

/** A leg this much longer than the straight line means the network lacks the line: draw it through points. */
const DETOUR_FACTOR = 1.5;
const DETOUR_ALLOWANCE_KM = 15;

export interface DrawnSegment {
  coordinates: Position[];
}

/** Routes a railway segment over the track, station to station. Fails naming the leg the network lacks. */
function routeOverTrack(
  segment: DrawableSegment,
  network: TrackNetwork,
  coordOf: (id: string) => Position
): DrawnSegment {
  // A station too far from the track to route through is passed at a distance (its marker goes on the track).
  const stops: { id: string; vertex: Position }[] = [];
  segment.points.forEach((id, i) => {
    const snapped = network.snap(coordOf(id), STATION_SNAP_KM);
    const isEnd = i === 0 || i === segment.points.length - 1;
    if (snapped) stops.push({ id, vertex: snapped.vertex });
    else if (isEnd) throw new Error(`${segment.id}: ${id} is more than ${STATION_SNAP_KM} km from the track`);
  });
  const coordinates: Position[] = [stops[0].vertex];
  for (let i = 1; i < stops.length; i++) {
    const [from, to] = [stops[i - 1], stops[i]];
    const path = network.route(from.vertex, to.vertex);
    if (!path) throw new Error(`${segment.id}: no track between ${from.id} and ${to.id}`);
    const km = path.length > 1 ? length(lineString(path), { units: 'kilometers' }) : 0;
    const straight = distance(coordOf(from.id), coordOf(to.id));
    if (km > straight * DETOUR_FACTOR + DETOUR_ALLOWANCE_KM) {
      throw new Error(
        `${segment.id}: the track from ${from.id} to ${to.id} runs ${Math.round(km)} km for ${Math.round(straight)} km ` +
          `as the crow flies, so the network lacks this line: draw that stretch through its points (a segment without geometry)`
      );
    }
    coordinates.push(...path.slice(1));
  }
  return { coordinates };
}

/** The stretch of the surveyed pipeline between the vertices nearest to the segment's two ends. */
function slicePipeline(segment: DrawableSegment, pipeline: Position[], coordOf: (id: string) => Position): Position[] {
  const nearestVertex = (id: string) => {
    const at = coordOf(id);
    let best = 0;
    pipeline.forEach((vertex, i) => {
      if (distance(at, vertex) < distance(at, pipeline[best])) best = i;
    });
    return best;
  };
  const [start, end] = [nearestVertex(segment.points[0]), nearestVertex(segment.points.at(-1)!)];
  if (end <= start) throw new Error(`${segment.id}: its ends are not in the surveyed line's direction`);
  return pipeline.slice(start, end + 1);
}

/**
 * Draws every segment. Surveyed segments come first, so that a traced segment starts and ends where the surveyed
 * segments beside it do (a station's snapped vertex), and the chain stays unbroken.
 */
export function drawSegments(
  segments: DrawableSegment[],
  surveyed: Surveyed,
  coordOf: (id: string) => Position
): Map<string, DrawnSegment> {
  const drawn = new Map<string, DrawnSegment>();
  const anchors = new Map<string, Position>();
  for (const segment of segments.filter((s) => isSurveyed(s.geometry))) {
    const result =
      segment.geometry === 'osm-pipeline'
        ? { coordinates: slicePipeline(segment, surveyed.pipeline, coordOf) }
        : routeOverTrack(segment, surveyed.rail[segment.geometry as keyof Surveyed['rail']], coordOf);
    drawn.set(segment.id, result);
    anchors.set(segment.points[0], result.coordinates[0]);
    anchors.set(segment.points.at(-1)!, result.coordinates.at(-1)!);
  }
  for (const segment of segments.filter((s) => !isSurveyed(s.geometry))) {
    const places = segment.points.map((id) => anchors.get(id) ?? coordOf(id));
    drawn.set(segment.id, {
      coordinates: segment.geometry === 'valley-floors' ? valleyPath(surveyed.relief, places) : places
    });
  }
  return drawn;
}
