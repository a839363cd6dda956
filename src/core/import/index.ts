export * from './source-line';
export * from './recognize-structure';
export * from './import-text';
