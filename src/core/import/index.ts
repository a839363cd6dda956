export * from './source-line';
export * from './recognize-structure';
export * from './import-text';
export * from './styled-lines';
export * from './pdf-layout';
export * from './detect-file-type';
export * from './compare-import';
export * from './pdf-page-furniture';
