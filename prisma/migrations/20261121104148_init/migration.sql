-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'ORGANIZER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('IN_PERSON', 'ONLINE', 'MIXED');

-- CreateEnum
CREATE TYPE "HostCityStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProgramItemKind" AS ENUM ('OPENING', 'KEYNOTE', 'TALK', 'PANEL', 'TESTIMONY', 'MESSAGE', 'EXHIBITION', 'RECEPTION', 'BREAK', 'CLOSING', 'OTHER');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('SPEAKER', 'MODERATOR', 'INTERPRETER');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "disabledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "attendanceMode" "AttendanceMode" NOT NULL DEFAULT 'IN_PERSON',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "anchorTimeZone" TEXT NOT NULL,
    "registrationOpen" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BroadcastLanguage" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "streamUrl" TEXT,

    CONSTRAINT "BroadcastLanguage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostCity" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" "HostCityStatus" NOT NULL DEFAULT 'PENDING',
    "venueName" TEXT NOT NULL DEFAULT '',
    "venueAddress" TEXT NOT NULL DEFAULT '',
    "venueCapacity" INTEGER,
    "venueAccessibility" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "rejectionReason" TEXT,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HostCity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityOrganizer" (
    "hostCityId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CityOrganizer_pkey" PRIMARY KEY ("hostCityId","userId")
);

-- CreateTable
CREATE TABLE "HostCityLanguage" (
    "hostCityId" UUID NOT NULL,
    "broadcastLanguageId" UUID NOT NULL,

    CONSTRAINT "HostCityLanguage_pkey" PRIMARY KEY ("hostCityId","broadcastLanguageId")
);

-- CreateTable
CREATE TABLE "ProgramItem" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "hostCityId" UUID,
    "title" TEXT NOT NULL,
    "kind" "ProgramItemKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgramItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT NOT NULL DEFAULT '',
    "bio" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[],
    "photoUrl" TEXT,
    "contactEmail" TEXT,
    "timeZone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "programItemId" UUID NOT NULL,
    "broadcastLanguageId" UUID NOT NULL,
    "speakerId" UUID NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'INVITED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "eventId" UUID,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "BroadcastLanguage_eventId_code_key" ON "BroadcastLanguage"("eventId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BroadcastLanguage_eventId_position_key" ON "BroadcastLanguage"("eventId", "position");

-- CreateIndex
CREATE INDEX "HostCity_eventId_status_idx" ON "HostCity"("eventId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "HostCity_eventId_slug_key" ON "HostCity"("eventId", "slug");

-- CreateIndex
CREATE INDEX "CityOrganizer_userId_idx" ON "CityOrganizer"("userId");

-- CreateIndex
CREATE INDEX "ProgramItem_eventId_startsAt_idx" ON "ProgramItem"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "ProgramItem_hostCityId_idx" ON "ProgramItem"("hostCityId");

-- CreateIndex
CREATE INDEX "Speaker_name_idx" ON "Speaker"("name");

-- CreateIndex
CREATE INDEX "Assignment_speakerId_idx" ON "Assignment"("speakerId");

-- CreateIndex
CREATE INDEX "Assignment_broadcastLanguageId_idx" ON "Assignment"("broadcastLanguageId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_programItemId_broadcastLanguageId_speakerId_role_key" ON "Assignment"("programItemId", "broadcastLanguageId", "speakerId", "role");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_eventId_at_idx" ON "AuditEntry"("eventId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- AddForeignKey
ALTER TABLE "BroadcastLanguage" ADD CONSTRAINT "BroadcastLanguage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostCity" ADD CONSTRAINT "HostCity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostCity" ADD CONSTRAINT "HostCity_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityOrganizer" ADD CONSTRAINT "CityOrganizer_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "HostCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityOrganizer" ADD CONSTRAINT "CityOrganizer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostCityLanguage" ADD CONSTRAINT "HostCityLanguage_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "HostCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostCityLanguage" ADD CONSTRAINT "HostCityLanguage_broadcastLanguageId_fkey" FOREIGN KEY ("broadcastLanguageId") REFERENCES "BroadcastLanguage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramItem" ADD CONSTRAINT "ProgramItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramItem" ADD CONSTRAINT "ProgramItem_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "HostCity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_programItemId_fkey" FOREIGN KEY ("programItemId") REFERENCES "ProgramItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_broadcastLanguageId_fkey" FOREIGN KEY ("broadcastLanguageId") REFERENCES "BroadcastLanguage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express. The application validates all of
-- these first (lib/validation/) with clear messages; the database is the last line.
ALTER TABLE "Event" ADD CONSTRAINT "Event_interval_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "HostCity" ADD CONSTRAINT "HostCity_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "HostCity" ADD CONSTRAINT "HostCity_countryCode_check" CHECK ("countryCode" ~ '^[A-Z]{2}$');
ALTER TABLE "HostCity" ADD CONSTRAINT "HostCity_venueCapacity_check" CHECK ("venueCapacity" IS NULL OR "venueCapacity" >= 0);
ALTER TABLE "ProgramItem" ADD CONSTRAINT "ProgramItem_interval_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email"));
ALTER TABLE "BroadcastLanguage" ADD CONSTRAINT "BroadcastLanguage_position_check" CHECK ("position" >= 0);
