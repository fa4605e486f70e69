// The page's own words: title, lead and credits, in Chinese and English.
import type { Localized } from '$lib/data/langs';
import { formatDate } from '$lib/i18n/i18n.svelte';
import type { Lang } from '$lib/i18n/langs';
import { translate } from '$lib/i18n/messages';

/**
 * The article, as the page names it before any data has loaded. Its source record (publisher, date, dateline, the
 * copy read) is `article` in geo/sources/authored/network/sources.json; a unit test keeps the two the same.
 */
export const ARTICLE = {
  title: '擘画中国—中亚关系新蓝图',
  subtitle: '——写在中国—中亚峰会即将举行之际',
  titleEn: 'Charting a new blueprint for China–Central Asia relations',
  source: '新华社西安5月16日电',
  sourceEn: 'Xinhua, Xi’an, 16 May 2023',
  publisher: { zh: '新华社', en: 'Xinhua' } satisfies Localized,
  date: '2023-05-16',
  dateline: '新华社西安5月16日电',
  /** The copy of the article read online (Xinhua's own page was not found). */
  copy: 'http://haixialv.com/1276.html'
} as const;

/** The article's credit in a language: publisher, date and dateline ("Xinhua, 16 May 2023, dateline 新华社…"). */
export function articleCredit(lang: Lang): string {
  return translate(lang, 'article.credit', {
    publisher: ARTICLE.publisher[lang],
    date: formatDate(ARTICLE.date, lang),
    dateline: ARTICLE.dateline
  });
}

/** Publisher and date only, for the map's corner ("新华社，2023年5月16日"). */
export const articleReference = (lang: Lang): string =>
  translate(lang, 'source.reference', { publisher: ARTICLE.publisher[lang], date: formatDate(ARTICLE.date, lang) });

export const SITE = {
  name: '丝路地图',
  nameEn: 'Silk Road Atlas',
  pageTitle: `${ARTICLE.title} · 丝路地图 Silk Road Atlas`,
  description:
    'An interactive map of the Xinhua article of 16 May 2023 on China and the five Central Asian countries, on the eve of the China–Central Asia Summit in Xi’an.',
  mapLabel: '中国与中亚五国地图 Map of China and the five Central Asian countries',
  resetLabel: '显示整个地区 Show the whole region'
} as const;

/**
 * What a shared link to the atlas shows (its preview card, src/lib/share/card.ts), in each reader language: the
 * site's name, the article's title (Xinhua's, and ours in translation), and a sentence of what the atlas is.
 */
export const ATLAS_CARD: { siteName: Localized; title: Localized; description: Localized; imageAlt: Localized } = {
  siteName: { zh: SITE.name, en: SITE.nameEn },
  title: { zh: ARTICLE.title, en: ARTICLE.titleEn },
  description: {
    zh: '新华社2023年5月16日《擘画中国—中亚关系新蓝图》一文的交互式地图：中国与中亚五国，天然气管道、长安号中欧班列和文章提到的合作项目，写在西安中国—中亚峰会前夕。',
    en: SITE.description
  },
  imageAlt: {
    zh: '中国与中亚五国地图，标出中国—中亚天然气管道、长安号中欧班列和文章提到的合作项目',
    en: 'Map of China and the five Central Asian countries with the China–Central Asia gas pipeline, the Chang’an trains and the projects the article names'
  }
};

/** A credit: its words, with the part that links to the credited source (opened in a new tab). */
export type Credit = ({ text: string } | { link: string; href: string })[];

/**
 * Credits shown on the map, the exported image and the print sheet, short enough for the map's corner, each in
 * Chinese and English where it has words: OpenStreetMap's data (the pipeline's route, the Angren–Pap railway) is
 * ODbL and must be credited wherever it is shown or exported; Natural Earth (borders, water, places, railways)
 * and ETOPO5 are public domain; the story is Xinhua's. The data download says the same at length (LICENCE_NOTE).
 */
const OSM = { link: 'OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' };
const NATURAL_EARTH: Credit = [{ link: 'Natural Earth', href: 'https://www.naturalearthdata.com/' }];

/** The data's credits in each language. OpenStreetMap's keeps its English words in both, as its licence asks. */
export const DATA_CREDITS: Record<Lang, Credit[]> = {
  zh: [
    [{ text: '© ' }, OSM, { text: ' contributors 贡献者（ODbL）' }],
    NATURAL_EARTH,
    [{ text: '地形：ETOPO5（美国国家海洋和大气管理局）' }]
  ],
  en: [[{ text: '© ' }, OSM, { text: ' contributors (ODbL)' }], NATURAL_EARTH, [{ text: 'Relief: ETOPO5 (NOAA)' }]]
};

/** The credits in each language: the data's, then the article's publisher and date. */
export const CREDITS: Record<Lang, Credit[]> = {
  zh: [...DATA_CREDITS.zh, [{ text: articleReference('zh') }]],
  en: [...DATA_CREDITS.en, [{ text: articleReference('en') }]]
};

/** A credit as plain text (for an exported image or print). */
export const creditText = (credit: Credit): string =>
  credit.map((part) => ('text' in part ? part.text : part.link)).join('');
