// The server's JSON API; a refusal's message (which names the field) becomes the error's message.
export async function getJson(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error ? body.error.message : `${path}: HTTP ${response.status}`);
  }
  return body;
}

/** POSTs a JSON body; answers the JSON reply, or throws with the refusal's message. */
export async function postJson(path, value) {
  const response = await fetch(path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(value),
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error ? body.error.message : `${path}: HTTP ${response.status}`);
  }
  return body;
}
