/**
 * Patches the official JS client (@openeo/js-client, as `require` finds it) the way capture.py patches the Python
 * client: every connection goes to the local mock (MOCK_URL) whatever URL the script names; Basic sign-in goes to
 * the mock as its user MOCK_USER (`name:password`); the requests that would compute something (POST /result,
 * POST /jobs, PUT /process_graphs/{id}) are not sent: their graph, exactly as the client built it, is written to
 * CAPTURE_DIR/<prefix>-<n>.json and a stand-in answer is returned. Anything else (metadata) goes to the mock.
 */
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Readable } = require("node:stream");
const { Connection, OpenEO } = require("@openeo/js-client");

const state = { prefix: "graph", count: 0 };
const [user, password] = (process.env.MOCK_USER ?? "").split(":");

function write(body, how) {
  const process_ = body.process ?? body;
  const graph = process_.process_graph ?? process_;
  state.count += 1;
  const text = JSON.stringify({ process_graph: graph, captured_by: how }, null, 1);
  writeFileSync(join(process.env.CAPTURE_DIR, `${state.prefix}-${state.count}.json`), text);
}

const connect = OpenEO.connect.bind(OpenEO);
OpenEO.connect = (_url, options) => connect(process.env.MOCK_URL, options);

const signIn = Connection.prototype.authenticateBasic;
Connection.prototype.authenticateBasic = function authenticateBasic() {
  return signIn.call(this, user, password);
};

const SENDS = { "/result": "POST /result", "/jobs": "POST /jobs" };
const post = Connection.prototype._post;
Connection.prototype._post = function _post(path, body, ...rest) {
  const how = SENDS[path];
  if (how === undefined) return post.call(this, path, body, ...rest);
  write(body, how);
  const headers = {
    "openeo-identifier": `captured-${state.count}`,
    "content-type": "application/octet-stream",
  };
  return Promise.resolve({ status: how === "POST /jobs" ? 201 : 200, data: Readable.from([]), headers });
};

const put = Connection.prototype._put;
Connection.prototype._put = function _put(path, body, ...rest) {
  if (!path.startsWith("/process_graphs/")) return put.call(this, path, body, ...rest);
  write(body, `PUT ${path}`);
  return Promise.resolve({ status: 200, data: {}, headers: {} });
};

module.exports = { state };
