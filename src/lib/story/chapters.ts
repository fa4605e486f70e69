// The story the map tells, chapter by chapter, in the article's order: the lead, then its three sections with
// the things each one names. A chapter says what the map shows (frame, layers, highlighted features, the 2013
// journey) and quotes the article by reference; a unit test checks every quote, id and layer against the data.
import { REGION_FRAME, type Bounds } from '$lib/data/extent';
import type { Quote } from '$lib/data/article';

export interface Chapter {
  id: string;
  /** The part of the article it belongs to: the lead or one of the three sections (paragraph ids h1–h3). */
  section: 'lead' | 'h1' | 'h2' | 'h3';
  title_zh: string;
  title_en: string;
  /** The article's words this chapter tells, verbatim. */
  quotes: Quote[];
  /** [west, south, east, north]: what the camera frames, beside the story column or above the story card. */
  bounds: Bounds;
  /** Legend groups or members shown (every other is hidden while the chapter is on), or `all`. */
  layers: string[] | 'all';
  /** Catalog ids lit on the map (the list's ids: features, `country-kaz`, landforms). */
  highlight: string[];
  /** The 2013 journey: drawn (and animated) along its path, or its moments placed on the map. */
  journey?: 'path' | 'moments';
  /** What the map shows, in one sentence, for screen readers (said when the chapter opens). */
  alt_zh: string;
  alt_en: string;
}

const CENTRAL_ASIA: Bounds = [46, 35, 88, 55.5];

