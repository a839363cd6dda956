export async function writeDocx(..._a: unknown[]): Promise<Uint8Array> { return new Uint8Array(); }
