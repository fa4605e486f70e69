// The whole article, paragraph by paragraph with our translations: loaded by the reader view when it first opens
// (a module of its own, so that neither the page's HTML nor its first scripts carry it).
import articleText from '$lib/data/article/article.zh.txt?raw';
import { parseArticle } from '$lib/data/article';
import { withTranslation } from '$lib/data/article-translation';

export const PARAGRAPHS = withTranslation(parseArticle(articleText));
