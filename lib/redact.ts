// Nothing secret reaches a log line: signed-URL parameters (X-Amz-Signature, X-Amz-Credential,
// X-Amz-Security-Token, sig, token, api keys...), passwords in URLs (user:pass@host), and the
// values of the process's own credential variables are replaced by [redacted].

const SECRET_PARAM =
  /([?&;](?:x-amz-signature|x-amz-credential|x-amz-security-token|signature|sig|token|access_token|id_token|refresh_token|api[_-]?key|apikey|key|password|passwd|pwd|secret|client_secret|awsaccesskeyid|auth|authorization)=)[^&#\s"'<>]*/gi;
const USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@"'<>]*:[^/\s@"'<>]*@/gi;
const SECRET_ENV = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY_ID'];
/** Shorter values (s3rver's fixed test key, say) are too common as words to search for. */
const MIN_SECRET_LENGTH = 8;

export const REDACTED = '[redacted]';

export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text.replace(SECRET_PARAM, `$1${REDACTED}`).replace(USERINFO, `$1${REDACTED}@`);
  for (const name of SECRET_ENV) {
    const value = env[name];
    if (value && value.length >= MIN_SECRET_LENGTH && out.includes(value)) out = out.split(value).join(REDACTED);
  }
  return out;
}

/** A JSON.stringify replacer (Powertools Logger's jsonReplacerFn) that redacts every string. */
export function redactingReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? redactSecrets(value) : value;
}
