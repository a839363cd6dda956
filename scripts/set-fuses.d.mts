// Types for scripts/set-fuses.mjs (a plain .mjs so electron-builder and node run it without a build step).
import type { FuseV1Config } from '@electron/fuses';

export declare const TAILOR_FUSES: FuseV1Config;
export declare function wrongFuses(binary: string): Promise<string[]>;
export declare function setFuses(binary: string): Promise<void>;
export declare function binaryOf(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string;
export default function afterPack(context: Parameters<typeof binaryOf>[0]): Promise<void>;
