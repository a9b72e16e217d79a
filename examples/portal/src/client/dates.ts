import { germanDate } from "../shared/mismatches.js";

/** A timestamp (ISO, UTC) as a German date, TT.MM.JJJJ, whatever the browser's language. */
export const germanDay = (timestamp: string): string => germanDate(timestamp.slice(0, 10));
