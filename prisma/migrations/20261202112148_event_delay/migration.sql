-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "delayMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scheduledStartsAt" TIMESTAMPTZ(3);


-- Delays add up to at most four hours.
ALTER TABLE "Event" ADD CONSTRAINT "Event_delayMinutes_check" CHECK ("delayMinutes" BETWEEN 0 AND 240);
