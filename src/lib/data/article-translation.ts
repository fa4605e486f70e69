// Our translation of the whole article, paragraph by paragraph and language (article/article.<lang>.json; ours, not
// Xinhua's), for a reader of the full text in another language than the original.
import en from './article/article.en.json';
import ru from './article/article.ru.json';
import type { Paragraph } from './article';
import { TRANSLATION_LANGS, type TranslationLang } from './langs';

const PARAGRAPHS: Record<TranslationLang, Record<string, string>> = { en: en.paragraphs, ru: ru.paragraphs };

/** A paragraph with our translations beside its original (a language without one is left out). */
export interface TranslatedParagraph extends Paragraph {
  translation: Partial<Record<TranslationLang, string>>;
}

export function withTranslation(paragraphs: Paragraph[]): TranslatedParagraph[] {
  return paragraphs.map((p) => ({
    ...p,
    translation: Object.fromEntries(
      TRANSLATION_LANGS.filter((lang) => PARAGRAPHS[lang][p.id]).map((lang) => [lang, PARAGRAPHS[lang][p.id]])
    )
  }));
}
