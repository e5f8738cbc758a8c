// Mint a custom-login ticket with the official @cloudbase/node-sdk, for the Python parity test.
// Reads one JSON object on stdin: {env, credentials, uid, now, options}. `now` freezes the
// clock (createTicket reads `new Date().getTime()`), so RS256 (deterministic) gives fixed bytes.
// Prints {"ticket": "..."} or {"error": "..."} on stdout.
'use strict';
const fs = require('fs');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
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

const tcb = require('@cloudbase/node-sdk');

let out;
try {
  const app = tcb.init({ env: input.env, credentials: input.credentials });
  out = { ticket: app.auth().createTicket(input.uid, input.options || {}) };
} catch (err) {
  out = { error: String((err && err.message) || err) };
}
process.stdout.write(JSON.stringify(out));
