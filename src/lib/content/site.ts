// The page's own words: title, lead and credits, in Chinese and English.

export const ARTICLE = {
  title: '擘画中国—中亚关系新蓝图',
  subtitle: '——写在中国—中亚峰会即将举行之际',
  titleEn: 'Charting a new blueprint for China–Central Asia relations',
  source: '新华社西安5月16日电',
  sourceEn: 'Xinhua, Xi’an, 16 May 2023'
} as const;

export const SITE = {
  name: '丝路地图',
  nameEn: 'Silk Road Atlas',
  pageTitle: `${ARTICLE.title} · 丝路地图 Silk Road Atlas`,
  description:
    'An interactive map of the Xinhua article of 16 May 2023 on China and the five Central Asian countries, on the eve of the China–Central Asia Summit in Xi’an.',
  mapLabel: '中国与中亚五国地图 Map of China and the five Central Asian countries',
  resetLabel: '显示整个地区 Show the whole region'
} as const;

/** Credits shown on the map: the data and the story. */
export const CREDITS = [
  'Borders, water, places: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a> (public domain)',
  'Story: 新华社《擘画中国—中亚关系新蓝图》Xinhua, 16 May 2023'
];

/** A credit as plain text (for an exported image or print): the HTML's words without its tags. */
export const creditText = (html: string): string => html.replace(/<[^>]+>/g, '');
