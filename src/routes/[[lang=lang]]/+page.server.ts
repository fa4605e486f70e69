// Prerendered with each language's page: its language and the list of everything the map shows (from the
// catalog, which stays a file of its own, fetched with the first panel). The story comes with the app's code
// ($lib/content/story) and the article with the reader view, when it opens: neither is serialised into the page.
import catalogText from '../../../static/data/catalog.json?raw';
import { listItems } from '$lib/content/catalog';
import { parseBuilt } from '$lib/data/built';
import { ROOT_LANG, isLang } from '$lib/i18n/langs';
import type { PageServerLoad } from './$types';

const items = listItems(parseBuilt('catalog', catalogText));

export const load: PageServerLoad = ({ params }) => ({
  lang: isLang(params.lang) ? params.lang : ROOT_LANG,
  items
});
