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

const LINK = 'target="_blank" rel="noopener noreferrer"';

/**
 * Credits shown on the map, the exported image, the print sheet and the data download: the data and the story,
 * each in Chinese and English. OpenStreetMap's data (the pipeline's route, the Angren–Pap railway) is ODbL and
 * must be credited wherever it is shown or exported.
 */
export const CREDITS = [
  `© <a href="https://www.openstreetmap.org/copyright" ${LINK}>OpenStreetMap</a> contributors 贡献者 (ODbL): 天然气管道A/B/C线、安格连—帕普铁路 gas pipeline Lines A–C, Angren–Pap railway`,
  `边界、水系、地名、铁路 Borders, water, places, railways: <a href="https://www.naturalearthdata.com/" ${LINK}>Natural Earth</a> (public domain 公有领域)`,
  '地形晕渲 Relief: ETOPO5 (NOAA，美国国家海洋和大气管理局, public domain 公有领域)',
  '故事 Story: 新华社《擘画中国—中亚关系新蓝图》Xinhua, 16 May 2023'
];

/** A credit as plain text (for an exported image or print): the HTML's words without its tags. */
export const creditText = (html: string): string => html.replace(/<[^>]+>/g, '');
