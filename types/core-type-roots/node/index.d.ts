// Stands in for @types/node in the core's own type-check (tsconfig.core.json). docx's index.d.ts starts with
// `/// <reference types="node" />`, which would otherwise pull every Node global (process, Buffer, require) into
// src/core and let a Node API type-check there. A type reference looks in typeRoots first, so it ends here.
export {};
