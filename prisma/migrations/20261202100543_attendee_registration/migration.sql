-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('UNCONFIRMED', 'AWAITING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'DECLINED', 'CANCELLED');

-- AlterTable
ALTER TABLE "HostCity" ADD COLUMN     "attendeeApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "attendeeRegistrationClosesAt" TIMESTAMPTZ(3),
ADD COLUMN     "attendeeRegistrationOpen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "maxSeatsPerPerson" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "venueAddressPublic" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "hostCityId" UUID,
    "scope" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'UNCONFIRMED',
    "tokenHash" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "confirmedEmailAt" TIMESTAMPTZ(3),
    "queuedAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),
    "checkedInById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Registration_tokenHash_key" ON "Registration"("tokenHash");

-- CreateIndex
CREATE INDEX "Registration_hostCityId_status_idx" ON "Registration"("hostCityId", "status");

-- CreateIndex
CREATE INDEX "Registration_eventId_idx" ON "Registration"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_scope_email_key" ON "Registration"("scope", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_scope_code_key" ON "Registration"("scope", "code");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "HostCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A registration asks for at least one seat; a person may ask for 1 to 50.
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_seats_check" CHECK ("seats" >= 1);
ALTER TABLE "HostCity" ADD CONSTRAINT "HostCity_maxSeatsPerPerson_check" CHECK ("maxSeatsPerPerson" BETWEEN 1 AND 50);
