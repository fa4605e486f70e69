// Each kind of layer compiles one shader program: MapLibre keys a program by layer type and by which paint
// properties vary by feature, by zoom and feature, or not at all. Checked with MapLibre's own expression parser on
// every layer the page adds, as withSharedProgram rewrites it, and against the definitions as written.
import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { contentLayers } from '../../src/lib/map/style/content-layers';
import { highlightLayers } from '../../src/lib/map/style/highlight-layers';
import { journeyLayers } from '../../src/lib/map/style/journey-layers';
import { withSharedProgram } from '../../src/lib/map/style/shared-programs';

const LAYERS: LayerSpecification[] = [...contentLayers(), ...highlightLayers().map((h) => h.layer), ...journeyLayers()];

/** The properties whose kind picks a program variant, as MapLibre's ProgramConfiguration keys them. */
const KEYED: Record<string, string[]> = {
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
  line: ['line-color', 'line-opacity', 'line-width', 'line-offset', 'line-blur', 'line-gap-width'],
  symbol: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity']
};

/** The program a layer compiles: its type (dashed lines apart) and each keyed property's kind. */
function programOf(layer: LayerSpecification): string {
  const paint = ('paint' in layer ? layer.paint : {}) as Record<string, unknown>;
  const specs = (latest as unknown as Record<string, Record<string, object>>)[`paint_${layer.type}`];
  const kinds = (KEYED[layer.type] ?? []).map((property) => {
    // An unset fill-outline-color follows the fill colour, as MapLibre draws it.
    const value = paint[property] ?? (property === 'fill-outline-color' ? paint['fill-color'] : undefined);
    if (value === undefined) return `${property}:constant`;
    const { kind } = expression.normalizePropertyExpression(value as never, property, specs[property] as never);
    return `${property}:${kind === 'camera' ? 'constant' : kind}`;
  });
  const dashed = layer.type === 'line' && paint['line-dasharray'] !== undefined;
  const icons = layer.type === 'symbol' && !('text-field' in (layer.layout ?? {}));
  return [layer.type + (dashed ? '-dashed' : '') + (icons ? '-icon' : ''), ...kinds].join(' ');
}

const programs = (layers: LayerSpecification[], type: string) =>
  new Set(
    layers.filter((l) => l.type === type && !(l.type === 'symbol' && programOf(l).includes('-icon'))).map(programOf)
  );

describe('shader programs', () => {
  const shared = LAYERS.map(withSharedProgram);

  it('are one for all fills, one for solid lines, one for dashed lines and one for text', () => {
    expect(programs(shared, 'fill')).toHaveProperty('size', 1);
    const lines = [...programs(shared, 'line')];
    expect(lines.filter((p) => p.startsWith('line '))).toHaveLength(1);
    expect(lines.filter((p) => p.startsWith('line-dashed '))).toHaveLength(1);
    expect(programs(shared, 'symbol')).toHaveProperty('size', 1);
  });

  it('would be several without the rewrite (so the check above can fail)', () => {
    expect(programs(LAYERS, 'fill').size).toBeGreaterThan(1);
    expect(programs(LAYERS, 'line').size).toBeGreaterThan(2);
  });

  it('changes no value: the rewritten paint evaluates to the original for every feature and zoom', () => {
    const features = [{ kind: 'river', rank: 2, quality: 'traced' }, { kind: 'lake' }, {}, { kind: 'international' }];
    for (const [index, layer] of LAYERS.entries()) {
      const paint = ('paint' in layer ? layer.paint : {}) as Record<string, unknown>;
      const rewritten = ('paint' in shared[index] ? shared[index].paint : {}) as Record<string, unknown>;
      const specs = (latest as unknown as Record<string, Record<string, object>>)[`paint_${layer.type}`];
      for (const property of Object.keys(paint)) {
        const evaluate = (value: unknown) => {
          const parsed = expression.normalizePropertyExpression(value as never, property, specs[property] as never);
          return (zoom: number, properties: object) =>
            JSON.stringify(parsed.evaluate({ zoom }, { type: 2, properties } as never));
        };
        const [before, after] = [evaluate(paint[property]), evaluate(rewritten[property])];
        for (const zoom of [2, 5, 9]) {
          for (const properties of features) {
            expect(after(zoom, properties), `${layer.id} ${property} at ${zoom}`).toBe(before(zoom, properties));
          }
        }
      }
    }
  });
});
