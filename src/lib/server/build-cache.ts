// What the prerendering makes slowly and the same way every time (the link previews' pictures: about a second
// each, and both of the suite's builds make all of them) is kept between builds, keyed by everything it is made
// from. The cache lives beside the installed packages, so a fresh clone or `rm -rf node_modules` starts it empty;
// it is never shipped and never read when its key differs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'silk-road-atlas');

/** The bytes `make` returns for these inputs, from the cache when an earlier build made them from the same inputs. */
export function cachedBytes(kind: string, inputs: readonly string[], make: () => Buffer): Buffer {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  const dir = join(CACHE_DIR, kind);
  const file = join(dir, `${hash.digest('hex')}.bin`);
  if (existsSync(file)) return readFileSync(file);
  const bytes = make();
  mkdirSync(dir, { recursive: true });
  // Written aside and moved into place: a build stopped halfway never leaves half a file under a valid key.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}

/** Where resvg's font database looks for the system's fonts on Linux (fontdb's `load_system_fonts`). */
const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts')
];

let fontsFingerprint: string | undefined;

/**
 * The system's font files, by path and size: a part of the key of anything set in system fonts, so that a font
 * installed or removed (fonts-noto-cjk, say) makes the pictures again rather than keeping their missing glyphs.
 */
export function systemFontsFingerprint(): string {
  if (fontsFingerprint !== undefined) return fontsFingerprint;
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(`${path} ${statSync(path).size}`);
    }
  };
  FONT_DIRS.forEach(walk);
  fontsFingerprint = createHash('sha256').update(files.sort().join('\n')).digest('hex');
  return fontsFingerprint;
}
