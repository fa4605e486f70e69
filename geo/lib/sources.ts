// The sources the built files cite: each entry keeps the keys of network/sources.json it rests on; each source
// names its publisher (publishers.json), whose hosts say which links are the publisher's own.
import type { PublisherEntry, SourceEntry } from '../../src/lib/data/catalog';

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

/** A publisher as authored (publishers.json): its name, and the hosts its own pages live on. */
export interface PublisherSource extends PublisherEntry {
  /** Host names; one that starts with a dot (`.people.com.cn`) takes that domain and every subdomain. */
  hosts: string[];
}

/** Every source with the publishers it names. */
export interface SourceTable {
  sources: Record<string, SourceEntry>;
  publishers: Record<string, PublisherSource>;
}

/** Whether a URL lives on one of these hosts (a `.domain` entry matching the domain and its subdomains). */
export function onHosts(url: string, hosts: string[]): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return hosts.some((entry) =>
    entry.startsWith('.') ? host === entry.slice(1) || host.endsWith(entry) : host === entry
  );
}

/**
 * What is wrong with the sources as references (geo/README.md, Sources policy), one line each: a publisher or
 * carrier nobody listed, a `url` that is not on its publisher's hosts (a copy must go to `read_at`), a `read_at` on
 * the publisher's own hosts (then it is the `url`), a carrier whose hosts do not hold the copy.
 */
export function sourceProblems({ sources, publishers }: SourceTable): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(sources)) {
    const publisher = publishers[source.publisher];
    if (!publisher) {
      problems.push(`${key}: publisher "${source.publisher}" is not in publishers.json`);
      continue;
    }
    if (source.url && !onHosts(source.url, publisher.hosts))
      problems.push(`${key}: url ${source.url} is not on ${source.publisher}'s hosts (a copy belongs in read_at)`);
    const copy = source.read_at;
    if (copy && onHosts(copy.url, publisher.hosts))
      problems.push(`${key}: read_at ${copy.url} is the publisher's own page (make it the url)`);
    if (copy?.carrier) {
      const carrier = publishers[copy.carrier];
      if (!carrier) problems.push(`${key}: carrier "${copy.carrier}" is not in publishers.json`);
      else if (!onHosts(copy.url, carrier.hosts))
        problems.push(`${key}: read_at ${copy.url} is not on its carrier ${copy.carrier}'s hosts`);
    }
  }
  return problems;
}

/** The publisher of a text nobody could attribute: such a source has no url and is always weak. */
export const UNKNOWN_PUBLISHER = 'unknown';
