import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { knowledgePackSchema } from '../core/knowledge/schema';

/** Fails the build when a knowledge pack does not match its schema or repeats an id. */
export function validateKnowledgePacks(dataDir = path.resolve('data')): number {
  const ids = new Set<string>();
  let entries = 0;
  for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.json'))) {
    const parsed = knowledgePackSchema.safeParse(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`data/${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const entry of parsed.data.entries) {
      if (ids.has(entry.id)) throw new Error(`data/${file}: duplicate id ${entry.id}`);
      ids.add(entry.id);
    }
    entries += parsed.data.entries.length;
  }
  return entries;
}
