import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codedPackSchema } from '../core/knowledge/coded/schema';

/** Fails the build when a coded-language pack does not match its schema or repeats an id. */
export function validateCodedPacks(dir = path.resolve('data/coded')): number {
  const ids = new Set<string>();
  let entries = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const parsed = codedPackSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`data/coded/${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const entry of parsed.data.entries) {
      if (ids.has(entry.id)) throw new Error(`data/coded/${file}: duplicate id ${entry.id}`);
      ids.add(entry.id);
    }
    entries += parsed.data.entries.length;
  }
  return entries;
}
