// Run @cloudbase/node-sdk's auth().getClientCredential() with a fixed clock and no network, for
// the TC3 signature parity test. Reads one JSON object on stdin: {env, region, secretId,
// secretKey, sessionToken?, now}. The SDK's HTTP layer (utils/request.extraRequest) is replaced
// by a stub that records the request node-sdk built, signature included, and answers a fixed
// token. TENCENTCLOUD=true stops node-sdk looking its platform up over the network.
// Prints {"url", "method", "headers", "body"} (the request as node-sdk would send it) or {"error"}.
'use strict';
const fs = require('fs');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
process.env.TENCENTCLOUD = 'true';
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) {
      super(input.now);
    } else {
      super(...args);
    }
  }
  static now() {
    return input.now;
  }
}
global.Date = FixedDate;

const requestModule = require('@cloudbase/node-sdk/dist/utils/request');
let captured = null;
requestModule.extraRequest = async (opts) => {
  captured = opts;
  return { statusCode: 200, headers: {}, body: { access_token: 'stub', expires_in: 432000 } };
};

const tcb = require('@cloudbase/node-sdk');

(async () => {
  let out;
  try {
    const config = { env: input.env, secretId: input.secretId, secretKey: input.secretKey };
    if (input.region) config.region = input.region;
    if (input.sessionToken) config.sessionToken = input.sessionToken;
    const app = tcb.init(config);
    await app.auth().getClientCredential();
    out = {
      url: captured.url,
      method: captured.method,
      headers: captured.headers,
      body: JSON.stringify(captured.body),
    };
  } catch (err) {
    out = { error: String((err && err.message) || err) };
  }
  process.stdout.write(JSON.stringify(out));
})();
