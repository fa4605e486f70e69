// Malformed and hostile query strings for the URL's view: the same list for the unit tests of the state (many)
// and the browser tests of the page (a handful).

/**
 * `count` malformed queries (and hashes), the same for the same seed: pieces of real parameters and values,
 * stray separators and escapes, numbers out of range, and script-injection strings, raw and encoded.
 */
export function fuzzedQueries(seed: number, count: number): string[] {
  const pieces = [
    'sel=',
    'hide=',
    'map=',
    'lang=',
    'ch=',
    't=',
    'mode=',
    '&',
    '=',
    '%',
    '%zz',
    '%E0%A4%A',
    ',',
    '/',
    '-1',
    '1e9',
    'NaN'
  ];
  const nasty = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '🚂', '\\'];
  const values = [
    'project-angren-pap',
    'country-kaz',
    'pipeline-d',
    '5/40/70',
    'zh',
    'en',
    'gas-pipeline',
    '2014-09',
    'explore'
  ];
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
      pick([pick(pieces), pick(nasty), pick(values), encodeURIComponent(pick(nasty))])
    );
    const hash = random() < 0.5 ? `#${pick([...pieces, ...nasty, ...values])}` : '';
    return `?${parts.join('')}${hash}`;
  });
}
