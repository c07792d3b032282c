import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { ReviewItemInput } from '../core/moderation/review-item';
import type { FileItemRequest } from '../core/team/schema';
import { addModerator, createTeam } from './admin';
import { buildApp } from './app';
import { createPool, migrate, type Db } from './db';

/**
 * A fresh database on the PostgreSQL at DATABASE_URL (scripts/with-postgres.mjs starts one for
 * `npm run test:server`), migrated, with the app on top. Without DATABASE_URL the tests fail loudly.
 */
export async function freshDatabase(): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set: run the server tests with `npm run test:server` (starts a throwaway PostgreSQL).');
  const name = `ferry_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = createPool(url.toString(), 20);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.end();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function setUpTeams(db: Db) {
  await createTeam(db, 'alpha');
  await createTeam(db, 'beta');
  return {
    alphaLead: await addModerator(db, 'alpha', 'Ana (lead)', 'lead'),
    alphaMod: await addModerator(db, 'alpha', 'Ben', 'moderator'),
    alphaMod2: await addModerator(db, 'alpha', 'Caro', 'moderator'),
    betaLead: await addModerator(db, 'beta', 'Dai (lead)', 'lead'),
    betaMod: await addModerator(db, 'beta', 'Eli', 'moderator'),
  };
}

export function appFor(db: Db) {
  return buildApp({ db });
}

/** A post the overlay would file: a location mismatch on Xiaohongshu, with a cannabis policy topic. */
export function sampleItem(postId: string, extra: Partial<ReviewItemInput> = {}): ReviewItemInput {
  return {
    site: 'xiaohongshu',
    postId,
    url: 'https://www.xiaohongshu.com/explore/6762c3d4000000000104d5e6',
    author: 'tex',
    locationLabel: '广东',
    excerpt: "I'm from Texas, real American here",
    translation: undefined,
    sourceLanguage: 'en',
    script: 'Latin',
    topics: [
      {
        id: 'policy-cannabis',
        title: 'Cannabis',
        topic: 'drugs',
        regions: [
          { region: 'CN', level: 'prohibited', citation: { title: 'Narcotics Control Law of the PRC, Art. 2', url: 'https://www.gov.cn/' } },
          { region: 'US', level: 'varies', citation: { title: 'Controlled Substances Act, 21 U.S.C. 812' } },
        ],
        platformRules: [],
        matched: ['weed'],
      },
    ],
    signals: [{ kind: 'location-mismatch', label: '广东', labelPlace: 'CN-GD', claim: "I'm from Texas", claimPlace: 'US-TX' }],
    ...extra,
  };
}

export function fileRequest(postId: string, extra: Partial<ReviewItemInput> = {}, key = randomUUID()): FileItemRequest {
  return { idempotencyKey: key, item: sampleItem(postId, extra), jurisdiction: { profile: 'cn-platform', regions: ['CN'] } };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
