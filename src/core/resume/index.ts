export * from './schema';
export * from './rich-text';
export * from './walk-resume';
export * from './validate-resume';
export * from './parse-json-text';
