#!/usr/bin/env node
// Electron's fuses, flipped in the packaged binary (they are bits in the executable, not options at run time):
//   node scripts/set-fuses.mjs <path to the packaged app's binary or .app>          flip them, then verify
//   node scripts/set-fuses.mjs --check <path>                                       verify only (exit 1 if wrong)
// As an electron-builder hook: "afterPack": "scripts/set-fuses.mjs" (the default export below).
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What each fuse guards against in Tailor:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
 * - NODE_OPTIONS and --inspect off: either lets someone on the machine inject code into the main process.
 * - Cookie encryption on: cookies at rest are encrypted with the OS keychain (Tailor sets none; it costs nothing).
 * - GrantFileProtocolExtraPrivileges off: the page loads from app://, so file:// needs no extra powers.
 * - OnlyLoadAppFromAsar on: the packaged app runs only the code in its app.asar, not a folder dropped beside it.
 * Left to Electron's default: embedded asar integrity (needs the packager to record the asar's hash; turn it on
 * together with that), the browser-process V8 snapshot, and Wasm trap handlers.
 */
export const TAILOR_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

const STATE = { 48: false, 49: true };

/** The fuses of a binary that differ from TAILOR_FUSES, named: [] when all are as they should be. */
export async function wrongFuses(binary) {
  const wire = await getCurrentFuseWire(binary);
  const wrong = [];
  for (const [key, want] of Object.entries(TAILOR_FUSES)) {
    if (key === 'version') continue;
    const got = STATE[wire[key]];
    if (got !== want) wrong.push(`${FuseV1Options[key]}: is ${got ?? `state ${wire[key]}`}, should be ${want}`);
  }
  return wrong;
}

/** Flips the fuses, reads them back, and throws naming any that did not take. */
export async function setFuses(binary) {
  await flipFuses(binary, { ...TAILOR_FUSES, resetAdHocDarwinSignature: binary.includes('.app') });
  const wrong = await wrongFuses(binary);
  if (wrong.length) throw new Error(`fuses not set in ${binary}: ${wrong.join('; ')}`);
}

/** The packaged binary electron-builder just wrote, from its afterPack context. */
export function binaryOf(context) {
  const name = context.packager.appInfo.productFilename;
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas')
    return path.join(context.appOutDir, `${name}.app`);
  if (context.electronPlatformName === 'win32') return path.join(context.appOutDir, `${name}.exe`);
  return path.join(context.appOutDir, context.packager.executableName ?? name);
}

export default async function afterPack(context) {
  await setFuses(binaryOf(context));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const binary = args.find((a) => !a.startsWith('--'));
  if (!binary) {
    process.stderr.write('usage: node scripts/set-fuses.mjs [--check] <packaged app binary>\n');
    process.exit(2);
  }
  try {
    if (!check) await setFuses(binary);
    const wrong = await wrongFuses(binary);
    if (wrong.length) {
      process.stderr.write(`${binary}: ${wrong.join('; ')}\n`);
      process.exit(1);
    }
    process.stderr.write(`${binary}: fuses ${check ? 'are' : 'set'} as Tailor needs them\n`);
  } catch (e) {
    process.stderr.write(`set-fuses: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
