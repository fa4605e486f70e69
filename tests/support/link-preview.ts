// Reading a page as a link preview's fetcher does (no JavaScript, its first bytes only) and checking its JSON-LD
// against schema.org's vocabulary as Google's schema-dts package types it. Read by tests/unit/link-preview.test.ts
// and tests/e2e/link-preview.e2e.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * How much of a page a preview fetcher is assumed to read: the tags must be within it. (Fetchers read a page's
 * head and stop; 16 KiB is well inside what the strictest of them reads.)
 */
export const FETCHER_BYTES = 16 * 1024;

export interface PreviewTags {
  /** `og:*`, `twitter:*` and `description` meta values by name (repeated names in order). */
  meta: Map<string, string[]>;
  canonical: string | null;
  /** hreflang → href. */
  alternates: Map<string, string>;
  jsonLd: unknown[];
  htmlLang: string | null;
}

const unescape = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1]) : null;
};

/** The preview tags in the first FETCHER_BYTES of a page (what a fetcher that runs no script sees). */
export function previewTags(html: string): PreviewTags {
  const head = Buffer.from(html).subarray(0, FETCHER_BYTES).toString();
  const meta = new Map<string, string[]>();
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/g)) {
    const name = attribute(tag, 'property') ?? attribute(tag, 'name');
    const content = attribute(tag, 'content');
    if (name && content !== null) meta.set(name, [...(meta.get(name) ?? []), content]);
  }
  const links = [...head.matchAll(/<link\s[^>]*>/g)].map(([tag]) => tag);
  const alternates = new Map<string, string>();
  for (const tag of links.filter((t) => attribute(t, 'rel') === 'alternate'))
    alternates.set(attribute(tag, 'hreflang') ?? '', attribute(tag, 'href') ?? '');
  const canonicalTag = links.find((t) => attribute(t, 'rel') === 'canonical');
  return {
    meta,
    canonical: canonicalTag ? attribute(canonicalTag, 'href') : null,
    alternates,
    jsonLd: [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      ([, json]) => JSON.parse(json) as unknown
    ),
    htmlLang: /<html lang="([^"]+)"/.exec(head)?.[1] ?? null
  };
}

/** The one value of a meta tag (fails on none or several). */
export function one(tags: PreviewTags, name: string): string {
  const values = tags.meta.get(name) ?? [];
  if (values.length !== 1) throw new Error(`${name}: ${values.length} values`);
  return values[0];
}

/** Width and height from a PNG's header, or null for what is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.subarray(1, 4).toString() !== 'PNG' || bytes.subarray(12, 16).toString() !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** schema.org's properties of each type and its parents, from schema-dts's declarations (`interface XBase`). */
function vocabulary(): (type: string) => Set<string> | null {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  const bases = new Map<string, { parents: string[]; properties: string[] }>();
  for (const match of text.matchAll(/^interface (\w+)Base extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const parents = [...match[2].matchAll(/(\w+)Base\b/g)].map((m) => m[1]);
    const properties = [...match[3].matchAll(/^\s+"([\w@]+)"\?:/gm)].map((m) => m[1]);
    bases.set(match[1], { parents, properties });
  }
  return (type) => {
    if (!bases.has(type)) return null;
    const all = new Set<string>();
    const visit = (name: string) => {
      const base = bases.get(name);
      if (!base) return;
      base.properties.forEach((p) => all.add(p));
      base.parents.forEach(visit);
    };
    visit(type);
    return all;
  };
}

let propertiesOf: ((type: string) => Set<string> | null) | null = null;

/**
 * What in a JSON-LD value schema.org does not define: an unknown @type, or a property its @type lacks (nested
 * objects included). Empty when every property is schema.org's.
 */
export function schemaOrgProblems(value: unknown, path = '$'): string[] {
  propertiesOf ??= vocabulary();
  if (Array.isArray(value)) return value.flatMap((item, i) => schemaOrgProblems(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string') return [`${path}: no @type`];
  const known = propertiesOf(type);
  if (!known) return [`${path}: @type ${type} is not a schema.org type`];
  return Object.entries(record).flatMap(([key, child]) => {
    if (key === '@type' || key === '@context') return [];
    const own = known.has(key) ? [] : [`${path}.${key}: not a property of ${type}`];
    return [...own, ...schemaOrgProblems(child, `${path}.${key}`)];
  });
}
