export * from './schema';
export * from './analyze-posting';
export * from './detect-sections';
export * from './tokenize';
export * from './normalize-text';
