import type { MikroORM } from '@mikro-orm/core';
import { seedStoryPath } from '@parley/story';
import { Document } from '../document/document.entity.js';
import { importStory, type ImportResult } from '../importer/import-story.js';
import { loadBundleFile } from '../importer/load-bundle.js';

/** On an empty database, imports the seed story; on any other, does nothing. */
export async function seedDatabase(orm: MikroORM): Promise<ImportResult | null> {
  const em = orm.em.fork();
  if ((await em.count(Document, {})) > 0) return null;
  return importStory(em, await loadBundleFile(seedStoryPath));
}
