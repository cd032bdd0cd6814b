/** The two languages Talenta answers in: the language of the question. */
export type Lang = 'id' | 'en';

/** One text in both languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** `say(lang)('Kandidat', 'Successors')`: the text in the asker's language. */
export function say(lang: Lang): (id: string, en: string) => string {
  return (id, en) => (lang === 'en' ? en : id);
}

export function inLang(lang: Lang, text: Bilingual): string {
  return lang === 'en' ? text.en : text.id;
}
