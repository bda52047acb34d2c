/**
 * The story bundle format is defined with the rules of a valid fact (facts/), which the editing
 * mutations share; the importer's modules and their tests name it here too.
 */
export * from '../facts/bundle.format.js';
