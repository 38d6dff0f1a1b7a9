import { randomUUID } from "node:crypto"
import { hostname } from "node:os"

/** Who holds a lease: the host and process say where to look, the uuid tells two runs apart. */
export const newLeaseOwner = (): string =>
  `${hostname()}:${process.pid}:${randomUUID()}`
