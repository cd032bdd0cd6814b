/**
 * JSON on the admin channel, keeping the two non-JSON values operations exchange: bytes (an imported file) and
 * dates (a token's expiry, a row's timestamps). Functions (a local progress callback) are dropped, as JSON does.
 */

interface Holder {
  [key: string]: unknown;
}

export function encodeMessage(value: unknown): string {
  return JSON.stringify(value, function (this: Holder, key: string, encoded: unknown) {
    // `encoded` has been through toJSON already (a Date is a string, a Buffer an array); the holder has the original.
    const original = this[key];
    if (original instanceof Uint8Array) return { $bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
    if (original instanceof Date) return { $date: original.toISOString() };
    return encoded;
  });
}

export function decodeMessage(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as { $bytes?: unknown; $date?: unknown };
      const keys = Object.keys(value);
      if (keys.length === 1 && typeof tagged.$bytes === 'string') return Buffer.from(tagged.$bytes, 'base64');
      if (keys.length === 1 && typeof tagged.$date === 'string') return new Date(tagged.$date);
    }
    return value;
  });
}
