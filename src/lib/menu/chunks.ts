/** Rows per chunk: one chunk is one workflow run, rolled back as a whole. */
export const PRODUCT_IMPORT_CHUNK_SIZE = 250

export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size))
  }
  return out
}
