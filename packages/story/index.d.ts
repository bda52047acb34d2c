/** Folder holding one sub-folder per story: its article text and its bundle (story.json). */
export declare const storiesDir: string;
/** Slug of the story a new database is seeded with. */
export declare const seedStorySlug: string;
/** Absolute path of the seed story's bundle. */
export declare const seedStoryPath: string;
