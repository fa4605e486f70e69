// The style the map starts with (MapLibre style spec: root, background layer). Layer components add the rest.
import { LANG_STATE } from './expressions';
import { JOURNEY_REACHED_STATE } from './journey-layers';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { PALETTE } from '$lib/data/palette';
import { LAYER, SLOT_MARKER_PREFIX } from './layer-ids';

/**
 * Drawing order. Each slot is an empty marker layer; a component inserts its layers just below its slot's
 * marker, so layers keep their order whatever order the components mount in.
 */
export const SLOTS = ['land', 'relief', 'physical', 'water', 'borders', 'routes', 'labels'] as const;
export type Slot = (typeof SLOTS)[number];

export function slotMarkerId(slot: Slot): string {
  return `${SLOT_MARKER_PREFIX}${slot}`;
}

function slotMarker(slot: Slot): LayerSpecification {
  return { id: slotMarkerId(slot), type: 'background', layout: { visibility: 'none' } };
}

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    // No `glyphs` and no `sprite`: labels are drawn with local fonts and icons are made in code, so the
    // map loads nothing from outside the site.
    sources: {},
    // The reader's language, which the label expressions read (MapLibre global state): switching it relabels
    // the map without rebuilding any layer. And how far the 2013 journey's drawing has reached (journey-layers.ts).
    state: { [LANG_STATE]: { default: 'zh' }, [JOURNEY_REACHED_STATE]: { default: 0 } },
    layers: [
      { id: LAYER.sea, type: 'background', paint: { 'background-color': PALETTE.sea } },
      ...SLOTS.map(slotMarker)
    ]
  };
}
