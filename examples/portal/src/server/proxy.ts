import { isIP } from "node:net";

/**
 * Reads `TRUST_PROXY` as Fastify's `trustProxy`: unset or empty → `false` (no proxy: the peer's
 * address is the client's); a whole number → that many proxy hops; else a comma-separated list of
 * addresses or subnets (`10.0.0.1`, `10.0.0.0/8`, `::1`). Undefined when it is none of these.
 */
export function parseTrustProxy(text: string | undefined): false | number | string[] | undefined {
  const value = text?.trim() ?? "";
  if (value === "") return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(",").map((entry) => entry.trim());
  const valid = (entry: string) => {
    const [address = "", bits, ...rest] = entry.split("/");
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
  };
  return entries.every(valid) ? entries : undefined;
}
