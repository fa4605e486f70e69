// Facts about the world the tests check the map against. They come from outside the project's data (ISO 3166,
// the article, published coordinates), so a test comparing the data with them can fail.

/** ISO 3166-1 alpha-3 codes of the six countries with their names as the article writes them. */
export const SIX_COUNTRIES = [
  { iso3: 'CHN', zh: '中国', en: 'China' },
  { iso3: 'KAZ', zh: '哈萨克斯坦', en: 'Kazakhstan' },
  { iso3: 'KGZ', zh: '吉尔吉斯斯坦', en: 'Kyrgyzstan' },
  { iso3: 'TJK', zh: '塔吉克斯坦', en: 'Tajikistan' },
  { iso3: 'TKM', zh: '土库曼斯坦', en: 'Turkmenistan' },
  { iso3: 'UZB', zh: '乌兹别克斯坦', en: 'Uzbekistan' }
] as const;

/**
 * Enclaves in the Fergana Valley, at their towns' published coordinates (Wikipedia, GeoNames):
 * Sokh 39°57′N 71°08′E, an exclave of Uzbekistan inside Kyrgyzstan; Vorukh 39°51′N 70°35′E, of Tajikistan.
 * Batken (40°04′N 70°49′E) is a Kyrgyz town between them.
 */
export const FERGANA_ENCLAVES = [
  { name: 'Sokh', iso3: 'UZB', point: [71.133, 39.95] as [number, number] },
  { name: 'Vorukh', iso3: 'TJK', point: [70.583, 39.85] as [number, number] },
  { name: 'Batken', iso3: 'KGZ', point: [70.817, 40.067] as [number, number] }
];

/** The physical features the article names (article line 19) and the rivers and lakes the basemap must have. */
export const ARTICLE_PHYSICAL_NAMES = ['天山', '阿拉套山', '阿姆河', '克孜勒库姆沙漠', '费尔干纳谷地'];
export const REQUIRED_RIVERS = ['Amu Darya', 'Syr Darya', 'Ili', 'Wei River', 'Yellow River'];
export const REQUIRED_LAKES = ['Aral Sea', 'Lake Balkhash', 'Issyk-Kul', 'Lake Zaysan', 'Qinghai Lake'];

/** Cities the story needs, each with its country. */
export const STORY_CITIES = [
  { en: 'Beijing', iso3: 'CHN' },
  { en: "Xi'an", iso3: 'CHN' },
  { en: 'Astana', iso3: 'KAZ' },
  { en: 'Almaty', iso3: 'KAZ' },
  { en: 'Bishkek', iso3: 'KGZ' },
  { en: 'Dushanbe', iso3: 'TJK' },
  { en: 'Ashgabat', iso3: 'TKM' },
  { en: 'Mary', iso3: 'TKM' },
  { en: 'Tashkent', iso3: 'UZB' },
  { en: 'Bukhara', iso3: 'UZB' },
  { en: 'Madrid', iso3: 'ESP' },
  { en: 'Yiwu', iso3: 'CHN' },
  { en: 'Manzhouli', iso3: 'CHN' }
];

/** Published areas of the landforms the map reads off the relief (Encyclopaedia Britannica). */
export const LANDFORM_AREAS = [
  { id: 'fergana', km2: 22_000 },
  { id: 'kyzylkum', km2: 298_000 }
];

/** Towns at their published coordinates (GeoNames): in the Fergana basin or on its rim, in the desert or not. */
export const LANDFORM_TOWNS = [
  {
    id: 'fergana',
    inside: {
      Namangan: [71.673, 40.998],
      Andijan: [72.344, 40.783],
      Kokand: [70.943, 40.529],
      Fergana: [71.786, 40.384]
    } as Record<string, [number, number]>,
    outside: { Tashkent: [69.293, 41.314], Khujand: [69.622, 40.283], Naryn: [75.991, 41.429] } as Record<
      string,
      [number, number]
    >
  },
  {
    id: 'kyzylkum',
    inside: { Uchquduq: [63.556, 42.157], Zarafshan: [64.2, 41.574] } as Record<string, [number, number]>,
    outside: { Turkmenabat: [63.578, 39.074], Kyzylorda: [65.509, 44.853], Samarkand: [66.96, 39.655] } as Record<
      string,
      [number, number]
    >
  }
];
