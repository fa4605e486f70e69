// The authored inputs are checked by schema when the geo build reads them: every file passes, and a file with a
// typo, a missing translation or a wrong type is refused with its name, the path inside it and what was wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORED_FILES, parseAuthoredFile, type AuthoredFile } from '../../geo/schemas';
import { PROJECT_ROOT } from '../../geo/build';

const FILES = Object.keys(AUTHORED_FILES) as AuthoredFile[];
const pathOf = (name: AuthoredFile) => `geo/sources/authored/${name}.json`;
const read = (name: AuthoredFile) => JSON.parse(readFileSync(join(PROJECT_ROOT, pathOf(name)), 'utf8'));
const parse = (name: AuthoredFile, content: unknown) => () => parseAuthoredFile(name, pathOf(name), content);

describe('the authored inputs', () => {
  it.each(FILES)('%s matches its schema', (name) => {
    expect(parse(name, read(name))).not.toThrow();
  });

  it('refuses a chapter whose title lacks its English, naming the file and the field', () => {
    const chapters = read('story/chapters');
    delete chapters.chapters[2].title.en;
    expect(parse('story/chapters', chapters)).toThrow(
      /geo\/sources\/authored\/story\/chapters\.json does not match[\s\S]*chapters\[2\]\.title\.en/
    );
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    const points = read('network/points');
    points.points[0].coords = points.points[0].coord;
    expect(parse('network/points', points)).toThrow(/points\[0\]\.coords/);
  });

  it('refuses a coordinate written as text and an empty name, and says each', () => {
    const physical = read('physical');
    physical.features[1].labelPoint = ['71.6', '40.7'];
    physical.features[3].name.zh = '';
    const error = (() => {
      try {
        parse('physical', physical)();
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/features\[1\]\.labelPoint\[0\]/);
    expect(error).toMatch(/features\[3\]\.name\.zh: expected a text/);
  });
});
