// Prerendered with the page: the article's paragraphs with our translation (for the reader view), the list of everything the map
// shows, and the story data (chapters with their quotes' translations, timeline, journey, headline figures),
// so all of it is in the HTML before any script runs. The full catalog stays a file of its own.
import articleText from '$lib/data/article/article.zh.txt?raw';
import catalogText from '../../static/data/catalog.json?raw';
import storyText from '../../static/data/story.json?raw';
import { parseArticle } from '$lib/data/article';
import { withEnglish } from '$lib/data/article-english';
import { listItems } from '$lib/content/catalog';
import { parseBuilt } from '$lib/data/built';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  paragraphs: withEnglish(parseArticle(articleText)),
  items: listItems(parseBuilt('catalog', catalogText)),
  story: parseBuilt('story', storyText)
});
