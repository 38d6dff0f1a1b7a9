// @ts-check
// TCP ports for what the scripts start: one the system hands out, or whether
// a given one is free.
const net = require("node:net")

/** A port free on 127.0.0.1 right now. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0)
      )
    })
  })
}

/**
 * Whether `port` can be listened on, on every interface as Medusa listens.
 * @param {number} port @returns {Promise<boolean>}
 */
function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

module.exports = { freePort, portFree }
