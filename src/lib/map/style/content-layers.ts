// Every basemap and network layer the page adds (the highlight and journey layers apart), for the checks that
// must see them all: one list, so that a new layer cannot be left out of them.
import type { LayerSpecification } from 'maplibre-gl';
import {
  borderLayers,
  countryLayers,
  labelLayers,
  physicalLayers,
  reliefLayers,
  waterLabelLayers,
  waterLayers
} from './basemap-layers';
import { pipelineLayers, projectLayers, railLayers } from './network-layers';

export function contentLayers(): LayerSpecification[] {
  return [
    ...countryLayers(),
    ...reliefLayers(),
    ...borderLayers(),
    ...waterLayers(),
    ...waterLabelLayers(),
    ...physicalLayers(),
    ...labelLayers(),
    ...pipelineLayers(),
    ...railLayers(),
    ...projectLayers()
  ];
}
