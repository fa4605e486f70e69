// The schema of the network's built files (pipeline.json, rail.json, projects.json) and of the catalog's
// network entries: what geo/scripts/build-network.ts writes and the map and panels read.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Quote } from './article';
import type { Localized, LocalizedColumns } from './langs';

export type Confidence = 'high' | 'medium' | 'low';

export type SegmentMode = 'rail' | 'ferry' | 'pipeline' | 'road' | 'tunnel';

/** How a drawn stretch was made: along surveyed geometry, or through named places. */
export type DrawingQuality = 'surveyed' | 'traced';

export interface Figure {
  label: Localized;
  value: number;
  unit: string;
  sources: string[];
}

/**
 * A length a source publishes for a line, for the whole of it, for the part in some countries (`countries`), or
 * for a section between two of its points (`from`, `to`). The drawing is checked against it.
 */
export interface PublishedLength {
  km: number;
  label: Localized;
  countries?: string[];
  from?: string;
  to?: string;
  sources: string[];
  /** Why the drawing cannot match the figure: only for a traced line, and the check then only reports. */
  exception?: Localized;
}

export type FeatureKind = 'pipeline-line' | 'pipeline-context' | 'rail-route' | 'project' | 'place';
export type NetworkLayer = 'pipeline' | 'changan' | 'other-trains' | 'projects' | 'places';

/**
 * A network feature as authored (geo/sources/authored/network/features.json) and as the catalog gives it: the
 * build adds how it is drawn (segments, a point, the places it passes) on its side and what it measured on ours.
 */
export interface FeatureDescription {
  id: string;
  kind: FeatureKind;
  layer: NetworkLayer;
  group?: string;
  project?: string;
  name: Localized;
  status?: string;
  status_note?: Localized;
  dates?: Record<string, string>;
  events?: { date: string; text: Localized; sources: string[]; paragraphs: string[] }[];
  figures: Figure[];
  /** For the bundled pipeline lines: -1, 0, 1 = left, middle, right of the shared corridor. */
  bundle?: number;
  /** The countries the feature lies in or crosses, in order. Checked against the drawing. */
  countries: string[];
  published_lengths?: PublishedLength[];
  /** Where the drawing comes from: `surveyed`, `traced`, `planned route, traced` or `schematic`, and how. */
  accuracy: Localized;
  sources: string[];
  /** Where the article speaks of the feature; empty where it does not (the panel then says so). */
  quotes: Quote[];
}

/** What the map draws for a line feature: one feature per run of segments of one mode. */
export interface NetworkLineProperties extends LocalizedColumns<'name'> {
  id: string;
  kind: FeatureKind;
  layer: NetworkLayer;
  group: string | null;
  status: string | null;
  mode: SegmentMode;
  /** Surveyed geometry or traced through named places: the map draws the two apart. */
  quality: DrawingQuality;
  bundle: number;
  /** The month (YYYYMM) from which the timeline draws the feature; see months.ts's featureSince. */
  since?: number;
}

export interface NetworkPointProperties extends LocalizedColumns<'name'> {
  id: string;
  /** A feature of features.json, or a station of a rail route (drawn when zoomed in). */
  kind: FeatureKind | 'station';
  layer: NetworkLayer;
  project: string | null;
  status: string | null;
  /** A site rather than a town: the basemap labels towns, so only sites get a label of their own. */
  site: boolean;
  /** As for lines: the month from which the timeline draws it (absent: always drawn). */
  since?: number;
  /**
   * For a station, the route groups that call there, as `|group|group|` (a string, so a map filter can test it
   * with `in`): the station shows while any of them is shown.
   */
  groups?: string;
}

/** A published length beside the drawing's: for the whole line, some of its countries, or a section. */
export interface LengthCheck extends Omit<PublishedLength, 'km'> {
  published_km: number;
  drawn_km: number;
  ratio: number;
}

/** Everything about a feature that a panel shows, with what the build measured. */
export interface CatalogEntry extends FeatureDescription {
  stations: { id: string; name: Localized }[];
  drawn_length_km: number | null;
  /** Every published length against the drawing's, whole line first. */
  lengths: LengthCheck[];
  /** Kilometres drawn in each country, in the order the line crosses them. */
  drawn_by_country: { iso3: string; km: number }[];
  /** Kilometres drawn along surveyed geometry and traced through named places. */
  drawn_by_quality: Record<DrawingQuality, number>;
  countries_drawn: string[];
  bbox: [number, number, number, number];
  coordinates: { id: string; coord: [number, number]; coord_source: string; confidence: Confidence }[];
}

/** pipeline.json: the pipeline's lines. */
export type PipelineFile = FeatureCollection<Geometry, NetworkLineProperties>;
/** rail.json and projects.json: lines and points (stations, project sites, places). */
export type NetworkFile = FeatureCollection<Geometry, NetworkLineProperties | NetworkPointProperties>;
