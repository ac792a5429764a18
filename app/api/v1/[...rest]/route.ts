// Any other /api/v1 path: a JSON 404 in the API's error shape, for every method.
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";

const missing = apiHandler(async () => {
  throw notFound("This API route");
});

export { missing as GET, missing as POST, missing as PATCH, missing as PUT, missing as DELETE };
