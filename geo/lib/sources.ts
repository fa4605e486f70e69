// The sources the built files cite: each entry keeps the keys of network/sources.json it rests on.

/** Every source key cited anywhere below `value` (in arrays named `sources`). */
export function citedSources(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSources(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(inner)) for (const s of inner) into.add(s as string);
      else citedSources(inner, into);
    }
  }
  return into;
}
