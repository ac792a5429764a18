-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "imageUrl" TEXT,
ADD COLUMN     "organizerName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "organizerUrl" TEXT;

