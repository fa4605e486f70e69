// Prerendered with the page: the article's paragraphs (for the reader view) and the list of everything the map
// shows, so both are in the HTML before any script runs. The full catalog stays a file of its own.
import articleText from '$lib/content/article/article.zh.txt?raw';
import catalog from '../../static/data/catalog.json';
import { parseArticle } from '$lib/content/article';
import { listItems, type Catalog } from '$lib/content/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  paragraphs: parseArticle(articleText),
  items: listItems(catalog as unknown as Catalog)
});
