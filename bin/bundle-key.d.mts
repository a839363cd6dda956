export function bundleInputs(root: string): string[];
export function statKey(root: string, files?: string[]): string;
export function contentKey(root: string, files?: string[]): string;
export function bundleDir(root: string, key: string): string;
export function stampFile(root: string): string;
