// The test and bench server answers Range requests as static hosts do: the basemap archive is read tile by tile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { byteRange, startServer } from '../support/static-server.js';

describe('the static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-server-'));
  const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
  let server: Server;
  const port = 4380 + Math.floor(Math.random() * 100);
  beforeAll(async () => {
    writeFileSync(join(root, 'archive.pmtiles'), bytes);
    server = (await startServer(root, port)) as Server;
  });
  afterAll(() => server.close());

  it('reads a byte range header: from–to, from onwards, the last n, and what cannot be served', () => {
    expect(byteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(byteRange('bytes=-10', 1000)).toEqual({ start: 990, end: 999 });
    expect(byteRange('bytes=950-2000', 1000)).toEqual({ start: 950, end: 999 });
    expect(byteRange('bytes=5-2', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(byteRange('items=0-1', 1000)).toBe('unsatisfiable');
    expect(byteRange(undefined, 1000)).toBeNull();
  });

  it('answers 206 with exactly the bytes asked for, 200 with the whole file, 416 beyond its end', async () => {
    const url = `http://127.0.0.1:${port}/archive.pmtiles`;
    const part = await fetch(url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
    expect((await fetch(url, { headers: { range: 'bytes=5000-' } })).status).toBe(416);
  });
});
