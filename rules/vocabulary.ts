/** The vocabulary is data (rules/vocabulary/*.json); this re-exports its loader for rule authors. */
export { loadVocabulary } from '../src/config/vocabulary.js';
