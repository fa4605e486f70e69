// A "whole region" button (MapLibre: IControl) that frames Central Asia and western China again.
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { framePadding, prefersReducedMotion, regionBounds } from '../camera';

export class ResetViewControl implements IControl {
  private container: HTMLDivElement | null = null;

  constructor(private readonly label: string) {}

  onAdd(map: MapLibreMap): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-reset-view';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    // A small frame-corners glyph, drawn inline so nothing is fetched.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" fill="none" stroke="currentColor" stroke-width="2"/></svg>';
    button.addEventListener('click', () => {
      const width = map.getContainer().clientWidth;
      map.fitBounds(regionBounds(width), {
        padding: framePadding(width),
        animate: !prefersReducedMotion()
      });
    });
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
