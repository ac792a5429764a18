-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "attendeeRegistrationClosesAt" TIMESTAMPTZ(3),
ADD COLUMN     "attendeeRegistrationOpen" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "timeZone" TEXT;

