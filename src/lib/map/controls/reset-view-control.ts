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
    // A "home" glyph (the usual sign for the starting view), drawn inline so nothing is fetched.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 10 10 3.5 17 10M5.5 8v8.5h3.5v-5h2v5h3.5V8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/></svg>';
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
