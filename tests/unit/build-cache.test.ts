// The build's cache of slow, repeatable work (the link previews' pictures): the same inputs give the bytes made
// the first time without making them again; any change to an input makes them anew.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cachedBytes, systemFontsFingerprint } from '../../src/lib/server/build-cache';

const KIND = `unit-test-${process.pid}`;

describe('cachedBytes', () => {
  afterAll(() => rmSync(join('node_modules', '.cache', 'silk-road-atlas', KIND), { recursive: true, force: true }));

  it('makes the bytes once for the same inputs, and again when an input changes', () => {
    let made = 0;
    const make = (text: string) => () => {
      made++;
      return Buffer.from(text);
    };
    expect(cachedBytes(KIND, ['svg', 'options'], make('first')).toString()).toBe('first');
    expect(cachedBytes(KIND, ['svg', 'options'], make('second')).toString()).toBe('first');
    expect(made).toBe(1);
    expect(cachedBytes(KIND, ['svg', 'other options'], make('third')).toString()).toBe('third');
    // Inputs are kept apart: moving text from one input to the next is a different key.
    expect(cachedBytes(KIND, ['svgo', 'ptions'], make('fourth')).toString()).toBe('fourth');
    expect(made).toBe(3);
  });

  it('fingerprints the system fonts the same way twice', () => {
    expect(systemFontsFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(systemFontsFingerprint()).toBe(systemFontsFingerprint());
  });
});
