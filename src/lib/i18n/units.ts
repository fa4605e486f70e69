// The figures' units in Chinese. The data writes each figure's unit in English (network/features.json); a
// Chinese reader reads it the Chinese way, with the number scaled where Chinese counts in other steps (550 亿
// 立方米 for 55 bcm, 12 亿美元 for 1,200 million USD). A unit test fails on a unit in the catalog without one.
import type { Figure } from '$lib/data/network';
import type { Lang } from '$lib/data/langs';

interface ChineseUnit {
  unit: string;
  /** What the value is multiplied by in this unit (absent: 1). */
  scale?: number;
}

export const CHINESE_UNITS: Record<string, ChineseUnit> = {
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

/** A figure's value and unit as a reader of this language reads them. */
export function figureIn(figure: Pick<Figure, 'value' | 'unit'>, lang: Lang): { value: number; unit: string } {
  const chinese = lang === 'zh' ? CHINESE_UNITS[figure.unit] : undefined;
  if (!chinese) return { value: figure.value, unit: figure.unit };
  // Rounded to what the figure had: 4.55 亿美元, not 4.550000000000001.
  return { value: Number((figure.value * (chinese.scale ?? 1)).toPrecision(12)), unit: chinese.unit };
}
