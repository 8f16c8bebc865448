'use strict';
// Child process behind lib/local/embedded-s3.ts: runs s3rver (CommonJS, Koa) outside the
// parent so its event loop and legacy-OpenSSL needs stay out of ours. Started with
// `node --openssl-legacy-provider` (s3rver lists more than 1,000 keys only with it).
// argv[2]: JSON {directory, bucket, port, address}. Prints one JSON line {"port": N} when ready.
// Exits when its stdin closes, i.e. when the parent goes away, however it went.
const S3rver = require('s3rver');

const opts = JSON.parse(process.argv[2] || '{}');
const server = new S3rver({
  address: opts.address || '127.0.0.1',
  port: opts.port || 0,
  directory: opts.directory,
  silent: true,
  configureBuckets: [{ name: opts.bucket || 'wirewatch', configs: [] }],
});

server
  .run()
  .then((address) => {
    process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  })
  .catch((err) => {
    process.stderr.write(`s3rver failed to start: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(1);
  });

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