export const CHAPTERS: Chapter[] = [
  {
    id: 'lead',
    section: 'lead',
    title_zh: '西安，峰会前夕',
    title_en: "Xi'an, on the eve of the summit",
    quotes: [
      { paragraph: 'p01', text: '灞河之滨，长安塔下。初夏的古都西安，草木葱郁，万物并秀。' },
      { paragraph: 'p02', text: '5月18日至19日，中国—中亚峰会将在陕西省西安市举行。' }
    ],
    bounds: REGION_FRAME,
    layers: ['countries', 'places'],
    highlight: ['place-xian'],
    alt_zh: '地图显示中国和中亚五国，西安以黄色标出。',
    alt_en: "The map shows China and the five Central Asian countries, with Xi'an marked in yellow."
  },
  {
    id: 'section-1',
    section: 'h1',
    title_zh: '元首引领，行稳致远',
    title_en: 'Led by heads of state, steady and far-reaching',
    quotes: [{ paragraph: 'h1', text: '走出了一条睦邻友好、合作共赢的新路，成为构建新型国际关系的典范' }],
    bounds: CENTRAL_ASIA,
    layers: ['countries', 'places'],
    highlight: [],
    alt_zh: '地图显示中亚五国及其首都。',
    alt_en: 'The map shows the five Central Asian countries and their capitals.'
  },
  {
    id: 'journey-2013',
    section: 'h1',
    title_zh: '2013年金秋：首次中亚之行',
    title_en: 'Autumn 2013: the first journey to Central Asia',
    quotes: [
      {
        paragraph: 'p06',
        text: '从北京出发，向西飞越天山—阿拉套山脉，穿过阿姆河，跨越克孜勒库姆沙漠和费尔干纳谷地。'
      },
      {
        paragraph: 'p06',
        text: '2013年金秋，习近平作为国家主席首次前往中亚，对土库曼斯坦、哈萨克斯坦、乌兹别克斯坦和吉尔吉斯斯坦进行国事访问'
      }
    ],
    bounds: [52, 35, 118, 54],
    layers: ['countries', 'physical'],
    highlight: [],
    journey: 'path',
    alt_zh:
      '一条线从北京向西画出2013年9月的行程：阿什哈巴德、马雷、阿斯塔纳、塔什干、比什凯克；经过天山、阿拉套山、阿姆河、克孜勒库姆沙漠和费尔干纳谷地时依次亮起。',
    alt_en:
      'A line draws the September 2013 journey west from Beijing to Ashgabat, Mary, Astana, Tashkent and Bishkek, lighting the Tian Shan, the Alatau, the Amu Darya, the Kyzylkum and the Fergana Valley as it passes them.'
  },
  {
    id: 'partnerships',
    section: 'h1',
    title_zh: '伙伴关系',
    title_en: 'Partnerships',
    quotes: [
      {
        paragraph: 'p08',
        text: '此访期间，中国同土库曼斯坦、吉尔吉斯斯坦分别建立战略伙伴关系，同哈萨克斯坦进一步深化全面战略伙伴关系，同乌兹别克斯坦签署中乌友好合作条约、进一步发展和深化战略伙伴关系。'
      }
    ],
    bounds: CENTRAL_ASIA,
    layers: ['countries'],
    highlight: ['country-tkm', 'country-kgz', 'country-kaz', 'country-uzb'],
    alt_zh: '土库曼斯坦、吉尔吉斯斯坦、哈萨克斯坦和乌兹别克斯坦以黄色轮廓标出。',
    alt_en: 'Turkmenistan, Kyrgyzstan, Kazakhstan and Uzbekistan are outlined in yellow.'
  },
  {
    id: 'moments',
    section: 'h1',
    title_zh: '温暖人心的交往',
    title_en: 'Encounters that warm the heart',
    quotes: [{ paragraph: 'p10', text: '这样的交往互动温暖人心——' }],
    bounds: [55, 35, 124, 54],
    layers: ['countries'],
    highlight: [],
    journey: 'moments',
    alt_zh:
      '地图标出文章列举的六个场景：哈萨克斯坦的演讲、吉尔吉斯斯坦的家宴、塔吉克斯坦的署名文章、马雷、布哈拉古城和北京的复信。',
    alt_en:
      'The map marks the six moments the article lists: the speech in Kazakhstan, the banquet in Kyrgyzstan, the signed article for Tajikistan, Mary, the old city of Bukhara and the letter to students in Beijing.'
  },
  {
    id: 'section-2',
    section: 'h2',
    title_zh: '携手同行、共谋发展',
    title_en: 'Walking together, developing together',
    quotes: [{ paragraph: 'h2', text: '加强发展战略和规划对接， 共同寻找合作切入点， 不断提高合作水平' }],
    bounds: REGION_FRAME,
    layers: 'all',
    highlight: [],
    alt_zh: '地图显示全部图层：天然气管道、长安号线路、其他中欧班列和重点项目。',
    alt_en:
      'The map shows every layer: the gas pipeline, the Chang’an routes, the other China–Europe trains and the projects.'
  },
  {
    id: 'train-to-tashkent',
    section: 'h2',
    title_zh: '2023年4月26日：开往塔什干的专列',
    title_en: '26 April 2023: a special train to Tashkent',
    quotes: [
      {
        paragraph: 'p29',
        text: '2023年4月26日，西安国际港务区。伴随汽笛长鸣，中欧班列“一带一路”十周年长安号西安—中亚专列顺利发车。'
      },
      { paragraph: 'p29', text: '送往乌兹别克斯坦首都塔什干' }
    ],
    bounds: [64, 33, 112, 47],
    layers: ['countries', 'changan-central-asia', 'project-xian-port', 'places'],
    highlight: ['changan-xian-tashkent', 'project-xian-port'],
    alt_zh: '长安号西安—塔什干线路以黄色标出，从西安国际港务区向西经新疆、哈萨克斯坦到塔什干。',
    alt_en:
      "The Xi'an–Tashkent Chang'an route is marked in yellow, west from the Xi'an International Port through Xinjiang and Kazakhstan to Tashkent."
  },
  {
    id: 'corridors',
    section: 'h2',
    title_zh: '17条干线通道与“钢铁驼队”',
    title_en: "17 trunk routes and the 'steel camel caravans'",
    quotes: [
      { paragraph: 'p31', text: '中欧班列西安集结中心已开通西安至中亚国家等17条干线通道' },
      { paragraph: 'p32', text: '“长安号”“义新欧”“渝新欧”“郑新欧”“蓉新欧”' }
    ],
    bounds: [-4, 28, 122, 60],
    layers: ['countries', 'changan', 'other-trains'],
    highlight: [],
    alt_zh: '地图显示从西安出发的长安号线路和其他中欧班列，横跨亚欧大陆到达中亚、欧洲和里海。',
    alt_en:
      "The map shows the Chang'an routes out of Xi'an and the other China–Europe trains across Eurasia to Central Asia, Europe and the Caspian."
  },
  {
    id: 'belt-and-road',
    section: 'h2',
    title_zh: '共建“一带一路”合作文件',
    title_en: 'Belt and Road cooperation documents',
    quotes: [
      {
        paragraph: 'p33',
        text: '2013年9月7日，习近平主席在哈萨克斯坦发表演讲，首次提出共同建设“丝绸之路经济带”重大倡议'
      },
      {
        paragraph: 'p34',
        text: '2014年9月，塔吉克斯坦；12月，哈萨克斯坦、吉尔吉斯斯坦；2015年6月，乌兹别克斯坦；2023年1月，土库曼斯坦'
      }
    ],
    bounds: CENTRAL_ASIA,
    layers: ['countries', 'places'],
    highlight: [
      'country-tjk',
      'country-kaz',
      'country-kgz',
      'country-uzb',
      'country-tkm',
      'place-nazarbayev-university'
    ],
    alt_zh:
      '中亚五国以黄色轮廓标出，它们在2014年至2023年间同中国签署共建“一带一路”合作文件；阿斯塔纳的纳扎尔巴耶夫大学也被标出。',
    alt_en:
      'The five Central Asian countries, which signed Belt and Road documents with China between 2014 and 2023, are outlined in yellow; Nazarbayev University in Astana is marked.'
  },
  {
    id: 'gas-pipeline',
    section: 'h2',
    title_zh: '中国—中亚天然气管道',
    title_en: 'The China–Central Asia gas pipeline',
    quotes: [{ paragraph: 'p40', text: '从中国首条跨国输气管道中国—中亚天然气管道' }],
    bounds: [56, 34, 92, 46],
    layers: ['countries', 'pipeline', 'project-gas-pipeline', 'project-galkynysh'],
    highlight: ['project-gas-pipeline'],
    alt_zh:
      '天然气管道A、B、C线从土库曼斯坦经乌兹别克斯坦和哈萨克斯坦到霍尔果斯；在建的D线以虚线穿过塔吉克斯坦和吉尔吉斯斯坦。',
    alt_en:
      'Gas pipeline Lines A, B and C run from Turkmenistan through Uzbekistan and Kazakhstan to Khorgos; Line D, under construction, is dashed through Tajikistan and Kyrgyzstan.'
  },
  {
    id: 'galkynysh',
    section: 'h2',
    title_zh: '“复兴”气田',
    title_en: 'The Galkynysh gas field',
    quotes: [
      {
        paragraph: 'p14',
        text: '专程赶赴土库曼斯坦小城马雷，习近平主席出席“复兴”气田一期工程竣工投产仪式'
      }
    ],
    bounds: [58.5, 35.5, 66, 40],
    layers: ['countries', 'pipeline', 'project-galkynysh', 'places'],
    highlight: ['project-galkynysh'],
    alt_zh: '“复兴”气田位于土库曼斯坦马雷附近，以黄色标出，管道从这里向东北延伸。',
    alt_en:
      'The Galkynysh gas field near Mary in Turkmenistan is marked in yellow, with the pipeline running north-east.'
  },
  {
    id: 'angren-pap',
    section: 'h2',
    title_zh: '“安格连—帕普”铁路隧道',
    title_en: 'The Angren–Pap railway tunnel',
    quotes: [{ paragraph: 'p40', text: '到中亚第一长隧道“安格连—帕普”铁路隧道' }],
    bounds: [69.2, 40.2, 72.6, 41.8],
    layers: ['countries', 'project-angren-pap', 'physical'],
    highlight: ['project-angren-pap'],
    alt_zh: '安格连—帕普铁路以黄色标出，从塔什干州翻越库拉马山进入费尔干纳谷地，虚线为卡姆奇克隧道。',
    alt_en:
      'The Angren–Pap railway is marked in yellow, crossing the Qurama range from Tashkent province into the Fergana Valley, with the Qamchiq tunnel dashed.'
  },
  {
    id: 'zhanatas',
    section: 'h2',
    title_zh: '札纳塔斯风电项目',
    title_en: 'The Zhanatas wind farm',
    quotes: [{ paragraph: 'p40', text: '从中哈合作建设中亚最大风电场札纳塔斯风电项目' }],
    bounds: [66.5, 41.2, 73, 45.6],
    layers: ['countries', 'project-zhanatas-wind', 'places'],
    highlight: ['project-zhanatas-wind'],
    alt_zh: '札纳塔斯风电场位于哈萨克斯坦南部，以黄色标出。',
    alt_en: 'The Zhanatas wind farm in southern Kazakhstan is marked in yellow.'
  },
  {
    id: 'north-south-road',
    section: 'h2',
    title_zh: '吉尔吉斯斯坦新北南公路',
    title_en: "Kyrgyzstan's new North–South road",
    quotes: [{ paragraph: 'p40', text: '到被称为“中国路”的吉尔吉斯斯坦新北南公路' }],
    bounds: [71.8, 40.4, 78, 43.2],
    layers: ['countries', 'project-north-south-road', 'places'],
    highlight: ['project-north-south-road'],
    alt_zh: '新北南公路以黄色标出，从伊塞克湖西端的巴雷克奇穿过天山到贾拉拉巴德。',
    alt_en:
      'The new North–South road is marked in yellow, from Balykchy at the western end of Lake Issyk-Kul across the Tian Shan to Jalal-Abad.'
  },
  {
    id: 'section-3',
    section: 'h3',
    title_zh: '团结协作，命运与共',
    title_en: 'United in cooperation, sharing a common future',
    quotes: [
      {
        paragraph: 'h3',
        text: '共同谱写中国同中亚国家 关系更加美好的明天， 共同推动构建人类命运共同体'
      }
    ],
    bounds: REGION_FRAME,
    layers: ['countries', 'places'],
    highlight: [],
    alt_zh: '地图显示中国和中亚五国。',
    alt_en: 'The map shows China and the five Central Asian countries.'
  },
  {
    id: 'summit',
    section: 'h3',
    title_zh: '西安峰会',
    title_en: "The summit in Xi'an",
    quotes: [
      { paragraph: 'p53', text: '2023年4月27日，中国—中亚外长第四次会晤在西安举行。' },
      { paragraph: 'p55', text: '中国—中亚峰会举行在即，西安已为峰会做好了准备。' }
    ],
    bounds: [107.6, 33.7, 110.2, 35.1],
    layers: ['countries', 'places', 'changan', 'project-xian-port'],
    highlight: ['place-xian', 'place-changan-tower'],
    alt_zh: '地图拉近到西安：长安塔、西安国际港务区和从这里出发的长安号线路。',
    alt_en:
      "The map zooms in on Xi'an: the Chang'an Tower, the Xi'an International Port and the Chang'an routes leaving from it."
  }
];

export const chapterIndex = (id: string): number => CHAPTERS.findIndex((c) => c.id === id);
