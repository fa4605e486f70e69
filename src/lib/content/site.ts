// The page's own words: title, lead and credits, in every reader language.
import type { Localized } from '$lib/data/langs';
import { formatDate } from '$lib/i18n/i18n.svelte';
import type { Lang } from '$lib/i18n/langs';
import { translate } from '$lib/i18n/messages';

const TITLE = '擘画中国—中亚关系新蓝图';

/**
 * The article, as the page names it before any data has loaded. Its source record (publisher, date, dateline, the
 * copy read) is `article` in geo/sources/authored/network/sources.json; a unit test keeps the two the same.
 */
export const ARTICLE = {
  /** The article's own title and subtitle: Xinhua's Chinese, shown as it is on every page. */
  title: TITLE,
  subtitle: '——写在中国—中亚峰会即将举行之际',
  /** The title in every language (ours where not Chinese), shown under the original. */
  titleIn: {
    zh: TITLE,
    en: 'Charting a new blueprint for China–Central Asia relations',
    ru: 'Новый план развития отношений Китая и Центральной Азии'
  } satisfies Localized,
  source: '新华社西安5月16日电',
  /** The dateline in every language (ours where not Chinese), shown with the translated title. */
  sourceIn: {
    zh: '新华社西安5月16日电',
    en: 'Xinhua, Xi’an, 16 May 2023',
    ru: 'Сиань, 16 мая 2023 года /Синьхуа/'
  } satisfies Localized,
  publisher: { zh: '新华社', en: 'Xinhua', ru: 'Синьхуа' } satisfies Localized,
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

const NAME: Localized = { zh: '丝路地图', en: 'Silk Road Atlas', ru: 'Атлас Шёлкового пути' };

export const SITE = {
  name: NAME,
  /** The page's title, as a browser's tab and a search result show it. */
  pageTitle: {
    zh: `${TITLE} · ${NAME.zh} ${NAME.en}`,
    en: `${ARTICLE.titleIn.en} · ${NAME.en}`,
    ru: `${ARTICLE.titleIn.ru} · ${NAME.ru}`
  } satisfies Localized,
  description: {
    zh: '新华社2023年5月16日《擘画中国—中亚关系新蓝图》一文的交互式地图：中国与中亚五国，天然气管道、长安号中欧班列和文章提到的合作项目，写在西安中国—中亚峰会前夕。',
    en: 'An interactive map of the Xinhua article of 16 May 2023 on China and the five Central Asian countries, on the eve of the China–Central Asia Summit in Xi’an.',
    ru: 'Интерактивная карта к статье агентства Синьхуа от 16 мая 2023 года о Китае и пяти странах Центральной Азии, опубликованной накануне саммита «Китай — Центральная Азия» в Сиане.'
  } satisfies Localized,
  mapLabel: {
    zh: '中国与中亚五国地图 Map of China and the five Central Asian countries',
    en: 'Map of China and the five Central Asian countries',
    ru: 'Карта Китая и пяти стран Центральной Азии'
  } satisfies Localized,
  /** The installed app's name and description (the web app manifest of each language's page). */
  appName: {
    zh: `${NAME.zh} ${NAME.en} · ${TITLE}`,
    en: `${NAME.en} · ${ARTICLE.titleIn.en}`,
    ru: `${NAME.ru} · ${ARTICLE.titleIn.ru}`
  } satisfies Localized,
  appDescription: {
    zh: '新华社2023年5月16日文章《擘画中国—中亚关系新蓝图》的交互式故事地图，有中文、英文和俄文版。首次访问后可离线使用。',
    en: 'An interactive story map of the Xinhua article of 16 May 2023 on China and Central Asia, in Chinese, English and Russian. Works offline after the first visit.',
    ru: 'Интерактивная карта-история к статье агентства Синьхуа от 16 мая 2023 года о Китае и Центральной Азии, на китайском, английском и русском языках. После первого посещения работает без сети.'
  } satisfies Localized,
  resetLabel: {
    zh: '显示整个地区 Show the whole region',
    en: 'Show the whole region',
    ru: 'Показать весь регион'
  } satisfies Localized
} as const;

/**
 * What a shared link to the atlas shows (its preview card, src/lib/share/card.ts), in each reader language: the
 * site's name, the article's title (Xinhua's, and ours in translation), and a sentence of what the atlas is.
 */
export const ATLAS_CARD: { siteName: Localized; title: Localized; description: Localized; imageAlt: Localized } = {
  siteName: SITE.name,
  title: ARTICLE.titleIn,
  description: SITE.description,
  imageAlt: {
    zh: '中国与中亚五国地图，标出中国—中亚天然气管道、长安号中欧班列和文章提到的合作项目',
    en: 'Map of China and the five Central Asian countries with the China–Central Asia gas pipeline, the Chang’an trains and the projects the article names',
    ru: 'Карта Китая и пяти стран Центральной Азии: газопровод «Центральная Азия — Китай», поезда «Чанъань» и проекты, названные в статье'
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

/** The data's credits in each language. OpenStreetMap's keeps its English words in all, as its licence asks. */
export const DATA_CREDITS: Record<Lang, Credit[]> = {
  zh: [
    [{ text: '© ' }, OSM, { text: ' contributors 贡献者（ODbL）' }],
    NATURAL_EARTH,
    [{ text: '地形：ETOPO5（美国国家海洋和大气管理局）' }]
  ],
  en: [[{ text: '© ' }, OSM, { text: ' contributors (ODbL)' }], NATURAL_EARTH, [{ text: 'Relief: ETOPO5 (NOAA)' }]],
  ru: [
    [{ text: '© ' }, OSM, { text: ' contributors, участники проекта (ODbL)' }],
    NATURAL_EARTH,
    [{ text: 'Рельеф: ETOPO5 (NOAA, США)' }]
  ]
};

/** The credits in each language: the data's, then the article's publisher and date. */
export const CREDITS = Object.fromEntries(
  Object.entries(DATA_CREDITS).map(([lang, credits]) => [
    lang,
    [...credits, [{ text: articleReference(lang as Lang) }]]
  ])
) as Record<Lang, Credit[]>;

/** A credit as plain text (for an exported image or print). */
export const creditText = (credit: Credit): string =>
  credit.map((part) => ('text' in part ? part.text : part.link)).join('');
