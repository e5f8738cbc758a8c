// Runs the official @cloudbase/oauth client (as installed by `npm ci --prefix tests/official_client`)
// in Node against an emulator, for tests/emulator/test_official_client.py.
//
//   node driver.mjs BASE_URL STATE_FILE < steps.json
//
// BASE_URL is the emulator's origin (http://127.0.0.1:PORT); the client gets it as its apiOrigin
// and its own default apiPath (/auth). STATE_FILE is the client's storage (credentials, device ID,
// captcha token), kept as JSON between runs, so one test can run several steps as one browser tab
// would, reading verification codes through the control API in between.
//
// steps.json is a list of {"call": NAME, "args": [...]}: NAME is a method of the client's Auth
// (signIn, getVerification, queryUserProfile, ...), "oauth2client.NAME" a method of its
// OAuth2Client (getAccessToken, ...), or "$expire" (mark the stored access token expired, so the
// client's next call takes its own refresh path). Each step's outcome is printed as one JSON
// line, {"call", "ok": result} or {"call", "error": what it threw}, followed by a last line
// {"requests": [...], "captcha_prompts": [...]}: every HTTP request the client made (method,
// URL, headers, body) and every captcha it asked its user to solve.
//
// The captcha "user": the client's openURIWithCallback hook gets the captcha's data URI image with
// its state and token; in a browser a person reads the image and types its text. Here the driver
// reads the text the SVG draws and submits it the way the client's own captcha page does, with
// Auth.verifyCaptchaData({token, key}).
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { CloudbaseOAuth } = require('@cloudbase/oauth')

const [baseUrl, stateFile] = process.argv.slice(2)
if (!baseUrl || !stateFile) {
  process.stderr.write('usage: node driver.mjs BASE_URL STATE_FILE < steps.json\n')
  process.exit(2)
}
const steps = JSON.parse(readFileSync(0, 'utf8'))
// The environment ID, and the client ID when it is another app's (an app using the environment
// as its OAuth server): OFFICIAL_CLIENT_ENV and OFFICIAL_CLIENT_ID.
const ENV = process.env.OFFICIAL_CLIENT_ENV || 'emulator-env'
const CLIENT_ID = process.env.OFFICIAL_CLIENT_ID || ENV

// The client's SimpleStorage, persisted to STATE_FILE.
const items = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {}
const save = () => writeFileSync(stateFile, JSON.stringify(items, null, 1))
const storage = {
  getItemSync: (key) => (key in items ? items[key] : null),
  setItemSync: (key, value) => {
    items[key] = String(value)
    save()
  },
  removeItemSync: (key) => {
    delete items[key]
    save()
  },
  getItem: async (key) => storage.getItemSync(key),
  setItem: async (key, value) => storage.setItemSync(key, value),
  removeItem: async (key) => storage.removeItemSync(key),
}

// Every request the client makes goes through the global fetch (its defaultRequest): record it.
const requests = []
const realFetch = globalThis.fetch
globalThis.fetch = async (url, options = {}) => {
  const headers = {}
  for (const [name, value] of Object.entries(options.headers || {})) headers[name] = String(value)
  requests.push({ method: options.method || 'GET', url: String(url), headers, body: options.body ?? null })
  return realFetch(url, options)
}

const captchaPrompts = []
let oauth = null
async function solveCaptcha(uri) {
  // uri: `${data}?state=...&token=...`, data being the image as a data URI
  const cut = uri.lastIndexOf('?')
  const params = new URLSearchParams(uri.slice(cut + 1))
  const image = uri.slice(0, cut)
  const comma = image.indexOf(',')
  const svg = Buffer.from(image.slice(comma + 1), 'base64').toString('utf8')
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join('')
  captchaPrompts.push({ media_type: image.slice(0, comma), state: params.get('state'), read: text })
  return oauth.authApi.verifyCaptchaData({ token: params.get('token'), key: text })
}

oauth = new CloudbaseOAuth({
  apiOrigin: baseUrl,
  clientId: CLIENT_ID,
  env: ENV,
  storage,
  captchaOptions: { openURIWithCallback: solveCaptcha },
})
oauth.initializeSession()

function plain(value) {
  if (value instanceof Error) return { name: value.name, message: value.message, ...value }
  return value === undefined ? null : JSON.parse(JSON.stringify(value))
}

for (const step of steps) {
  const { call, args = [] } = step
  let outcome
  try {
    let result
    if (call === '$expire') {
      const key = `credentials_${CLIENT_ID}`
      const credentials = JSON.parse(items[key])
      credentials.expires_at = new Date(Date.now() - 1000).toISOString()
      storage.setItemSync(key, JSON.stringify(credentials))
      oauth.oauth2client.localCredentials.credentials = null // reload from storage
      result = null
    } else if (call.startsWith('oauth2client.')) {
      const name = call.slice('oauth2client.'.length)
      result = await oauth.oauth2client[name](...args)
    } else {
      if (typeof oauth.authApi[call] !== 'function') throw new Error(`no such client method: ${call}`)
      result = await oauth.authApi[call](...args)
    }
    outcome = { call, ok: plain(result) }
  } catch (error) {
    outcome = { call, error: plain(error) }
  }
  process.stdout.write(`${JSON.stringify(outcome)}\n`)
}
process.stdout.write(`${JSON.stringify({ requests, captcha_prompts: captchaPrompts })}\n`)
