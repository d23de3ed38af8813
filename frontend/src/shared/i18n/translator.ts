import type { Messages } from './messages';

// The SPA's own translation (issue 15: i18next and react-i18next were 17 kB of the 150 a first page may weigh; the
// app used a lookup, {{name}} values, _one/_other plurals and a default). Keys are typed from the Dutch texts.

type Tree = { [key: string]: string | Tree };
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** Every text's key, a plural's without its suffix: a key in neither nl.ts nor nl-desk.ts fails the typecheck. */
export type MessageKey = WithoutPlural<Leaves<Messages>>;
export type TOptions = { count?: number; defaultValue?: string } & Record<string, unknown>;

export interface TFunction {
  (key: MessageKey, options?: TOptions): string;
  /** A key made from data (a server's code): it may have no text, so the caller says what to show then. */
  (key: string, options: TOptions & { defaultValue: string }): string;
}

export type Language = 'nl' | 'en';

export class Translator {
  private readonly resources: Partial<Record<Language, Tree>> = {};
  private readonly listeners = new Set<() => void>();
  private readonly plurals = new Map<Language, Intl.PluralRules>();
  language: Language;

  constructor(language: Language, texts: Tree) {
    this.language = language;
    this.addTexts(language, texts);
  }

  /** Merges texts into a language's (a later part of the Dutch, or English when chosen). */
  addTexts(language: Language, texts: object) {
    this.resources[language] = merge(this.resources[language] ?? {}, texts as Tree);
    this.changed();
  }

  hasTexts(language: Language): boolean {
    return this.resources[language] !== undefined;
  }

  setLanguage(language: Language) {
    this.language = language;
    this.changed();
  }

  exists(key: string): boolean {
    return this.find(key) !== undefined;
  }

  /** The text in the current language, else the Dutch; with {{name}} replaced; else the default, else the key. */
  readonly t: TFunction = (key: string, options?: TOptions): string => {
    const text = this.find(key, options?.count) ?? options?.defaultValue ?? key;
    if (!options) return text;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])));
  };

  /** For useSyncExternalStore: a function that changes whenever the language or the texts do. */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private find(key: string, count?: number): string | undefined {
    for (const language of new Set<Language>([this.language, 'nl'])) {
      const texts = this.resources[language];
      if (!texts) continue;
      if (typeof count === 'number') {
        const rules = this.plurals.get(language) ?? new Intl.PluralRules(language);
        this.plurals.set(language, rules);
        const plural = lookup(texts, `${key}_${rules.select(count)}`) ?? lookup(texts, `${key}_other`);
        if (plural !== undefined) return plural;
      }
      const text = lookup(texts, key);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  private changed() {
    this.listeners.forEach((listener) => listener());
  }
}

function lookup(texts: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = texts;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const existing = out[k];
    out[k] = typeof v === 'object' && typeof existing === 'object' ? merge(existing, v) : v;
  }
  return out;
}
