// EXPERIMENT ONLY (not a fix): preloaded into the API process with
//   API_NODE_ARGS="--require ./bench/forum/experiments/jwt-keyobject.cjs"
// to measure what TokenService would gain by verifying with a KeyObject.
// jsonwebtoken 9 first tries crypto.createPublicKey(secret) for a string secret;
// that throws (an HMAC secret is no public key) and the throw costs ~0.5 ms per verify.
const crypto = require('node:crypto');
const jwt = require(require.resolve('jsonwebtoken', { paths: [process.cwd()] }));
const keys = new Map();
const verify = jwt.verify;
jwt.verify = function (token, secret, ...rest) {
  if (typeof secret === 'string') {
    let key = keys.get(secret);
    if (!key) keys.set(secret, (key = crypto.createSecretKey(Buffer.from(secret, 'utf8'))));
    secret = key;
  }
  return verify.call(this, token, secret, ...rest);
};
