// No raw HTML from data, the URL or the article: the interface never uses {@html}.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.svelte') ? [join(dir, entry.name)] : []
  );
}

describe('the interface', () => {
  it('renders no raw HTML ({@html})', () => {
    const svelteFiles = files(SRC);
    expect(svelteFiles.length).toBeGreaterThan(20);
    const raw = svelteFiles.filter((file) => readFileSync(file, 'utf8').includes('{@html'));
    expect(raw).toEqual([]);
  });
});
