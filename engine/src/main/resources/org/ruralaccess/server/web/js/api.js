// The server's JSON API; a refusal's message (which names the field) becomes the error's message.
export async function getJson(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error ? body.error.message : `${path}: HTTP ${response.status}`);
  }
  return body;
}
