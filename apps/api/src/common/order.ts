/** The order to list entities of type T in: by these columns, the first one first. */
export type OrderBy<T> = Partial<Record<keyof T & string, 'asc' | 'desc'>>;
