/**
 * Label fonts. The style has no `glyphs` URL, so MapLibre (≥ 5.11) draws every label with the reader's own
 * fonts, reading `text-font` as a CSS font-family list. The stack puts CJK faces first because every label
 * carries Chinese, and these faces also cover Latin: Noto Sans CJK SC / Source Han Sans SC (Linux, Android,
 * the test machines via fonts-noto-cjk), PingFang SC (macOS, iOS), Microsoft YaHei (Windows), Hiragino Sans GB
 * (older macOS), WenQuanYi Micro Hei (older Linux), then the generic sans-serif.
 * MapLibre sniffs the weight from the first name ("… Bold"), which no font is called, so the browser falls
 * through to the real faces at that weight.
 */
export const FONT_STACK = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'PingFang SC',
  'Microsoft YaHei',
  'Hiragino Sans GB',
  'WenQuanYi Micro Hei',
  'sans-serif'
];

export const FONT_REGULAR = ['Noto Sans CJK SC Regular', ...FONT_STACK];
export const FONT_BOLD = ['Noto Sans CJK SC Bold', ...FONT_STACK];

/** The same stack as CSS, for the page around the map. */
export const FONT_STACK_CSS = FONT_STACK.map((name) => (name.includes(' ') ? `"${name}"` : name)).join(', ');
