// The page's first contentful paint, as the boot script reports it (src/lib/boot/boot.ts): what starts the map
// waits for it, so that the words of the prerendered page reach the screen first. (Paint timing is reported once
// the frame is on screen, which matters in browsers that draw in software: there the map's WebGL context, asked
// for earlier, held the first frame back by up to a second while the GPU process set it up.)
export function firstContentfulPaint(): Promise<void> {
  return window.__atlasPainted ?? Promise.resolve();
}
