import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHomophoneGroups } from '../../../scripts/build-homophones';
import groups from './homophones.json';
import { homophoneKey, installHomophones, readingsOf } from './homophones';

installHomophones(groups);

describe('homophone table', () => {
  it('is the one pinyin-pro gives today (regenerate with npx tsx scripts/build-homophones.ts)', () => {
    const stored = JSON.parse(readFileSync(path.resolve('core/knowledge/coded/homophones.json'), 'utf8')) as unknown;
    expect(stored).toEqual(buildHomophoneGroups());
  });

  it('keys homophones alike and other words apart', () => {
    expect(homophoneKey('加薇信')).toBe(homophoneKey('加微信'));
    expect(homophoneKey('紫砂')).toBe(homophoneKey('自杀'));
    expect(homophoneKey('菠菜')).toBe(homophoneKey('博彩'));
    expect(homophoneKey('微信')).not.toBe(homophoneKey('威胁'));
    expect(homophoneKey('abc 微信')).toHaveLength(6);
  });

  it('spells words in toneless pinyin', () => {
    expect(readingsOf('微信')).toEqual(['wei', 'xin']);
    expect(readingsOf('微x')).toBeUndefined();
  });
});
