/**
 * Authorization as data: which role may do what. Guards (lib/auth/guards.ts) and the
 * permission-matrix tests read this one table. "own" permissions are further limited to
 * the host cities the user organizes (checked by requireCityAccess).
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = {
  "event.create": ["COORDINATOR", "ADMIN"],
  "event.update": ["COORDINATOR", "ADMIN"],
  "event.readDraft": ["COORDINATOR", "ADMIN"],
  "city.register": ["ORGANIZER", "COORDINATOR", "ADMIN"],
  "city.readPrivate.own": ["ORGANIZER"],
  "city.readPrivate.any": ["COORDINATOR", "ADMIN"],
  "city.update.own": ["ORGANIZER"],
  "city.update.any": ["COORDINATOR", "ADMIN"],
  "city.withdraw.own": ["ORGANIZER"],
  "city.review": ["COORDINATOR", "ADMIN"],
  "item.manageShared": ["COORDINATOR", "ADMIN"],
  "item.manageLocal.own": ["ORGANIZER"],
  "item.manageLocal.any": ["COORDINATOR", "ADMIN"],
  "speaker.manage": ["COORDINATOR", "ADMIN"],
  "assignment.manage": ["COORDINATOR", "ADMIN"],
  /** A city's attendee registrations (personal data): its organizers, and coordinators. */
  "registration.read.own": ["ORGANIZER"],
  "registration.read.any": ["COORDINATOR", "ADMIN"],
  /** Approving or declining a registration (cities that approve each one). */
  "registration.decide.own": ["ORGANIZER"],
  "registration.decide.any": ["COORDINATOR", "ADMIN"],
  /** Checking an attendee in at the door. */
  "registration.checkIn.own": ["ORGANIZER"],
  "registration.checkIn.any": ["COORDINATOR", "ADMIN"],
  /** Inviting co-organizers and door volunteers to a city's team. */
  "city.team.own": ["ORGANIZER"],
  "city.team.any": ["COORDINATOR", "ADMIN"],
  "audit.read": ["COORDINATOR", "ADMIN"],
  /** Reading every message sent or held, with its recipient's private address, and sending a failed one again. */
  "outbox.manage": ["COORDINATOR", "ADMIN"],
  "user.manage": ["ADMIN"],
  "user.invite": ["COORDINATOR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * The "own" permissions a city's door volunteers hold too (CityOrganizer role DOOR): finding
 * attendees and checking them in, nothing else. Every other "own" permission needs the ORGANIZER
 * role in the city.
 */
export const DOOR_PERMISSIONS: ReadonlySet<Permission> = new Set(["registration.checkIn.own"]);

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
