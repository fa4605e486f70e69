// The first script of a chapter's own page (`chapter/gas-pipeline/`, src/routes/[[lang=lang]]/chapter/[id]): the page
// exists for its link preview (its card), and a reader who opens it goes at once to the atlas at that chapter, the
// address the atlas itself keeps (`?ch=gas-pipeline&lang=zh`, `en/?ch=gas-pipeline`): one page, one set of
// addresses as the reader moves on, and every `?ch=` link keeps working. Whatever else the link carried (a
// selection, a tracking tag) goes along; the chapter and the language are the page's. Inlined by
// src/hooks.server.ts, serialised with Function.prototype.toString, so it uses nothing from outside its own body.
// A browser without JavaScript shows the page's link to the same place.

export function forward(target: string): void {
  const destination = new URL(target, location.href);
  new URLSearchParams(location.search).forEach((value, key) => {
    if (!destination.searchParams.has(key)) destination.searchParams.append(key, value);
  });
  // The page's words stay hidden while the atlas loads (they show after a while if it never does: page.svelte).
  document.documentElement.dataset.forwarding = '';
  location.replace(destination.href + location.hash);
}
