import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The database file: `DATABASE_PATH`, else `data/portal.sqlite` in the portal's folder, found from
 * this file's place (built: `dist/server/`), so that it does not depend on where a command is started.
 */
export const databasePath = (): string => resolve(process.env.DATABASE_PATH ?? fileURLToPath(new URL("../../data/portal.sqlite", import.meta.url)));
