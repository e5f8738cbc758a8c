// generated from spec/auth-v1.yaml by authgen, do not edit
// Try it: each reference page has <div class="tryit" data-op="{json}">. This builds a small form
// from it and sends the call to the emulator address the reader types in. Everything the reader
// types (tokens included) lives in this page's memory only: nothing is written to localStorage,
// sessionStorage, cookies or the URL, and nothing is sent anywhere but the address typed in.
(function () {
  "use strict";
  var DEFAULT_BASE = "http://127.0.0.1:8080";
  var API_ROOT = "/auth/v1";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function field(id, label, value, opts) {
    opts = opts || {};
    var input = opts.multiline
      ? el("textarea", { id: id, rows: String(opts.rows || 6), spellcheck: "false" })
      : el("input", { id: id, type: opts.secret ? "password" : "text", spellcheck: "false" });
    input.setAttribute("autocomplete", "off");
    input.value = value;
    if (opts.placeholder) input.setAttribute("placeholder", opts.placeholder);
    var row = el("div", { "class": "tryit-row" }, [el("label", { "for": id, text: label }), input]);
    return { row: row, input: input };
  }

  function newRequestId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function build(container) {
    var op = JSON.parse(container.getAttribute("data-op"));
    var prefix = "tryit-" + op.operation;
    var fields = [];
    var base = field(prefix + "-base", "Emulator address", DEFAULT_BASE);
    base.input.classList.add("tryit-base");
    fields.push(base.row);
    var device = field(prefix + "-device", "x-device-id", "docs-try-it");
    fields.push(device.row);
    var client = null;
    if (op.clientId) {
      client = field(prefix + "-client", "client_id (query)", "emulator-env");
      fields.push(client.row);
    }
    // bearer_or_basic (the consent-screen read): the user's token when signed in, otherwise the
    // app's Basic client credentials; the panel offers both and sends the token when one is typed.
    var eitherOr = op.auth === "bearer_or_basic";
    var token = null;
    if (op.auth === "bearer" || op.auth === "bearer_optional" || eitherOr) {
      var tokenLabel = op.auth === "bearer" ? "" : eitherOr ? " (or client credentials below)" : " (optional)";
      token = field(prefix + "-token", "Bearer access token" + tokenLabel, "", {
        secret: true, placeholder: "from a sign-in; kept in this page only"
      });
      token.input.classList.add("tryit-token");
      fields.push(token.row);
    }
    var basic = null;
    if (op.auth === "basic" || eitherOr) {
      basic = field(prefix + "-basic", "Client credentials (client_id:client_secret)" + (eitherOr ? ", when no token" : ""), "", {
        secret: true, placeholder: "sent as Authorization: Basic, its client_id as ?client_id=; kept in this page only"
      });
      basic.input.classList.add("tryit-basic");
      basic.input.classList.add("tryit-token");
      fields.push(basic.row);
    }
    var params = op.parameters.map(function (p) {
      var f = field(prefix + "-p-" + p.in + "-" + p.name, p.name + " (" + p.in + (p.required ? ", required" : "") + ")",
        p.example, { secret: p.secret });
      f.input.setAttribute("data-name", p.name);
      f.input.setAttribute("data-in", p.in);
      fields.push(f.row);
      return { spec: p, input: f.input };
    });
    var body = null;
    if (op.body) {
      body = field(prefix + "-body", "JSON body", op.body, { multiline: true, rows: Math.min(14, op.body.split("\n").length + 1) });
      body.input.classList.add("tryit-json");
      fields.push(body.row);
    }
    var send = el("button", { type: "button", "class": "md-button md-button--primary tryit-send", text: "Send " + op.method });
    var status = el("div", { "class": "tryit-status", role: "status", "aria-live": "polite" });
    var output = el("pre", { "class": "tryit-body" });
    var form = el("div", { "class": "tryit-form" }, fields.concat([el("div", { "class": "tryit-actions" }, [send, status])]));
    container.appendChild(form);
    container.appendChild(output);

    send.addEventListener("click", function () {
      var path = op.path;
      var query = [];
      var headers = { "x-device-id": device.input.value, "x-request-id": newRequestId() };
      var clientId = client ? client.input.value : "";
      var credentials = basic ? basic.input.value : "";
      var bearer = token ? token.input.value.trim() : "";
      if (credentials && !bearer) {
        // The Basic pair names the client: ?client_id= must be the same one (the reference:
        // "Basic client_id:client_secret otherwise (with ?client_id=)").
        if (credentials.indexOf(":") < 1) { show("error", "The client credentials must read client_id:client_secret", ""); return; }
        clientId = credentials.slice(0, credentials.indexOf(":"));
      }
      if (client && clientId) query.push("client_id=" + encodeURIComponent(clientId));
      var missing = [];
      params.forEach(function (p) {
        var value = p.input.value;
        if (!value) { if (p.spec.required) missing.push(p.spec.name); return; }
        if (p.spec.in === "path") path = path.replace("{" + p.spec.name + "}", encodeURIComponent(value));
        else if (p.spec.in === "query") query.push(encodeURIComponent(p.spec.name) + "=" + encodeURIComponent(value));
        else if (p.spec.in === "header") headers[p.spec.name] = value;
      });
      if (missing.length) { show("error", "Fill in: " + missing.join(", "), ""); return; }
      if (bearer) headers["Authorization"] = "Bearer " + bearer;
      else if (credentials) {
        try { headers["Authorization"] = "Basic " + window.btoa(credentials); }
        catch (e) { show("error", "The client credentials must be plain ASCII (client_id:client_secret)", ""); return; }
      }
      var init = { method: op.method, headers: headers, credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" };
      if (body) {
        try { JSON.parse(body.input.value || "{}"); } catch (e) { show("error", "The body is not valid JSON: " + e.message, ""); return; }
        headers["content-type"] = "application/json";
        init.body = body.input.value || "{}";
      }
      var root = base.input.value.trim().replace(/\/+$/, "");
      if (!/^https?:\/\//.test(root)) { show("error", "The emulator address must start with http:// or https://", ""); return; }
      var url = root + API_ROOT + path + (query.length ? "?" + query.join("&") : "");
      show("pending", "Sending " + op.method + " " + API_ROOT + path + " ...", "");
      fetch(url, init).then(function (response) {
        return response.text().then(function (text) {
          var pretty = text;
          try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON: as is */ }
          show(response.ok ? "ok" : "error", response.status + " " + (response.statusText || ""), pretty);
        });
      }).catch(function () {
        show("error", "No answer from " + root + ": is the emulator running, started with --cors-origin " + window.location.origin + "?", "");
      });
    });

    function show(kind, text, content) {
      status.className = "tryit-status tryit-" + kind;
      status.textContent = text;
      output.textContent = content;
      output.hidden = !content;
    }
    output.hidden = true;
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("div.tryit[data-op]"), function (container) {
      if (!container.hasAttribute("data-ready")) {
        container.setAttribute("data-ready", "");
        build(container);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
