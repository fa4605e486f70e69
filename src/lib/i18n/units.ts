// The figures' units in each reader language. The data writes each figure's unit in English (network/
// features.json); a reader of another language reads it their way, with the number scaled where that language
// counts in other steps (550 亿立方米 for 55 bcm, 12 亿美元 for 1,200 million USD; Russian counts as English does:
// 55 млрд кубометров). A unit test fails on a unit in the catalog without one in every language.
import type { Figure } from '$lib/data/network';
import type { Lang } from '$lib/data/langs';

/** The language the data writes its units in. */
const DATA_UNIT_LANG = 'en' satisfies Lang;

interface LocalUnit {
  unit: string;
  /** What the value is multiplied by in this unit (absent: 1). */
  scale?: number;
}

const CHINESE_UNITS: Record<string, LocalUnit> = {
  km: { unit: '公里' },
  'km (with branches)': { unit: '公里（含支线）' },
  m: { unit: '米' },
  mm: { unit: '毫米' },
  MW: { unit: '兆瓦' },
  '× 2.5 MW': { unit: '台 × 2.5兆瓦' },
  'GWh/yr (about)': { unit: '吉瓦时/年（约）' },
  'bcm/yr': { unit: '亿立方米/年', scale: 10 },
  'bcm/yr (2015)': { unit: '亿立方米/年（2015年）', scale: 10 },
  '+ bcm': { unit: '亿立方米以上', scale: 10 },
  'million USD': { unit: '亿美元', scale: 0.01 },
  days: { unit: '天' },
  'days (about)': { unit: '天（约）' },
  'days (11–12)': { unit: '天（11–12天）' },
  'days (12–14)': { unit: '天（12–14天）' },
  trains: { unit: '列' },
  '+ trains': { unit: '列以上' },
  '+ vehicles': { unit: '辆以上' },
  routes: { unit: '条线路' },
  'tunnels, 63.3 km': { unit: '条隧道，共63.3公里' }
};

// The plural forms fit today's values (4 639 and 1 100+ поездов, 17 маршрутов, 42 тоннеля): a new value
// ending in 1–4 needs another form.
const RUSSIAN_UNITS: Record<string, LocalUnit> = {
  km: { unit: 'км' },
  'km (with branches)': { unit: 'км (с отводами)' },
  m: { unit: 'м' },
  mm: { unit: 'мм' },
  MW: { unit: 'МВт' },
  '× 2.5 MW': { unit: '× 2,5 МВт' },
  'GWh/yr (about)': { unit: 'ГВт·ч в год (около)' },
  'bcm/yr': { unit: 'млрд кубометров в год' },
  'bcm/yr (2015)': { unit: 'млрд кубометров в год (2015)' },
  '+ bcm': { unit: '+ млрд кубометров' },
  'million USD': { unit: 'млн долларов США' },
  days: { unit: 'сут.' },
  'days (about)': { unit: 'сут. (около)' },
  'days (11–12)': { unit: 'сут. (11–12)' },
  'days (12–14)': { unit: 'сут. (12–14)' },
  trains: { unit: 'поездов' },
  '+ trains': { unit: '+ поездов' },
  '+ vehicles': { unit: '+ автомобилей' },
  routes: { unit: 'маршрутов' },
  'tunnels, 63.3 km': { unit: 'тоннеля общей протяжённостью 63,3 км' }
};

/** Each language's units but the data's own, by the data's unit. */
export const LOCAL_UNITS: Record<Exclude<Lang, typeof DATA_UNIT_LANG>, Record<string, LocalUnit>> = {
  zh: CHINESE_UNITS,
  ru: RUSSIAN_UNITS
};

/** A figure's value and unit as a reader of this language reads them. */
export function figureIn(figure: Pick<Figure, 'value' | 'unit'>, lang: Lang): { value: number; unit: string } {
  const local = lang === DATA_UNIT_LANG ? undefined : LOCAL_UNITS[lang][figure.unit];
  if (!local) return { value: figure.value, unit: figure.unit };
  // Rounded to what the figure had: 4.55 亿美元, not 4.550000000000001.
  return { value: Number((figure.value * (local.scale ?? 1)).toPrecision(12)), unit: local.unit };
}
