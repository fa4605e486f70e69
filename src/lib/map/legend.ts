// The layer panel's groups and members, and their legend swatches. A member is a set of features the reader can
// show or hide (a map filter over some style layers); its swatch is computed from those very layers' paint, so
// the legend cannot disagree with the map.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ListItem } from '$lib/content/catalog';
import { countryId } from '$lib/data/catalog';
import { FOCUS_COUNTRIES } from '$lib/data/extent';
import { LANGS, type Localized } from '$lib/data/langs';
import { localizedMessage as label } from '$lib/i18n/messages';
import { countryLayers, physicalLayers } from './style/basemap-layers';
import { evaluate, type Properties } from './style/evaluate';
import { LAYER } from './style/layer-ids';
import { PROJECT_ICONS, pipelineLayers, projectLayers, railLayers } from './style/network-layers';

export interface LegendMember {
  id: string;
  label: Localized;
  /** The style layers that draw the member's features (overview and detail alike). */
  layers: string[];
  /** Selects the member's features among those layers' features. */
  filter: ExpressionSpecification;
  /** The rail route groups the member stands for: a station hides when every group calling there is hidden. */
  routeGroups?: string[];
  /** What the swatch copies: style layers, bottom to top, painted for a sample feature. */
  swatch: { layers: string[]; sample: Properties };
}

export interface LegendGroup {
  id: string;
  label: Localized;
  members: LegendMember[];
}

/** The zoom the swatches are painted at: the middle of the story's range. */
const SWATCH_ZOOM = 5;

const is = (key: string, value: unknown): ExpressionSpecification => ['==', ['get', key], value as string];
const oneOf = (key: string, values: string[]): ExpressionSpecification => ['in', ['get', key], ['literal', values]];

const PIPELINE_LAYERS = [LAYER.pipeline.casing, LAYER.pipeline.lines, LAYER.pipeline.lineD, LAYER.pipeline.labels];
const RAIL_LAYERS = [LAYER.rail.lines, LAYER.rail.hatching, LAYER.rail.ferry, LAYER.rail.labels];
const PROJECT_LAYERS = [LAYER.projects.icons, LAYER.projects.road, LAYER.projects.railway, LAYER.projects.tunnel];
const RAIL_SWATCH = [LAYER.rail.lines, LAYER.rail.hatching];

function changanMember(id: string, groups: string[], name: Localized): LegendMember {
  return {
    id,
    label: name,
    layers: RAIL_LAYERS,
    filter: oneOf('group', groups),
    routeGroups: groups,
    swatch: { layers: RAIL_SWATCH, sample: { layer: 'changan', mode: 'rail', $type: 'LineString' } }
  };
}

/** The groups of the layer panel; the projects come from the data, one member each. */
export function legendGroups(items: ListItem[]): LegendGroup[] {
  const countryItems = new Map(items.filter((i) => i.kind === 'country').map((i) => [i.countries[0], i]));
  return [
    {
      id: 'countries',
      label: label('legend.countries'),
      members: FOCUS_COUNTRIES.map((iso3) => ({
        id: countryId(iso3),
        label: countryItems.get(iso3)?.name ?? (Object.fromEntries(LANGS.map((lang) => [lang, iso3])) as Localized),
        layers: [LAYER.countries.focus],
        filter: is('iso3', iso3),
        swatch: { layers: [LAYER.countries.focus], sample: { iso3 } }
      }))
    },
    {
      id: 'pipeline',
      label: label('legend.pipeline'),
      members: [
        {
          id: 'pipeline-abc',
          label: label('legend.pipeline-abc'),
          layers: PIPELINE_LAYERS,
          filter: ['all', is('kind', 'pipeline-line'), ['!=', ['get', 'status'], 'under-construction']],
          swatch: {
            layers: [LAYER.pipeline.casing, LAYER.pipeline.lines],
            sample: { kind: 'pipeline-line', status: 'in-service', bundle: 0 }
          }
        },
        {
          id: 'pipeline-d',
          label: label('legend.pipeline-d'),
          layers: PIPELINE_LAYERS,
          filter: ['all', is('kind', 'pipeline-line'), is('status', 'under-construction')],
          swatch: { layers: [LAYER.pipeline.lineD], sample: { kind: 'pipeline-line', status: 'under-construction' } }
        },
        {
          id: 'pipeline-context',
          label: label('legend.pipeline-context'),
          layers: [LAYER.pipeline.context],
          filter: is('kind', 'pipeline-context'),
          swatch: { layers: [LAYER.pipeline.context], sample: { kind: 'pipeline-context' } }
        }
      ]
    },
    {
      id: 'changan',
      label: label('legend.changan'),
      members: [
        changanMember('changan-central-asia', ['changan-central-asia'], label('legend.changan-central-asia')),
        changanMember('changan-europe', ['changan-europe', 'changan-erenhot'], label('legend.changan-europe')),
        changanMember('changan-caspian', ['changan-caspian'], label('legend.changan-caspian'))
      ]
    },
    {
      id: 'other-trains',
      label: label('legend.other-trains'),
      members: [
        {
          id: 'other-trains',
          label: label('legend.other-trains-member'),
          layers: RAIL_LAYERS,
          filter: is('layer', 'other-trains'),
          routeGroups: ['other-trains'],
          swatch: { layers: RAIL_SWATCH, sample: { layer: 'other-trains', mode: 'rail', $type: 'LineString' } }
        }
      ]
    },
    {
      id: 'projects',
      label: label('legend.projects'),
      members: items
        .filter((i) => i.kind === 'project')
        .map((item) => ({
          id: item.id,
          label: item.name,
          layers: PROJECT_LAYERS,
          filter: is('id', item.id),
          swatch: { layers: [LAYER.projects.icons], sample: { kind: 'project', project: item.project, $type: 'Point' } }
        }))
    },
    {
      id: 'places',
      label: label('legend.places'),
      members: [
        {
          id: 'places',
          label: label('legend.places-member'),
          layers: [LAYER.places.points, LAYER.places.labels],
          filter: is('kind', 'place'),
          swatch: { layers: [LAYER.places.points], sample: { kind: 'place', $type: 'Point' } }
        },
        {
          id: 'physical',
          label: label('legend.physical'),
          layers: [LAYER.physical.fill, LAYER.physical.outline, LAYER.labels.physical],
          // Outlines (range, desert, valley), their labels (physical) and the list's entries (landform).
          filter: oneOf('kind', ['range', 'desert', 'valley', 'physical', 'landform']),
          swatch: { layers: [LAYER.physical.fill, LAYER.physical.outline], sample: { kind: 'range' } }
        }
      ]
    }
  ];
}

