-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "preferredLanguage" TEXT;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "responseNote" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "SpeakerLink" (
    "id" UUID NOT NULL,
    "speakerId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpeakerLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerLink_tokenHash_key" ON "SpeakerLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SpeakerLink_speakerId_idx" ON "SpeakerLink"("speakerId");

-- AddForeignKey
ALTER TABLE "SpeakerLink" ADD CONSTRAINT "SpeakerLink_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

