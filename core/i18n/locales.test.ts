import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../messaging/errors';
import { ENGINE_IDS, UI_LANGUAGES } from '../settings/schema';
import { TARGET_LANGUAGES } from '../languages';
import { resources } from './resources';

const LOCALES_DIR = path.resolve('locales');
const MESSAGES_DIR = path.resolve('public/_locales');

type Tree = { [key: string]: string | Tree };

function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

function valueAt(tree: Tree, dotted: string): string {
  return dotted.split('.').reduce<Tree | string>((node, key) => (node as Tree)[key]!, tree) as string;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

describe('UI locales', () => {
  const english = resources.en as unknown as Record<string, Tree>;

  it('ships a folder for every UI language and nothing else', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  for (const language of UI_LANGUAGES) {
    for (const namespace of Object.keys(english)) {
      it(`${language}/${namespace}.json has exactly the English keys, each non-empty with the same placeholders`, () => {
        const file = JSON.parse(readFileSync(path.join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')) as Tree;
        const expected = keyPaths(english[namespace]!).sort();
        expect(keyPaths(file).sort()).toEqual(expected);
        for (const key of expected) {
          const value = valueAt(file, key);
          expect(value.trim(), `${language}:${namespace}.${key}`).not.toBe('');
          expect(placeholders(value), `${language}:${namespace}.${key}`).toEqual(placeholders(valueAt(english[namespace]!, key)));
        }
      });
    }
  }

  it('Chinese locales are translated, not English copies', () => {
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const ui = resources[language].ui as unknown as Tree;
      const translated = keyPaths(ui).filter((key) => /\p{Script=Han}/u.test(valueAt(ui, key)));
      expect(translated.length / keyPaths(ui).length, language).toBeGreaterThan(0.9);
    }
  });

  it('Japanese, Korean and Spanish are translated, not English copies', () => {
    for (const language of ['ja', 'ko', 'es'] as const) {
      for (const namespace of Object.keys(english)) {
        const file = resources[language][namespace as keyof (typeof resources)['en']] as unknown as Tree;
        // Brand names (Ferry, DeepL, Azure…) and the native language names stay as they are.
        const keys = keyPaths(english[namespace]!).filter((key) => !/^(appName|popup\.title|uiLanguages\..*|engineShort\..*)$/.test(key));
        const same = keys.filter((key) => valueAt(file, key) === valueAt(english[namespace]!, key));
        expect(same.length / keys.length, `${language}/${namespace}: ${same.join(', ')}`).toBeLessThan(0.05);
      }
    }
  });

  it('has a message for every error code, engine and target language', () => {
    const common = english.common!;
    for (const code of ERROR_CODES) expect(valueAt(common, `errors.${code}`)).toBeTruthy();
    for (const id of ENGINE_IDS) expect(valueAt(common, `engines.${id}`)).toBeTruthy();
    for (const code of TARGET_LANGUAGES) expect(valueAt(common, `languages.${code}`)).toBeTruthy();
    for (const id of ENGINE_IDS) expect(valueAt(english.content!, `engineShort.${id}`)).toBeTruthy();
  });
});

describe('manifest locales (public/_locales)', () => {
  const manifestSource = readFileSync(path.resolve('wxt.config.ts'), 'utf8');
  const used = [...manifestSource.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);

  it('every __MSG_ key used by the manifest exists in every shipped locale', () => {
    expect(used.length).toBeGreaterThan(0);
    const folders = readdirSync(MESSAGES_DIR);
    expect(folders.sort()).toEqual(['en', 'es', 'ja', 'ko', 'zh_CN', 'zh_TW']);
    for (const folder of folders) {
      const messages = JSON.parse(readFileSync(path.join(MESSAGES_DIR, folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      for (const key of used) expect(messages[key]?.message, `${folder}: ${key}`).toBeTruthy();
    }
  });
});
