// One shader program per kind of layer (MapLibre: a program per layer type and per set of paint properties that
// vary by feature). A fill with a constant colour and a fill coloured by a `match` compile two GPU programs; in
// software WebGL each costs about 90 ms of the main thread on the first frame that draws it (measured on the first
// view: 16 programs, 1.3 s of its 3.2 s of drawing, more than a plain page of the same data spent on everything).
// So every layer is added with the few paint properties that vary somewhere in its type written as per-feature
// expressions everywhere: the same values, only the kind of expression changes. Fills, solid lines, dashed lines
// and labels then compile once each. The layer definitions stay as written (the legend reads them).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** How a paint property must vary for its layers to share one program: by feature, or by feature and zoom. */
type Kind = 'feature' | 'feature-and-zoom';

/** The paint properties (with their defaults) that some layer of each type varies, and how. */
const SHARED: Partial<Record<LayerSpecification['type'], Record<string, { kind: Kind; fallback: unknown }>>> = {
  fill: {
    'fill-color': { kind: 'feature', fallback: '#000000' },
    'fill-opacity': { kind: 'feature', fallback: 1 }
  },
  line: {
    'line-color': { kind: 'feature', fallback: '#000000' },
    'line-opacity': { kind: 'feature', fallback: 1 },
    'line-width': { kind: 'feature-and-zoom', fallback: 1 },
    'line-offset': { kind: 'feature-and-zoom', fallback: 0 }
  },
  symbol: {
    'text-color': { kind: 'feature', fallback: '#000000' }
  }
};

const FEATURE_OPERATORS = new Set(['get', 'has', 'properties', 'geometry-type', 'id', 'feature-state']);

/** Whether an expression reads the feature (`feature`) or the zoom (`zoom`); literals are not looked into. */
function reads(value: unknown, what: 'feature' | 'zoom'): boolean {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || value[0] === 'literal') return false;
  if (what === 'zoom' ? value[0] === 'zoom' : FEATURE_OPERATORS.has(value[0])) return true;
  return value.slice(1).some((arg) => reads(arg, what));
}

/** A value written so that MapLibre treats it as varying by feature: a `match` whose every branch is the value. */
function perFeature(value: unknown): ExpressionSpecification {
  return ['match', ['get', 'kind'], '\u0000', value, value] as ExpressionSpecification;
}

/** The same value as an expression of the feature and the zoom. */
function perFeatureAndZoom(value: unknown): ExpressionSpecification {
  if (reads(value, 'zoom') && reads(value, 'feature')) return value as ExpressionSpecification;
  if (reads(value, 'zoom')) {
    // A zoom curve, ['interpolate' | 'step', curve…, ['zoom'], stop, output, …]: each output per feature.
    const [operator, ...args] = value as unknown[];
    if (operator !== 'interpolate' && operator !== 'step') {
      throw new Error(`shared-programs: cannot write "${String(operator)}" per feature and zoom`);
    }
    // interpolate: curve, input, then stop, output, …; step: input, first output, then stop, output, …
    const first = operator === 'interpolate' ? 3 : 1;
    const outputsAt = (i: number) => i >= first && (i - first) % 2 === 0;
    return [operator, ...args.map((arg, i) => (outputsAt(i) ? perFeature(arg) : arg))] as ExpressionSpecification;
  }
  const output = reads(value, 'feature') ? value : perFeature(value);
  return ['interpolate', ['linear'], ['zoom'], 0, output, 24, output] as ExpressionSpecification;
}

/** The layer with its shared paint properties rewritten so that it compiles the program its type shares. */
export function withSharedProgram<L extends LayerSpecification>(layer: L): L {
  const shared = SHARED[layer.type];
  if (!shared || !('paint' in layer)) return layer;
  const paint: Record<string, unknown> = { ...(layer.paint ?? {}) };
  for (const [property, { kind, fallback }] of Object.entries(shared)) {
    const value = paint[property] ?? fallback;
    if (kind === 'feature') {
      if (reads(value, 'zoom')) continue; // a zoom curve stays one (a program of its own; none today)
      paint[property] = reads(value, 'feature') ? value : perFeature(value);
    } else {
      paint[property] = perFeatureAndZoom(value);
    }
  }
  return { ...layer, paint } as L;
}
