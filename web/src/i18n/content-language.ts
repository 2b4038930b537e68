/**
 * The language of what the server sends as it is stored: document text, titles and passages, knowledge notes,
 * and the server's own explanations (why search was lexical, why a model failed). The knowledge base holds
 * Dutch documents, so in the English interface these parts carry `lang="nl"` and a screen reader reads them
 * as Dutch (WCAG 2.1 SC 3.1.2, Language of Parts).
 */
export const contentLanguage = 'nl';
