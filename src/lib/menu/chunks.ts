/** Rows per chunk: one chunk is one workflow run, rolled back as a whole. */
export const PRODUCT_IMPORT_CHUNK_SIZE = 250

/**
 * Chunks an import runs at once. One chunk's statements wait on PostgreSQL
 * while the other's plan and entities keep this process busy. The new
 * dishes' categories are made before the chunks start, so two chunks never
 * both make one.
 */
export const PRODUCT_IMPORT_CHUNKS_IN_FLIGHT = 2

export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size))
  }
  return out
}
