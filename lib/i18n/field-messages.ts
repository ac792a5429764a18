/**
 * Field messages travel as the English sentences the schemas and commands write (the API's
 * `issues` say them too); the forms show them in the reader's language by looking each one up
 * in the "Fields" catalog, keyed by the sentence's slug. A sentence with numbers or names in it
 * that the catalog lacks is shown as it is.
 */
import { slugify } from "@/lib/slug";

export const fieldMessageKey = (message: string) => slugify(message, 160);