export const allMembers = (groups: LegendGroup[]) => groups.flatMap((g) => g.members);

/** Every style layer the legend reads, by id. */
function styleLayers(): Map<string, LayerSpecification> {
  const layers = [...countryLayers(), ...physicalLayers(), ...pipelineLayers(), ...railLayers(), ...projectLayers()];
  return new Map(layers.map((l) => [l.id, l]));
}

/** One layer's part of a swatch (`layer` names the style layer it copies). */
export type SwatchPart = { layer: string } & (
  | { type: 'fill'; colour: string; opacity: number }
  | { type: 'line'; colour: string; width: number; dash: number[] | null; opacity: number }
  | { type: 'circle'; colour: string; stroke: string; radius: number }
  | { type: 'icon'; colour: string; glyph: string }
);

/**
 * How a swatch is drawn, shared by the SVG legend (LegendSwatch.svelte) and the exported image, so the two match:
 * the box, a line's stroke (capped so a wide casing stays in the box) and dashes (in px; MapLibre's are in line
 * widths), a circle's radius, a project badge's radius.
 */
export const SWATCH_BOX = { width: 34, height: 18 } as const;
export const SWATCH_BADGE_RADIUS = 8.5;
type LinePart = Extract<SwatchPart, { type: 'line' }>;
export const swatchStroke = (part: LinePart): number => Math.min(part.width, 8);
export const swatchDashes = (part: LinePart): number[] | null =>
  part.dash ? part.dash.map((d) => Math.max(d * part.width, 0.5)) : null;
export const swatchRadius = (part: Extract<SwatchPart, { type: 'circle' }>): number => Math.min(part.radius, 6);

/** The parts of a member's swatch, bottom to top, painted as its style layers paint the sample feature. */
export function swatchParts(member: LegendMember): SwatchPart[] {
  const layers = styleLayers();
  const { sample } = member.swatch;
  const value = (v: unknown) => evaluate(v, sample, SWATCH_ZOOM);
  return member.swatch.layers.map((id): SwatchPart => {
    const layer = layers.get(id);
    if (!layer) throw new Error(`Legend: no style layer "${id}"`);
    const paint = (layer.paint ?? {}) as Record<string, unknown>;
    const layout = (layer.layout ?? {}) as Record<string, unknown>;
    switch (layer.type) {
      case 'fill':
        return {
          layer: id,
          type: 'fill',
          colour: value(paint['fill-color']) as string,
          opacity: (value(paint['fill-opacity']) as number | undefined) ?? 1
        };
      case 'line':
        return {
          layer: id,
          type: 'line',
          colour: value(paint['line-color']) as string,
          width: value(paint['line-width'] ?? 1) as number,
          dash: (value(paint['line-dasharray']) as number[] | undefined) ?? null,
          opacity: (value(paint['line-opacity']) as number | undefined) ?? 1
        };
      case 'circle':
        return {
          layer: id,
          type: 'circle',
          colour: value(paint['circle-color']) as string,
          stroke: value(paint['circle-stroke-color']) as string,
          radius: value(paint['circle-radius']) as number
        };
      case 'symbol': {
        const image = String(value(layout['icon-image']));
        const icon = PROJECT_ICONS[image.replace('icon-project-', '')];
        if (!icon) throw new Error(`Legend: no project icon "${image}"`);
        return { layer: id, type: 'icon', colour: icon.colour, glyph: icon.glyph };
      }
      default:
        throw new Error(`Legend: cannot draw a swatch for a ${layer.type} layer`);
    }
  });
}

/** Whether a feature with these properties belongs to the member (the same test the map filter makes). */
export function memberHas(member: LegendMember, properties: Properties): boolean {
  return evaluate(member.filter, properties, SWATCH_ZOOM) === true;
}
