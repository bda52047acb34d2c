/** The databases every suite that touches storage runs on. */
export type DatabaseName = 'sqlite' | 'postgresql';
