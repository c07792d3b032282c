# Shared helpers for writing the coded-language packs (data/coded/*.json) from compact tables.
import json, re

CARE = {
    'en': 'Follow the platform\'s self-harm escalation. Help lines: US 988 (call or text), UK and Ireland Samaritans 116 123, mainland China 12356 (national psychological assistance line), Hong Kong Samaritans 2389 2222, Taiwan 1925; emergency: local emergency number. Never reply with method detail.',
    'zh-Hans': '按平台的自伤风险流程上报。求助热线：中国大陆 12356（全国心理援助热线），香港撒玛利亚防止自杀会 2389 2222，台湾 1925，美国 988，英国和爱尔兰 116 123；紧急情况拨打当地急救电话。切勿回复任何方法细节。',
}

def entry(id, forms, en, zh, topic, source, example, **opts):
    e = {'id': id, 'forms': forms.split('|'), 'meaning': {'en': en, 'zh-Hans': zh}, 'topic': topic, 'source': source, 'example': example}
    for key in ('ordinary', 'notInside', 'requireAny', 'excludeAny'):
        if key in opts: e[key] = opts[key]
    derive = {k: True for k in ('homophones', 'pinyin', 'initials') if opts.get(k)}
    if derive: e['derive'] = derive
    if opts.get('obf'): e['obfuscatedOnly'] = True
    if topic == 'self-harm': e['care'] = CARE
    return e

def write(path, pack, language, sources, entries):
    ids = [e['id'] for e in entries]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    entries.sort(key=lambda e: e['id'])
    data = {'pack': pack, 'language': language, 'version': '1.0.0', 'lastReviewed': '2026-12-08', 'sources': sources, 'entries': entries}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(path, len(entries))
