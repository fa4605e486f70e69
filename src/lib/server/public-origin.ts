// The site's public origin (`PUBLIC_ORIGIN=https://news.example.com npm run build`), which the absolute addresses
// of a link preview need (og:url, og:image, canonical, hreflang). Read while the pages are prerendered; checked by
// svelte.config.js, which refuses to build with a malformed one. Null when none was given.
export const PUBLIC_ORIGIN: string | null = process.env.PUBLIC_ORIGIN || null;
