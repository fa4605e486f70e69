// A small evaluator for the expressions our own style uses (MapLibre style spec: get, match, interpolate on
// zoom, arithmetic, boolean logic), so the legend and the list can ask "what colour is this?" and "is this
// feature in that layer?" without a map. It throws on anything else, so a new kind of expression cannot make
// the legend quietly disagree with the map.

export type Properties = Record<string, unknown>;

export function evaluate(value: unknown, properties: Properties, zoom: number): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0 || typeof value[0] !== 'string') return value; // a literal array, e.g. a dasharray
  const [operator, ...args] = value as [string, ...unknown[]];
  const at = (i: number) => evaluate(args[i], properties, zoom);
  switch (operator) {
    case 'literal':
      return args[0];
    case 'get':
      return properties[at(0) as string] ?? null;
    case 'zoom':
      return zoom;
    case 'geometry-type':
      return properties['$type'] ?? null;
    case 'coalesce':
      return args.map((_, i) => at(i)).find((v) => v !== null && v !== undefined) ?? null;
    case 'match': {
      const input = at(0);
      for (let i = 1; i < args.length - 1; i += 2) {
        const labels = Array.isArray(args[i]) ? (args[i] as unknown[]) : [args[i]];
        if (labels.includes(input)) return at(i + 1);
      }
      return at(args.length - 1);
    }
    case 'interpolate':
      return interpolate(args, properties, zoom);
    case 'concat':
      return args.map((_, i) => String(at(i) ?? '')).join('');
    case '*':
      return args.reduce<number>((product, _, i) => product * (at(i) as number), 1);
    case '==':
      return at(0) === at(1);
    case '!=':
      return at(0) !== at(1);
    case '!':
      return !at(0);
    case 'all':
      return args.every((_, i) => at(i) === true);
    case 'any':
      return args.some((_, i) => at(i) === true);
    case 'in': {
      const needle = at(0);
      const haystack = at(1);
      if (typeof haystack === 'string') return haystack.includes(String(needle));
      return Array.isArray(haystack) && haystack.includes(needle);
    }
    default:
      throw new Error(`evaluate: the expression "${operator}" is not supported`);
  }
}

function interpolate(args: unknown[], properties: Properties, zoom: number): number {
  const [curve, input, ...stops] = args as [unknown[], unknown, ...unknown[]];
  if (!Array.isArray(curve) || curve[0] !== 'linear') throw new Error('evaluate: only linear interpolation');
  const x = evaluate(input, properties, zoom) as number;
  const points = [];
  for (let i = 0; i < stops.length; i += 2) {
    points.push([stops[i] as number, evaluate(stops[i + 1], properties, zoom) as number]);
  }
  if (x <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x0, y0] = points[i - 1];
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return points[points.length - 1][1];
}
