// `npm run build` ends here: the size of the site it wrote (raw and gzipped: what a host stores and what it sends)
// and what the first view loads, from the build's own manifest: the page, the code that starts it, MapLibre (asked
// for after the first paint) and the data files marked for the first view (files.ts; the bench measures the
// archive's tiles and the relief's too). `tsx tests/support/site-report.ts <site folder>`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATA_FILES, isShipped } from '../../src/lib/data/files';
import { parseBuilt } from '../../src/lib/data/built';
import { ROOT_LANG } from '../../src/lib/i18n/langs';
import { CARDS_DIR, CARD_IMAGE, chapterPagePath, sharedChapters } from '../../src/lib/share/pages';

const STORY = parseBuilt('story', readFileSync('geo/output/data/story.json', 'utf8'));

/** Where SvelteKit writes the client's manifest (which chunk imports which). */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const dir = process.argv[2] ?? 'build';
const files = walk(dir).filter((path) => !/\.(gz|br)$/.test(path));
const raw = files.reduce((sum, path) => sum + statSync(path).size, 0);
const sent = files.reduce((sum, path) => sum + gzipped(path), 0);

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestEntry>;
const code = new Set<string>();
function visit(key: string) {
  const entry = manifest[key];
  if (!entry || code.has(entry.file)) return;
  code.add(entry.file);
  for (const css of entry.css ?? []) code.add(css);
  for (const child of entry.imports ?? []) visit(child);
}
// The entries that start the page (the error page's aside) and MapLibre, which the page asks for once it is painted.
for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry && !key.endsWith('nodes/1.js')) visit(key);
visit('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
const codeBytes = [...code].reduce((sum, file) => sum + gzipped(join(dir, file)), 0);
const data = Object.values(DATA_FILES).filter((file) => isShipped(file) && file.loaded === 'first view');
const dataBytes = data.reduce((sum, file) => sum + gzipped(join(dir, file.path)), 0);

console.log(
  `\nSite (${dir}/): ${files.length} files, ${kb(raw)} (${kb(sent)} gzipped)\n` +
    `First view, gzipped: the page ${kb(gzipped(join(dir, 'index.html')))}, code ${kb(codeBytes)} (${code.size} ` +
    `files, MapLibre's included), data ${kb(dataBytes)} (${data.map((f) => f.path).join(', ')}), and the ` +
    `archive's and the relief's tiles in view (npm run bench measures them)`
);

// The link previews: their pictures' weight, and whether the pages carry their absolute addresses.
const cards = files.filter((path) => path.startsWith(join(dir, CARDS_DIR)));
const cardBytes = cards.map((path) => statSync(path).size);
console.log(
  `Link previews: ${cards.length} card pictures, ${kb(Math.max(0, ...cardBytes))} the largest ` +
    `(budget ${kb(CARD_IMAGE.budgetBytes)}), not saved offline; a chapter's page ` +
    `${kb(statSync(join(dir, chapterPagePath(ROOT_LANG, sharedChapters(STORY.chapters)[0].id), 'index.html')).size)}`
);
if (!process.env.PUBLIC_ORIGIN)
  console.log(
    'No PUBLIC_ORIGIN: the pages leave out og:url, og:image, canonical and hreflang (docs/deploy.md, "Link previews").'
  );
