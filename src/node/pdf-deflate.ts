import { deflateSync } from 'node:zlib';
import { useDeflate } from '../core/render/pdf-font';

/** Gives the PDF writer Node's native zlib instead of the slower CompressionStream round trip (see pdf-font.ts). */
export function installNodeDeflate(): void {
  useDeflate((data, effort) => deflateSync(data, { level: effort === 'fast' ? 3 : 6 }));
}
