// Our English translation of the whole article, paragraph by paragraph (article/article.en.json; ours, not
// Xinhua's), for the English reader of the full text.
import translation from './article/article.en.json';
import type { Paragraph } from './article';

const ENGLISH: Record<string, string> = translation.paragraphs;

/** A paragraph with our English translation beside its original (null where there is none). */
export interface BilingualParagraph extends Paragraph {
  en: string | null;
}

export function withEnglish(paragraphs: Paragraph[]): BilingualParagraph[] {
  return paragraphs.map((p) => ({ ...p, en: ENGLISH[p.id] ?? null }));
}
