import { fileURLToPath } from 'node:url';

/** Folder holding one sub-folder per story: its article text and its bundle (story.json). */
export const storiesDir = fileURLToPath(new URL('./stories/', import.meta.url));

/** The story a new database is seeded with. */
export const seedStorySlug = 'us-venezuela-talks-2024-04-11';
export const seedStoryPath = fileURLToPath(new URL(`./stories/${seedStorySlug}/story.json`, import.meta.url));
