/** What a city's organizer sends to ask someone onto the city's team. */
import { z } from "zod";
import { emailSchema, lineSchema } from "@/lib/validation/common";

export const cityTeamInviteSchema = z
  .object({
    email: emailSchema,
    name: lineSchema(200).optional().default(""),
    /** organizer: everything the city's organizers do; door: checking attendees in, nothing else. */
    role: z.enum(["organizer", "door"], { error: "Choose organizer or door." }),
  })
  .strict();
