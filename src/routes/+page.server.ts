// Prerendered with the page: the article's paragraphs (for the reader view), the list of everything the map
// shows, the story's chapters with their quotes' translations, and the story data (timeline, journey,
// headline figures), so all of it is in the HTML before any script runs. The full catalog stays a file of its own.
import articleText from '$lib/content/article/article.zh.txt?raw';
import catalog from '../../static/data/catalog.json';
import story from '../../static/data/story.json';
import { parseArticle } from '$lib/content/article';
import { listItems, type Catalog } from '$lib/content/catalog';
import type { Story } from '$lib/content/story';
import { withTranslations } from '$lib/content/translations';
import { CHAPTERS } from '$lib/story/chapters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  paragraphs: parseArticle(articleText),
  items: listItems(catalog as unknown as Catalog),
  story: story as unknown as Story,
  chapters: withTranslations(CHAPTERS)
});
