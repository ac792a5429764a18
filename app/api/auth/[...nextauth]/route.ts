// /api/auth/*: next-auth's endpoints (csrf, callback/credentials, session, signout).
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
