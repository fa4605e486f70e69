// Every page is prerendered to static HTML; the map itself starts in the browser.
export const prerender = true;
// Pages are folders (`/en/` is en/index.html), which every static host serves without rewriting.
export const trailingSlash = 'always';
