// When a source that the opening view hides should load: once the reader's view shows one of its layers, or once
// the map has drawn everything else (its first `idle`). Such a source then neither holds up the first view (the
// story's lead shows no routes) nor delays the chapters that show it: it loads while the reader reads the lead.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A latch, true from the first moment `shown()` is or the map is idle; read `now` in an effect. */
export function wantedOnceShownOrIdle(map: MapLibreMap, shown: () => boolean): { readonly now: boolean } {
  let wanted = $state(false);
  $effect(() => {
    if (!wanted && shown()) wanted = true;
  });
  $effect(() => {
    if (wanted) return;
    const onIdle = () => (wanted = true);
    map.once('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  });
  return {
    get now() {
      return wanted;
    }
  };
}
