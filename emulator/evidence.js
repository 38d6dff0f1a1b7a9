// @ts-check
// The only reply bytes from a real ArchiDelivery server on record, kept byte for
// byte: facts for tests, never guesses (those live in gaps.js).

/**
 * A `neworder` reply a production shop (RageTF/SiyamaPhp, public_html/adLog/,
 * 2014-08-21) wrote raw to its log, twice, identical. The prolog says
 * windows-1251, the Warn text is UTF-8 bytes ("d0 9d d0 b5 …"), lines end in
 * CRLF with two-space indentation, and a CRLF ends the body. "OK" and a Warn
 * with no OrderId: nothing was created.
 */
const LOGGED_NEWORDER_WARN_REPLY = Buffer.from(
  "3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d2277696e646f7773" +
    "2d31323531223f3e0d0a3c6f75747075743e0d0a20203c526573756c74733e0d0a20202020" +
    "3c526573756c743e4f4b3c2f526573756c743e0d0a20203c2f526573756c74733e0d0a2020" +
    "3c4572726f72733e0d0a202020203c5761726e3e20d09dd0b520d0bfd0bed0bbd183d187d0" +
    "b5d0bdd18b20d0b4d0b0d0bdd0bdd18bd0b520d18120d0b3d0b5d0bdd0b5d180d0b0d182d0" +
    "bed180d0bed0b220d0bfd0be20d0b7d0b0d0bad0b0d0b7d1833c2f5761726e3e0d0a20203c" +
    "2f4572726f72733e0d0a3c2f6f75747075743e0d0a",
  "hex"
)

module.exports = { LOGGED_NEWORDER_WARN_REPLY }
