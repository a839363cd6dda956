export * from './schema';
export * from './taxonomy';
export * from './match-skills';
