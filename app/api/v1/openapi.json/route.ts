// GET /api/v1/openapi.json - the OpenAPI document of every API route
import { apiHandler, json } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

export const GET = apiHandler(async () => json(openApiDocument()));
