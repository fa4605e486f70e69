// The code a newsroom pastes into an article to show a view of the atlas inside it: an iframe with a title (what a
// screen reader announces for the frame), a height that fits a phone's column and a desktop's, and lazy loading so
// that an atlas far down an article costs the article nothing until the reader gets there.

/** The frame's height in CSS px: the story's card and a useful map on a phone, a wide map on a desktop. */
export const EMBED_HEIGHT_PX = 640;

const attribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The iframe for `src` (a view's link with its `embed` parameter), titled `title`. */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT_PX}" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`
  );
}
