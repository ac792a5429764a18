// GET /api/v1/openapi.json - the OpenAPI document of every API route
import { apiHandler, publicRead } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { represent, type Representation } from "@/lib/http/representation";

// The same for the life of the build: written, hashed and compressed once.
let document: Representation | undefined;

export const GET = apiHandler(async (request) => publicRead(request, (document ??= represent(JSON.stringify(openApiDocument()))), { vary: [] }));
