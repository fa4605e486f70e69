// The embed code the share panel gives a newsroom for its article.
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_PX, embedSnippet } from '../../src/lib/takeaway/embed';

describe('the embed code', () => {
  it('is an iframe with a title, a height, lazy loading and no border, its attributes escaped', () => {
    const code = embedSnippet('https://atlas.test/?ch=lead&embed=story', 'A "quoted" title <b>');
    expect(code).toBe(
      `<iframe src="https://atlas.test/?ch=lead&amp;embed=story" title="A &quot;quoted&quot; title &lt;b&gt;" ` +
        `width="100%" height="${EMBED_HEIGHT_PX}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`
    );
  });

  it('parses back to the same address and title in a browser’s HTML parser terms', () => {
    const code = embedSnippet('https://atlas.test/a?x=1&y=2', 'T & U');
    const src = /src="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&');
    const title = /title="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&');
    expect(src).toBe('https://atlas.test/a?x=1&y=2');
    expect(title).toBe('T & U');
  });
});
