// The story's network on the map: every layer draws its features where they are.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAYER } from '../../src/lib/map/style/layer-ids';
import { expectNoErrors, featuresInView, openMap, waitForMapIdle, watchPage } from './map-page';

interface CatalogEntry {
  kind: string;
  layer: string;
  bbox: [number, number, number, number];
}
const catalog = (
  JSON.parse(readFileSync(new URL('../../static/data/catalog.json', import.meta.url), 'utf8')) as {
    features: Record<string, CatalogEntry>;
  }
).features;

/** The map layers that draw each network layer's features. */
const LAYERS: Record<string, string[]> = {
  pipeline: [LAYER.pipeline.lines, LAYER.pipeline.lineD, LAYER.pipeline.context],
  changan: [LAYER.rail.lines],
  'other-trains': [LAYER.rail.lines],
  projects: [LAYER.projects.icons, LAYER.projects.road, LAYER.projects.railway, LAYER.projects.tunnel],
  places: [LAYER.places.points]
};

test('every pipeline line, rail route, project and place is drawn in a view that contains it', async ({ page }) => {
  test.slow(); // several views, each drawn in software
  const watch = watchPage(page);
  await openMap(page);
  const allLayers = Object.values(LAYERS).flat();
  const seen = new Set<string>();
  const look = async () => {
    for (const p of await featuresInView(page, allLayers)) {
      // Only count a feature as seen where its own layer drew it.
      if (LAYERS[catalog[p.id]?.layer]?.length) seen.add(p.id);
    }
  };
  await look();
  for (const [id, entry] of Object.entries(catalog)) {
    if (seen.has(id)) continue;
    await page.evaluate(
      ([[w, s, e, n]]) => window.__map!.fitBounds([w, s, e, n], { padding: 80, animate: false, maxZoom: 6 }),
      [entry.bbox] as const
    );
    await waitForMapIdle(page);
    const drawn = await featuresInView(page, LAYERS[entry.layer]);
    expect(
      drawn.map((p) => p.id),
      `${id} (${entry.layer})`
    ).toContain(id);
    await look();
  }
  expect([...seen].sort()).toEqual(Object.keys(catalog).sort());
  expectNoErrors(watch);
});

test('Lines A, B and C are drawn side by side and Line D apart, dashed', async ({ page }) => {
  await openMap(page);
  const bundle = await featuresInView(page, [LAYER.pipeline.lines]);
  expect(new Set(bundle.map((p) => p.id))).toEqual(new Set(['pipeline-line-a', 'pipeline-line-b', 'pipeline-line-c']));
  expect(new Set(bundle.map((p) => p.bundle))).toEqual(new Set([-1, 0, 1]));
  const dashed = await featuresInView(page, [LAYER.pipeline.lineD]);
  expect(dashed.map((p) => p.id)).toContain('pipeline-line-d');
});

test('rail stations appear only once the reader zooms in', async ({ page }) => {
  await openMap(page);
  expect(await featuresInView(page, [LAYER.rail.stations])).toEqual([]);
  await page.evaluate(() => window.__map!.jumpTo({ center: [78.5, 44.5], zoom: 6 }));
  await waitForMapIdle(page);
  const stations = (await featuresInView(page, [LAYER.rail.stations])).map((p) => p.id);
  expect(stations).toEqual(expect.arrayContaining(['station-almaty', 'station-zhetygen', 'station-altynkol']));
});
